import type { Machine } from './machine.js';
import type { MemoryReport } from './memory.js';
import type { StageResult } from './timing.js';

/** What one input set gave. */
export interface WorkloadResult {
  name: string;
  description: string;
  /** Articles built (each pass counted), and their words. */
  articles: number;
  words: number;
  /** Inputs that could not be built into articles (once each). */
  errors: { input: string; message: string }[];
  /** Every timed row, in pipeline order. */
  stages: StageResult[];
  /** Rows of `stages` added up into `sum`. */
  summed: string[];
  /** The sum of the summed rows: the pipeline's cost, phase by phase. */
  sum: StageResult;
  /** The whole pipeline measured end to end, article by article, on one core. */
  wholePipeline: StageResult;
  /** The per-article analysis alone (build, the stages and the runner), added up: what the per-core target is about. */
  analysis?: StageResult;
  store: {
    articles: number;
    sqliteBytes: number;
    walBytes: number;
    bytesPerArticle: number;
  };
  /** The largest RSS sampled while this input ran. */
  peakRssSampledBytes: number;
  generation?: { articles: number; ms: number; articlesPerSec: number };
}

export interface BenchReport {
  date: string;
  machine: Machine;
  options: Record<string, string | number>;
  pipelineVersion: string;
  workloads: WorkloadResult[];
  skipped: string[];
  memory: MemoryReport;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function mib(bytes: number): string {
  return `${decimal.format(bytes / 1024 / 1024)} MiB`;
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

/** The stage table: stage, articles/s, words/s, total ms. */
export function stageTable(rows: readonly StageResult[], marks: ReadonlyMap<string, string> = new Map()): string {
  const header = ['stage', 'articles/s', 'words/s', 'total ms'];
  const body = rows.map((r) => [r.stage + (marks.get(r.stage) ?? ''), integer.format(r.articlesPerSec), integer.format(r.wordsPerSec), decimal.format(r.totalMs)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const rule = '-'.repeat(widths.reduce((a, b) => a + b + 2, -2));
  return [row(header, widths), rule, ...body.map((b) => row(b, widths))].join('\n');
}

export function machineLines(m: Machine): string {
  return `machine: ${m.cpu}, ${m.cores} cores, ${mib(m.totalMemoryBytes)} memory, Node ${m.node} (${m.platform}/${m.arch})`;
}

export function workloadLines(w: WorkloadResult): string {
  const lines: string[] = [];
  lines.push(`== ${w.name}: ${w.description}`);
  lines.push(`   ${integer.format(w.articles)} articles timed, ${integer.format(w.words)} words (${integer.format(w.articles ? w.words / w.articles : 0)} per article)`);
  if (w.generation) lines.push(`   generated at ${integer.format(w.generation.articlesPerSec)} articles/s (${decimal.format(w.generation.ms)} ms, not in the figures below)`);
  for (const e of w.errors) lines.push(`   could not build ${e.input}: ${e.message}`);
  lines.push('');
  const marks = new Map(w.stages.filter((s) => !w.summed.includes(s.stage) && s.stage !== w.wholePipeline.stage).map((s) => [s.stage, ' *']));
  lines.push(stageTable([...w.stages.filter((s) => s.stage !== w.wholePipeline.stage), w.sum, w.wholePipeline], marks));
  lines.push(`   * not in the sum, which adds up ${w.summed.join(', ')}`);
  lines.push('');
  lines.push(`   whole pipeline on one core: ${integer.format(w.wholePipeline.articlesPerSec)} articles/s, ${integer.format(w.wholePipeline.wordsPerSec)} words/s (end to end: buildArticle, analyseArticle, putDocument into :memory:)`);
  if (w.analysis) {
    const ms = w.analysis.articles ? w.analysis.totalMs / w.analysis.articles : 0;
    lines.push(`   per-article analysis on one core: ${ms.toFixed(2)} ms an article, ${integer.format(w.analysis.articlesPerSec)} articles/s (build, the stages and the runner added up; no link, no store)`);
  }
  lines.push(
    `   file store: ${integer.format(w.store.bytesPerArticle)} bytes per article (${integer.format(w.store.sqliteBytes)} bytes .sqlite + ${integer.format(w.store.walBytes)} bytes -wal after the checkpoint at close, ${integer.format(w.store.articles)} articles)`,
  );
  lines.push(`   peak RSS sampled during this input: ${mib(w.peakRssSampledBytes)}`);
  return lines.join('\n');
}

export function memoryLines(m: MemoryReport): string {
  return `memory: peak RSS sampled ${mib(m.peakRssSampledBytes)}, maxRSS ${mib(m.maxRssBytes)} (process.resourceUsage), peak heap used ${mib(m.peakHeapUsedBytes)}`;
}
