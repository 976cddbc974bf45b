import { createHash } from 'node:crypto';
import { independentGroups } from '../provenance/independence.js';
import { sideBySide, type SideBySideRow } from './side-by-side.js';
import { articleLabel } from './names.js';
import { REPORT_SCRIPT } from './report-script.js';
import { REPORT_STYLE } from './report-style.js';
import type { Dossier, DossierArticle, Entity, EvidenceSpan, FigureQuestion, Quote } from '../contract/dossier.js';

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const e = escapeHtml;

const CLIP = 320;
function clip(s: string, n = CLIP): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** What every section needs: article numbers for evidence, and names for articles. */
class Context {
  readonly index: Map<string, number>;
  readonly byId: Map<string, DossierArticle>;
  /** The independent sources: articles merged along derivations. */
  readonly groups: string[][];
  constructor(readonly d: Dossier) {
    this.index = new Map(d.articles.map((a, i) => [a.id, i]));
    this.byId = new Map(d.articles.map((a) => [a.id, a]));
    this.groups = independentGroups(
      d.articles.map((a) => a.id),
      d.derivations,
    );
  }
  name(id: string): string {
    const a = this.byId.get(id);
    return a ? articleLabel(a) : id;
  }
  /** The attributes that make an element show its evidence when clicked. */
  ev(spans: readonly Pick<EvidenceSpan, 'article' | 'start' | 'end'>[]): string {
    const list = spans.filter((s) => this.index.has(s.article)).map((s) => `${this.index.get(s.article)}:${s.start}:${s.end}`);
    return list.length ? ` data-ev="${list.join(';')}" tabindex="0"` : '';
  }
  slice(s: Pick<EvidenceSpan, 'article' | 'start' | 'end'>): string {
    return this.byId.get(s.article)?.text.slice(s.start, s.end) ?? '';
  }
}

function sourcesSection(c: Context): string {
  const d = c.d;
  const groups = c.groups;
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((id) => groupOf.set(id, i)));
  const derivedFrom = new Map(d.derivations.map((x) => [x.copy, x]));
  const letter = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : String(i + 1));
  const sorted = [...d.articles].sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff'));
  const rows = sorted
    .map((a) => {
      const x = derivedFrom.get(a.id);
      const how = x ? `${e(x.kind)} of ${e(c.name(x.source))}` : 'original';
      return `<tr${c.ev([{ article: a.id, start: 0, end: 0 }])}><td class="date">${e(a.publishedAt?.slice(0, 16).replace('T', ' ') ?? '—')}${a.publishedAtSource === 'inferred' ? ' <span class="tag">inferred</span>' : ''}</td><td>${e(a.outlet ?? '—')}</td><td>${e(a.language)}</td><td>${e(clip(a.title ?? a.text, 110))}</td><td>${e(a.credits.join(', ') || '—')}</td><td><span class="group g${groupOf.get(a.id)! % 8}">${letter(groupOf.get(a.id)!)}</span> ${how}</td></tr>`;
    })
    .join('\n');
  return `<section id="sources"><h2>Sources</h2><p>${d.articles.length} article${d.articles.length === 1 ? '' : 's'} from <strong>${groups.length} independent source${groups.length === 1 ? '' : 's'}</strong>: articles that copy, rewrite or translate one another share a letter.</p>
<table><thead><tr><th>Published</th><th>Outlet</th><th>Lang</th><th>Title</th><th>Credits</th><th>Independence</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

function storiesSection(c: Context): string {
  const stories = c.d.stories;
  if (stories.length <= 1) return '';
  const items = stories
    .map((s) => `<li${c.ev(s.articles.map((a) => ({ article: a, start: 0, end: 0 })))}><strong>${e(s.title)}</strong> <span class="meta">${s.articles.length} articles · ${s.independentSources} independent · ${e((s.keywords ?? []).join(', '))}</span></li>`)
    .join('');
  return `<section id="stories"><h2>Stories</h2><ul class="lines">${items}</ul></section>`;
}

const STATUS_NOTE: Record<FigureQuestion['status'], string> = {
  agreeing: 'sources agree',
  evolving: 'the figure changes over time',
  conflicting: 'sources give clashing figures at the same time',
};

function figuresSection(c: Context): string {
  const questions = c.d.questions ?? [];
  if (!questions.length) return '';
  const blocks = questions.map((q) => {
    const clash = new Map<number, number[]>();
    for (const [a, b] of q.conflicts) {
      clash.set(a, [...(clash.get(a) ?? []), b]);
      clash.set(b, [...(clash.get(b) ?? []), a]);
    }
    const rows = q.figures
      .map((f, i) => {
        const against = clash.get(i)?.map((j) => q.figures[j]!.display) ?? [];
        const relays = [...new Set(f.articles.map((a) => c.name(a)))];
        const note = against.length ? `<div class="clash">clashes with ${e(against.join(', '))}</div>` : '';
        return `<tr class="${against.length ? 'conflict' : ''}"${c.ev(f.evidence)}><td class="fig"><span class="value">${e(f.display)}</span>${note}</td><td>${e(f.claimants.join('; ') || 'unattributed')}</td><td class="date">${e(f.firstSaid ?? '—')}</td><td class="date">${e(f.asOf ?? '—')}</td><td class="relays">${e(relays.join(', '))}</td><td class="num">${f.independentSources}</td></tr>`;
      })
      .join('\n');
    return `<div class="question"><h3>${e(q.label)} <span class="status ${q.status}">${q.status}</span> <span class="meta">${e(q.concept)} · ${STATUS_NOTE[q.status]}</span></h3>
<table><thead><tr><th>Figure</th><th>Claimed by</th><th>First reported</th><th>Holds as of</th><th>Relayed by</th><th title="independent sources">Indep.</th></tr></thead><tbody>
${rows}
</tbody></table></div>`;
  });
  return `<section id="figures"><h2>Key figures</h2><p class="meta">Each distinct value with who gives it, in the order it was first reported. Click a row to see its words in each article.</p>${blocks.join('\n')}</section>`;
}

function contradictionsSection(c: Context): string {
  const list = c.d.contradictions;
  if (!list.length) return '';
  const cards = list.map((x) => {
    const items = x.items
      .map((it) => `<li${c.ev([it])}><span class="tag">${e(it.type ?? 'item')}</span> ${e(clip(c.slice(it), 200))} <span class="meta">— ${e(c.name(it.article))}</span></li>`)
      .join('');
    return `<div class="card ${x.kind}"${c.ev(x.items)}><div class="kind">${x.kind === 'figures' ? 'Figures clash' : 'Assertion against denial'}</div><p>${e(x.summary)}</p><ul class="lines">${items}</ul></div>`;
  });
  return `<section id="contradictions"><h2>Contradictions</h2>${cards.join('\n')}</section>`;
}

/** Quotes grouped by speaker, a repeated quote shown once with every article that carries it. */
function quotesSection(c: Context): string {
  const d = c.d;
  if (!d.quotes.length) return '';
  const entities = new Map(d.entities.map((x) => [x.id, x]));
  const copies = new Map<string, Quote[]>();
  for (const q of d.quotes) if (q.origin) copies.set(q.origin, [...(copies.get(q.origin) ?? []), q]);
  const groups = new Map<string, { name: string; entity?: Entity; quotes: Quote[] }>();
  for (const q of d.quotes) {
    if (q.origin) continue;
    const entity = q.speaker ? entities.get(q.speaker) : undefined;
    const key = entity?.id ?? (q.speakerName ? 'name:' + q.speakerName.toLowerCase() : 'unattributed');
    const g = groups.get(key) ?? { name: entity?.name ?? q.speakerName ?? 'Unattributed', ...(entity ? { entity } : {}), quotes: [] };
    g.quotes.push(q);
    groups.set(key, g);
  }
  const sorted = [...groups.values()].sort((a, b) => (a.name === 'Unattributed' ? 1 : 0) - (b.name === 'Unattributed' ? 1 : 0) || b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  const blocks = sorted.map((g) => {
    const roles = [...new Set((g.entity?.roles ?? []).map((r) => r.role))].slice(0, 3);
    const lines = g.quotes
      .map((q) => {
        const all = [q, ...(copies.get(q.id) ?? [])];
        const where = [...new Set(all.map((x) => c.name(x.article)))];
        return `<li${c.ev(all)}><span class="tag ${q.kind}">${q.kind}</span>${q.negated ? ' <span class="tag negated">not said</span>' : ''} ${q.kind === 'direct' || q.kind === 'fragment' ? '«&nbsp;' : ''}${e(clip(q.text))}${q.kind === 'direct' || q.kind === 'fragment' ? '&nbsp;»' : ''} <span class="meta">${e(q.verb ?? '')}${q.channel ? ' to ' + e(q.channel) : ''} — ${e(where.join(', '))}</span></li>`;
      })
      .join('');
    return `<details class="speaker"${g.quotes.length >= 2 ? ' open' : ''}><summary>${e(g.name)} <span class="meta">${g.quotes.length} quote${g.quotes.length === 1 ? '' : 's'}${roles.length ? ' · ' + e(roles.join('; ')) : ''}</span></summary><ul class="lines">${lines}</ul></details>`;
  });
  return `<section id="quotes"><h2>Who said what</h2>${blocks.join('\n')}</section>`;
}

function timelineSection(c: Context): string {
  const t = c.d.timeline;
  if (!t.length) return '';
  const rows = t
    .map((x) => `<tr${c.ev(x.evidence)}><td class="date">${e(x.date)}</td><td>${e(clip(x.text, 260))}</td><td>${e([...new Set(x.articles.map((a) => c.name(a)))].join(', '))}</td></tr>`)
    .join('\n');
  return `<section id="timeline"><h2>Timeline</h2><table><thead><tr><th>Date</th><th>Event</th><th>Reported by</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

const ENTITY_ROWS = 60;

function entitiesSection(c: Context): string {
  const list = c.d.entities.filter((x) => x.type !== 'other');
  if (!list.length) return '';
  const ranked = [...list].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)).slice(0, ENTITY_ROWS);
  const rows = ranked
    .map((x) => `<tr${c.ev(x.mentions)}><td>${e(x.name)}</td><td>${e(x.type)}</td><td>${e([...new Set(x.roles.map((r) => r.role))].slice(0, 3).join('; '))}</td><td class="num">${x.mentions.length}</td><td class="num">${new Set(x.mentions.map((m) => m.article)).size}</td></tr>`)
    .join('\n');
  return `<section id="entities"><h2>People, bodies and places</h2><table><thead><tr><th>Name</th><th>Type</th><th>Roles</th><th>Mentions</th><th>Articles</th></tr></thead><tbody>
${rows}
</tbody></table>${list.length > ENTITY_ROWS ? `<p class="meta">${list.length - ENTITY_ROWS} more in the JSON dossier.</p>` : ''}</section>`;
}

const STATUS_LABEL: Record<SideBySideRow['status'], string> = { kept: 'kept', reworded: 'reworded', translated: 'translated', added: 'added by the copy', dropped: 'dropped by the copy' };

function provenanceSection(c: Context): string {
  const d = c.d;
  if (!d.derivations.length) return '';
  const items = d.derivations
    .map((x) => {
      const rows = sideBySide(x, c.byId.get(x.source)!, c.byId.get(x.copy)!)
        .map((r) => `<tr class="${r.status}"><td>${STATUS_LABEL[r.status]}</td><td>${e(r.source ?? '')}</td><td>${e(r.copy ?? '')}</td></tr>`)
        .join('');
      return `<details><summary>${e(c.name(x.copy))} is a ${e(x.kind)} of ${e(c.name(x.source))} <span class="meta">score ${x.score.toFixed(2)} · original decided by ${e(x.rule ?? 'n/a')}</span></summary>
<table class="sbs"><thead><tr><th></th><th>original: ${e(c.name(x.source))}</th><th>copy: ${e(c.name(x.copy))}</th></tr></thead><tbody>${rows}</tbody></table></details>`;
    })
    .join('\n');
  const groups = c.groups.length;
  return `<section id="provenance"><h2>Provenance</h2><p>${d.articles.length} articles from ${groups} independent source${groups === 1 ? '' : 's'}.</p>${items}</section>`;
}

function errorsSection(c: Context): string {
  const d = c.d;
  return d.errors.length ? `<section id="errors"><h2>Inputs that failed</h2><ul class="errors">${d.errors.map((x) => `<li><code>${e(x.input)}</code>: ${e(x.message)}</li>`).join('')}</ul></section>` : '';
}

/** Article texts for the reader pane, as JSON that cannot close its script element. */
function articleData(c: Context): string {
  const d = c.d;
  const articles = d.articles.map((a) => ({ name: c.name(a.id), title: a.title ?? null, outlet: a.outlet ?? null, publishedAt: a.publishedAt ?? null, language: a.language, text: a.text }));
  return JSON.stringify({ articles }).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function heading(c: Context): { title: string; line: string } {
  const d = c.d;
  const dates = d.articles.map((a) => a.publishedAt?.slice(0, 10)).filter((x): x is string => !!x).sort();
  const groups = c.groups.length;
  const title = d.stories.length === 1 ? d.stories[0]!.title : d.stories.length ? `${d.stories.length} stories` : 'recoupe dossier';
  const span = dates.length ? (dates[0] === dates.at(-1) ? dates[0]! : `${dates[0]} → ${dates.at(-1)}`) : '';
  const languages = [...new Set(d.articles.map((a) => a.language))].join(', ');
  const line = [`${d.articles.length} articles`, `${groups} independent sources`, span, languages].filter(Boolean).join(' · ');
  return { title, line };
}

const NAV = [
  ['sources', 'Sources'],
  ['figures', 'Key figures'],
  ['contradictions', 'Contradictions'],
  ['quotes', 'Who said what'],
  ['timeline', 'Timeline'],
  ['entities', 'People & bodies'],
  ['provenance', 'Provenance'],
] as const;

/**
 * The dossier as one self-contained HTML file: no external resource; its only script is the
 * report's own, allowed by hash; article text is escaped or set as text, never parsed as markup.
 */
export function renderHtml(d: Dossier): string {
  const c = new Context(d);
  const sections = [sourcesSection(c), storiesSection(c), figuresSection(c), contradictionsSection(c), quotesSection(c), timelineSection(c), entitiesSection(c), provenanceSection(c), errorsSection(c)].filter(Boolean);
  const present = NAV.filter(([id]) => sections.some((s) => s.startsWith(`<section id="${id}"`)));
  const { title, line } = heading(c);
  const hash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'">
<title>${e(title)} — recoupe</title><style>${REPORT_STYLE}</style></head>
<body><header><div class="brand">recoupe dossier</div><h1>${e(title)}</h1><div class="sub">${e(line)} · generated ${e(d.generatedAt.slice(0, 16).replace('T', ' '))}</div>
<nav>${present.map(([id, label]) => `<a href="#${id}">${label}</a>`).join('')}</nav></header>
<div class="layout"><main>
${sections.join('\n')}
</main>
<aside id="reader"><div class="reader-head"></div><div class="reader-tabs"></div><div class="reader-body"></div><p class="hint">Click a figure, quote, date or contradiction to see its words highlighted here.</p></aside></div>
<script type="application/json" id="recoupe-data">${articleData(c)}</script>
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}
