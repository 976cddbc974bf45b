import type { Dossier } from '../contract/dossier.js';

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#1d3557;color:#fff;padding:1rem 2rem}header h1{margin:0;font-size:1.4rem}
main{max-width:70rem;margin:0 auto;padding:1rem 2rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{padding:.4rem .6rem;border-bottom:1px solid #dde1e6;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}td.num{text-align:right}
details{background:#fff;border:1px solid #dde1e6;border-radius:6px;margin:.6rem 0;padding:.4rem .8rem}
summary{cursor:pointer;font-weight:600}.meta{color:#5b6672;font-size:.9rem}
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
${errors}
<h2>Texts</h2>
${texts}
</main></body></html>
`;
}
