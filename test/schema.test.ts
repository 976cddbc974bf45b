import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, schemaErrors } from './helpers.js';

describe('dossier JSON Schema', () => {
  it('the shipped schema is the one the types give', async () => {
    const { generateSchema } = (await import(join(repoRoot, 'scripts', 'generate-schema.mjs'))) as { generateSchema: () => string };
    assert.equal(readFileSync(join(repoRoot, 'schema', 'dossier-v1.schema.json'), 'utf8'), generateSchema(), 'run "npm run schema"');
  });

  it('rejects a dossier that breaks the contract', () => {
    assert.notDeepEqual(schemaErrors({ schema: 'recoupe.dossier/1', generatedAt: 'yesterday', articles: [{ id: 'x' }] }), []);
  });
});
