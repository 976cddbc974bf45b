/**
 * Write a synthetic corpus to a folder, for the CLI and for scoring:
 *
 *   node dist/bench/generate.js --n 1000 --seed 7 --out DIR
 *
 * DIR/corpus.jsonl holds one record per article ({text, title, outlet, publishedAt, language}),
 * ready for `recoupe analyze DIR/corpus.jsonl`; DIR/truth.jsonl holds, line for line, what each
 * article is ({id, story, derivedFrom, kind, line}; `line` is its line in corpus.jsonl, so that
 * recoupe's source "corpus.jsonl:LINE" finds it).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, type SyntheticArticle } from './corpus-generator.js';
import { integerOption, wordsRangeOption } from './options.js';

const USAGE = `usage: node dist/bench/generate.js --out DIR [--n 1000] [--seed 1] [--words 300-1200] [--story-size 8]`;

/** Lines are written in blocks of about this many characters. */
const FLUSH_CHARS = 1 << 20;

class LineWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(value: object): void {
    const line = JSON.stringify(value) + '\n';
    this.buffer.push(line);
    this.size += line.length;
    if (this.size >= FLUSH_CHARS) this.flush();
  }

  flush(): void {
    if (this.buffer.length) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

function corpusRecord(a: SyntheticArticle): object {
  return { text: a.text, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, language: a.language };
}

function truthRecord(a: SyntheticArticle, line: number): object {
  return { id: a.id, story: a.story, derivedFrom: a.derivedFrom ?? null, kind: a.kind ?? 'original', line };
}

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        n: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        words: { type: 'string' },
        'story-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`generate: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  let n: number, seed: number, storySize: number | undefined, words: [number, number] | undefined;
  try {
    if (!values.out) throw new Error('--out DIR is required');
    n = integerOption(values.n, '--n', 1);
    seed = integerOption(values.seed, '--seed', 0);
    storySize = values['story-size'] === undefined ? undefined : integerOption(values['story-size'], '--story-size', 1);
    words = values.words === undefined ? undefined : wordsRangeOption(values.words, '--words');
  } catch (e) {
    process.stderr.write(`generate: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }

  mkdirSync(values.out, { recursive: true });
  const corpus = new LineWriter(join(values.out, 'corpus.jsonl'));
  const truth = new LineWriter(join(values.out, 'truth.jsonl'));
  const kinds = new Map<string, number>();
  let stories = 0;
  let line = 0;
  const started = performance.now();
  try {
    for (const a of generateCorpus({ n, seed, ...(words ? { wordsPerArticle: words } : {}), ...(storySize ? { storySize } : {}) })) {
      line++;
      corpus.write(corpusRecord(a));
      truth.write(truthRecord(a, line));
      const kind = a.kind ?? 'original';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      stories = Math.max(stories, a.story + 1);
    }
  } finally {
    corpus.close();
    truth.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const summary = [...kinds].map(([k, c]) => `${c} ${k}`).join(', ');
  process.stdout.write(`wrote ${line} articles in ${stories} stories (${summary}) to ${join(values.out, 'corpus.jsonl')} and truth.jsonl in ${seconds.toFixed(2)} s\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
