import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Dossier } from '../src/contract/dossier.js';
import { createHash } from 'node:crypto';
import { renderHtml } from '../src/dossier/html.js';
import { REPORT_SCRIPT } from '../src/dossier/report-script.js';
import { renderMarkdown } from '../src/dossier/markdown.js';
import { sideBySide } from '../src/dossier/side-by-side.js';
import { analyze } from '../src/library/analyze.js';
import { fixtureStory } from './helpers.js';

let cached: Dossier | undefined;
async function story(): Promise<Dossier> {
  cached ??= (await analyze([join(fixtureStory, 'manifest.jsonl')], { now: new Date('2025-03-20T00:00:00Z') })).dossier;
  return cached;
}

describe('derivations side by side', () => {
  it('shows what a near-duplicate kept, changed and added', async () => {
    const d = await story();
    const x = d.derivations.find((v) => v.kind === 'near-duplicate')!;
    const byId = new Map(d.articles.map((a) => [a.id, a]));
    const rows = sideBySide(x, byId.get(x.source)!, byId.get(x.copy)!);
    const count = (s: string) => rows.filter((r) => r.status === s).length;
    assert.ok(count('kept') >= 10, `kept: ${count('kept')}`);
    assert.ok(count('reworded') >= 1, 'the changed sentence');
    assert.ok(rows.some((r) => r.status === 'added' && r.copy?.includes('Avec AFP')), 'the added paragraph and credit line');
  });

  it('labels every row of a translation as translated, dropped or added', async () => {
    const d = await story();
    const x = d.derivations.find((v) => v.kind === 'translation')!;
    const byId = new Map(d.articles.map((a) => [a.id, a]));
    const rows = sideBySide(x, byId.get(x.source)!, byId.get(x.copy)!);
    assert.ok(rows.filter((r) => r.status === 'translated').length >= 8);
    assert.ok(rows.every((r) => ['translated', 'dropped', 'added'].includes(r.status)));
  });

  it('the Markdown and HTML outputs carry the provenance section', async () => {
    const d = await story();
    assert.match(renderMarkdown(d), /## Provenance\n\n8 articles, 5 independent sources/);
    assert.match(renderHtml(d), /<h2>Provenance<\/h2><p>8 articles from 5 independent sources/);
  });
});

describe('HTML report', () => {
  it('escapes article text: planted markup is shown, never run', async () => {
    const hostile = JSON.stringify({
      text: 'Le maire a publié <script>alert(1)</script> un message. <img src=x onerror="alert(2)"> Les secours sont arrivés mardi.\nUn second paragraphe "cité" & fini.',
      title: '<b onmouseover=alert(3)>Titre</b>',
      outlet: '<iframe src=javascript:alert(4)>',
      language: 'fr',
    });
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'recoupe-')), 'hostile.jsonl');
    writeFileSync(file, hostile + '\n');
    const html = renderHtml((await analyze([file])).dossier);
    assert.doesNotMatch(html, /<script>alert|<img src=x|<b onmouseover|<iframe/);
    // The reader pane gets the text from inert JSON in which no "<" can close its element.
    const data = /<script type="application\/json" id="recoupe-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    assert.ok(!data.includes('<'));
    const text = (JSON.parse(data) as { articles: { text: string }[] }).articles[0]!.text;
    assert.match(text, /<script>alert\(1\)<\/script>/, 'the planted markup is kept as text, to be shown as text');
    assert.match(text, /onerror="alert\(2\)"/);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)];
    const executable = scripts.filter((m) => !/type="application\/json"/.test(m[1]!));
    assert.equal(executable.length, 1, 'the report runs one script: its own');
    assert.equal(executable[0]![2], REPORT_SCRIPT);
    const hash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
    assert.equal(/script-src ([^;"]*)/.exec(html)?.[1], `'sha256-${hash}'`, 'the policy allows that script by its hash and nothing else');
  });
});
