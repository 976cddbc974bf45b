import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { scoreQuotes, type GoldQuote } from '../src/quotes/score.js';
import { analyze } from '../src/library/analyze.js';
import { needsShared, seedsManifest, sharedDir } from './helpers.js';

describe('quotations on the seeds, against the published gold', () => {
  it('finds the quotations (F1 ≥ 0.92) and their speakers (accuracy ≥ 0.92)', async (t) => {
    if (!needsShared(t)) return;
    const { dossier } = await analyze([seedsManifest]);
    const total = { gold: 0, found: 0, matched: 0, speakers: 0, kinds: 0 };
    for (const file of ['000.json', '003.json']) {
      const gold = JSON.parse(readFileSync(join(sharedDir, 'corpus', 'seeds', 'gold', file), 'utf8')) as { document: { file: string }; quotes: GoldQuote[] };
      const article = dossier.articles.find((a) => basename(a.source) === gold.document.file);
      assert.ok(article, gold.document.file);
      const s = scoreQuotes(dossier, article.id, gold.quotes);
      t.diagnostic(`${file}: gold ${s.gold}, found ${s.found}, matched ${s.matched}, speakers right ${s.speakersRight}, kinds right ${s.kindsRight}` +
        (s.missed.length ? `; missed ${s.missed.map((m) => `«${m}»`).join(', ')}` : '') +
        (s.spurious.length ? `; spurious ${s.spurious.map((m) => `«${m}»`).join(', ')}` : '') +
        (s.wrongSpeakers.length ? `; wrong speakers ${s.wrongSpeakers.join('; ')}` : ''));
      total.gold += s.gold;
      total.found += s.found;
      total.matched += s.matched;
      total.speakers += s.speakersRight;
      total.kinds += s.kindsRight;
    }
    const f1 = (2 * total.matched) / (total.gold + total.found);
    const speakers = total.speakers / total.matched;
    t.diagnostic(`pooled: quote P ${(total.matched / total.found).toFixed(3)} R ${(total.matched / total.gold).toFixed(3)} F1 ${f1.toFixed(3)}; speaker accuracy ${speakers.toFixed(3)}; fragment/direct agreement ${(total.kinds / total.matched).toFixed(3)}`);
    assert.ok(f1 >= 0.92, `quote F1 ${f1}`);
    assert.ok(speakers >= 0.92, `speaker accuracy ${speakers}`);
  });
});
