/**
 * End to end, as a user runs it: `recoupe add` of a synthetic corpus (JSON Lines) into a new
 * SQLite file, with everything it does (read, normalise, analyse, link, cluster, store), on one
 * core (no worker) and with the worker threads `auto` gives, each run in a process of its own.
 *
 *   node dist/bench/end-to-end.js [--n 5000] [--seed 11] [--workers 0,auto] [--json FILE]
 *
 * Prints a table (seconds, articles/s, words/s, peak memory, store size per article) and writes
 * the figures as JSON (out/end-to-end.json unless --json names another file).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addInputs } from '../src/library/add-inputs.js';
import { defaultWorkers } from '../src/library/analysis-pool.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { generateCorpus } from './corpus-generator.js';
import { machine } from './machine.js';
import { integerOption } from './options.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'usage: node dist/bench/end-to-end.js [--n 5000] [--seed 11] [--workers 0,auto] [--json FILE]';

interface RunResult {
  workers: number;
  articles: number;
  added: number;
  seconds: number;
  maxRssBytes: number;
  storeBytes: number;
}

/** One run, in this (child) process: prints its result as one JSON line. */
async function child(corpus: string, db: string, workers: number): Promise<void> {
  const store = openSqliteStore(db);
  const t = performance.now();
  const report = await addInputs(store, [corpus], { workers });
  store.close();
  const seconds = (performance.now() - t) / 1000;
  const storeBytes = statSync(db).size;
  const result: RunResult = { workers, articles: report.articles.length, added: report.added, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024, storeBytes };
  process.stdout.write(JSON.stringify(result) + '\n');
}

function writeCorpus(path: string, n: number, seed: number): { articles: number; words: number } {
  const fd = openSync(path, 'w');
  let words = 0;
  let articles = 0;
  let buffer = '';
  for (const a of generateCorpus({ n, seed })) {
    buffer += JSON.stringify({ text: a.text, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, language: a.language }) + '\n';
    words += a.text.split(/\s+/).filter(Boolean).length;
    articles++;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
  return { articles, words };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '11' },
      workers: { type: 'string', default: '0,auto' },
      json: { type: 'string' },
      child: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const parseWorkers = (w: string) => (w === 'auto' ? defaultWorkers() : integerOption(w, '--workers', 0));
  if (values.child) {
    await child(values.child, values.db!, parseWorkers(values.workers));
    return 0;
  }
  const n = integerOption(values.n, '--n', 1);
  const seed = integerOption(values.seed, '--seed', 0);
  const counts = [...new Set(values.workers.split(',').map((w) => parseWorkers(w.trim())))];
  const json = values.json ? resolve(values.json) : join(ROOT, 'out', 'end-to-end.json');

  const m = machine();
  process.stdout.write(`machine: ${m.cpu}, ${m.cores} cores, ${(m.totalMemoryBytes / 2 ** 30).toFixed(0)} GiB, Node ${m.node}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-e2e-'));
  const runs: RunResult[] = [];
  let corpus: { articles: number; words: number };
  try {
    const file = join(dir, 'corpus.jsonl');
    corpus = writeCorpus(file, n, seed);
    process.stdout.write(`corpus: ${corpus.articles.toLocaleString('en')} synthetic articles (seed ${seed}), ${Math.round(corpus.words / corpus.articles)} words per article\n\n`);
    process.stdout.write('recoupe add, end to end              seconds  articles/s     words/s  peak RSS MiB  store B/article\n');
    for (const workers of counts) {
      const db = join(dir, `store-${workers}.sqlite`);
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file, '--db', db, '--workers', String(workers)], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const run = JSON.parse(out.trim().split('\n').at(-1)!) as RunResult;
      runs.push(run);
      rmSync(db, { force: true });
      const label = workers === 0 ? 'one thread (--workers 0)' : `${workers} worker thread${workers > 1 ? 's' : ''} + main (--workers ${workers})`;
      process.stdout.write(
        `${label.padEnd(36)}${run.seconds.toFixed(1).padStart(8)}${(run.articles / run.seconds).toFixed(0).padStart(12)}${(corpus.words / run.seconds).toFixed(0).padStart(12)}` +
          `${(run.maxRssBytes / 2 ** 20).toFixed(0).padStart(14)}${(run.storeBytes / Math.max(1, run.added)).toFixed(0).padStart(17)}\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), machine: m, n, seed, corpus, runs }, null, 2) + '\n');
  process.stdout.write(`\nresults written to ${json}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`end-to-end: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
