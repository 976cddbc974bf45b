import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateCorpus } from '../bench/corpus-generator.js';
import { addInputs, POOL_AFTER } from '../src/library/add-inputs.js';
import { analysisPool, WORKER_QUEUE } from '../src/library/analysis-pool.js';
import { prepareDocument } from '../src/library/prepare.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { tempDir } from './helpers.js';

/** What a store holds of some articles: each document, the links among them and their stories. */
function contents(store: Store, ids: readonly string[]) {
  const stories = store.storyOf(ids);
  return {
    docs: ids.map((id) => store.getDocument(id)),
    links: store.linksAmong(ids).sort((a, b) => (a.source + a.copy < b.source + b.copy ? -1 : 1)),
    stories: ids.map((id) => stories.get(id)),
  };
}

describe('analysis in worker threads', () => {
  it('prepares an article in a worker exactly as in this thread, frozen layers included', async () => {
    const built = buildArticle({ source: 'w.txt', format: 'text', content: 'SAVENBOIS (AFP) — Le barrage a cédé lundi, selon la préfecture.\n\n« Nous restons », a dit M. Morel, le maire. Trois cents habitants ont été évacués.', meta: { language: 'fr', publishedAt: '2025-03-10' } });
    assert.ok(built.ok);
    const pool = analysisPool(1);
    try {
      const there = await pool.analyse(built.article);
      const here = prepareDocument(built.article);
      assert.deepEqual(there.doc, here.doc);
      assert.deepEqual(there.profile, here.profile);
      assert.deepEqual(there.storyFeatures, here.storyFeatures);
      assert.deepEqual(Buffer.from(there.encodedLayers), Buffer.from(here.encodedLayers));
      assert.ok(Object.isFrozen(there.doc.layers) && Object.isFrozen(there.doc.layers.sentences));
    } finally {
      await pool.close();
    }
  });

  it('lets the waiting thread analyse the article asked for last that no worker has started', async () => {
    const articles = [...generateCorpus({ n: WORKER_QUEUE + 2, seed: 5 })].map((a) => {
      const built = buildArticle({ source: a.id, format: 'text', content: a.text, meta: { language: a.language } });
      assert.ok(built.ok);
      return built.article;
    });
    const pool = analysisPool(1);
    try {
      const settled: (string | undefined)[] = articles.map(() => undefined);
      const promises = articles.map((a, i) => pool.analyse(a).then((p) => (settled[i] = p.doc.article.id)));
      // The worker holds WORKER_QUEUE of them; the last two wait here.
      assert.equal(pool.helpOne(), true);
      await Promise.resolve();
      assert.equal(settled.at(-1), articles.at(-1)!.id, 'the last one is done here, at once');
      assert.equal(pool.helpOne(), true);
      assert.equal(pool.helpOne(), false, 'nothing left that no worker has');
      const last = await promises.at(-2);
      assert.equal(last, articles.at(-2)!.id);
      await Promise.all(promises);
      assert.deepEqual(settled, articles.map((a) => a.id));
    } finally {
      await pool.close();
    }
  });

  it('stores the same articles, links and stories as one thread, in input order', async (t) => {
    const dir = tempDir(t);
    const file = join(dir, 'corpus.jsonl');
    const records = [...generateCorpus({ n: POOL_AFTER + 40, seed: 4 })].map((a) => ({ text: a.text, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, language: a.language }));
    // The same article twice in one run: stored once, counted once as already stored.
    records.push(records[POOL_AFTER + 5]!);
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

    const inline = openSqliteStore(':memory:');
    const pooled = openSqliteStore(':memory:');
    try {
      const a = await addInputs(inline, [file], { workers: 0 });
      const b = await addInputs(pooled, [file], { workers: 2 });
      assert.deepEqual(b, a);
      // The generator plants exact copies too: each is stored once.
      assert.equal(a.unchanged, records.length - new Set(records.map((r) => r.text)).size);
      assert.equal(a.added + a.unchanged, records.length);
      assert.ok(a.added > POOL_AFTER, 'enough articles for the pool to start');
      assert.deepEqual(contents(pooled, b.articles), contents(inline, a.articles));
      assert.ok(pooled.linksAmong(pooled.articleIds()).length > 0, 'the corpus has derivations to find');
    } finally {
      inline.close();
      pooled.close();
    }
  });
});
