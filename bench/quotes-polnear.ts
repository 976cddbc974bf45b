/**
 * Attribution on PolNeAR (English political news, hand-annotated source / cue / content):
 * precision, recall and F1 of content spans, and accuracy of the source on matched contents.
 *
 *   node dist/bench/quotes-polnear.js [--split dev|train] [--dir PATH] [--show N] [--cue WORD] [--dump FILE]
 *
 * A found content matches a gold one when their shared word tokens are at least 0.8 of the
 * longer of the two (each used once, best first); a leading "that" is left out on both sides,
 * since recoupe's content starts after the complementizer. Quotations of one speaker's turn
 * ("…," he said. "…") are one attribution, as PolNeAR annotates them; a direct quotation inside
 * indirect content is part of it. The source is right when the words recoupe gives as the speaker
 * overlap the annotated source. Tune on train, report on dev.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle } from '../src/pipeline/pipeline.js';
import { articleId } from '../src/model/ids.js';
import type { Article } from '../src/model/article.js';
import type { QuoteAnnotation } from '../src/model/layers.js';
import { enSpeech } from '../src/lang/en/speech.js';

interface Range {
  start: number;
  end: number;
}
interface Attribution {
  content: Range[];
  source: Range[];
  text: string;
  cue?: string;
  /** The rule of recoupe's first quotation in it. */
  rule?: string;
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = opt('split') ?? 'dev';
const root = opt('dir') ?? join(process.cwd(), '..', 'shared', 'corpus', 'polnear');
const show = Number(opt('show') ?? 0);
/** With --cue WORD, the missed attributions listed are those of that cue only. */
const cueFilter = opt('cue')?.toLowerCase();
/**
 * With --dump FILE, the misses are written there as JSON: those that a found content overlaps with
 * the text around both, the others (`overlap: false`) with the text around the gold content.
 */
const dumpPath = opt('dump');
const dump: unknown[] | undefined = dumpPath ? [] : undefined;
const THRESHOLD = 0.8;

/** Brat offsets count code points; JavaScript strings count UTF-16 units. */
function codePointToUnit(text: string): (cp: number) => number {
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

function readAnn(path: string, text: string): Attribution[] {
  const unit = codePointToUnit(text);
  const spans = new Map<string, { type: string; ranges: Range[] }>();
  const relations: string[][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols[0]?.startsWith('T') && cols[1]) {
      const sp = cols[1].indexOf(' ');
      const type = cols[1].slice(0, sp);
      const ranges = cols[1].slice(sp + 1).split(';').map((r) => {
        const [a, b] = r.trim().split(' ').map(Number);
        return { start: unit(a!), end: unit(b!) };
      });
      spans.set(cols[0], { type, ranges });
    } else if (cols[0]?.startsWith('E') && cols[1]) relations.push(cols[1].split(' '));
  }
  const out: Attribution[] = [];
  for (const rel of relations) {
    const parts = new Map(rel.map((p) => p.split(':') as [string, string]));
    const first = spans.get(parts.get('Content') ?? '');
    if (!first) continue;
    // A content may go on in further spans ("Content2": the quotation that follows '"…," he said.'):
    // they are one attribution's content.
    const more = [...parts].filter(([role]) => /^Content\d+$/.test(role)).map(([, id]) => spans.get(id)?.ranges ?? []);
    const content = { ranges: [first.ranges, ...more].flat().sort((a, b) => a.start - b.start) };
    const source = spans.get(parts.get('Source') ?? '');
    const cue = spans.get(parts.get('Cue') ?? '');
    out.push({
      content: content.ranges,
      source: source?.ranges ?? [],
      text: content.ranges.map((r) => text.slice(r.start, r.end)).join(' … '),
      ...(cue ? { cue: cue.ranges.map((r) => text.slice(r.start, r.end)).join(' ').toLowerCase() } : {}),
    });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Word tokens of a text as their start offsets, to compare spans by position. */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(WORD)) out.push(m.index);
  return out;
}

function tokensIn(starts: readonly number[], text: string, ranges: readonly Range[]): number[] {
  const out: number[] = [];
  for (const r of ranges) for (const s of starts) if (s >= r.start && s < r.end) out.push(s);
  out.sort((a, b) => a - b);
  // The complementizer is not part of recoupe's content.
  if (out.length && /^that\b/i.test(text.slice(out[0]))) out.shift();
  return out;
}

/** recoupe's attributions: one per turn, direct quotations inside indirect content folded into it. */
function predicted(text: string, quotes: readonly QuoteAnnotation[]): Attribution[] {
  const indirect = quotes.filter((q) => q.kind === 'indirect');
  const kept = quotes.filter((q) => q.kind === 'indirect' || (!indirect.some((i) => q.start >= i.start && q.end <= i.end) && (q.kind === 'direct' || q.speaker)));
  const byTurn = new Map<string, { content: Range[]; source: Range[]; rule: string; cue?: string }>();
  for (const q of kept) {
    // Pieces of one turn (a quotation split by an incise, reported speech around "he said,") are one attribution.
    const key = `t${q.turn}`;
    const a = byTurn.get(key) ?? { content: [], source: q.speaker ? [{ start: q.speaker.start, end: q.speaker.end }] : [], rule: q.rule, ...(q.cue ? { cue: q.cue.text.toLowerCase() } : {}) };
    a.content.push({ start: q.start, end: q.end });
    byTurn.set(key, a);
  }
  return [...byTurn.values()].map((a) => ({ ...a, text: a.content.map((r) => text.slice(r.start, r.end)).join(' … ') }));
}

const dir = join(root, split);
if (!existsSync(join(dir, 'attributions'))) {
  console.error(`quotes-polnear: ${join(dir, 'attributions')} not found (give --dir PATH to PolNeAR's folder)`);
  process.exit(2);
}
const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
// Some articles were annotated by several people: take the first annotation of each.
const byText = new Map<string, string>();
for (const f of annFiles) {
  const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (!byText.has(base)) byText.set(base, f);
}

let gold = 0;
let found = 0;
let matched = 0;
let sourcesRight = 0;
let sourcesAsked = 0;
const misses: string[] = [];
let partialMisses = 0;
const missedCues = new Map<string, number>();
/** recoupe's attributions by the words of their cue: how many were found, and how many matched. */
const tally = (counts: Map<string, { found: number; matched: number }>) => (key: string | undefined) => {
  let n = counts.get(key ?? '');
  if (!n) counts.set(key ?? '', (n = { found: 0, matched: 0 }));
  return n;
};
const foundCues = new Map<string, { found: number; matched: number }>();
const foundCue = tally(foundCues);
/** Found attributions by the rule of their first quotation. */
const foundRules = new Map<string, { found: number; matched: number }>();
const foundRule = tally(foundRules);
/** Gold attributions whose content has quotation marks (direct speech), and how many were matched. */
const direct = { gold: 0, matched: 0 };
/**
 * Gold attributions whose cue is speech as recoupe's English lexicon lists it (a reporting verb or
 * a source preposition), and how many were matched: PolNeAR also annotates beliefs, plans and
 * stances ("wants", "seemed", "endorsed"), which quotation extractors do not aim at.
 */
const speech = { gold: 0, matched: 0 };
const speechWords = new Set([...enSpeech.verbs.flatMap((v) => v.forms), ...enSpeech.sourceCues].map((f) => f.toLowerCase()));
const isSpeechCue = (cue: string | undefined) => !!cue && (speechWords.has(cue) || cue.split(/\s+/).some((w) => speechWords.has(w.replace(/[^\p{L}]/gu, ''))));
const QUOTED = /[“”"]|''/;
const extras: string[] = [];
const wrongSources: string[] = [];
const t0 = performance.now();
for (const [base, ann] of byText) {
  const textPath = join(dir, 'text', `${base}.txt`);
  if (!existsSync(textPath)) continue;
  // Non-breaking spaces become spaces, one for one, so that offsets still hold.
  const text = readFileSync(textPath, 'utf8').replace(/\u00a0/g, ' ');
  const article: Article = { id: articleId(text), source: textPath, format: 'text', language: 'en', languageSource: 'metadata', text };
  const doc = analyseArticle(article);
  const starts = wordStarts(text);
  const g = readAnn(join(dir, 'attributions', ann), text).map((a) => ({ ...a, tokens: tokensIn(starts, text, a.content), src: tokensIn(starts, text, a.source) })).filter((a) => a.tokens.length);
  const p = predicted(text, doc.layers.quotes ?? []).map((a) => ({ ...a, tokens: tokensIn(starts, text, a.content), src: tokensIn(starts, text, a.source) })).filter((a) => a.tokens.length);
  gold += g.length;
  direct.gold += g.filter((a) => QUOTED.test(a.text)).length;
  speech.gold += g.filter((a) => isSpeechCue(a.cue)).length;
  found += p.length;
  for (const pa of p) {
    foundCue(pa.cue).found++;
    foundRule(pa.rule).found++;
  }
  const pairs: Array<{ gi: number; pi: number; o: number }> = [];
  g.forEach((ga, gi) => {
    const set = new Set(ga.tokens);
    p.forEach((pa, pi) => {
      let shared = 0;
      for (const t of pa.tokens) if (set.has(t)) shared++;
      const o = shared / Math.max(ga.tokens.length, pa.tokens.length);
      if (o > 0) pairs.push({ gi, pi, o });
    });
  });
  pairs.sort((x, y) => y.o - x.o);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const pr of pairs) {
    if (usedG.has(pr.gi) || usedP.has(pr.pi)) continue;
    usedG.add(pr.gi);
    usedP.add(pr.pi);
    if (pr.o < THRESHOLD) {
      usedG.delete(pr.gi);
      usedP.delete(pr.pi);
      continue;
    }
    matched++;
    const ga = g[pr.gi]!;
    if (QUOTED.test(ga.text)) direct.matched++;
    if (isSpeechCue(ga.cue)) speech.matched++;
    const pa = p[pr.pi]!;
    foundCue(pa.cue).matched++;
    foundRule(pa.rule).matched++;
    if (ga.src.length) {
      sourcesAsked++;
      const gs = new Set(ga.src);
      if (pa.src.some((t) => gs.has(t))) sourcesRight++;
      else wrongSources.push(`${base}: «${ga.text.slice(0, 80)}» gold source "${ga.source.map((r) => text.slice(r.start, r.end)).join(' ')}", found "${pa.source.map((r) => text.slice(r.start, r.end)).join(' ')}"`);
    }
  }
  g.forEach((ga, i) => {
    if (usedG.has(i)) return;
    // A miss that some found content overlaps is a boundary error; one that none does, a missed cue.
    const touched = pairs.find((pr) => pr.gi === i);
    if (touched) partialMisses++;
    if (touched && dump) {
      const pa = p[touched.pi]!;
      const gEnd = Math.max(...ga.content.map((r) => r.end));
      const pEnd = Math.max(...pa.content.map((r) => r.end));
      const gStart = Math.min(...ga.content.map((r) => r.start));
      const pStart = Math.min(...pa.content.map((r) => r.start));
      dump.push({ base, rule: pa.rule, gold: ga.text, found: pa.text, cue: ga.cue, startDiff: pStart - gStart, endDiff: pEnd - gEnd, afterGold: text.slice(gEnd, gEnd + 40), beforeGold: text.slice(Math.max(0, gStart - 40), gStart), afterFound: text.slice(pEnd, pEnd + 40), beforeFound: text.slice(Math.max(0, pStart - 40), pStart) });
    }
    if (!touched && dump) {
      const gStart = Math.min(...ga.content.map((r) => r.start));
      const gEnd = Math.max(...ga.content.map((r) => r.end));
      dump.push({ base, overlap: false, gold: ga.text, cue: ga.cue, source: ga.source.map((r) => text.slice(r.start, r.end)).join(' '), beforeGold: text.slice(Math.max(0, gStart - 160), gStart), afterGold: text.slice(gEnd, gEnd + 80) });
    }
    const near = touched ? ` — found «${p[touched.pi]!.text.slice(0, 140)}»` : '';
    if (cueFilter === undefined || ga.cue === cueFilter) misses.push(`${base}: [${ga.cue ?? ''}]${touched ? ' (partly found)' : ''} «${ga.text.slice(0, 140)}»${near}`);
    missedCues.set(ga.cue ?? '', (missedCues.get(ga.cue ?? '') ?? 0) + 1);
  });
  p.forEach((pa, i) => usedP.has(i) || extras.push(`${base}: [${(pa.rule ?? '').replace(/^quotes\//, '')}${pairs.some((pr) => pr.pi === i) ? ', partly gold' : ''}] (${pa.cue ?? ''}) «${pa.text.slice(0, 140)}»`));
}
const ms = performance.now() - t0;
const precision = matched / Math.max(1, found);
const recall = matched / Math.max(1, gold);
const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
console.log(`PolNeAR ${split}: ${byText.size} articles, ${gold} gold attributions, ${found} found`);
console.log(`content (overlap ≥ ${THRESHOLD}): P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`);
console.log(`recall with quotation marks in the content: ${(direct.matched / Math.max(1, direct.gold)).toFixed(3)} (${direct.matched}/${direct.gold}); without: ${((matched - direct.matched) / Math.max(1, gold - direct.gold)).toFixed(3)} (${matched - direct.matched}/${gold - direct.gold})`);
console.log(`recall where the cue is a reporting verb or source preposition of the lexicon: ${(speech.matched / Math.max(1, speech.gold)).toFixed(3)} (${speech.matched}/${speech.gold})`);
console.log(`missed: ${gold - matched}, of which ${partialMisses} overlap a found content (boundaries) and ${gold - matched - partialMisses} overlap none`);
console.log(`source accuracy on matched contents: ${(sourcesRight / Math.max(1, sourcesAsked)).toFixed(3)} (${sourcesRight}/${sourcesAsked})`);
console.log(`analysis: ${(ms / byText.size).toFixed(1)} ms an article`);
if (dump && dumpPath) writeFileSync(dumpPath, JSON.stringify(dump, null, 1));
if (show) {
  // The cues that give the most attributions with no gold one: precision by cue, worst first.
  const byCue = [...foundCues].filter(([, n]) => n.found >= 10).sort((a, b) => b[1].found - b[1].matched - (a[1].found - a[1].matched));
  console.log('\nfound, by cue (matched/found), most unmatched first: ' + byCue.slice(0, 40).map(([c, n]) => `${c || '(none)'} ${n.matched}/${n.found}`).join(', '));
  const byRule = [...foundRules].sort((a, b) => b[1].found - a[1].found);
  console.log('\nfound, by rule (matched/found): ' + byRule.map(([r, n]) => `${r.replace(/^quotes\//, '') || '(none)'} ${n.matched}/${n.found}`).join(', '));
  console.log('\nmissed, by cue: ' + [...missedCues].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([c, n]) => `${c} ${n}`).join(', '));
  const sample = (list: string[]) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / show)) === 0).slice(0, show);
  console.log('\nmissed:\n' + sample(misses).join('\n'));
  console.log('\nextra:\n' + sample(extras).join('\n'));
  console.log('\nwrong sources:\n' + sample(wrongSources).join('\n'));
}
