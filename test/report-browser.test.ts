// The HTML report in a real headless Chromium (Debian's `chromium` package, driven by
// playwright-core): clicking a figure highlights its evidence, and planted markup never runs.
// Without a Chromium the tests skip, unless RECOUPE_REQUIRE_BROWSER=1 (CI sets it) makes that a failure.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { renderHtml } from '../src/dossier/html.js';
import { analyze } from '../src/library/analyze.js';
import { fixtureStory, repoRoot, seedsManifest } from './helpers.js';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
const executable = candidates.find((p) => existsSync(p));
const required = process.env.RECOUPE_REQUIRE_BROWSER === '1';
const skip = executable ? false : required ? false : 'no Chromium found (install Debian’s chromium package or set CHROMIUM_PATH)';

describe('HTML report in a browser', { skip }, () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-browser-'));

  before(async () => {
    assert.ok(executable, 'RECOUPE_REQUIRE_BROWSER=1 but no Chromium found: install Debian’s chromium package');
    browser = await chromium.launch({ executablePath: executable, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string) {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(pathToFileURL(file).href);
    return { page, dialogs, errors };
  }

  it('clicking a key figure highlights its words in the article, and a screenshot is saved', async () => {
    const input = existsSync(seedsManifest) ? seedsManifest : join(fixtureStory, 'manifest.jsonl');
    const { dossier } = await analyze([input], { now: new Date('2026-01-01T00:00:00Z') });
    const { page, errors } = await open(renderHtml(dossier), 'report.html');
    const row = page.locator('#figures tr[data-ev]').first();
    const figure = (await row.locator('td.fig .value').innerText()).trim();
    await row.click();
    const marks = page.locator('#reader .reader-body mark');
    assert.ok((await marks.count()) >= 1, 'the evidence is highlighted in the reader');
    const digits = figure.replace(/\D/g, '');
    const marked = (await marks.allInnerTexts()).join(' ').replace(/\D/g, '');
    assert.ok(marked.includes(digits), `the highlighted words hold the figure ${figure}: ${marked}`);
    assert.match((await row.getAttribute('class')) ?? '', /\bselected\b/, 'the clicked row is marked as selected');
    const out = join(repoRoot, 'out');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'report-screenshot.png'), fullPage: false });
    assert.ok(existsSync(join(out, 'report-screenshot.png')));
    assert.deepEqual(errors, [], 'the report script runs without errors');
    await page.close();
  });

  it('runs none of the markup planted in an article', async () => {
    const file = join(dir, 'hostile.jsonl');
    writeFileSync(
      file,
      JSON.stringify({
        text: 'Le maire a publié <script>document.title="pwned";alert(1)</script> un message lundi.\n\n<img src=x onerror="document.title=\'pwned\';alert(2)"> Les secours ont compté 1 200 sinistrés, a déclaré le préfet.',
        title: '<img src=x onerror=alert(3)>Titre',
        outlet: '<svg onload=alert(4)>',
        language: 'fr',
        publishedAt: '2025-01-06',
      }) + '\n',
    );
    const { dossier } = await analyze([file]);
    const { page, dialogs, errors } = await open(renderHtml(dossier), 'hostile.html');
    for (const el of await page.locator('[data-ev]').all()) await el.dispatchEvent('click');
    assert.deepEqual(dialogs, [], 'no alert ran');
    assert.notEqual(await page.title(), 'pwned');
    assert.equal(await page.locator('#reader img, #reader script, #reader svg, main img, main svg').count(), 0, 'no planted element exists in the page');
    assert.match(await page.locator('#reader .reader-body').innerText(), /<img src=x onerror=/, 'the planted markup is shown as text');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
