import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from '../src/ingest/build-article.js';
import { layer } from '../src/model/document.js';
import { analyseArticle, articleStages, checkPipeline, stagesFor } from '../src/pipeline/pipeline.js';
import { PROFILE_LAYERS, profileOf } from '../src/provenance/profile.js';
import type { AnyStage } from '../src/pipeline/stage.js';
import { paragraphsStage } from '../src/pipeline/stages/paragraphs.js';
import { sentencesStage } from '../src/pipeline/stages/sentences.js';
import { spanProblems } from './helpers.js';

function article(content: string, language = 'fr') {
  const built = buildArticle({ source: 't.txt', format: 'text', content, meta: { language } });
  assert.ok(built.ok);
  return built.article;
}

describe('pipeline', () => {
  it('is checked at start: a stage whose requirement comes later is named', () => {
    assert.throws(() => checkPipeline([sentencesStage, paragraphsStage]), /stage "sentences" requires "paragraphs", which no earlier stage provides/);
    assert.throws(() => checkPipeline([paragraphsStage, paragraphsStage]), /layer "paragraphs" is provided by both/);
    assert.doesNotThrow(() => checkPipeline(articleStages));
  });

  it('picks the stages that give some layers, with what they require, in order', () => {
    assert.deepEqual(
      stagesFor(['sentences', 'credits']).map((s) => s.name),
      ['paragraphs', 'sentences', 'credits'],
    );
    assert.deepEqual(
      stagesFor(['quotes']).map((s) => s.name),
      ['paragraphs', 'sentences', 'quoteMarks', 'credits', 'mentions', 'quotes'],
    );
    assert.deepEqual(stagesFor(['claims']), [...articleStages].filter((s) => s.name !== 'stances'));
    // Provenance compares an article analysed only this far as it compares one analysed in full.
    const a = article('SAVENBOIS (AFP) — Le barrage a cédé lundi, selon la préfecture. « Nous restons », a dit M. Morel.\n\nTrois cents habitants ont été évacués.');
    assert.deepEqual(profileOf(analyseArticle(a, stagesFor(PROFILE_LAYERS))), profileOf(analyseArticle(a)));
  });

  it('refuses a stage that returns a span outside the text', () => {
    const rogue: AnyStage = { name: 'rogue', requires: [], provides: ['paragraphs'], run: () => ({ paragraphs: [{ start: 0, end: 1e6, rule: 'x', index: 0, heading: false }] }) };
    assert.throws(() => analyseArticle(article('Un texte court.'), [rogue]), /outside the text/);
  });

  it('gives each layer spans into the text, with their rules, and frozen', () => {
    const doc = analyseArticle(article('Inondations dans la vallée\n\n« Nous restons », a dit M. Morel. L’eau monte.\nLe préfet a parlé mardi.'));
    assert.deepEqual(spanProblems(doc), []);
    const { text } = doc.article;
    assert.deepEqual(layer(doc, 'paragraphs').map((p) => [text.slice(p.start, p.end), p.heading]), [
      ['« Nous restons », a dit M. Morel. L’eau monte.', false],
      ['Le préfet a parlé mardi.', false],
    ]);
    assert.equal(doc.article.title, 'Inondations dans la vallée');
    assert.deepEqual(layer(doc, 'sentences').map((s) => text.slice(s.start, s.end)), ['« Nous restons », a dit M. Morel.', 'L’eau monte.', 'Le préfet a parlé mardi.']);
    assert.deepEqual(layer(doc, 'quoteMarks').map((q) => `${text.slice(q.start, q.end)}:${q.role}`), ['«:open', '»:close', '’:apostrophe']);
    assert.ok(Object.isFrozen(doc.layers) && Object.isFrozen(doc.layers.sentences));
  });

  it('marks a short line without final punctuation as a heading', () => {
    const doc = analyseArticle(article('Le barrage a cédé lundi matin.\nMenace sur la vallée\nLes secours sont sur place.'));
    assert.deepEqual(layer(doc, 'paragraphs').map((p) => p.heading), [false, true, false]);
  });

  it('classifies straight, curly and single quotes by context', () => {
    const doc = analyseArticle(article('He said "we stay" and ‘they’ left. The residents\' homes. Don\'t go.', 'en'));
    const { text } = doc.article;
    assert.deepEqual(layer(doc, 'quoteMarks').map((q) => `${text.slice(q.start, q.end)}:${q.role}`), ['":open', '":close', '‘:open', '’:close', "':ambiguous", "':apostrophe"]);
  });

  it('reads a curly mark typed the wrong way round by what surrounds it', () => {
    const doc = analyseArticle(article('He called it “awful“ and left. ”We stay,” she said in ‘08 of rock ‘n’ roll.', 'en'));
    const { text } = doc.article;
    assert.deepEqual(layer(doc, 'quoteMarks').map((q) => `${text.slice(q.start, q.end)}:${q.role}`), ['“:open', '“:close', '”:open', '”:close', '‘:apostrophe', '‘:apostrophe', '’:apostrophe']);
  });
});
