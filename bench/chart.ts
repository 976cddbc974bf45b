/**
 * The chart of cost against store size: milliseconds to add an article (median, mean, p90, the
 * mean in commits of 32, the median of the main thread's share, link + store, and the same once
 * the linking index has been read through, when measured) at
 * each store size that `provenance-scale` measured, on a logarithmic axis of sizes, with the
 * 5 ms target. Plain SVG, no dependency.
 *
 *   node dist/bench/chart.js [--in out/provenance-scale.json] [--out docs/provenance-scale.svg]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

interface Checkpoint {
  storeSize: number;
  msPerArticle: { median: number; p90: number; mean: number };
  batchedMsPerArticle?: number;
  /** The main thread's share (link + store), when the bench timed the parts. */
  parts?: { mainThread: { median: number } };
  /** Link + store again once the linking index has been read through, when measured. */
  warmIndex?: { mainThread: { median: number } };
  indexBytesPerArticle: number;
}

const TARGET_MS = 5;
const W = 680;
const H = 360;
const M = { left: 56, right: 180, top: 36, bottom: 48 };
const SERIES: readonly { label: string; color: string; dash: string; value: (p: Checkpoint) => number | undefined }[] = [
  { label: 'median', color: '#1f77b4', dash: '', value: (p) => p.msPerArticle.median },
  { label: 'mean', color: '#2ca02c', dash: '6 3', value: (p) => p.msPerArticle.mean },
  { label: '90th percentile', color: '#d62728', dash: '2 3', value: (p) => p.msPerArticle.p90 },
  { label: 'mean, 32 per commit', color: '#9467bd', dash: '1 2', value: (p) => p.batchedMsPerArticle },
  { label: 'link + store, median', color: '#ff7f0e', dash: '8 2 2 2', value: (p) => p.parts?.mainThread.median },
  { label: 'same, index read', color: '#8c564b', dash: '4 4', value: (p) => p.warmIndex?.mainThread.median },
];

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function chart(points: readonly Checkpoint[], title: string): string {
  const sizes = points.map((p) => p.storeSize);
  const minX = Math.log10(Math.min(...sizes)) - 0.15;
  const maxX = Math.log10(Math.max(...sizes)) + 0.15;
  const maxY = Math.max(TARGET_MS * 1.2, ...points.map((p) => p.msPerArticle.p90)) * 1.1;
  const x = (size: number) => M.left + ((Math.log10(size) - minX) / (maxX - minX || 1)) * (W - M.left - M.right);
  const y = (ms: number) => H - M.bottom - (ms / maxY) * (H - M.top - M.bottom);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${M.left}" y="20" font-size="14" font-weight="bold">${escape(title)}</text>`);
  // Axes, ticks and grid.
  out.push(`<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#333"/>`);
  out.push(`<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#333"/>`);
  const step = maxY > 20 ? 5 : maxY > 8 ? 2 : 1;
  for (let v = 0; v <= maxY; v += step) {
    out.push(`<line x1="${M.left}" y1="${y(v)}" x2="${W - M.right}" y2="${y(v)}" stroke="#eee"/>`);
    out.push(`<text x="${M.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  for (const size of sizes) {
    out.push(`<line x1="${x(size)}" y1="${H - M.bottom}" x2="${x(size)}" y2="${H - M.bottom + 5}" stroke="#333"/>`);
    out.push(`<text x="${x(size)}" y="${H - M.bottom + 18}" text-anchor="middle">${size.toLocaleString('en')}</text>`);
  }
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 8}" text-anchor="middle">articles in the store (log scale)</text>`);
  out.push(`<text x="14" y="${(M.top + H - M.bottom) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(M.top + H - M.bottom) / 2})">ms to add one article</text>`);
  // The target.
  out.push(`<line x1="${M.left}" y1="${y(TARGET_MS)}" x2="${W - M.right}" y2="${y(TARGET_MS)}" stroke="#999" stroke-dasharray="8 4"/>`);
  // Labelled inside the plot, over its line: the legend holds the right margin.
  out.push(`<text x="${M.left + 6}" y="${y(TARGET_MS) - 5}" fill="#666">target ${TARGET_MS} ms</text>`);
  // The series, with a legend.
  SERIES.filter((s) => points.some((p) => s.value(p) !== undefined)).forEach((s, i) => {
    const drawn = points.filter((p) => s.value(p) !== undefined);
    const path = drawn.map((p, k) => `${k ? 'L' : 'M'}${x(p.storeSize).toFixed(1)},${y(s.value(p)!).toFixed(1)}`).join(' ');
    out.push(`<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    for (const p of drawn) out.push(`<circle cx="${x(p.storeSize).toFixed(1)}" cy="${y(s.value(p)!).toFixed(1)}" r="3" fill="${s.color}"/>`);
    const ly = M.top + 10 + i * 18;
    out.push(`<line x1="${W - M.right + 6}" y1="${ly}" x2="${W - M.right + 30}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    out.push(`<text x="${W - M.right + 34}" y="${ly + 4}">${s.label}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { in: { type: 'string', default: 'out/provenance-scale.json' }, out: { type: 'string', default: 'docs/provenance-scale.svg' } },
  });
  let data: { checkpoints?: Checkpoint[]; machine?: { cpu?: string } };
  try {
    data = JSON.parse(readFileSync(values.in, 'utf8')) as typeof data;
  } catch (e) {
    process.stderr.write(`chart: ${values.in}: ${(e as Error).message} (run bench:provenance first)\n`);
    return 1;
  }
  const points = [...(data.checkpoints ?? [])].sort((a, b) => a.storeSize - b.storeSize);
  if (!points.length) {
    process.stderr.write(`chart: ${values.in}: no checkpoints\n`);
    return 1;
  }
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, chart(points, 'Adding an article: provenance linking and store, one core'));
  process.stdout.write(`chart written to ${values.out}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
