/**
 * The benchmark: `npm run bench` (or `node dist/bench/run.js --n 2000 --seed 1`).
 *
 * Times each per-article phase (build, each stage, the runner's checks, the store writes) on the
 * real sample story, repeated, and on synthetic articles; prints a table per input and writes
 * the figures as JSON (out/bench.json unless --json names another file).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleStages, checkPipeline, pipelineVersion } from '../src/pipeline/pipeline.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { machine } from './machine.js';
import { PipelineBench, ROW, stageRow } from './measure.js';
import { MemoryWatch, type MemoryReport } from './memory.js';
import { integerOption } from './options.js';
import { machineLines, memoryLines, workloadLines, type BenchReport, type WorkloadResult } from './report.js';
import { StageClock, perSecond, stageResult } from './timing.js';
import { seedWorkload, syntheticWorkload, type Workload } from './workloads.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = `usage: node dist/bench/run.js [--n 2000] [--seed 1] [--passes 200] [--batch 500] [--words MIN-MAX] [--seeds MANIFEST] [--json FILE]`;

interface Options {
  n: number;
  seed: number;
  passes: number;
  batch: number;
  /** The synthetic articles' length in words (the generator's 300-1200 when not given). */
  words?: [number, number];
  seeds: string;
  json: string;
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      passes: { type: 'string', default: '200' },
      batch: { type: 'string', default: '500' },
      words: { type: 'string' },
      seeds: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  return {
    n: integerOption(values.n, '--n', 1),
    seed: integerOption(values.seed, '--seed', 0),
    passes: integerOption(values.passes, '--passes', 1),
    batch: integerOption(values.batch, '--batch', 1),
    ...(values.words !== undefined ? { words: wordRange(values.words) } : {}),
    seeds: values.seeds ? resolve(values.seeds) : resolve(ROOT, '../shared/corpus/seeds/manifest.jsonl'),
    json: values.json ? resolve(values.json) : join(ROOT, 'out', 'bench.json'),
  };
}

/** "550-650": the shortest and longest article, in words. */
function wordRange(value: string): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(value.trim());
  const range: [number, number] | undefined = m ? [Number(m[1]), Number(m[2])] : undefined;
  if (!range || range[0] < 1 || range[1] < range[0]) throw new Error(`--words: expected MIN-MAX, two whole numbers of words with MIN ≥ 1 and MIN ≤ MAX, not ${JSON.stringify(value)}`);
  return range;
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** The rows added into the pipeline's sum: everything an article goes through with the :memory: store. */
function summedRows(): string[] {
  return [...analysisRows(), ROW.link, ROW.memoryStore];
}

/** The rows of the per-article analysis: building the article, each stage, the runner's checks. */
function analysisRows(): string[] {
  return [ROW.build, ...articleStages.map(stageRow), ROW.runner];
}

/** Warm up on the workload's sample, then time it batch by batch. */
function benchWorkload(w: Workload, dir: string, version: string): WorkloadResult {
  const memory = new MemoryWatch();
  const warmDb = join(dir, `${w.name.replace(/\W+/g, '-')}-warmup.sqlite`);
  const warmStores = { memory: openSqliteStore(':memory:'), file: openSqliteStore(warmDb), wholePipeline: openSqliteStore(':memory:') };
  try {
    new PipelineBench(articleStages, version, warmStores, new StageClock(), memory).runBatch(w.warmup());
  } finally {
    for (const s of Object.values(warmStores)) s.close();
  }

  const db = join(dir, `${w.name.replace(/\W+/g, '-')}.sqlite`);
  const stores = { memory: openSqliteStore(':memory:'), file: openSqliteStore(db), wholePipeline: openSqliteStore(':memory:') };
  const clock = new StageClock();
  const bench = new PipelineBench(articleStages, version, stores, clock, memory);
  let stored: number;
  try {
    for (const batch of w.batches()) bench.runBatch(batch);
    stored = stores.file.countArticles();
  } finally {
    // Closing the last connection checkpoints the WAL into the database file.
    for (const s of Object.values(stores)) s.close();
  }

  const stages = clock.results();
  const build = clock.get(ROW.build);
  const articles = build?.articles ?? 0;
  const words = build?.words ?? 0;
  const summed = summedRows();
  const analysed = analysisRows();
  const sumMs = stages.filter((s) => summed.includes(s.stage)).reduce((ms, s) => ms + s.totalMs, 0);
  const sqliteBytes = fileSize(db);
  const walBytes = fileSize(`${db}-wal`);
  return {
    name: w.name,
    description: w.description,
    articles,
    words,
    errors: bench.errors,
    stages,
    summed,
    sum: stageResult('sum of the summed rows', articles, words, sumMs),
    analysis: stageResult('per-article analysis', articles, words, stages.filter((s) => analysed.includes(s.stage)).reduce((ms, s) => ms + s.totalMs, 0)),
    wholePipeline: clock.get(ROW.wholePipeline) ?? stageResult(ROW.wholePipeline, 0, 0, 0),
    store: { articles: stored, sqliteBytes, walBytes, bytesPerArticle: stored ? (sqliteBytes + walBytes) / stored : 0 },
    peakRssSampledBytes: memory.report().peakRssSampledBytes,
    ...(w.generation ? { generation: { ...w.generation, articlesPerSec: perSecond(w.generation.articles, w.generation.ms) } } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }

  const m = machine();
  process.stdout.write(machineLines(m) + '\n');
  checkPipeline(articleStages);
  const version = pipelineVersion(articleStages);
  process.stdout.write(`pipeline ${version}; one process, one core; every phase warmed up once before timing\n\n`);

  const skipped: string[] = [];
  const workloads: Workload[] = [];
  const seeds = await seedWorkload(options.seeds, options.passes, options.batch);
  if (typeof seeds === 'string') {
    skipped.push(seeds);
    process.stdout.write(`skipping the sample story: ${seeds}\n\n`);
  } else {
    workloads.push(seeds);
  }
  workloads.push(syntheticWorkload(options.n, options.seed, options.batch, options.words));

  const dir = mkdtempSync(join(tmpdir(), 'recoupe-bench-'));
  const results: WorkloadResult[] = [];
  let memory: MemoryReport;
  try {
    for (const w of workloads) {
      const result = benchWorkload(w, dir, version);
      results.push(result);
      process.stdout.write(workloadLines(result) + '\n\n');
    }
    const overall = new MemoryWatch().report();
    memory = { ...overall, peakRssSampledBytes: Math.max(overall.peakRssSampledBytes, ...results.map((r) => r.peakRssSampledBytes)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(memoryLines(memory) + '\n');

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: m,
    options: { n: options.n, seed: options.seed, passes: options.passes, batch: options.batch, ...(options.words ? { words: options.words.join('-') } : {}), seeds: options.seeds },
    pipelineVersion: version,
    workloads: results,
    skipped,
    memory,
  };
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(options.json, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`results written to ${options.json}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
