import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { removeBoilerplate } from '../src/ingest/boilerplate.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { analyseArticle } from '../src/pipeline/pipeline.js';
import { readsAsHeadline } from '../src/ingest/headline.js';
import { languagePack } from '../src/lang/registry.js';
import { splitSentences } from '../src/pipeline/stages/sentences.js';
import { enCases } from './cases/en.js';
import { frCases } from './cases/fr.js';

/** A case's text read as a plain-text article in its language, and analysed. */
function analyseCase(input: string, language: string, publishedAt?: string) {
  const built = buildArticle({ source: 'case.txt', format: 'text', content: input, meta: { language, ...(publishedAt ? { publishedAt } : {}) } });
  assert.ok(built.ok);
  return analyseArticle(built.article);
}

// One generic test per feature; the cases live in test/cases/<language>.ts.
for (const cases of [frCases, enCases]) {
  const pack = languagePack(cases.language);
  describe(`${cases.language}: sentences`, () => {
    for (const c of cases.sentences) {
      it(c.input, () => {
        const got = splitSentences(c.input, 0, c.input.length, pack).map(([s, e]) => c.input.slice(s, e));
        assert.deepEqual(got, c.expected);
      });
    }
  });
  describe(`${cases.language}: boilerplate`, () => {
    for (const c of cases.boilerplate) {
      it(c.paragraphs.join(' | '), () => {
        const r = removeBoilerplate(c.paragraphs, pack);
        assert.deepEqual(r.removed.map((x) => x.text), c.removed);
        assert.deepEqual(r.kept, c.paragraphs.filter((p) => !c.removed.includes(p)));
        if (c.byline) assert.equal(r.byline, c.byline);
      });
    }
  });
  describe(`${cases.language}: credits`, () => {
    for (const c of cases.credits) {
      it(c.input, () => {
        const doc = analyseCase(c.input, cases.language);
        const { text } = doc.article;
        assert.deepEqual(
          (doc.layers.credits ?? []).map((x) => [x.agency, x.cue, text.slice(x.start, x.end)]),
          c.expected,
        );
      });
    }
  });
  describe(`${cases.language}: entities`, () => {
    for (const c of cases.entities) {
      it(c.input, () => {
        const doc = analyseCase(c.input, cases.language);
        const { text } = doc.article;
        const got = (doc.layers.mentions ?? []).map((m) => [m.type, text.slice(m.start, m.end), m.name, m.role?.text ?? '']);
        const seen = new Set(got.map((g) => JSON.stringify(g)));
        for (const e of c.expected) assert.ok(seen.has(JSON.stringify(e)), `missing ${JSON.stringify(e)} in ${JSON.stringify(got)}`);
        for (const a of c.absent ?? []) assert.ok(!got.some((g) => g[0] === 'person' && g[1] === a), `${a} is not a person`);
        for (const [name, gender] of Object.entries(c.genders ?? {})) {
          const ofName = (doc.layers.mentions ?? []).filter((m) => m.type === 'person' && m.name === name);
          assert.ok(ofName.length, `${name} is a person`);
          assert.deepEqual([...new Set(ofName.map((m) => m.gender ?? ''))], [gender], `gender of ${name}`);
        }
      });
    }
  });
  describe(`${cases.language}: quotations`, () => {
    for (const c of cases.quotes) {
      it(c.input, () => {
        const doc = analyseCase(c.input, cases.language);
        const { text } = doc.article;
        const quotes = doc.layers.quotes ?? [];
        const got = quotes.map((q) => [q.kind, text.slice(q.start, q.end), q.speaker?.name ?? '', q.cue?.class ?? '']);
        const seen = new Set(got.map((g) => JSON.stringify(g)));
        const spans = quotes.map((q) => `${q.kind} ${q.start}-${q.end}`);
        assert.equal(new Set(spans).size, spans.length, `a quotation given twice: ${JSON.stringify(got)}`);
        for (const e of c.expected) assert.ok(seen.has(JSON.stringify(e)), `missing ${JSON.stringify(e)} in ${JSON.stringify(got)}`);
        for (const a of c.absent ?? []) assert.ok(!got.some((g) => g[1] === a), `«${a}» is not a quotation`);
        if (c.channel) assert.ok(quotes.some((q) => q.channel === c.channel), `channel ${c.channel} in ${JSON.stringify(quotes.map((q) => q.channel))}`);
        const negated = quotes.filter((q) => q.negated).map((q) => text.slice(q.start, q.end));
        assert.deepEqual(negated, c.negated ?? [], 'quotations whose verb is negated');
        for (const group of c.sameTurn ?? []) {
          const turns = group.map((words) => quotes.find((q) => text.slice(q.start, q.end) === words)?.turn);
          assert.ok(turns.every((t) => t !== undefined && t === turns[0]), `one turn for ${JSON.stringify(group)}: ${JSON.stringify(turns)}`);
        }
      });
    }
  });
  describe(`${cases.language}: times`, () => {
    for (const c of cases.times) {
      it(`${c.input} (published ${c.published})`, () => {
        const doc = analyseCase(c.input, cases.language, c.published);
        const { text } = doc.article;
        const got = (doc.layers.times ?? []).map((t) => [text.slice(t.start, t.end), t.value]);
        for (const e of c.expected) assert.ok(got.some((g) => g[0] === e[0] && g[1] === e[1]), `missing ${JSON.stringify(e)} in ${JSON.stringify(got)}`);
        for (const a of c.absent ?? []) assert.ok(!got.some((g) => g[0]!.includes(a)), `${a} is not a time`);
      });
    }
  });
  describe(`${cases.language}: figures and claims`, () => {
    for (const c of cases.claims) {
      it(c.input, () => {
        const doc = analyseCase(c.input, cases.language, c.published ?? '2025-03-17');
        const { text } = doc.article;
        const claims = doc.layers.claims ?? [];
        const got = claims.map((k) => [text.slice(k.start, k.end), k.value, k.qualifier, k.unit ?? k.counts?.text ?? '', k.claimant?.name ?? '']);
        for (const e of c.expected) assert.ok(got.some((g) => JSON.stringify(g) === JSON.stringify(e)), `missing ${JSON.stringify(e)} in ${JSON.stringify(got)}`);
        for (const a of c.absent ?? []) assert.ok(!claims.some((k) => text.slice(k.figure.start, k.figure.end).includes(a)), `${a} is not a claim: ${JSON.stringify(got)}`);
        if (c.concept) assert.ok(claims.some((k) => k.concept === c.concept), `concept ${c.concept} in ${JSON.stringify(claims.map((k) => k.concept))}`);
      });
    }
  });
  describe(`${cases.language}: stances`, () => {
    for (const c of cases.stances) {
      it(c.input, () => {
        const doc = analyseCase(c.input, cases.language);
        const got = (doc.layers.stances ?? []).map((s) => [s.kind, s.actor?.name ?? '', s.object?.text ?? '']);
        for (const e of c.expected) assert.ok(got.some((g) => JSON.stringify(g) === JSON.stringify(e)), `missing ${JSON.stringify(e)} in ${JSON.stringify(got)}`);
      });
    }
  });
  describe(`${cases.language}: headlines`, () => {
    for (const c of cases.headlines) {
      it(`${c.input} → ${c.expected}`, () => assert.equal(readsAsHeadline(c.input), c.expected));
    }
  });
}
