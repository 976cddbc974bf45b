/**
 * Side by side: recoupe's HTML extraction (`buildArticle` on a page: metadata from JSON-LD and
 * meta tags, Readability on linkedom, paragraphs, normalisation, site furniture removed) against
 * bare Readability on linkedom (parse and `parse()`, nothing else), on the same pages. The pages
 * are synthetic articles laid out as a news site lays them out: navigation, header, JSON-LD,
 * byline, the body in paragraphs with a "read also" box and a promo line, a footer.
 *
 *   node dist/bench/readability-ratio.js [--n 500] [--rounds 5] [--seed 3]
 *
 * Prints the median time per page of each over the rounds, interleaved, and their ratio.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArgs } from 'node:util';
import { buildArticle } from '../src/ingest/build-article.js';
import type { RawInput } from '../src/ingest/types.js';
import { generateCorpus, type SyntheticArticle } from './corpus-generator.js';
import { machine } from './machine.js';
import { integerOption } from './options.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(a: SyntheticArticle): string {
  const paragraphs = a.text.split(/\n\s*\n/).map((p) => `<p>${escape(p)}</p>`);
  const body = [...paragraphs.slice(0, 2), '<aside class="read-also"><h3>Lire aussi</h3><ul><li><a href="/x">Un autre article</a></li></ul></aside>', ...paragraphs.slice(2)];
  const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: a.title, datePublished: a.publishedAt, publisher: { name: a.outlet }, inLanguage: a.language });
  return `<!doctype html><html lang="${a.language}"><head><meta charset="utf-8"><title>${escape(a.title)} | ${escape(a.outlet)}</title>
<meta property="og:title" content="${escape(a.title)}"><meta property="og:site_name" content="${escape(a.outlet)}">
<script type="application/ld+json">${jsonLd}</script></head><body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li><li><a href="/politique">Politique</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>${escape(a.title)}</h1><p class="byline">Par la rédaction</p>${body.join('\n')}
<p><strong>Abonnez-vous pour lire la suite</strong></p></article></main>
<footer><p>© ${escape(a.outlet)}</p><ul><li><a href="/contact">Contact</a></li><li><a href="/cgu">Conditions</a></li></ul></footer></body></html>`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { n: { type: 'string', default: '500' }, rounds: { type: 'string', default: '5' }, seed: { type: 'string', default: '3' } } });
  const n = integerOption(values.n, '--n', 1);
  const rounds = integerOption(values.rounds, '--rounds', 1);
  const pages = [...generateCorpus({ n, seed: integerOption(values.seed, '--seed', 0) })].map((a) => ({ html: page(a), language: a.language }));
  const inputs: RawInput[] = pages.map((p, i) => ({ source: `page-${i}.html`, format: 'html', content: p.html, meta: {} }));

  const recoupe = () => {
    let chars = 0;
    for (const input of inputs) {
      const built = buildArticle(input);
      if (built.ok) chars += built.article.text.length;
    }
    return chars;
  };
  const bare = () => {
    let chars = 0;
    for (const p of pages) {
      const { document } = parseHTML(p.html) as unknown as { document: never };
      chars += new Readability(document).parse()?.textContent?.length ?? 0;
    }
    return chars;
  };
  // Warm up both, then interleave the rounds so that drift of the machine touches both alike.
  recoupe();
  bare();
  const times = { recoupe: [] as number[], bare: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    recoupe();
    times.recoupe.push((performance.now() - t) / pages.length);
    t = performance.now();
    bare();
    times.bare.push((performance.now() - t) / pages.length);
  }
  const m = machine();
  const a = median(times.recoupe);
  const b = median(times.bare);
  process.stdout.write(`machine: ${m.cpu}, Node ${m.node}; ${pages.length} pages, ${rounds} rounds, medians\n`);
  process.stdout.write(`recoupe buildArticle (HTML)         ${a.toFixed(3)} ms per page\n`);
  process.stdout.write(`bare Readability on linkedom        ${b.toFixed(3)} ms per page\n`);
  process.stdout.write(`ratio recoupe / bare Readability    ${(a / b).toFixed(2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
