import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from '../src/ingest/build-article.js';
import { prepareDocument } from '../src/library/prepare.js';

/**
 * Text built to make regular expressions backtrack and scans go quadratic: long runs of one
 * character, of the separators that patterns repeat ("A-A-A…", "1 000 000…"), of quotation marks
 * and abbreviations, and one sentence of 60 KB. A pattern that backtracks catastrophically, or a
 * scan that is quadratic in a sentence, does not finish on it; the timeout only tells a hang from
 * a run (speed is measured by the bench, not here).
 */
const BLOCK = 60_000;
const fill = (unit: string) => unit.repeat(Math.ceil(BLOCK / unit.length)).slice(0, BLOCK);
const blocks: Record<string, string> = {
  'one long word': fill('a'),
  'capitalised words joined by hyphens': fill('A-'),
  'capitalised words': fill('Aa '),
  'apostrophes in a word': fill("l'a"),
  'digits with separators': fill('1 000 '),
  'digits with points and commas': fill('1.0,'),
  'guillemets': fill('« '),
  'straight double quotes': fill('" '),
  'curly quotes unbalanced': fill('“a '),
  'abbreviations': fill('M. '),
  'points': fill('.'),
  'a sentence that never ends': fill('le ministre a déclaré que selon les autorités, '),
  'reporting cues': fill('a-t-il déclaré, '),
  'reports and writer clauses': fill('Smith said the plan, which failed, and said that it, adding '),
  'reports within reports': fill('he said he '),
  'dates': fill('le 4 novembre 2024 et '),
  'figures with nouns': fill('au moins 3 000 soldats, '),
  'spaces and line breaks': fill(' \n \t'),
  'mixed marks': fill('«"“‘\'»”’-–—(['),
};

describe('adversarial text', () => {
  for (const language of ['fr', 'en']) {
    it(`analyses 1 MB of pathological ${language === 'fr' ? 'French' : 'English'} text without a hang`, { timeout: 240_000 }, () => {
      const content = Object.values(blocks).join('\n\n');
      const built = buildArticle({ source: 'adversarial.txt', format: 'text', content, meta: { language } });
      assert.ok(built.ok, built.ok ? '' : built.error.message);
      const { doc } = prepareDocument(built.article);
      assert.ok(doc.layers.sentences!.length > 0);
    });
  }

  for (const [name, block] of Object.entries(blocks)) {
    it(`analyses 60 KB of ${name} alone`, { timeout: 60_000 }, () => {
      const built = buildArticle({ source: `${name}.txt`, format: 'text', content: block, meta: { language: 'fr' } });
      if (!built.ok) {
        // Refused with a message naming the input is an answer too (a text with no words).
        assert.match(built.error.input, /\.txt$/);
        return;
      }
      prepareDocument(built.article);
    });
  }
});
