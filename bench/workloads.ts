import { stat } from 'node:fs/promises';
import { expandInputs, readUnit } from '../src/ingest/read-inputs.js';
import type { RawInput } from '../src/ingest/types.js';
import { generateCorpus, toRawInput } from './corpus-generator.js';
import type { BenchItem } from './measure.js';

/** A set of inputs to benchmark, handed out in batches. */
export interface Workload {
  name: string;
  description: string;
  /** A small sample to warm up on, not timed and stored apart. */
  warmup(): BenchItem[];
  /** The timed inputs. */
  batches(): Iterable<BenchItem[]>;
  /** Time spent making the inputs, when they are made rather than read. */
  generation?: { articles: number; ms: number };
}

/**
 * The real sample story: its manifest read as the CLI reads it, then every article repeated
 * `passes` times (each pass stored under its own ids); or, when it cannot be read, why.
 */
export async function seedWorkload(manifest: string, passes: number, batchSize: number): Promise<Workload | string> {
  try {
    await stat(manifest);
  } catch {
    return `no sample story at ${manifest}`;
  }
  const raws: RawInput[] = [];
  const problems: string[] = [];
  for (const unit of await expandInputs([manifest])) {
    for await (const item of readUnit(unit)) {
      if (item.ok) raws.push(item.raw);
      else problems.push(`${item.error.input}: ${item.error.message}`);
    }
  }
  if (raws.length === 0) return `nothing could be read from ${manifest}${problems.length ? ` (${problems.join('; ')})` : ''}`;
  const passesPerBatch = Math.max(1, Math.floor(batchSize / raws.length));
  return {
    name: 'seed story',
    description: `${raws.length} real articles from ${manifest}, ${passes} passes${problems.length ? ` (${problems.length} unreadable: ${problems.join('; ')})` : ''}`,
    warmup: () => Array.from({ length: passesPerBatch }, (_, copy) => raws.map((raw) => ({ raw, copy }))).flat(),
    *batches() {
      for (let p = 0; p < passes; p += passesPerBatch) {
        const batch: BenchItem[] = [];
        for (let q = p; q < Math.min(passes, p + passesPerBatch); q++) for (const raw of raws) batch.push({ raw, copy: q });
        yield batch;
      }
    },
  };
}

/** `n` synthetic articles, generated batch by batch as they are needed. */
export function syntheticWorkload(n: number, seed: number, batchSize: number, wordsPerArticle?: [number, number]): Workload {
  const generation = { articles: 0, ms: 0 };
  const words = wordsPerArticle ? { wordsPerArticle } : {};
  return {
    name: 'synthetic',
    description: `${n} synthetic articles, seed ${seed}${wordsPerArticle ? `, ${wordsPerArticle[0]}-${wordsPerArticle[1]} words` : ''}`,
    generation,
    // Another seed, so that the timed articles are new to the stores.
    warmup: () => [...generateCorpus({ n: Math.min(n, batchSize), seed: seed + 1, ...words })].map((a) => ({ raw: toRawInput(a), copy: 0 })),
    *batches() {
      const corpus = generateCorpus({ n, seed, ...words });
      for (;;) {
        const started = performance.now();
        const batch: BenchItem[] = [];
        while (batch.length < batchSize) {
          const next = corpus.next();
          if (next.done) break;
          batch.push({ raw: toRawInput(next.value), copy: 0 });
        }
        generation.ms += performance.now() - started;
        generation.articles += batch.length;
        if (batch.length === 0) return;
        yield batch;
      }
    },
  };
}
