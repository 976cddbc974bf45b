import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { buildArticle } from '../src/ingest/build-article.js';
import type { AnalysedDocument } from '../src/model/document.js';
import { LAYER_NAMES } from '../src/model/layers.js';
import { analyseArticle, pipelineVersion } from '../src/pipeline/pipeline.js';
import { migrations } from '../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { StoreError } from '../src/store/store.js';
import { INDEX_SCHEME, linkArticle, linkKeysOf } from '../src/provenance/link.js';
import { encodeFingerprint } from '../src/provenance/fingerprint.js';
import { profileOf } from '../src/provenance/profile.js';
import { INDEX_SCHEME_SETTING } from '../src/provenance/reindex.js';
import { addInputs } from '../src/library/add-inputs.js';
import { assignStory } from '../src/stories/cluster.js';
import { storyFeatures } from '../src/stories/features.js';
import { fixtureStory, repoRoot, tempDir } from './helpers.js';

function doc(text: string): AnalysedDocument {
  const built = buildArticle({ source: 'mem.txt', format: 'text', content: text, meta: { language: 'fr', outlet: 'La Gazette', publishedAt: '2025-03-10' } });
  assert.ok(built.ok);
  return analyseArticle(built.article);
}

describe('SQLite store', () => {
  it('stores an article with its layers and gives it back unchanged', () => {
    const store = openSqliteStore(':memory:');
    const d = doc('Le barrage a cédé lundi. Trois morts.\n\n« Nous restons », a dit le maire.');
    store.putDocument(d, pipelineVersion());
    assert.deepEqual(store.getDocument(d.article.id), d);
    assert.equal(store.status(d.article.id, pipelineVersion()), 'current');
    assert.equal(store.status(d.article.id, 'older'), 'stale');
    assert.equal(store.status('nope', pipelineVersion()), 'absent');
    store.close();
  });

  it('writes an article and its layers in one transaction: a failure leaves nothing', () => {
    const store = openSqliteStore(':memory:');
    const d = doc('Le barrage a cédé lundi.');
    const broken = { article: d.article, layers: { ...d.layers, sentences: [{ start: 0, end: 1, rule: 'x', paragraph: 10n }] } } as unknown as AnalysedDocument;
    assert.throws(() => store.putDocument(broken, pipelineVersion()), /BigInt/);
    assert.equal(store.countArticles(), 0);
    assert.equal(store.getDocument(d.article.id), undefined);
    store.close();
  });

  it('counts document frequencies the same in a batch, in a nested batch that holds, and not for one that fails', (t) => {
    const texts = ['Le barrage de Valmont a cédé lundi. Trois morts.', 'La digue de Valmont a cédé lundi soir.', 'Le préfet a ordonné l’évacuation de Valmont.', 'Les secours cherchent encore deux habitants.'];
    const docs = texts.map(doc);
    const add = (store: ReturnType<typeof openSqliteStore>, d: AnalysedDocument) => {
      const story = assignStory(d, store);
      store.putDocument(d, pipelineVersion(), { ...linkArticle(d, store), ...(story ? { story } : {}) });
    };
    const frequencies = (path: string) => {
      const store = openSqliteStore(path);
      const features = [...new Set(docs.flatMap((d) => [...storyFeatures(d).keys()]))];
      const { docs: n, df } = store.documentFrequencies(features);
      store.close();
      return { n, df: [...df].sort() };
    };
    const dir = tempDir(t);
    const one = openSqliteStore(join(dir, 'one.sqlite'));
    for (const d of docs) add(one, d);
    one.close();
    const batched = openSqliteStore(join(dir, 'batched.sqlite'));
    batched.batch(() => {
      add(batched, docs[0]!);
      batched.batch(() => add(batched, docs[1]!));
      // Read inside the batch: the counts not yet written are counted.
      assert.equal(batched.documentFrequencies([]).docs, 2);
      assert.throws(() =>
        batched.batch(() => {
          add(batched, docs[2]!);
          throw new Error('stop');
        }),
      );
      add(batched, docs[2]!);
      add(batched, docs[3]!);
    });
    batched.close();
    const expected = frequencies(join(dir, 'one.sqlite'));
    assert.equal(expected.n, 4);
    assert.deepEqual(frequencies(join(dir, 'batched.sqlite')), expected);
  });

  it('sets WAL, foreign keys and the schema version, and refuses a newer schema', (t) => {
    const path = join(tempDir(t), 's.sqlite');
    openSqliteStore(path).close();
    const db = new Database(path);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('user_version', { simple: true }), migrations.length);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    assert.throws(() => openSqliteStore(path), (e: unknown) => e instanceof StoreError && /newer than this recoupe knows/.test(e.message));
  });

  it('moves layers stored by an older schema (one row per layer) and reads them back unchanged', (t) => {
    const path = join(tempDir(t), 'old.sqlite');
    const d = doc('Le barrage a cédé lundi. Trois morts.\n\n« Nous restons », a dit le maire.');
    const old = new Database(path);
    const before = migrations.findIndex((m) => m.includes('CREATE TABLE article_layers'));
    assert.ok(before > 0, 'a migration creates article_layers');
    for (let v = 0; v < before; v++) old.exec(migrations[v]!);
    old.pragma(`user_version = ${before}`);
    const a = d.article;
    old
      .prepare('INSERT INTO articles (id, source, format, outlet, language, language_source, published_at, published_at_source, text, pipeline_version, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.id, a.source, a.format, a.outlet ?? null, a.language, a.languageSource, a.publishedAt ?? null, a.publishedAtSource ?? null, a.text, 'older', '2025-03-10T00:00:00Z');
    for (const [name, anns] of Object.entries(d.layers)) old.prepare('INSERT INTO layers (article_id, layer, annotations) VALUES (?, ?, ?)').run(a.id, name, JSON.stringify(anns));
    old.close();

    const store = openSqliteStore(path);
    assert.deepEqual(store.getDocument(a.id)?.layers, d.layers);
    assert.equal(store.status(a.id, pipelineVersion()), 'stale');
    // Stored again, the article's layers are rewritten in the current encoding and still read back.
    store.putDocument(d, pipelineVersion());
    assert.deepEqual(store.getDocument(a.id), d);
    store.close();
  });

  it('proposes articles that share two keys or more first, and the most recent that share one only to make up the fill', () => {
    const store = openSqliteStore(':memory:');
    const ids: string[] = [];
    // Six articles, stored in this order, with their keys: 1-2 share [10, 11], 3 shares [10, 11, 12], 4-6 share [13] only.
    const keysOf = [[10, 11, 90], [10, 11, 91], [10, 11, 12], [13, 92], [13, 93], [13, 94]];
    keysOf.forEach((keys, i) => {
      const d = doc(`Article numéro ${i + 1} sur le barrage de la vallée, publié par La Gazette.`);
      store.putDocument(d, pipelineVersion());
      assert.ok(store.putIndex(d.article.id, keys, new Uint8Array([i])));
      ids.push(d.article.id);
    });
    const query = [10, 11, 12, 13];
    const order = (limit: number, fill?: number) => store.candidates(query, limit, fill).map((c) => ids.indexOf(c.id) + 1);
    // Most keys shared first (3 shares three), the older first among equals; then those that share one, newest first.
    assert.deepEqual(order(10), [3, 1, 2, 6, 5, 4]);
    assert.deepEqual(order(10, 5), [3, 1, 2, 6, 5]);
    // Three share two keys or more: a fill of three or less leaves out those that share one.
    assert.deepEqual(order(10, 3), [3, 1, 2]);
    assert.deepEqual(order(2, 8), [3, 1]);
    assert.deepEqual(order(10, 0), [3, 1, 2]);
    assert.deepEqual(store.candidates([13], 10, 2).map((c) => ids.indexOf(c.id) + 1), [6, 5]);
    assert.deepEqual(store.candidates([13], 10, 0), []);
    assert.deepEqual([...store.candidates([13], 1)[0]!.fingerprint], [5]);
    store.close();
  });

  it('indexes the stored articles again when the provenance index scheme changed, so that new articles still find them', async () => {
    const store = openSqliteStore(':memory:');
    const first = await addInputs(store, [join(fixtureStory, '01-agence-fr.txt')], { workers: 0 });
    assert.equal(first.reindexed, 0);
    assert.equal(store.getSetting(INDEX_SCHEME_SETTING), INDEX_SCHEME);
    // As if indexed by another scheme: keys the current one never makes.
    const [id] = store.articleIds();
    const stored = store.getDocument(id!)!;
    assert.ok(store.putIndex(id!, [1, 2, 3], encodeFingerprint(linkKeysOf(profileOf(stored)).fingerprint)));
    store.putSetting(INDEX_SCHEME_SETTING, 'shingles 21x3, anchors 24x3');
    const second = await addInputs(store, [join(fixtureStory, '03-copy-fr.html')], { workers: 0 });
    assert.equal(second.reindexed, 1);
    assert.equal(store.getSetting(INDEX_SCHEME_SETTING), INDEX_SCHEME);
    const links = store.linksAmong(store.articleIds());
    assert.deepEqual(links.map((l) => [l.source, l.kind]), [[id, 'near-duplicate']]);
    store.close();
  });

  it('refuses a file that is not a store, with a plain reason', (t) => {
    const path = join(tempDir(t), 'notes.txt');
    writeFileSync(path, 'these are notes, not a database '.repeat(200));
    assert.throws(() => openSqliteStore(path), (e: unknown) => e instanceof StoreError && /not a recoupe store/.test(e.message));
  });

  it('a run killed mid-way leaves the store consistent, and a re-run completes the work', async (t) => {
    const dir = tempDir(t);
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const n = 400;
    for (let i = 0; i < n; i++) {
      const body = Array.from({ length: 12 }, (_, k) => `Le barrage numéro ${i} a cédé lundi ${k} fois, selon la préfecture de la vallée ${i * 7 + k}.`).join('\n');
      writeFileSync(join(inputs, `${String(i).padStart(4, '0')}.txt`), body);
    }
    const db = join(dir, 'store.sqlite');
    const cli = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
    const child = spawn(process.execPath, [cli, 'add', inputs, '--db', db, '--quiet'], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Kill it once some articles are in, well before the end.
    for (let waited = 0; waited < 20_000; waited += 10) {
      await new Promise((r) => setTimeout(r, 10));
      let count = 0;
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true });
        count = (reader.prepare('SELECT count(*) AS c FROM articles').get() as { c: number }).c;
        reader.close();
      } catch {
        // not created yet
      }
      if (count >= 20) break;
    }
    child.kill('SIGKILL');
    await exited;

    const check = new Database(db);
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    check.close();
    const reopened = openSqliteStore(db);
    const ids = reopened.articleIds();
    const stored = ids.length;
    const layered = ids.filter((id) => Object.keys(reopened.getDocument(id)?.layers ?? {}).length === LAYER_NAMES.length).length;
    reopened.close();
    assert.ok(stored > 0 && stored < n, `killed mid-way (${stored} of ${n} stored)`);
    assert.equal(layered, stored, 'every stored article has all its layers');

    const rerun = spawn(process.execPath, [cli, 'add', inputs, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    rerun.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => rerun.on('exit', resolve));
    assert.equal(code, 0);
    assert.match(out, new RegExp(`^${n - stored} added, 0 analysed again, ${stored} already stored, 0 failed; ${n} articles`));
  });
});
