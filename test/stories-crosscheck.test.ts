import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Dossier, QuestionFigure } from '../src/contract/dossier.js';
import { classify, displayFigure, rangeOf } from '../src/crosscheck/questions.js';
import { renderMarkdown } from '../src/dossier/markdown.js';
import { addInputs } from '../src/library/add-inputs.js';
import { analyze } from '../src/library/analyze.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { scoreClustering } from '../src/stories/score.js';
import { fixtureStory, needsShared, schemaErrors, seedsManifest, tempDir } from './helpers.js';

const portFire = join(fixtureStory, '..', 'port-fire');

describe('clustering scores', () => {
  it('gives 1 for a perfect grouping and penalises merged and split groups', () => {
    const gold = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'y'],
    ]);
    const perfect = scoreClustering(new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]), gold);
    assert.deepEqual([perfect.precision, perfect.recall, perfect.f1, perfect.ari], [1, 1, 1, 1]);
    const merged = scoreClustering(new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '1']]), gold);
    assert.equal(merged.recall, 1);
    assert.ok(Math.abs(merged.precision - 2 / 6) < 1e-9);
    assert.equal(merged.ari, 0);
    const split = scoreClustering(new Map([['a', '1'], ['b', '2'], ['c', '3'], ['d', '4']]), gold);
    assert.equal(split.precision, 1);
    assert.equal(split.recall, 0);
  });
});

function figure(display: string, value: number, qualifier: QuestionFigure['qualifier'], firstSaid: string, claimants: string[]): QuestionFigure {
  return { value, qualifier, display, claimants, claimantIds: [], firstSaid, asOf: firstSaid, claims: [], articles: [], independentSources: 1, evidence: [] };
}

describe('key figures', () => {
  it('reads ranges from qualifiers and writes figures as a reader would', () => {
    assert.deepEqual(rangeOf({ value: 3000, low: 3000, qualifier: 'at-least' }), [3000, Number.POSITIVE_INFINITY]);
    assert.deepEqual(rangeOf({ value: null, qualifier: 'approx' }), undefined);
    assert.equal(displayFigure({ value: 3000, low: 3000, qualifier: 'at-least' }, ''), '≥ 3 000');
    assert.equal(displayFigure({ value: 10000, qualifier: 'approx' }, ''), '~10 000');
    assert.equal(displayFigure({ value: null, low: 1500, high: 2000, qualifier: 'range' }, ''), '1 500–2 000');
  });

  it('classifies agreeing, conflicting and evolving figures', () => {
    const a = figure('~10 000', 10000, 'approx', '2024-10-21', ['A']);
    const b = figure('≥ 3 000', 3000, 'at-least', '2024-10-22', ['B']);
    b.low = 3000;
    assert.deepEqual(classify([a, b]), { status: 'agreeing', conflicts: [] }, 'at least 3 000 allows 10 000');
    const c = figure('1 500', 1500, 'exact', '2024-10-20', ['C']);
    assert.deepEqual(classify([c, a]), { status: 'conflicting', conflicts: [[0, 1]] }, 'two sources, one moment, ranges apart');
    const later = figure('~20 000', 20000, 'approx', '2024-12-01', ['A']);
    assert.equal(classify([a, later]).status, 'evolving', 'weeks apart');
    assert.equal(classify([c, a, later]).status, 'evolving');
    assert.deepEqual(classify([c, a, later]).conflicts, [[0, 1]], 'an evolving question still shows what clashed at one time');
  });
});

describe('stories', () => {
  it('keeps the two fixture stories apart, in French and English, although they run at the same dates', async () => {
    const { dossier } = await analyze([join(fixtureStory, 'manifest.jsonl'), join(portFire, 'manifest.jsonl')]);
    assert.deepEqual(schemaErrors(dossier), []);
    const folder = (id: string) => (dossier.articles.find((a) => a.id === id)!.source.includes('port-fire') ? 'port-fire' : 'lake-dam');
    for (const s of dossier.stories) assert.equal(new Set(s.articles.map(folder)).size, 1, `story "${s.title}" mixes the fixtures`);
    const fire = dossier.stories.filter((s) => s.articles.some((a) => folder(a) === 'port-fire'));
    assert.equal(fire.length, 1, 'the three Kerlann reports (two French, one English) are one story');
    assert.equal(fire[0]!.articles.length, 3);
    const dam = dossier.stories.find((s) => s.articles.length >= 7);
    assert.ok(dam, 'the dam story holds its wire, copies, translation and independent reports');
    assert.equal(dam.independentSources, dam.articles.length - 3, 'three derived articles merge into their source');
    assert.match(dam.title, /Valbrune/);
    assert.ok(dam.keywords?.length, 'a story names what it is about');
  });

  it('streams: a later article joins its stored story; re-adding moves nothing', async (t) => {
    const db = join(tempDir(t), 'store.db');
    const store = openSqliteStore(db);
    try {
      await addInputs(store, [join(fixtureStory, 'manifest.jsonl')]);
      const before = store.storyOf(store.articleIds());
      await addInputs(store, [join(portFire, '01-wire-fr.txt')]);
      await addInputs(store, [join(portFire, '03-update-fr.txt')]);
      const ids = store.articleIds();
      const after = store.storyOf(ids);
      const [wire, update] = ids.slice(-2);
      assert.equal(after.get(wire!), after.get(update!), 'the follow-up joins the wire story');
      assert.ok(![...before.values()].includes(after.get(wire!)!), 'the fire opened its own story');
      await addInputs(store, [join(fixtureStory, 'manifest.jsonl')]);
      assert.deepEqual(store.storyOf(ids), after);
    } finally {
      store.close();
    }
  });
});

describe('the cross-checked dossier of the seeds', () => {
  let cached: Dossier | undefined;
  const seeds = async () => (cached ??= (await analyze([seedsManifest])).dossier);

  it('is one story with 4 independent sources', async (t) => {
    if (!needsShared(t)) return;
    const d = await seeds();
    assert.equal(d.stories.length, 1);
    assert.equal(d.stories[0]!.articles.length, 5);
    assert.equal(d.stories[0]!.independentSources, 4);
  });

  it('lines up the North Korean troop figures with their claimants in date order, evolving and conflicting where simultaneous', async (t) => {
    if (!needsShared(t)) return;
    const d = await seeds();
    const q = d.questions?.find((x) => x.concept === 'troops:KP');
    assert.ok(q, 'a question for North Korean troops');
    const find = (pred: (f: QuestionFigure) => boolean, what: string) => {
      const f = q.figures.find(pred);
      assert.ok(f, what);
      return f;
    };
    const nis = find((f) => f.value === 1500, '1 500');
    assert.ok(nis.claimants.some((c) => /NIS|renseignement/i.test(c)), nis.claimants.join('; '));
    const wh = find((f) => f.value === 3000 && f.qualifier === 'at-least', '≥ 3 000');
    assert.ok(wh.claimants.some((c) => /Maison Blanche/.test(c)) && wh.claimants.some((c) => /Kirby/.test(c)), wh.claimants.join('; '));
    const ten = find((f) => f.value === 10000, '10 000');
    assert.ok(ten.claimants.some((c) => /Zelensky/.test(c)) && ten.claimants.some((c) => /Washington et Séoul/.test(c)), ten.claimants.join('; '));
    const eleven = find((f) => f.value === 11000, '11 000');
    assert.ok(eleven.claimants.some((c) => /Zelensky/.test(c)) && eleven.firstSaid?.startsWith('2024-11'));
    const said = q.figures.map((f) => f.firstSaid ?? '');
    assert.deepEqual(said, [...said].sort(), 'figures in the order they were first reported');
    assert.ok(q.figures.indexOf(nis) < q.figures.indexOf(wh) && q.figures.indexOf(wh) < q.figures.indexOf(eleven));
    assert.equal(q.status, 'evolving');
    assert.ok(q.conflicts.some(([a, b]) => q.figures[a] === nis || q.figures[b] === nis), '1 500 clashes with what others said that week');
    assert.ok(ten.independentSources >= 3, 'the 10 000 figure stands on several independent sources');
    assert.ok(d.contradictions.some((c) => c.kind === 'figures' && c.question === q.id));
  });

  it('sets the Russian and North Korean denials against the US and South Korean statements', async (t) => {
    if (!needsShared(t)) return;
    const d = await seeds();
    const c = d.contradictions.find((x) => x.kind === 'assertion-denial');
    assert.ok(c, 'an assertion-denial contradiction');
    assert.match(c.summary, /Corée du Nord/);
    assert.match(c.summary, /Russie|Moscou/);
    assert.match(c.summary, /Maison Blanche|Washington/);
    assert.match(c.summary, /NIS|renseignement sud-coréenne/);
    const statements = c.items.filter((i) => i.type === 'statement');
    const claims = c.items.filter((i) => i.type === 'claim');
    assert.ok(statements.length >= 2 && claims.length >= 2);
    const text = (i: { article: string; start: number; end: number }) => d.articles.find((a) => a.id === i.article)!.text.slice(i.start, i.end);
    assert.ok(statements.some((i) => /nié/.test(text(i))), statements.map(text).join(' | '));
    const md = renderMarkdown(d);
    for (const h of ['## Key figures', '## Contradictions', '## Who said what', '## Timeline']) assert.ok(md.includes(h), h);
  });
});
