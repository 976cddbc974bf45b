import { independentGroups } from '../provenance/independence.js';
import { sideBySide, type SideBySideRow } from './side-by-side.js';
import type { Dossier } from '../contract/dossier.js';

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STATUS_LABEL: Record<SideBySideRow['status'], string> = { kept: 'kept', reworded: 'reworded', translated: 'translated', added: 'added by the copy', dropped: 'dropped by the copy' };

function provenanceSection(d: Dossier): string {
  if (!d.derivations.length) return '';
  const e = escapeHtml;
  const byId = new Map(d.articles.map((a) => [a.id, a]));
  const name = (id: string) => e(byId.get(id)?.outlet ?? byId.get(id)?.title ?? id);
  const groups = independentGroups(
    d.articles.map((a) => a.id),
    d.derivations,
  ).length;
  const items = d.derivations
    .map((x) => {
      const rows = sideBySide(x, byId.get(x.source)!, byId.get(x.copy)!)
        .map((r) => `<tr class="${r.status}"><td>${STATUS_LABEL[r.status]}</td><td>${e(r.source ?? '')}</td><td>${e(r.copy ?? '')}</td></tr>`)
        .join('');
      return `<details><summary>${name(x.copy)} is a ${e(x.kind)} of ${name(x.source)} <span class="meta">score ${x.score.toFixed(2)} · original decided by ${e(x.rule ?? 'n/a')}</span></summary>
<table class="sbs"><thead><tr><th></th><th>original: ${name(x.source)}</th><th>copy: ${name(x.copy)}</th></tr></thead><tbody>${rows}</tbody></table></details>`;
    })
    .join('\n');
  return `<h2>Provenance</h2><p>${d.articles.length} articles from ${groups} independent source${groups === 1 ? '' : 's'}.</p>${items}`;
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#1d3557;color:#fff;padding:1rem 2rem}header h1{margin:0;font-size:1.4rem}
main{max-width:70rem;margin:0 auto;padding:1rem 2rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{padding:.4rem .6rem;border-bottom:1px solid #dde1e6;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}td.num{text-align:right}
details{background:#fff;border:1px solid #dde1e6;border-radius:6px;margin:.6rem 0;padding:.4rem .8rem}
summary{cursor:pointer;font-weight:600}.meta{color:#5b6672;font-size:.9rem}
.sbs td{width:45%;font-size:.9rem}.sbs td:first-child{width:10%;color:#5b6672}
tr.kept td{background:#eef7ee}tr.reworded td{background:#fff8e6}tr.translated td{background:#eef3fb}tr.added td{background:#fdecec}tr.dropped td{background:#f1f1f1;color:#5b6672}
.text p{margin:.5rem 0}.errors li{color:#8a1c1c}code{font-size:.85rem}
`;

/** The dossier as one self-contained HTML file (no script, no external resource). */
export function renderHtml(d: Dossier): string {
  const e = escapeHtml;
  const rows = d.articles
    .map((a) => `<tr><td>${e(a.publishedAt ?? '—')}</td><td>${e(a.outlet ?? '—')}</td><td>${e(a.language)}</td><td><a href="#${e(a.id)}">${e(a.title ?? a.text.slice(0, 80) + '…')}</a></td><td class="num">${a.text.split(/\s+/).filter(Boolean).length}</td></tr>`)
    .join('\n');
  const texts = d.articles
    .map(
      (a) =>
        `<details id="${e(a.id)}"><summary>${e(a.title ?? a.id)}</summary><p class="meta">${e([a.outlet, a.publishedAt, a.language, a.source].filter(Boolean).join(' · '))}</p><div class="text">${a.text
          .split('\n\n')
          .map((p) => `<p>${e(p)}</p>`)
          .join('')}</div></details>`,
    )
    .join('\n');
  const errors = d.errors.length ? `<h2>Inputs that failed</h2><ul class="errors">${d.errors.map((x) => `<li><code>${e(x.input)}</code>: ${e(x.message)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>recoupe dossier</title><style>${STYLE}</style></head>
<body><header><h1>recoupe dossier</h1><div>${d.articles.length} articles · generated ${e(d.generatedAt)}</div></header>
<main><h2>Articles</h2><table><thead><tr><th>Published</th><th>Outlet</th><th>Lang</th><th>Title</th><th>Words</th></tr></thead><tbody>
${rows}
</tbody></table>
${provenanceSection(d)}
${errors}
<h2>Texts</h2>
${texts}
</main></body></html>
`;
}
