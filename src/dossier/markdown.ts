import { sideBySide } from './side-by-side.js';
import { independentGroups } from '../provenance/independence.js';
import type { Dossier } from '../contract/dossier.js';

function cell(s: string | null | undefined): string {
  return (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const SIDE_BY_SIDE_ROWS = 8;
const SIDE_BY_SIDE_DERIVATIONS = 10;
const CLIP = 160;

function clip(s: string | undefined): string {
  if (!s) return '';
  return s.length > CLIP ? s.slice(0, CLIP - 1) + '…' : s;
}

/** Articles once those linked by derivations are merged. */
function independentSourceCount(d: Dossier): number {
  return independentGroups(
    d.articles.map((a) => a.id),
    d.derivations,
  ).length;
}

/** The dossier as a Markdown summary for a terminal or a note. */
export function renderMarkdown(d: Dossier): string {
  const lines: string[] = [];
  const n = d.articles.length;
  lines.push('# recoupe dossier', '');
  lines.push(`${n} article${n === 1 ? '' : 's'} read, ${d.errors.length} input${d.errors.length === 1 ? '' : 's'} failed. Generated ${d.generatedAt}.`, '');
  if (n) {
    lines.push('## Articles', '', '| Published | Outlet | Lang | Title | Words | Id |', '|---|---|---|---|---:|---|');
    const sorted = [...d.articles].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
    for (const a of sorted) {
      lines.push(`| ${cell(a.publishedAt ?? '—')} | ${cell(a.outlet ?? '—')} | ${a.language} | ${cell(a.title ?? a.text.slice(0, 80) + '…')} | ${words(a.text)} | \`${a.id}\` |`);
    }
    lines.push('');
  }
  if (d.derivations.length) {
    const label = new Map(d.articles.map((a) => [a.id, a.outlet ?? a.title ?? a.id]));
    const linked = new Set(d.derivations.flatMap((x) => [x.source, x.copy]));
    const groups = independentSourceCount(d);
    lines.push('## Provenance', '', `${n} articles, ${groups} independent source${groups === 1 ? '' : 's'} (${n - linked.size} stand alone).`, '');
    for (const x of d.derivations) {
      lines.push(`- ${cell(label.get(x.copy))} is a **${x.kind}** of ${cell(label.get(x.source))} (score ${x.score.toFixed(2)}, original decided by ${x.rule ?? 'n/a'})`);
    }
    lines.push('');
    const byId = new Map(d.articles.map((a) => [a.id, a]));
    for (const x of d.derivations.slice(0, SIDE_BY_SIDE_DERIVATIONS)) {
      const rows = sideBySide(x, byId.get(x.source)!, byId.get(x.copy)!);
      lines.push(`### ${cell(label.get(x.copy))} ← ${cell(label.get(x.source))} (${x.kind})`, '', '| | original | copy |', '|---|---|---|');
      for (const r of rows.slice(0, SIDE_BY_SIDE_ROWS)) lines.push(`| ${r.status} | ${cell(clip(r.source))} | ${cell(clip(r.copy))} |`);
      if (rows.length > SIDE_BY_SIDE_ROWS) lines.push(`| … | ${rows.length - SIDE_BY_SIDE_ROWS} more rows in the HTML report | |`);
      lines.push('');
    }
    if (d.derivations.length > SIDE_BY_SIDE_DERIVATIONS) lines.push(`(${d.derivations.length - SIDE_BY_SIDE_DERIVATIONS} more derivations side by side in the HTML report.)`, '');
  }
  if (d.stories.length) {
    lines.push('## Stories', '');
    for (const s of d.stories) lines.push(`- **${cell(s.title)}**: ${s.articles.length} articles, ${s.independentSources} independent source${s.independentSources === 1 ? '' : 's'}`);
    lines.push('');
  }
  if (d.errors.length) {
    lines.push('## Inputs that failed', '');
    for (const e of d.errors) lines.push(`- \`${e.input}\`: ${e.message}`);
    lines.push('');
  }
  return lines.join('\n');
}
