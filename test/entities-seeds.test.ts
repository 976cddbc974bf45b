import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { scorePersons, type GoldPerson } from '../src/entities/score.js';
import { analyze } from '../src/library/analyze.js';
import { needsShared, seedsManifest, sharedDir } from './helpers.js';

describe('people and roles on the seeds, against the published gold', () => {
  it('finds every person with the right name and role (F1 ≥ 0.95 on persons, ≥ 0.9 on roles)', async (t) => {
    if (!needsShared(t)) return;
    const { dossier } = await analyze([seedsManifest]);
    const totals = { pg: 0, pf: 0, pm: 0, rg: 0, rf: 0, rm: 0 };
    for (const file of ['000.json', '003.json']) {
      const gold = JSON.parse(readFileSync(join(sharedDir, 'corpus', 'seeds', 'gold', file), 'utf8')) as { document: { file: string }; people: GoldPerson[] };
      const article = dossier.articles.find((a) => basename(a.source) === gold.document.file);
      assert.ok(article, gold.document.file);
      const s = scorePersons(dossier, article.id, gold.people);
      t.diagnostic(`${file}: persons P ${s.persons.precision.toFixed(3)} R ${s.persons.recall.toFixed(3)}; roles P ${s.roles.precision.toFixed(3)} R ${s.roles.recall.toFixed(3)}` +
        (s.missed.length ? `; missed ${s.missed.join(', ')}` : '') + (s.spurious.length ? `; spurious ${s.spurious.join(', ')}` : '') +
        (s.missedRoles.length ? `; missed roles ${s.missedRoles.join(' / ')}` : '') + (s.spuriousRoles.length ? `; extra roles ${s.spuriousRoles.join(' / ')}` : ''));
      totals.pg += s.persons.gold; totals.pf += s.persons.found; totals.pm += s.persons.matched;
      totals.rg += s.roles.gold; totals.rf += s.roles.found; totals.rm += s.roles.matched;
    }
    const f1 = (g: number, f: number, m: number) => (2 * m) / (g + f);
    const persons = f1(totals.pg, totals.pf, totals.pm);
    const roles = f1(totals.rg, totals.rf, totals.rm);
    t.diagnostic(`pooled: persons F1 ${persons.toFixed(3)}, roles F1 ${roles.toFixed(3)}`);
    assert.ok(persons >= 0.95, `persons F1 ${persons}`);
    assert.ok(roles >= 0.9, `roles F1 ${roles}`);
  });
});
