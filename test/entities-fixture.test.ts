import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../src/library/analyze.js';
import { fixtureStory } from './helpers.js';

describe('people on the team-written story', () => {
  it('finds every hand-annotated person and no other, and keeps the two Morels apart', async () => {
    const expected = new Set<string>();
    for (const f of readdirSync(join(fixtureStory, 'expected')).filter((f) => /^\d\d-.*\.json$/.test(f))) {
      const x = JSON.parse(readFileSync(join(fixtureStory, 'expected', f), 'utf8')) as { people?: Array<{ name: string }> };
      for (const p of x.people ?? []) expected.add(p.name);
    }
    const { dossier } = await analyze([join(fixtureStory, 'manifest.jsonl')]);
    const found = dossier.entities.filter((e) => e.type === 'person').map((e) => e.name);
    assert.deepEqual([...found].sort(), [...expected].sort());
    const roles = new Map(dossier.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.roles.map((r) => r.role)]));
    assert.ok(roles.get('Jean-Marc de La Tour')?.includes('préfet de la Haute-Sarne'));
  });
});
