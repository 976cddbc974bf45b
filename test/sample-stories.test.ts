import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { normalizeChars } from '../src/ingest/normalize.js';
import { layer } from '../src/model/document.js';
import { analyze } from '../src/library/analyze.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { fixtureStory, needsShared, schemaErrors, seedsManifest, sharedDir, spanProblems, tempDir } from './helpers.js';

interface Expected {
  document: { file: string; publishedAt: string; language: string; title?: string; outlet?: string; credits: string[] };
  quotes?: { text: string; speaker?: string[] }[];
  boilerplate?: string[];
}

/** The team-written sample story's articles, each with its expected file. */
const fixtureFiles = ['01-agence-fr', '02-rewrite-fr', '03-copy-fr', '04-translation-en', '05-independent-fr', '06-independent-en', '07-later-update-fr', '08-shared-source-en'];

/** Analyse a manifest into a file store and check every span of every stored layer. */
async function analyseAndCheckSpans(t: Parameters<typeof tempDir>[0], manifest: string) {
  const db = join(tempDir(t), 'store.sqlite');
  const result = await analyze([manifest], { db });
  const store = openSqliteStore(db);
  try {
    for (const a of result.dossier.articles) {
      const doc = store.getDocument(a.id);
      assert.ok(doc, a.id);
      assert.deepEqual(spanProblems(doc), []);
      for (const s of layer(doc, 'sentences')) {
        const p = layer(doc, 'paragraphs')[s.paragraph];
        assert.ok(p && p.start <= s.start && s.end <= p.end, `sentence [${s.start},${s.end}) inside its paragraph`);
      }
    }
  } finally {
    store.close();
  }
  return result;
}

describe('the real sample story (../shared/corpus/seeds)', () => {
  it('gives 5 French articles with their dates and clean text, valid against the schema', async (t) => {
    if (!needsShared(t)) return;
    const { dossier } = await analyseAndCheckSpans(t, seedsManifest);
    assert.deepEqual(dossier.errors, []);
    assert.equal(dossier.articles.length, 5);
    const manifest = readFileSync(seedsManifest, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; publishedAt: string });
    for (const m of manifest) {
      const a = dossier.articles.find((x) => basename(x.source) === m.path);
      assert.ok(a, m.path);
      assert.equal(a.language, 'fr');
      assert.equal(a.publishedAt, m.publishedAt);
      assert.equal(a.publishedAtSource, 'metadata');
    }
    const a001 = dossier.articles.find((x) => x.source.includes('001_'))!;
    for (const furniture of ['ActualitésInternational', 'Passionné', 'sponsoring', 'contactez-nous']) assert.ok(!a001.text.includes(furniture), `001 still has "${furniture}"`);
    assert.equal(a001.title, 'Washington et Séoul appellent Pyongyang à retirer ses troupes de Russie');
    const credits = Object.fromEntries(dossier.articles.map((a) => [basename(a.source).slice(0, 3), a.credits]));
    assert.deepEqual(credits, { '000': [], '001': [], '002': ['CNN'], '003': ['AP'], '004': ['Reuters'] });
    assert.ok(a001.text.startsWith('Washington et Séoul s'));
    assert.deepEqual(schemaErrors(dossier), []);
  });

  it('keeps every quotation of the published gold annotations intact in the text', async (t) => {
    if (!needsShared(t)) return;
    const { dossier } = await analyze([seedsManifest]);
    for (const g of ['000', '003']) {
      const gold = JSON.parse(readFileSync(join(sharedDir, 'corpus', 'seeds', 'gold', `${g}.json`), 'utf8')) as Expected & { document: { file: string } };
      const a = dossier.articles.find((x) => basename(x.source) === gold.document.file);
      assert.ok(a);
      for (const q of gold.quotes ?? []) assert.ok(a.text.includes(normalizeChars(q.text)), `${g}: "${q.text}"`);
    }
  });
});

describe('the team-written sample story (fixtures/stories/lake-dam)', () => {
  it('reads all 8 articles in 3 formats with the expected metadata and without site furniture', async (t) => {
    const { dossier } = await analyseAndCheckSpans(t, join(fixtureStory, 'manifest.jsonl'));
    assert.deepEqual(dossier.errors, []);
    assert.equal(dossier.articles.length, 8);
    assert.deepEqual(schemaErrors(dossier), []);
    for (const file of fixtureFiles) {
      const expected = JSON.parse(readFileSync(join(fixtureStory, 'expected', `${file}.json`), 'utf8')) as Expected;
      const a = dossier.articles.find((x) => basename(x.source) === expected.document.file);
      assert.ok(a, file);
      assert.equal(a.language, expected.document.language, `${file} language`);
      assert.equal(a.publishedAt?.slice(0, 10), expected.document.publishedAt, `${file} date`);
      if (expected.document.title) assert.equal(a.title, normalizeChars(expected.document.title), `${file} title`);
      if (expected.document.outlet) assert.equal(a.outlet, expected.document.outlet, `${file} outlet`);
      assert.deepEqual(a.credits, expected.document.credits, `${file} credits`);
      for (const line of expected.boilerplate ?? []) {
        const bare = normalizeChars(line).replace(/^\*(.*)\*$/, '$1');
        assert.ok(!a.text.includes(bare), `${file}: boilerplate left in the text: "${bare}"`);
      }
      for (const q of expected.quotes ?? []) assert.ok(a.text.includes(normalizeChars(q.text)), `${file}: quote lost: "${q.text}"`);
    }
    const copy = dossier.articles.find((x) => x.source.endsWith('03-copy-fr.html'))!;
    assert.ok(copy.text.endsWith('Avec AFP'), 'credit lines stay: they are evidence');
  });

  it('finds its quotations and their speakers (any name the expected files give them)', async (t) => {
    const { dossier } = await analyze([join(fixtureStory, 'manifest.jsonl')]);
    const words = (text: string) => normalizeChars(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const entityName = new Map(dossier.entities.map((e) => [e.id, e.name.toLowerCase()]));
    let gold = 0;
    let found = 0;
    let right = 0;
    const wrong: string[] = [];
    for (const file of fixtureFiles) {
      const expected = JSON.parse(readFileSync(join(fixtureStory, 'expected', `${file}.json`), 'utf8')) as Expected;
      const a = dossier.articles.find((x) => basename(x.source) === expected.document.file)!;
      const quotes = dossier.quotes.filter((q) => q.article === a.id);
      for (const g of expected.quotes ?? []) {
        gold++;
        // The found quotation that shares most words with it, at least 0.8 of the longer one's.
        const gw = words(g.text);
        const gs = new Set(gw);
        let best: (typeof quotes)[number] | undefined;
        let overlap = 0;
        for (const q of quotes) {
          const qw = words(q.text);
          const o = qw.filter((w) => gs.has(w)).length / Math.max(gw.length, qw.length);
          if (o > overlap) [best, overlap] = [q, o];
        }
        if (!best || overlap < 0.8) continue;
        found++;
        const names = [best.speakerName?.toLowerCase(), best.speaker ? entityName.get(best.speaker) : undefined];
        if ((g.speaker ?? []).some((n) => names.includes(n.toLowerCase()))) right++;
        else wrong.push(`${file}: «${g.text.slice(0, 40)}» ${g.speaker?.[0] ?? '?'}, found ${best.speakerName ?? 'none'}`);
      }
    }
    t.diagnostic(`sample story: ${gold} quotations, ${found} found, speakers right ${right}/${found}${wrong.length ? `; wrong: ${wrong.join('; ')}` : ''}`);
    assert.ok(found >= 0.85 * gold, `found ${found}/${gold}`);
    assert.ok(right >= 0.85 * found, `speakers right ${right}/${found}`);
  });
});
