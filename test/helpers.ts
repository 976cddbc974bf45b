import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import type { AnalysedDocument } from '../src/model/document.js';
import { LAYER_NAMES } from '../src/model/layers.js';

/** The repository root (tests run from dist/test). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** `../shared` beside the repository: other people's texts, read at run time only. */
export const sharedDir = join(repoRoot, '..', 'shared');
export const seedsManifest = join(sharedDir, 'corpus', 'seeds', 'manifest.jsonl');
export const fixtureStory = join(repoRoot, 'fixtures', 'stories', 'lake-dam');

/** Skip a test, with the reason, when ../shared is not there. */
export function needsShared(t: TestContext): boolean {
  if (existsSync(seedsManifest)) return true;
  t.skip(`../shared is absent (${sharedDir}): the sample articles cannot be read`);
  return false;
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
let validator: ((d: unknown) => boolean) & { errors?: unknown } | undefined;

/** Validate a dossier against the shipped JSON Schema; returns the errors (empty when valid). */
export function schemaErrors(dossier: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schema', 'dossier-v1.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator(dossier) ? [] : ((validator.errors ?? []) as { instancePath: string; message?: string }[]).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/**
 * Check every span of every layer: inside the text, and standing on what the layer says it is.
 * Returns the problems found (empty when all hold).
 */
export function spanProblems(doc: AnalysedDocument): string[] {
  const { text, id } = doc.article;
  const problems: string[] = [];
  for (const name of LAYER_NAMES) {
    const anns = doc.layers[name];
    if (!anns) {
      problems.push(`${id}: layer ${name} missing`);
      continue;
    }
    for (const a of anns) {
      if (!(a.start >= 0 && a.start <= a.end && a.end <= text.length)) problems.push(`${id}: ${name} span [${a.start},${a.end}) outside the text`);
      if (!a.rule) problems.push(`${id}: ${name} annotation without a rule`);
      const s = text.slice(a.start, a.end);
      if ((name === 'paragraphs' || name === 'sentences') && (s !== s.trim() || s.length === 0)) problems.push(`${id}: ${name} [${a.start},${a.end}) is empty or has edge spaces`);
      if (name === 'paragraphs' && s.includes('\n')) problems.push(`${id}: paragraph [${a.start},${a.end}) spans a line break`);
      if (name === 'quoteMarks' && !/^[«»‹›“”„‟"‘’‚‛']$/.test(s)) problems.push(`${id}: quote mark [${a.start},${a.end}) is "${s}"`);
    }
  }
  return problems;
}
