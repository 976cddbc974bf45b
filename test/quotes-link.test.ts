import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../src/library/analyze.js';
import { renderHtml } from '../src/dossier/html.js';
import { renderMarkdown } from '../src/dossier/markdown.js';
import { fixtureStory, schemaErrors, tempDir } from './helpers.js';

describe('one quotation in several articles', () => {
  it('links the team story’s repeated quotations to the earliest article, with their speakers', async () => {
    const { dossier } = await analyze([join(fixtureStory, 'manifest.jsonl')]);
    const byId = new Map(dossier.quotes.map((q) => [q.id, q]));
    const published = new Map(dossier.articles.map((a) => [a.id, a.publishedAt ?? '']));
    const linked = dossier.quotes.filter((q) => q.origin);
    assert.ok(linked.length >= 3, `linked ${linked.length}`);
    for (const q of linked) {
      const o = byId.get(q.origin!);
      assert.ok(o, q.origin!);
      assert.notEqual(o.article, q.article);
      assert.ok(published.get(o.article)! <= published.get(q.article)!, `${o.article} is not earlier than ${q.article}`);
      assert.equal(o.origin ?? null, null, 'the origin is the earliest version itself');
    }
    // Speakers are linked to entities: most direct quotations of the story have one.
    const direct = dossier.quotes.filter((q) => q.kind === 'direct');
    assert.ok(direct.filter((q) => q.speaker && dossier.entities.some((e) => e.id === q.speaker)).length >= direct.length * 0.6);
  });

  it('links a version cut with […] and a shorter one, and leaves an unrelated quotation alone', async (t) => {
    const dir = tempDir(t);
    const a = join(dir, 'a.jsonl');
    writeFileSync(a, [
      JSON.stringify({ text: 'Le maire Luc Girard a parlé lundi. « Nous reconstruirons le pont avant l’hiver, quoi qu’il en coûte à la commune », a déclaré Luc Girard.', publishedAt: '2031-03-03', language: 'fr' }),
      JSON.stringify({ text: 'Luc Girard, maire de Dorval, s’est exprimé. « Nous reconstruirons le pont […] quoi qu’il en coûte à la commune », a-t-il dit.', publishedAt: '2031-03-04', language: 'fr' }),
      JSON.stringify({ text: 'Le maire de Dorval, Luc Girard, a promis : « Nous reconstruirons le pont avant l’hiver ».', publishedAt: '2031-03-05', language: 'fr' }),
      JSON.stringify({ text: 'La préfète Anne Roux a prévenu : « Le pont restera fermé tout l’hiver ».', publishedAt: '2031-03-05', language: 'fr' }),
    ].join('\n'));
    const { dossier } = await analyze([a]);
    const order = dossier.articles.map((x) => x.id);
    const quotes = dossier.quotes.filter((q) => q.kind !== 'indirect');
    const first = quotes.find((q) => q.article === order[0] && q.text.startsWith('Nous reconstruirons'));
    assert.ok(first);
    assert.equal(first.origin ?? null, null);
    const cut = quotes.find((q) => q.article === order[1] && q.text.includes('[…]'));
    const short = quotes.find((q) => q.article === order[2]);
    const other = quotes.find((q) => q.article === order[3]);
    assert.equal(cut?.origin, first.id);
    assert.equal(short?.origin, first.id);
    assert.equal(other?.origin ?? null, null);
  });

  it('flags what a speaker did not say, in the dossier and the reports, and gives them no figure in it', async (t) => {
    const dir = tempDir(t);
    const a = join(dir, 'a.jsonl');
    writeFileSync(a, [
      JSON.stringify({ text: 'Mayor Anna Berg would not say whether 300 residents had been evacuated. Prefect Tom Reyes said the levee would hold.', publishedAt: '2031-03-03', language: 'en' }),
      JSON.stringify({ text: "La préfète Anne Roux n'a pas précisé si la digue avait cédé. Le maire Luc Girard a déclaré que le pont tiendrait.", publishedAt: '2031-03-04', language: 'fr' }),
    ].join('\n'));
    const { dossier } = await analyze([a]);
    assert.deepEqual(schemaErrors(dossier), []);
    const negated = dossier.quotes.filter((q) => q.negated).map((q) => q.text).sort();
    assert.deepEqual(negated, ['si la digue avait cédé', 'whether 300 residents had been evacuated']);
    for (const q of dossier.quotes.filter((x) => !x.negated)) assert.ok(!('negated' in q), `${q.text} is said`);
    const figure = dossier.claims.find((c) => c.value === 300);
    assert.ok(figure, 'the figure is read');
    assert.notEqual(figure.claimantName, 'Anna Berg');
    assert.match(renderHtml(dossier), /class="tag negated">not said</);
    assert.match(renderMarkdown(dossier), /would not say \(not said\)|say \(not said\)/);
  });
});
