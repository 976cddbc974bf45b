import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import type { Dossier } from '../src/contract/dossier.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { analyze } from '../src/library/analyze.js';
import { analyseArticle } from '../src/pipeline/pipeline.js';
import { independentGroups } from '../src/provenance/independence.js';
import { indexKeysOf, linkPair, SHINGLE_LSH } from '../src/provenance/link.js';
import { decodeFingerprint, encodeFingerprint, fingerprintOf, fingerprintsMayLink } from '../src/provenance/fingerprint.js';
import { candidateProbability } from '../src/provenance/minhash.js';
import { tokenize } from '../src/provenance/features.js';
import { measurePair } from '../src/provenance/measure.js';
import { profileOf } from '../src/provenance/profile.js';
import { fixtureStory, needsShared, seedsManifest } from './helpers.js';

function derivationsByName(d: Dossier): string[] {
  const name = new Map(d.articles.map((a) => [a.id, basename(a.source)]));
  return d.derivations.map((x) => `${name.get(x.source)} -> ${name.get(x.copy)}: ${x.kind}`).sort();
}

function independentCount(d: Dossier): number {
  return independentGroups(
    d.articles.map((a) => a.id),
    d.derivations,
  ).length;
}

function evidenceInside(d: Dossier): void {
  const text = new Map(d.articles.map((a) => [a.id, a.text]));
  for (const x of d.derivations) {
    assert.ok(x.evidence?.length, 'a derivation carries aligned passages');
    for (const e of x.evidence ?? []) {
      assert.ok(e.source.end <= text.get(x.source)!.length && e.copy.end <= text.get(x.copy)!.length && e.source.start < e.source.end && e.copy.start < e.copy.end);
    }
  }
}

function profile(content: string, meta: { language: string; publishedAt?: string }) {
  const built = buildArticle({ source: 'p.txt', format: 'text', content, meta });
  assert.ok(built.ok);
  return profileOf(analyseArticle(built.article));
}

describe('provenance on the seeds', () => {
  it('finds exactly one derivation, 000 → 001 (rewrite), and 4 independent sources', async (t) => {
    if (!needsShared(t)) return;
    const { dossier } = await analyze([seedsManifest]);
    assert.deepEqual(derivationsByName(dossier), ['000_498556a5cd4c6308.txt -> 001_9be624db72c7e0bc.txt: rewrite']);
    assert.equal(dossier.derivations[0]?.rule, 'earlier-publication');
    assert.equal(independentCount(dossier), 4);
    evidenceInside(dossier);
  });
});

describe('provenance on the team-written story', () => {
  it('finds every planted derivation with its direction, and links no independent reports', async () => {
    const expected = JSON.parse(readFileSync(join(fixtureStory, 'expected', 'story.json'), 'utf8')) as { derivations: { source: string; copy: string; kind: string }[]; independentSources: number };
    const { dossier } = await analyze([join(fixtureStory, 'manifest.jsonl')]);
    assert.deepEqual(derivationsByName(dossier), expected.derivations.map((x) => `${x.source} -> ${x.copy}: ${x.kind}`).sort());
    assert.equal(independentCount(dossier), expected.independentSources);
    evidenceInside(dossier);
  });

  it('is the same whatever order the articles arrive in', async () => {
    const lines = readFileSync(join(fixtureStory, 'manifest.jsonl'), 'utf8').trim().split('\n').reverse();
    const records = lines.map((l) => ({ ...(JSON.parse(l) as { path: string }), path: join(fixtureStory, (JSON.parse(l) as { path: string }).path) }));
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'recoupe-')), 'reversed.jsonl');
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
    const forward = await analyze([join(fixtureStory, 'manifest.jsonl')]);
    const reversed = await analyze([file]);
    assert.deepEqual(derivationsByName(reversed.dossier), derivationsByName(forward.dossier));
  });

  it('without dates, a near-duplicate points to the version the other contains', () => {
    const read = (f: string) => readFileSync(join(fixtureStory, f), 'utf8');
    const agency = profile(read('01-agence-fr.txt'), { language: 'fr' });
    const html = buildArticle({ source: '03.html', format: 'html', content: read('03-copy-fr.html'), meta: { language: 'fr' } });
    assert.ok(html.ok);
    const copy = profileOf(analyseArticle({ ...html.article, publishedAt: undefined, publishedAtSource: undefined }));
    const link = linkPair(copy, agency);
    assert.equal(link?.kind, 'near-duplicate');
    assert.equal(link?.source, agency.id);
    assert.equal(link?.rule, 'containment');
  });
});

describe('rewrite or stock phrasing', () => {
  // The same facts told twice in other words, sentence for sentence.
  const told = [
    ['Le barrage de Vernolle a cédé samedi soir après trois jours de pluies continues sur la Haute-Vôge.', 'Après trois jours de pluies continues sur la Haute-Vôge, le barrage de Vernolle a lâché samedi soir.'],
    ['La préfecture compte désormais 14 morts et 230 blessés dans les communes situées en aval.', 'Dans les communes situées en aval, la préfecture dénombre désormais 14 morts et 230 blessés.'],
    ['Environ 4 800 habitants ont été évacués vers les gymnases de Brassac et de Ternay.', 'Quelque 4 800 habitants ont dû être évacués vers les gymnases de Brassac et de Ternay.'],
    ['Le ministre de l’Intérieur, Paul Ravenel, est attendu dimanche sur les lieux de la catastrophe.', 'Paul Ravenel, ministre de l’Intérieur, est attendu sur les lieux de la catastrophe dimanche.'],
    ['Un rapport de 2019 avait signalé des fissures inquiétantes sur le parement amont de l’ouvrage.', 'Des fissures inquiétantes sur le parement amont de l’ouvrage avaient été signalées par un rapport de 2019.'],
    ['La société exploitante Hydrovôge assure que les contrôles réglementaires avaient été effectués.', 'Les contrôles réglementaires avaient bien été effectués, assure la société exploitante Hydrovôge.'],
    ['Les dégâts matériels sont estimés à 120 millions d’euros par la chambre de commerce régionale.', 'La chambre de commerce régionale estime les dégâts matériels à 120 millions d’euros.'],
    ['Une information judiciaire a été ouverte par le parquet de Castelrieu pour homicides involontaires.', 'Le parquet de Castelrieu a ouvert une information judiciaire pour homicides involontaires.'],
  ];
  const original = profile(told.map((t) => t[0]).join('\n'), { language: 'fr' });
  const retold = profile(told.map((t) => t[1]).join('\n'), { language: 'fr' });
  const shuffled = profile([1, 7, 4, 0, 6, 2, 5, 3].map((i) => told[i]![1]).join('\n'), { language: 'fr' });
  it('keeps the retold sentences in order in a rewrite', () => {
    assert.equal(measurePair(original, retold).sentenceOrder, 1);
    assert.equal(linkPair(original, retold)?.kind, 'rewrite');
  });
  it('does not take the same sentences in another order for a rewrite', () => {
    const m = measurePair(original, shuffled);
    assert.ok(m.sentenceOrder < 0.7, `order ${m.sentenceOrder}`);
    assert.notEqual(linkPair(original, shuffled)?.kind, 'rewrite');
  });
});

describe('shared source', () => {
  const dispatch = [
    'Le viaduc de Morlanges a été fermé mardi après la découverte de fissures sur deux piles, a annoncé la direction des routes.',
    'Les ingénieurs doivent inspecter l’ouvrage pendant au moins trois semaines, selon la même source.',
    'Le trafic, environ 42 000 véhicules par jour, est dévié par la nationale 12.',
  ];
  const a = profile(
    ['À Castelrieu, les commerçants craignent déjà une saison blanche.', 'Sophie Darnand, qui tient une boulangerie près de la gare, a vu sa clientèle fondre de moitié depuis lundi.', ...dispatch, 'Avec AFP'].join('\n'),
    { language: 'fr', publishedAt: '2025-06-03T12:00:00+02:00' },
  );
  const b = profile(
    [
      'Les transporteurs de la vallée du Liron demandent une aide d’urgence.',
      'Le syndicat régional, présidé par Marc Ollier, évoque 300 emplois menacés à Brassac et à Ternay.',
      'La préfète de la Vôge, Hélène Castagne, recevra ses représentants jeudi.',
      ...dispatch,
      'Une réunion publique est prévue samedi à la mairie de Saint-Ombre. (AFP)',
    ].join('\n'),
    { language: 'fr', publishedAt: '2025-06-03T15:00:00+02:00' },
  );
  it('two articles that reprint one credited dispatch without copying each other are a shared source', () => {
    const link = linkPair(a, b);
    assert.equal(link?.kind, 'shared-source');
    assert.equal(link?.evidence.length, 3);
  });
});

describe('candidate index', () => {
  it('fingerprints survive the store round trip and never rule out a real link', async () => {
    const read = (f: string) => readFileSync(join(fixtureStory, f), 'utf8');
    const a = profile(read('01-agence-fr.txt'), { language: 'fr' });
    const b = profile(read('02-rewrite-fr.txt'), { language: 'fr' });
    const fa = fingerprintOf(a);
    assert.deepEqual(decodeFingerprint(encodeFingerprint(fa)), fa);
    assert.ok(fingerprintsMayLink(fa, fingerprintOf(b), 0.6, 0.7), 'the rewrite passes the fingerprint filter');
    const { dossier } = await analyze([join(fixtureStory, 'manifest.jsonl')]);
    assert.equal(dossier.derivations.length, 3);
  });

  it('finds pairs of resemblance 0.8 with probability at least 0.99', () => {
    assert.ok(candidateProbability(0.8, SHINGLE_LSH) >= 0.99);
  });
  it('hashes a word and its stem the same whether it was folded or already plain', () => {
    // Lower-case ASCII words take a path of their own: it must agree with folding.
    const plain = tokenize('seoul abcd abcdefgh 3e ete abc');
    const folded = tokenize('Séoul ABCD Abcdefgh 3é Été Abc');
    assert.deepEqual([...plain.hashes], [...folded.hashes]);
    assert.deepEqual([...plain.stems], [...folded.stems]);
    assert.equal(plain.stems[5], 0, 'a word under four letters has no stem');
    assert.notEqual(plain.stems[1], 0);
    assert.equal(plain.stems[2], tokenize('abcde').hashes[0], 'the stem is the first five letters');
    assert.equal(plain.stems[3], plain.hashes[3], 'a token that starts with a digit is its own stem');
  });
  it('gives the same keys for the same text', () => {
    const p = profile('Le viaduc de Morlanges a été fermé mardi. Les ingénieurs inspectent les piles.', { language: 'fr' });
    assert.deepEqual(indexKeysOf(p), indexKeysOf(profile('Le viaduc de Morlanges a été fermé mardi. Les ingénieurs inspectent les piles.', { language: 'fr' })));
  });
});
