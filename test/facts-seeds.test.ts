import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { scoreFacts, type GoldFacts } from '../src/claims/score.js';
import { analyze } from '../src/library/analyze.js';
import { needsShared, seedsManifest, sharedDir } from './helpers.js';

describe('claims, dates, denials and the timeline on the seeds, against the published gold', () => {
  it('finds the figures (F1 ≥ 0.9), the dates (≥ 0.95), the denials, and puts the key events in order', async (t) => {
    if (!needsShared(t)) return;
    const { dossier } = await analyze([seedsManifest]);
    const total = { gold: 0, found: 0, right: 0, dates: 0, datesRight: 0, denials: 0, denialsRight: 0 };
    for (const file of ['000.json', '003.json']) {
      const gold = JSON.parse(readFileSync(join(sharedDir, 'corpus', 'seeds', 'gold', file), 'utf8')) as GoldFacts & { document: { file: string } };
      const article = dossier.articles.find((a) => basename(a.source) === gold.document.file);
      assert.ok(article, gold.document.file);
      const s = scoreFacts(dossier, article.id, gold);
      t.diagnostic(`${file}: claims gold ${s.claims.gold}, found ${s.claims.found}, right ${s.claims.right}; dates ${s.dates.right}/${s.dates.gold}; denials ${s.denials.right}/${s.denials.gold}` +
        [...s.claims.problems, ...s.dates.problems, ...s.denials.problems].map((p) => `; ${p}`).join(''));
      total.gold += s.claims.gold;
      total.found += s.claims.found;
      total.right += s.claims.right;
      total.dates += s.dates.gold;
      total.datesRight += s.dates.right;
      total.denials += s.denials.gold;
      total.denialsRight += s.denials.right;
    }
    const f1 = (2 * total.right) / (total.gold + total.found);
    const dates = total.datesRight / total.dates;
    t.diagnostic(`pooled: claims P ${(total.right / total.found).toFixed(3)} R ${(total.right / total.gold).toFixed(3)} F1 ${f1.toFixed(3)}; dates ${dates.toFixed(3)}; denials ${total.denialsRight}/${total.denials}`);
    assert.ok(f1 >= 0.9, `claims F1 ${f1}`);
    assert.ok(dates >= 0.95, `dates ${dates}`);
    assert.equal(total.denialsRight, total.denials);

    // The other three seeds: every troop figure has a claimant or is the article's own.
    for (const a of dossier.articles) {
      const claims = dossier.claims.filter((c) => c.article === a.id && c.value !== null && c.concept?.startsWith('troops'));
      t.diagnostic(`${basename(a.source)}: ${claims.map((c) => `${c.value} ${c.qualifier} ${c.counts} (${c.claimantName ?? 'article'}, ${c.refersTo ?? ''})`).join('; ')}`);
    }

    // The story's key events, in order: 1 500 (18 Oct), at least 3 000 (23 Oct), troops seen in
    // Kursk and the joint call (29-30 Oct), first combat (4 Nov).
    const at = (date: string, re: RegExp) => dossier.timeline.findIndex((e) => e.date === date && e.evidence.some((ev) => re.test(dossier.articles.find((x) => x.id === ev.article)!.text.slice(ev.start, ev.end))));
    const order = [at('2024-10-18', /1 ?500/), at('2024-10-23', /3 000/), at('2024-10-29', /Koursk/), at('2024-10-30', /retirer/), at('2024-11-04', /combat/)];
    t.diagnostic(`timeline: ${dossier.timeline.length} entries; key events at ${order.join(', ')}`);
    assert.ok(order.every((i) => i >= 0), `every key event is on the timeline: ${order.join(', ')}`);
    assert.deepEqual([...order].sort((x, y) => x - y), order);
  });
});
