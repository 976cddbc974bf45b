import type { Dossier } from '../contract/dossier.js';

function cell(s: string | null | undefined): string {
  return (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
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
