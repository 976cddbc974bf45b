import { articleLabel } from './names.js';
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

const QUOTES_PER_SPEAKER = 4;
const SPEAKERS = 12;
const TIMELINE_ROWS = 40;

function articleName(d: Dossier): (id: string) => string {
  const byId = new Map(d.articles.map((a) => [a.id, a]));
  return (id) => {
    const a = byId.get(id);
    return a ? articleLabel(a) : id;
  };
}

function figureLines(d: Dossier): string[] {
  const questions = d.questions ?? [];
  if (!questions.length) return [];
  const out = ['## Key figures', ''];
  for (const q of questions) {
    out.push(`### ${cell(q.label)} (${q.concept}): ${q.status}`, '', '| Figure | Claimed by | First reported | Holds as of | Independent sources | Clashes with |', '|---|---|---|---|---:|---|');
    q.figures.forEach((f, i) => {
      const against = q.conflicts.filter((p) => p.includes(i)).map(([a, b]) => q.figures[a === i ? b : a]!.display);
      out.push(`| **${cell(f.display)}** | ${cell(f.claimants.join('; ') || 'unattributed')} | ${f.firstSaid ?? '—'} | ${f.asOf ?? '—'} | ${f.independentSources} | ${cell(against.join(', '))} |`);
    });
    out.push('');
  }
  return out;
}

function contradictionLines(d: Dossier): string[] {
  if (!d.contradictions.length) return [];
  const name = articleName(d);
  const text = new Map(d.articles.map((a) => [a.id, a.text]));
  const out = ['## Contradictions', ''];
  for (const x of d.contradictions) {
    out.push(`- **${x.kind === 'figures' ? 'Figures clash' : 'Assertion against denial'}**: ${x.summary}`);
    for (const it of x.items) out.push(`  - ${it.type ?? 'item'}: “${cell(clip(text.get(it.article)?.slice(it.start, it.end)))}” (${cell(name(it.article))})`);
  }
  out.push('');
  return out;
}

function quoteLines(d: Dossier): string[] {
  const quotes = d.quotes.filter((q) => !q.origin);
  if (!quotes.length) return [];
  const name = articleName(d);
  const entities = new Map(d.entities.map((e) => [e.id, e]));
  const groups = new Map<string, typeof quotes>();
  for (const q of quotes) {
    const who = (q.speaker && entities.get(q.speaker)?.name) ?? q.speakerName ?? 'Unattributed';
    groups.set(who, [...(groups.get(who) ?? []), q]);
  }
  const ranked = [...groups].sort((a, b) => (a[0] === 'Unattributed' ? 1 : 0) - (b[0] === 'Unattributed' ? 1 : 0) || b[1].length - a[1].length).slice(0, SPEAKERS);
  const out = ['## Who said what', ''];
  for (const [who, list] of ranked) {
    out.push(`- **${cell(who)}** (${list.length})`);
    for (const q of list.slice(0, QUOTES_PER_SPEAKER)) out.push(`  - ${q.kind === 'indirect' ? '' : '« '}${cell(clip(q.text))}${q.kind === 'indirect' ? '' : ' »'} — ${cell(q.verb ?? '')}${q.negated ? ' (not said)' : ''}, ${cell(name(q.article))}`);
  }
  if (groups.size > SPEAKERS) out.push(`- … ${groups.size - SPEAKERS} more speakers in the HTML report`);
  out.push('');
  return out;
}

function timelineLines(d: Dossier): string[] {
  if (!d.timeline.length) return [];
  const name = articleName(d);
  const out = ['## Timeline', '', '| Date | Event | Reported by |', '|---|---|---|'];
  for (const t of d.timeline.slice(0, TIMELINE_ROWS)) out.push(`| ${t.date} | ${cell(clip(t.text))} | ${cell([...new Set(t.articles.map(name))].join(', '))} |`);
  if (d.timeline.length > TIMELINE_ROWS) out.push(`| … | ${d.timeline.length - TIMELINE_ROWS} more entries in the HTML report | |`);
  out.push('');
  return out;
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
    for (const s of d.stories) lines.push(`- **${cell(s.title)}**: ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}, ${s.independentSources} independent source${s.independentSources === 1 ? '' : 's'}${s.keywords?.length ? ` (${cell(s.keywords.join(', '))})` : ''}`);
    lines.push('');
  }
  lines.push(...figureLines(d), ...contradictionLines(d), ...quoteLines(d), ...timelineLines(d));
  if (d.errors.length) {
    lines.push('## Inputs that failed', '');
    for (const e of d.errors) lines.push(`- \`${e.input}\`: ${e.message}`);
    lines.push('');
  }
  return lines.join('\n');
}
