import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../src/library/analyze.js';

const PAGE = `<html lang="en"><head><title>Dam inspection ordered</title><meta property="og:site_name" content="Valley Wire">
<meta property="article:published_time" content="2025-03-12T09:00:00Z"></head><body><article>
<p>The regional government ordered an inspection of every dam in the valley on Wednesday, two days after a partial failure flooded three villages.</p>
<p>“We owe the residents a full account,” the regional governor said at a news conference, adding that the results would be published.</p>
</article></body></html>`;

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
        break;
      case '/moved':
        res.writeHead(301, { location: '/article' }).end();
        break;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        break;
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('x'.repeat(200_000));
        break;
      case '/slow':
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 3000);
        break;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
        break;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

describe('http(s) URLs', () => {
  it('reads a page, following a redirect, with its metadata', async () => {
    const { dossier } = await analyze([`${base}/moved`]);
    assert.deepEqual(dossier.errors, []);
    const [a] = dossier.articles;
    assert.equal(a?.source, `${base}/moved`);
    assert.equal(a?.outlet, 'Valley Wire');
    assert.equal(a?.publishedAt, '2025-03-12T09:00:00Z');
    assert.equal(a?.language, 'en');
    assert.match(a?.text ?? '', /^The regional government ordered/);
  });

  it('gives a clear error for each failure and goes on', async () => {
    const urls = ['loop', 'huge', 'slow', 'image', 'missing'].map((p) => `${base}/${p}`);
    const { dossier } = await analyze([...urls, `${base}/article`], { maxBytes: 100_000, fetchTimeoutMs: 1000, maxRedirects: 3 });
    const message = (p: string) => dossier.errors.find((e) => e.input === `${base}/${p}`)?.message ?? '';
    assert.match(message('loop'), /too many redirects \(more than 3\)/);
    assert.match(message('huge'), /over the 97\.7 KiB limit/);
    assert.match(message('slow'), /no answer within 1 s/);
    assert.match(message('image'), /image\/png, not text or HTML/);
    assert.match(message('missing'), /HTTP 404/);
    assert.equal(dossier.articles.length, 1);
  });
});
