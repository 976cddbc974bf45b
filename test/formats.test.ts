import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from '../src/ingest/build-article.js';
import { extractHtml } from '../src/ingest/formats/html.js';
import { extractMarkdown } from '../src/ingest/formats/markdown.js';

const PAGE = `<!doctype html><html lang="fr-FR"><head>
<title>Crue de la Lesse | Le Veilleur</title>
<meta property="og:site_name" content="Le Veilleur">
<meta name="author" content="Anne Roy">
<meta property="article:published_time" content="2025-05-02T08:00:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Le Veilleur"},
{"@type":"NewsArticle","headline":"La Lesse sort de son lit à Dorval","datePublished":"2025-05-02T07:45:00+02:00","author":{"@type":"Person","name":"Anne Roy"},"publisher":{"@type":"Organization","name":"Le Veilleur"}}]}</script>
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<div class="cookie">Nous utilisons des cookies pour mesurer l’audience.</div>
<article><h1>La Lesse sort de son lit à Dorval</h1>
<p>La rivière a débordé dans la nuit de jeudi à vendredi, inondant une centaine de maisons du quartier bas de Dorval, selon la mairie.</p>
<p>« L’eau est montée de 80&nbsp;centimètres en deux heures », a déclaré le maire, Paul Ferrand, qui a ouvert la salle des fêtes aux sinistrés.</p>
<h2>Des renforts attendus</h2>
<p>Les pompiers du département voisin doivent arriver samedi matin pour pomper les caves, a précisé la préfecture dans un communiqué.<br>Aucune victime n’est signalée.</p>
</article>
<aside><h3>Les plus lus</h3><ul><li><a href="/a">Handball : victoire à domicile</a></li></ul></aside>
<footer>© 2025 Le Veilleur. Tous droits réservés.</footer>
</body></html>`;

describe('HTML', () => {
  it('reads metadata from JSON-LD and meta tags, and keeps paragraphs apart', () => {
    const page = extractHtml(PAGE);
    assert.ok(page);
    assert.equal(page.title, 'La Lesse sort de son lit à Dorval');
    assert.equal(page.outlet, 'Le Veilleur');
    assert.equal(page.byline, 'Anne Roy');
    assert.equal(page.language, 'fr');
    assert.equal(page.publishedAt, '2025-05-02T07:45:00+02:00');
    assert.ok(page.paragraphs.length >= 4, page.paragraphs.join('\n'));
    assert.ok(page.paragraphs.includes('Des renforts attendus'));
    assert.ok(page.paragraphs.includes('Aucune victime n’est signalée.'), 'a <br> splits a paragraph');
  });
  it('leaves out navigation, cookie banner, sidebar and footer', () => {
    const built = buildArticle({ source: 'page.html', format: 'html', content: PAGE, meta: {} });
    assert.ok(built.ok);
    const { text, title, outlet, publishedAt, publishedAtSource } = built.article;
    for (const furniture of ['Accueil', 'cookies', 'Les plus lus', 'Handball', 'Tous droits réservés']) assert.ok(!text.includes(furniture), furniture);
    assert.equal(title, 'La Lesse sort de son lit à Dorval');
    assert.ok(!text.startsWith('La Lesse sort de son lit'), 'the headline is not repeated in the body');
    assert.ok(text.includes('80 centimètres'), 'the no-break space became a space');
    assert.equal(outlet, 'Le Veilleur');
    assert.equal(publishedAt, '2025-05-02T07:45:00+02:00');
    assert.equal(publishedAtSource, 'metadata');
  });
  it('gives no article for a page without text', () => {
    assert.equal(extractHtml('<html><head><title>x</title></head><body><div><span></span></div><script>var a=1</script></body></html>'), null);
  });
  it('reads a malformed page leniently', () => {
    const page = extractHtml('<html><body><p>Le pont de Varenne a été fermé mardi par précaution <b>après la crue<p>Les bus sont déviés par la rocade nord jusqu’à nouvel ordre');
    assert.ok(page);
    assert.ok(page.paragraphs.some((p) => p.includes('pont de Varenne')));
  });
});

describe('Markdown', () => {
  it('takes the first heading as the title and strips inline markup', () => {
    const md = extractMarkdown('# Floods hit *Dorval*\n\n*By Anne Roy*\n\nThe river **burst** its banks, [officials](https://x.example) said.\n\n## Help arrives\n\n- Pumps arrived on Friday.\n- Roads reopened.\n\n> “We lost everything,” a resident said.\n\n```\ncode\n```\n');
    assert.equal(md.title, 'Floods hit Dorval');
    assert.deepEqual(md.paragraphs, ['By Anne Roy', 'The river burst its banks, officials said.', 'Help arrives', 'Pumps arrived on Friday.', 'Roads reopened.', '“We lost everything,” a resident said.']);
  });
  it('the byline line is removed from the article text', () => {
    const built = buildArticle({ source: 'x.md', format: 'markdown', content: '# Floods hit Dorval\n\n*By Anne Roy*\n\nThe river burst its banks on Thursday night, officials said.\n\nPumps arrived on Friday.', meta: {} });
    assert.ok(built.ok);
    assert.equal(built.article.byline, 'Anne Roy');
    assert.ok(built.article.text.startsWith('The river burst'));
  });
});

describe('plain text', () => {
  it('a first line that reads as a headline becomes the title', () => {
    const built = buildArticle({ source: 'x.txt', format: 'text', content: 'La Lesse sort de son lit à Dorval\n\nLa rivière a débordé dans la nuit.\nLes pompiers sont arrivés.', meta: {} });
    assert.ok(built.ok);
    assert.equal(built.article.title, 'La Lesse sort de son lit à Dorval');
    assert.equal(built.article.text, 'La rivière a débordé dans la nuit.\n\nLes pompiers sont arrivés.');
    assert.equal(built.article.language, 'fr');
    assert.equal(built.article.languageSource, 'detected');
  });
  it('a first line that is a sentence stays in the text', () => {
    const built = buildArticle({ source: 'x.txt', format: 'text', content: 'The river burst its banks on Thursday, officials said.\nPumps arrived on Friday.', meta: {} });
    assert.ok(built.ok);
    assert.equal(built.article.title, undefined);
    assert.equal(built.article.language, 'en');
  });
  it('the same text read twice gives the same id', () => {
    const a = buildArticle({ source: 'a.txt', format: 'text', content: 'Un texte.\nDeux phrases.', meta: {} });
    const b = buildArticle({ source: 'b.txt', format: 'text', content: 'Un\u00A0texte.\r\nDeux phrases.  ', meta: {} });
    assert.ok(a.ok && b.ok);
    assert.equal(a.article.id, b.article.id);
  });
  it('a language other than French or English is reported as such', () => {
    const built = buildArticle({ source: 'es.txt', format: 'text', content: 'El gobierno anunció el martes nuevas medidas para contener la crisis en la frontera con Siria, según fuentes oficiales.', meta: {} });
    assert.ok(built.ok);
    assert.equal(built.article.language, 'es');
  });
});
