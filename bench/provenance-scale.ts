// Provenance at scale: the cost of adding the n-th article to a store of n articles, the size of
// the candidate index, the all-pairs baseline and the recall of the LSH index.
//
//   node dist/bench/provenance-scale.js [--sizes 10000,100000,1000000] [--probe 200] [--seed 1]
//                                        [--baseline 10000] [--json FILE] [--store FILE]
//
// The store is filled with synthetic articles (seeded), each indexed as `recoupe add` does but
// without comparisons (they would only repeat the probes' work) and analysed only as far as
// provenance reads (paragraphs, sentences, credits): their index keys,
// fingerprints and profiles are the same as after the whole analysis, and the fill is four
// times faster; worker threads (one per core) prepare the articles while this thread writes
// them, which is what puts 1M articles within reach. At each size, `probe` further articles
// are analysed in full and added as `addInputs` adds them, in this thread alone (the workers are
// stopped): each one timed with a commit of its own, then as many again in commits of 32 (as
// `recoupe add` stores them), timed per commit. Each single probe is also timed in parts:
// prepare (its profile, link keys and encoded layers: a worker's share in `recoupe add`), link
// (candidates and comparisons) and store (the writes and the commit); link + store is what the
// main thread of `recoupe add` spends on it. Then the linking index is read through once and as
// many probes again are timed (`warmIndex`): what a process that has been adding for a while
// sees. `--store FILE` fills a new store at FILE and keeps it.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { buildArticle } from '../src/ingest/build-article.js';
import { ARTICLES_PER_COMMIT } from '../src/library/add-inputs.js';
import type { AnalysedDocument } from '../src/model/document.js';
import { analyseArticle, articleStages, pipelineVersion, stagesFor } from '../src/pipeline/pipeline.js';
import { intersectionSize } from '../src/provenance/features.js';
import { candidatesOf, linkArticle, linkKeysOf, linkPair, MAX_CANDIDATES, SHINGLE_LSH, type ProfileCache } from '../src/provenance/link.js';
import { bandKeys, minhash } from '../src/provenance/minhash.js';
import { PROFILE_LAYERS, profileOf, type Profile } from '../src/provenance/profile.js';
import { encodeLayers } from '../src/store/layers-codec.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { generateCorpus, toRawInput } from './corpus-generator.js';
import { machine } from './machine.js';
import { fillKeys, type Filled, type FillReply, type FillRequest } from './scale-fill-worker.js';
import { integerOption } from './options.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    probe: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    baseline: { type: 'string', default: '10000' },
    json: { type: 'string', default: 'out/provenance-scale.json' },
    store: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((s) => integerOption(s, '--sizes', 1)).sort((a, b) => a - b);
const probe = integerOption(values.probe, '--probe', 1);
const seed = integerOption(values.seed, '--seed', 0);
const baselineSize = integerOption(values.baseline, '--baseline', 0);

if (values.store && existsSync(values.store)) {
  process.stderr.write(`--store ${values.store}: the file exists; the bench fills a new store\n`);
  process.exit(2);
}
const dir = values.store ? undefined : mkdtempSync(join(tmpdir(), 'recoupe-scale-'));
const dbPath = values.store ?? join(dir!, 'scale.sqlite');
const store = openSqliteStore(dbPath);
const stats = new Database(dbPath, { readonly: true });
const version = pipelineVersion();
const articles = generateCorpus({ n: sizes[sizes.length - 1]! + 3 * probe * sizes.length, seed });

const fillStages = stagesFor(PROFILE_LAYERS);

function nextDoc(stages = articleStages): AnalysedDocument {
  for (;;) {
    const next = articles.next();
    if (next.done) throw new Error('the generator ran out of articles');
    const built = buildArticle(toRawInput(next.value));
    if (built.ok) return analyseArticle(built.article, stages);
  }
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function indexBytes(): number {
  const row = stats.prepare("SELECT sum(pgsize) AS b FROM dbstat WHERE name IN ('index_keys', 'index_keys_by_article', 'fingerprints')").get() as { b: number | null };
  return row.b ?? 0;
}

interface Spread {
  median: number;
  p90: number;
  mean: number;
  max: number;
}

function spread(times: readonly number[]): Spread {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), mean: times.reduce((a, b) => a + b, 0) / times.length, max: sorted[sorted.length - 1]! };
}

interface Checkpoint {
  storeSize: number;
  msPerArticle: Spread;
  /** The same probes in parts: prepare (a worker's share in `recoupe add`), link, store; and link + store. */
  parts: { prepare: Spread; link: Spread; store: Spread; mainThread: Spread };
  candidatesPerArticle: number;
  linksPerArticle: number;
  indexBytesPerArticle: number;
  fillSeconds: number;
  /** Mean time per article when the probes are stored ARTICLES_PER_COMMIT per commit, as `recoupe add` stores them. */
  batchedMsPerArticle?: number;
  allPairs?: { msPerArticle: number; ratio: number };
  /**
   * As many probes again once the linking index (index keys and fingerprints) has been read
   * through, as a long-running process has it in memory: link + store per article, and the
   * seconds the read took.
   */
  warmIndex?: { mainThread: Spread; readSeconds: number };
}

function writeResults(): void {
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, JSON.stringify({ machine: machine(), probe, seed, maxCandidates: MAX_CANDIDATES, checkpoints: results, lshRecall: recall }, null, 2) + '\n');
}

const FILL_BATCH = 500;
const results: Checkpoint[] = [];
const profiles: ProfileCache = new Map();
let stored = 0;
let fillMs = 0;
let baselineProfiles: Profile[] | undefined;
let recall: { pairs: number; found: number; recall: number } | undefined;

process.stdout.write(`machine: ${JSON.stringify(machine())}\nstore: ${dbPath}\n`);
for (const size of sizes) {
  const t0 = performance.now();
  const keep = baselineSize > 0 && size === sizes[0] && size <= baselineSize;
  const kept: Profile[] = [];
  if (keep) {
    // The baseline keeps the profiles of the first articles: filled in this thread.
    while (stored < size) {
      // One commit per FILL_BATCH articles: the fill is setup, not what is measured.
      store.batch(() => {
        for (let k = 0; k < FILL_BATCH && stored < size; k++) {
          const doc = nextDoc(fillStages);
          const { profile, indexKeys, fingerprint } = fillKeys(doc);
          store.putDocument(doc, version, { indexKeys, fingerprint, links: [] });
          kept.push(profile);
          stored++;
        }
      });
    }
  } else {
    await parallelFill(size, t0);
  }
  fillMs += performance.now() - t0;
  if (keep) baselineProfiles = kept;

  const times: number[] = [];
  const parts = { prepare: [] as number[], link: [] as number[], store: [] as number[], mainThread: [] as number[] };
  let candidates = 0;
  let links = 0;
  const probes: AnalysedDocument[] = [];
  for (let i = 0; i < probe; i++) probes.push(nextDoc());
  for (const doc of probes) {
    const t = performance.now();
    const profile = profileOf(doc);
    const keys = linkKeysOf(profile);
    const layers = encodeLayers(doc.layers);
    const t1 = performance.now();
    const found = linkArticle(doc, store, profiles, profile, keys);
    const t2 = performance.now();
    store.putDocument(doc, version, found, layers);
    const t3 = performance.now();
    times.push(t3 - t);
    parts.prepare.push(t1 - t);
    parts.link.push(t2 - t1);
    parts.store.push(t3 - t2);
    parts.mainThread.push(t3 - t1);
    candidates += candidatesOf(store, found.indexKeys).length - 1;
    links += found.links.length;
    stored++;
  }
  const checkpoint: Checkpoint = {
    storeSize: size,
    msPerArticle: spread(times),
    parts: { prepare: spread(parts.prepare), link: spread(parts.link), store: spread(parts.store), mainThread: spread(parts.mainThread) },
    candidatesPerArticle: candidates / probe,
    linksPerArticle: links / probe,
    indexBytesPerArticle: indexBytes() / stored,
    fillSeconds: fillMs / 1000,
  };

  // As many again, stored as `addInputs` stores them: ARTICLES_PER_COMMIT per transaction, one
  // commit's cost shared by all of them.
  const batched: AnalysedDocument[] = [];
  for (let i = 0; i < probe; i++) batched.push(nextDoc());
  let batchedMs = 0;
  for (let i = 0; i < batched.length; i += ARTICLES_PER_COMMIT) {
    const t = performance.now();
    store.batch(() => {
      for (const doc of batched.slice(i, i + ARTICLES_PER_COMMIT)) {
        store.putDocument(doc, version, linkArticle(doc, store, profiles));
        stored++;
      }
    });
    batchedMs += performance.now() - t;
  }
  checkpoint.batchedMsPerArticle = batchedMs / batched.length;

  // The lookups above read index pages the fill wrote long before: on a store larger than the
  // page cache keeps, most of them from disk. Read the index through once (what a process that
  // has been adding articles for a while has in memory) and time as many probes again.
  const tr = performance.now();
  stats.prepare('SELECT sum(article_seq) FROM index_keys NOT INDEXED').get();
  stats.prepare('SELECT sum(length(data)) FROM fingerprints').get();
  const readSeconds = (performance.now() - tr) / 1000;
  const warm: number[] = [];
  for (let i = 0; i < probe; i++) {
    const doc = nextDoc();
    const profile = profileOf(doc);
    const keys = linkKeysOf(profile);
    const layers = encodeLayers(doc.layers);
    const t = performance.now();
    store.putDocument(doc, version, linkArticle(doc, store, profiles, profile, keys), layers);
    warm.push(performance.now() - t);
    stored++;
  }
  checkpoint.warmIndex = { mainThread: spread(warm), readSeconds };

  if (baselineProfiles && size === sizes[0]) {
    // The all-pairs baseline: every probe compared with every stored article (cheap filter, then
    // the same comparison as the index path).
    const t = performance.now();
    for (const doc of probes.slice(0, Math.min(probe, 50))) {
      const p = profileOf(doc);
      for (const other of baselineProfiles) if (intersectionSize(other.shingles, p.shingles) > 0 || other.anchorKeys.size) linkPair(other, p);
    }
    const ms = (performance.now() - t) / Math.min(probe, 50);
    checkpoint.allPairs = { msPerArticle: ms, ratio: ms / checkpoint.msPerArticle.mean };
    recall = lshRecall(baselineProfiles);
  }
  results.push(checkpoint);
  // Written at each checkpoint, so that a long run stopped part way keeps what it measured.
  writeResults();
  process.stdout.write(
    `n = ${size.toLocaleString('en')}: ${checkpoint.msPerArticle.median.toFixed(2)} ms per added article (median; p90 ${checkpoint.msPerArticle.p90.toFixed(2)}, mean ${checkpoint.msPerArticle.mean.toFixed(2)}), ` +
      `${checkpoint.batchedMsPerArticle.toFixed(2)} ms in commits of ${ARTICLES_PER_COMMIT} (mean), ` +
      `parts (median/mean) prepare ${fmt(checkpoint.parts.prepare)}, link ${fmt(checkpoint.parts.link)}, store ${fmt(checkpoint.parts.store)}, link + store ${fmt(checkpoint.parts.mainThread)}, ` +
      `${checkpoint.candidatesPerArticle.toFixed(1)} candidates, index ${checkpoint.indexBytesPerArticle.toFixed(0)} B per article, ` +
      `link + store with the index read through ${fmt(checkpoint.warmIndex.mainThread)} (read in ${readSeconds.toFixed(1)} s)` +
      (checkpoint.allPairs ? `; all pairs ${checkpoint.allPairs.msPerArticle.toFixed(1)} ms per article (${checkpoint.allPairs.ratio.toFixed(0)}× the index)` : '') +
      '\n',
  );
}
if (recall) process.stdout.write(`LSH recall for resemblance ≥ 0.8 on the first ${baselineProfiles?.length.toLocaleString('en')} articles: ${recall.found}/${recall.pairs} = ${recall.recall.toFixed(4)}\n`);

/**
 * Fill the store to `size` articles with worker threads that build and analyse them (one per
 * core): this thread generates the stream and writes the articles in its order, FILL_BATCH per
 * commit, while the workers prepare the next ones. No article past `size` is taken from the
 * stream, so the probes that follow are the same as after a fill in one thread.
 */
async function parallelFill(size: number, t0: number): Promise<void> {
  const workers = Array.from({ length: availableParallelism() }, () => new Worker(new URL('./scale-fill-worker.js', import.meta.url)));
  const waiting = new Map<number, { resolve: (f: Filled | null) => void; reject: (e: Error) => void }>();
  for (const w of workers) {
    w.on('message', ({ task, filled }: FillReply) => {
      waiting.get(task)?.resolve(filled);
      waiting.delete(task);
    });
    // A worker that fails fails the fill (every article still awaited).
    w.on('error', (e) => {
      for (const t of waiting.values()) t.reject(e);
      waiting.clear();
    });
  }
  let task = 0;
  let exhausted = false;
  const ahead: Promise<Filled | null>[] = [];
  const dispatch = (): void => {
    const next = articles.next();
    if (next.done) {
      exhausted = true;
      return;
    }
    const id = task++;
    ahead.push(new Promise((resolve, reject) => waiting.set(id, { resolve, reject })));
    workers[id % workers.length]!.postMessage({ task: id, raw: toRawInput(next.value) } satisfies FillRequest);
  };
  try {
    while (stored < size) {
      // Keep two batches in the workers, never more than the articles still wanted.
      while (!exhausted && ahead.length < 2 * FILL_BATCH && stored + ahead.length < size) dispatch();
      if (!ahead.length) throw new Error('the generator ran out of articles');
      const batch = await Promise.all(ahead.splice(0, Math.min(FILL_BATCH, ahead.length)));
      store.batch(() => {
        for (const f of batch) {
          if (!f) continue;
          store.putDocument({ article: f.article, layers: {} }, version, { indexKeys: f.indexKeys, fingerprint: f.fingerprint, links: [] }, f.encodedLayers);
          stored++;
          if (stored % 50000 === 0) process.stdout.write(`  filled ${stored.toLocaleString('en')} articles in ${((fillMs + performance.now() - t0) / 1000).toFixed(0)} s\n`);
        }
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Exact all pairs of resemblance ≥ 0.8 (size-compatible pairs only: Jaccard ≥ 0.8 needs the
 * smaller set to be at least 0.8 of the larger), and how many share an LSH band.
 */
function lshRecall(list: readonly Profile[]): { pairs: number; found: number; recall: number } {
  const order = [...list.keys()].sort((a, b) => list[a]!.shingles.length - list[b]!.shingles.length);
  const bands = list.map((p) => new Set(bandKeys(minhash(p.shingles, SHINGLE_LSH.bands * SHINGLE_LSH.rows), SHINGLE_LSH)));
  let pairs = 0;
  let found = 0;
  for (let x = 0; x < order.length; x++) {
    const a = list[order[x]!]!;
    for (let y = x + 1; y < order.length; y++) {
      const b = list[order[y]!]!;
      if (a.shingles.length < 0.8 * b.shingles.length) break;
      const inter = intersectionSize(a.shingles, b.shingles);
      if (inter / (a.shingles.length + b.shingles.length - inter) < 0.8) continue;
      pairs++;
      const ka = bands[order[x]!]!;
      if ([...bands[order[y]!]!].some((k) => ka.has(k))) found++;
    }
  }
  return { pairs, found, recall: pairs ? found / pairs : 1 };
}

function fmt(s: Spread): string {
  return `${s.median.toFixed(2)}/${s.mean.toFixed(2)}`;
}

stats.close();
store.close();
if (dir) rmSync(dir, { recursive: true, force: true });
else process.stdout.write(`store kept at ${dbPath}\n`);
writeResults();
process.stdout.write(`results written to ${values.json}\n`);
