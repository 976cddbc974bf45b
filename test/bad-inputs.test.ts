import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../src/library/analyze.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const GOOD_FR = 'La rivière a débordé dans la nuit de jeudi à vendredi, inondant une centaine de maisons, selon la mairie.\nLes pompiers sont arrivés samedi.';
const GOOD_EN = 'The river burst its banks on Thursday night, flooding about a hundred homes, the town hall said.\nFirefighters arrived on Saturday.';

describe('bad inputs', () => {
  it('each gets one clear message naming it; the rest is processed and nothing stored is lost', async (t) => {
    const dir = tempDir(t);
    const p = (name: string) => join(dir, name);
    writeFileSync(p('good.txt'), GOOD_FR);
    writeFileSync(p('empty.txt'), '');
    writeFileSync(p('blank.txt'), '  \n\n \t\n');
    writeFileSync(p('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(p('big.txt'), 'Une phrase assez longue pour compter. '.repeat(2000));
    writeFileSync(p('bad-utf8.txt'), Buffer.concat([Buffer.from('Séoul a démenti mardi. ', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' Fin du texte.', 'utf8')]));
    writeFileSync(p('broken.html'), '<html><head><title>Oops</title></head><body><div><script>document.write("x")</script></div');
    writeFileSync(
      p('records.jsonl'),
      [JSON.stringify({ text: GOOD_EN, outlet: 'The Valley Times', publishedAt: '2025-05-02', language: 'en' }), '{"text": "unterminated', JSON.stringify({ title: 'no content' }), JSON.stringify({ text: 'x', publishedAt: 'yesterday' })].join('\n') + '\n',
    );

    const db = p('store.sqlite');
    const before = await analyze([p('good.txt')], { db });
    assert.equal(before.dossier.articles.length, 1);

    const inputs = ['good.txt', 'empty.txt', 'blank.txt', 'image.txt', 'big.txt', 'bad-utf8.txt', 'broken.html', 'records.jsonl', 'missing.txt'].map(p);
    const unreachable = `http://127.0.0.1:${await closedPort()}/unreachable`;
    const { dossier, report } = await analyze([...inputs, unreachable], { db, maxBytes: 50_000, fetchTimeoutMs: 3000 });

    const reason = (input: string) => dossier.errors.filter((e) => e.input === input).map((e) => e.message);
    assert.match(reason(p('empty.txt')).join(), /empty/);
    assert.match(reason(p('blank.txt')).join(), /white space/);
    assert.match(reason(p('image.txt')).join(), /binary/);
    assert.match(reason(p('big.txt')).join(), /over the 48\.8 KiB limit/);
    assert.match(reason(p('bad-utf8.txt')).join(), /invalid UTF-8/);
    assert.match(reason(p('broken.html')).join(), /no article text/);
    assert.match(reason(`${p('records.jsonl')}:2`).join(), /line 2 is not valid JSON/);
    assert.match(reason(`${p('records.jsonl')}:3`).join(), /none of "text", "html", "path" or "url"/);
    assert.match(reason(`${p('records.jsonl')}:4`).join(), /"publishedAt" is not a date/);
    assert.match(reason(p('missing.txt')).join(), /no such file/);
    assert.match(reason(unreachable).join(), /refused \(unreachable\)/);
    assert.equal(dossier.errors.length, 11, JSON.stringify(dossier.errors, null, 1));
    for (const e of dossier.errors) assert.equal(reason(e.input).length, 1, `one message for ${e.input}`);

    // The good ones are processed: the French file (already stored) and the English record.
    assert.deepEqual(dossier.articles.map((a) => a.language).sort(), ['en', 'fr']);
    assert.equal(dossier.articles.find((a) => a.language === 'en')?.outlet, 'The Valley Times');
    assert.equal(report.unchanged, 1);
    assert.equal(report.added, 1);

    // Nothing stored is lost, and the failures are remembered for `recoupe dossier`.
    const store = openSqliteStore(db);
    try {
      assert.equal(store.countArticles(), 2);
      assert.ok(store.getDocument(before.dossier.articles[0]!.id));
      assert.equal(store.errors().length, 11);
    } finally {
      store.close();
    }
  });

  it('an input read successfully later is no longer listed as failed', async (t) => {
    const dir = tempDir(t);
    const file = join(dir, 'late.txt');
    const db = join(dir, 'store.sqlite');
    writeFileSync(file, '');
    assert.equal((await analyze([file], { db })).dossier.errors.length, 1);
    writeFileSync(file, GOOD_EN);
    const again = await analyze([file], { db });
    assert.equal(again.dossier.errors.length, 0);
    const store = openSqliteStore(db);
    try {
      assert.deepEqual(store.errors(), []);
    } finally {
      store.close();
    }
  });
});
