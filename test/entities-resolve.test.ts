import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../src/contract/dossier.js';
import { nameKey } from '../src/entities/fold.js';
import { resolveEntities } from '../src/entities/resolve.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { analyseArticle } from '../src/pipeline/pipeline.js';

function entitiesOf(texts: Array<[string, string]>): Entity[] {
  return resolveEntities(
    texts.map(([language, content], i) => {
      const built = buildArticle({ source: `a${i}.txt`, format: 'text', content, meta: { language } });
      assert.ok(built.ok);
      const doc = analyseArticle(built.article);
      return { article: doc.article.id, language, text: doc.article.text, mentions: doc.layers.mentions ?? [] };
    }),
  );
}

const named = (es: Entity[], surface: string) => es.filter((e) => e.name === surface || e.aliases.includes(surface));

describe('entities across articles and languages', () => {
  const es = entitiesOf([
    ['fr', 'Le président ukrainien Volodymyr Zelensky a rencontré le président russe Vladimir Poutine. Les troupes nord-coréennes sont à Koursk, selon l’OTAN. Pékin se tait.'],
    ['en', 'Ukrainian President Volodymyr Zelenskyy said Russian President Vladimir Putin lied. North Korea sent troops to Kursk, NATO said. Beijing stayed silent.'],
    ['en', 'President Volodymyr Zelenskiy spoke again. Pyongyang denied it.'],
    [
      'fr',
      'Le dirigeant nord-coréen Kim Jong Un a reçu le ministre sud-coréen de la Défense Kim Yong-hyun. Le vice-ministre sud-coréen des Affaires étrangères Kim Hong Kyun a protesté. Kim a déclaré que Séoul riposterait.',
    ],
    ['en', 'North Korean leader Kim Jong-un met officials.'],
  ]);
  it('merges transliterations of one person', () => {
    assert.equal(named(es, 'Volodymyr Zelensky').length, 1, JSON.stringify(es.filter((e) => e.type === 'person')));
    const z = named(es, 'Volodymyr Zelensky')[0]!;
    const forms = new Set([z.name, ...z.aliases]);
    for (const f of ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy']) assert.ok(forms.has(f), `${f} in ${JSON.stringify([...forms])}`);
    const p = named(es, 'Vladimir Poutine');
    assert.equal(p.length, 1);
    assert.ok([p[0]!.name, ...p[0]!.aliases].includes('Vladimir Putin'));
  });
  it('merges a country, its demonym and its capital as government, across languages', () => {
    const kp = es.find((e) => e.id === 'country:KP')!;
    for (const s of ['nord-coréennes', 'North Korea', 'Pyongyang']) assert.ok(kp.aliases.includes(s) || kp.name === s, `${s} in ${JSON.stringify(kp.aliases)}`);
    assert.ok(es.find((e) => e.id === 'org:nato')!.aliases.includes('NATO'));
    const kursk = es.find((e) => e.id === 'city:kursk')!;
    assert.deepEqual([kursk.name, ...kursk.aliases].sort(), ['Koursk', 'Kursk']);
    const cn = es.find((e) => e.id === 'country:CN')!;
    assert.ok(cn.aliases.includes('Pékin') && cn.aliases.includes('Beijing'));
  });
  it('never merges two people who share a family name', () => {
    const kims = es.filter((e) => e.type === 'person' && e.name.startsWith('Kim'));
    assert.deepEqual(kims.map((k) => nameKey(k.name)).sort(), ['Kim Hong Kyun', 'Kim Jong Un', 'Kim Yong-hyun'].map(nameKey).sort());
    const hong = kims.find((k) => k.name === 'Kim Hong Kyun')!;
    assert.ok(hong.aliases.includes('Kim'), 'the later "Kim" is Kim Hong Kyun, the last Kim named');
    const jong = kims.find((k) => nameKey(k.name) === 'kimjongun')!;
    assert.equal(new Set(jong.mentions.map((m) => m.article)).size, 2, 'Kim Jong Un and Kim Jong-un are one person');
  });
  it('gives transliteration variants one key and different people different keys', () => {
    for (const [a, b] of [['Zelensky', 'Zelenskyy'], ['Zelenskiy', 'Zelensky'], ['Kim Jong-un', 'Kim Jong Un'], ['Poutine', 'Putin'], ['Koursk', 'Kursk'], ['Dmitri', 'Dmitry'], ['Gueorgui', 'Georgy']]) {
      assert.equal(nameKey(a!), nameKey(b!), `${a} / ${b}`);
    }
    assert.notEqual(nameKey('Kim Jong Un'), nameKey('Kim Yong-hyun'));
  });
});
