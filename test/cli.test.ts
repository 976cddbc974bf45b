import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Dossier } from '../src/contract/dossier.js';
import { fixtureStory, repoRoot, schemaErrors, tempDir } from './helpers.js';

const cli = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
const manifest = join(fixtureStory, 'manifest.jsonl');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input: input ?? '', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('recoupe CLI', () => {
  it('prints help for the program and each command', () => {
    for (const args of [['--help'], [], ['analyze', '--help'], ['help', 'add'], ['dossier', '-h']]) {
      const r = run(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.stdout, /Usage:/);
    }
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with a message on a wrong command line', () => {
    for (const args of [['analyze'], ['frobnicate'], ['analyze', 'x.txt', '--no-such-flag'], ['analyze', 'x.txt', '--max-bytes', 'lots'], ['add', 'x.txt', '--workers', 'many'], ['dossier', '--json', '--html']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^recoupe: .+\nRun "recoupe --help" for usage\.\n$/);
    }
  });

  it('analyze writes JSON, HTML and Markdown, prints the summary and where it wrote', (t) => {
    const dir = tempDir(t);
    const r = run(['analyze', manifest, '--json', join(dir, 'd.json'), '--html', join(dir, 'out', 'r.html'), '--md', join(dir, 's.md')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# recoupe dossier\n\n8 articles read, 0 inputs failed/);
    assert.match(r.stderr, /wrote dossier \(JSON\): .*d\.json/);
    assert.match(r.stderr, /wrote report \(HTML\): .*r\.html/);
    assert.doesNotMatch(r.stderr, /\x1b\[/, 'no progress bar when not on a terminal');
    const dossier = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as Dossier;
    assert.equal(dossier.articles.length, 8);
    assert.deepEqual(schemaErrors(dossier), []);
    assert.match(readFileSync(join(dir, 'out', 'r.html'), 'utf8'), /^<!doctype html>/);
    assert.equal(readFileSync(join(dir, 's.md'), 'utf8'), r.stdout.replace(/\n$/, ''));
  });

  it('--quiet prints nothing on standard output', (t) => {
    const dir = tempDir(t);
    const r = run(['analyze', manifest, '--quiet', '--json', join(dir, 'd.json')]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.ok(existsSync(join(dir, 'd.json')));
  });

  it('exits 1 when some inputs fail, names them, and still writes the dossier', (t) => {
    const dir = tempDir(t);
    const r = run(['analyze', join(fixtureStory, '01-agence-fr.txt'), join(dir, 'missing.txt'), '--json', join(dir, 'd.json')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /recoupe: .*missing\.txt: no such file or folder/);
    const dossier = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as Dossier;
    assert.equal(dossier.articles.length, 1);
    assert.deepEqual(dossier.errors.map((e) => e.message), ['no such file or folder']);
  });

  it('reads standard input', () => {
    const r = run(['analyze', '-'], 'The river burst its banks on Thursday night, the town hall said.\nFirefighters arrived on Saturday.');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 article read/);
  });

  it('add then dossier: incremental use of a store, each article stored once', (t) => {
    const dir = tempDir(t);
    const db = join(dir, 'store.sqlite');
    const first = run(['add', manifest, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^8 added, 0 analysed again, 0 already stored, 0 failed; 8 articles/);
    const again = spawnSync(process.execPath, [cli, 'add', 'lake-dam', '--db', db], { cwd: join(fixtureStory, '..'), encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^0 added, 0 analysed again, 8 already stored, 0 failed; 8 articles/, 'a folder walk reads the manifest, not its files a second time');
    const out = run(['dossier', '--json', '--db', db]);
    assert.equal(out.code, 0);
    assert.equal((JSON.parse(out.stdout) as Dossier).articles.length, 8);
    const md = run(['dossier', '--db', db]);
    assert.match(md.stdout, /^# recoupe dossier/);
  });

  it('exits 3 when the store cannot be used', (t) => {
    const dir = tempDir(t);
    const r = run(['dossier', '--db', join(dir, 'none.sqlite')]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /no store here/);
    const notes = join(dir, 'notes.sqlite');
    writeFileSync(notes, 'not a database at all '.repeat(100));
    const bad = run(['add', manifest, '--db', notes]);
    assert.equal(bad.code, 3);
    assert.match(bad.stderr, /not a recoupe store/);
  });
});
