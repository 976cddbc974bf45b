import type { NumberLexicon } from '../lang/types.js';
import type { Qualifier } from '../contract/dossier.js';
import { PhraseTable, phraseSet, type Word } from '../text/words.js';

/**
 * A figure in a run of words: its value (null for a vague quantity), the hedge that qualifies
 * it, a unit when it is money, a percentage or a measure, and the words it counts.
 */
export interface Figure {
  /** Word indexes [from, to) of the hedge and the figure, without what it counts. */
  from: number;
  to: number;
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  /** "percent", an ISO currency code ("USD") or a unit of measure ("km2"). */
  unit?: string;
  /** Word indexes [from, to) of what is counted; empty when nothing is. */
  counts: [number, number];
  rule: string;
}

/** A number lexicon made ready for matching. */
export interface NumberGrammar {
  readonly words: Map<string, number>;
  readonly scales: Map<string, number>;
  readonly joiners: Set<string>;
  readonly approximateNouns: Map<string, number>;
  readonly vague: PhraseTable<number | null>;
  readonly hedges: PhraseTable<Qualifier>;
  readonly approxAfter: PhraseTable<true>;
  readonly ranges: PhraseTable<string>;
  readonly rangeJoiners: Set<string>;
  readonly countLinks: Set<string>;
  readonly percent: PhraseTable<true>;
  readonly currencies: PhraseTable<string>;
  readonly measures: PhraseTable<string>;
  readonly timeUnits: PhraseTable<true>;
  readonly ordinals: Set<string>;
  readonly nounLinks: Set<string>;
  readonly stops: Set<string>;
  readonly verbEndings: readonly string[];
  readonly headFinal: boolean;
  readonly concepts: Map<string, string>;
}

const grammars = new WeakMap<NumberLexicon, NumberGrammar>();

export function numberGrammar(lex: NumberLexicon): NumberGrammar {
  let g = grammars.get(lex);
  if (g) return g;
  const concepts = new Map<string, string>();
  for (const [concept, nouns] of Object.entries(lex.concepts)) for (const n of nouns) concepts.set(n, concept);
  g = {
    words: new Map(Object.entries(lex.words)),
    scales: new Map(Object.entries(lex.scales)),
    joiners: new Set(lex.wordJoiners),
    approximateNouns: new Map(Object.entries(lex.approximateNouns).flatMap(([k, v]) => [[k, v], [`${k}s`, v]] as [string, number][])),
    vague: new PhraseTable(Object.entries(lex.vague)),
    hedges: new PhraseTable<Qualifier>([
      ...lex.atLeast.map((p) => [p, 'at-least'] as const),
      ...lex.atMost.map((p) => [p, 'at-most'] as const),
      ...lex.approx.map((p) => [p, 'approx'] as const),
    ]),
    approxAfter: phraseSet(lex.approxAfter),
    ranges: new PhraseTable(lex.ranges.map(([open, join]) => [open, join] as const)),
    rangeJoiners: new Set(lex.rangeJoiners),
    countLinks: new Set(lex.countLinks),
    percent: phraseSet(lex.percent),
    currencies: new PhraseTable(Object.entries(lex.currencies)),
    measures: new PhraseTable(Object.entries(lex.measures)),
    timeUnits: phraseSet(lex.timeUnits),
    ordinals: new Set(lex.ordinalSuffixes),
    nounLinks: new Set(lex.nounLinks),
    stops: new Set(lex.stops),
    verbEndings: lex.verbEndings,
    headFinal: lex.headFinal,
    concepts,
  };
  grammars.set(lex, g);
  return g;
}

/** What counted phrases stop at: at most this many words. */
const MAX_COUNTED = 6;

interface Num {
  value: number;
  next: number;
  /** Written in words or with an approximate noun ("une dizaine"): an approximation. */
  approx: boolean;
  /** Ends with a scale or approximate noun that takes "de"/"of" ("millions de", "dizaine de"). */
  noun: boolean;
}

/**
 * Every figure of a run of words (one sentence). `taken` marks words already read as times,
 * which are never figures ("le 4 novembre", "en 2022").
 */
export function findFigures(ws: readonly Word[], g: NumberGrammar, taken: (i: number) => boolean): Figure[] {
  const out: Figure[] = [];
  let i = 0;
  while (i < ws.length) {
    const f = taken(i) ? undefined : figureAt(ws, i, g, taken);
    if (f) {
      out.push(f);
      i = Math.max(f.to, f.counts[1]);
    } else i++;
  }
  return out;
}

function figureAt(ws: readonly Word[], i: number, g: NumberGrammar, taken: (i: number) => boolean): Figure | undefined {
  // A range: "entre 10 000 et 12 000", "between 3,000 and 5,000".
  const range = g.ranges.at(ws, i);
  if (range) {
    const a = number(ws, range.next, g, taken);
    if (a && ws[a.next]?.key === range.value) {
      const b = number(ws, a.next + 1, g, taken);
      if (b) return finish(ws, i, b, g, { value: scaleLike(a, b), low: scaleLike(a, b), high: b.value, qualifier: 'range' }, 'range');
    }
  }
  const hedge = g.hedges.at(ws, i);
  let at = hedge ? hedge.next : i;
  // "$5 million", "about €300": a currency sign before the figure.
  let sign: string | undefined;
  if (ws[at] && /^\p{Sc}$/u.test(ws[at]!.text)) {
    sign = g.currencies.at(ws, at)?.value;
    if (!sign) return undefined;
    at++;
  }
  const vague = g.vague.at(ws, at);
  if (vague) {
    const low = vague.value ?? undefined;
    return finish(ws, i, { value: 0, next: vague.next, approx: true, noun: true }, g, { value: null, low, qualifier: hedge?.value ?? 'approx' }, 'vague');
  }
  const n = number(ws, at, g, taken);
  if (!n) return undefined;
  if (sign) return { from: i, to: n.next, value: n.value, qualifier: hedge?.value ?? 'exact', unit: sign, counts: [n.next, n.next], rule: 'money' };
  // "10 000 à 12 000", "3 or 4", "10-12".
  const join = ws[n.next];
  if (join && g.rangeJoiners.has(join.key) && !hedge) {
    const b = number(ws, n.next + 1, g, taken);
    if (b && b.value > n.value) return finish(ws, i, b, g, { value: scaleLike(n, b), low: scaleLike(n, b), high: b.value, qualifier: 'range' }, 'range');
  }
  const after = g.approxAfter.at(ws, n.next);
  let qualifier: Qualifier = hedge?.value ?? (n.approx ? 'approx' : 'exact');
  let end = n;
  if (after && !hedge) {
    qualifier = 'approx';
    end = { ...n, next: after.next };
  }
  const low = qualifier === 'at-least' ? n.value : undefined;
  const high = qualifier === 'at-most' ? n.value : undefined;
  return finish(ws, i, end, g, { value: n.value, low, high, qualifier }, hedge ? 'hedged' : n.approx ? 'approximate' : 'figure');
}

/** "10 à 12 000" means 10 000 to 12 000: a bare low end takes the scale of the high one. */
function scaleLike(a: Num, b: Num): number {
  if (a.value < b.value / 100 && b.value >= 1000) {
    const scale = 10 ** Math.floor(Math.log10(b.value / a.value));
    if (a.value * scale <= b.value) return a.value * scale;
  }
  return a.value;
}

type Values = { value: number | null; low?: number; high?: number; qualifier: Qualifier };

/** Close a figure: its unit, or what it counts; a figure that counts a duration or nothing is dropped. */
function finish(ws: readonly Word[], from: number, n: Num, g: NumberGrammar, v: Values, rule: string): Figure | undefined {
  const j = n.next;
  const percent = g.percent.at(ws, j);
  if (percent) return { from, to: percent.next, ...v, unit: 'percent', counts: [percent.next, percent.next], rule };
  let link = j;
  if (g.countLinks.has(ws[j]?.key ?? '') && n.noun) link = j + 1;
  const currency = g.currencies.at(ws, link);
  if (currency) return { from, to: currency.next, ...v, unit: currency.value, counts: [currency.next, currency.next], rule };
  const measure = g.measures.at(ws, link);
  if (measure) return { from, to: measure.next, ...v, unit: measure.value, counts: [measure.next, measure.next], rule };
  if (g.timeUnits.at(ws, link)) return undefined;
  const counts = counted(ws, link, g);
  if (counts[1] === counts[0]) return undefined;
  // "the 2016 election": a bare four-digit year before a singular noun is a date, not a count.
  const figure = ws[n.next - 1]!;
  if (figure.kind === 'digits' && figure.text.length === 4 && n.next - 1 === from && v.value !== null && v.value >= 1800 && v.value <= 2100) {
    const head = ws[counts[0]]!.key;
    if (!/[sx]$/.test(head) && !g.concepts.has(head)) return undefined;
  }
  return { from, to: n.next, ...v, counts, rule };
}

/** What a figure counts: the noun phrase after it, up to a preposition, a verb or a clause. */
function counted(ws: readonly Word[], i: number, g: NumberGrammar): [number, number] {
  let j = i;
  while (j < ws.length && j - i < MAX_COUNTED) {
    const w = ws[j]!;
    if (w.kind !== 'word') break;
    if (g.nounLinks.has(w.key)) {
      // "forces d'opérations spéciales", "soldats de Pyongyang"; "de la", "of the" end it.
      const nx = ws[j + 1];
      if (j === i || !nx || nx.kind !== 'word' || g.stops.has(nx.key)) break;
      j++;
      continue;
    }
    if (g.stops.has(w.key) || (j > i && w.key.length > 5 && g.verbEndings.some((e) => w.key.endsWith(e)))) break;
    j++;
    if (g.headFinal && (g.concepts.has(w.key) || (w.key.length > 3 && w.key.endsWith('s'))) && !g.nounLinks.has(ws[j]?.key ?? '')) break;
  }
  return [i, j];
}

/**
 * A number at word `i`: digits with thousands separators and a decimal part ("1 500", "3,000",
 * "1,5"), possibly followed by a scale ("1,5 million"), or number words ("trois mille",
 * "two million"), or an approximate noun ("une dizaine", "a dozen").
 */
function number(ws: readonly Word[], i: number, g: NumberGrammar, taken: (i: number) => boolean): Num | undefined {
  const w = ws[i];
  if (!w || taken(i)) return undefined;
  if (w.kind === 'digits') return digitsNumber(ws, i, g);
  if (w.kind === 'word') return wordsNumber(ws, i, g);
  return undefined;
}

function digitsNumber(ws: readonly Word[], i: number, g: NumberGrammar): Num | undefined {
  const w = ws[i]!;
  // Digits inside a name or code ("F-16", "G7", "Covid-19"): a letter or a hyphen against them.
  const prev = ws[i - 1];
  if (prev && prev.end === w.start && (prev.kind === 'word' || prev.text === '-')) return undefined;
  let text = w.text;
  let j = i + 1;
  // Thousands groups: one separator (space, point, comma) and exactly three digits.
  if (w.text.length <= 3) {
    while (ws[j] && ws[j + 0]) {
      const sep = ws[j]!;
      if (sep.kind === 'digits' && sep.text.length === 3 && sep.start === ws[j - 1]!.end + 1) {
        text += sep.text;
        j++;
        continue;
      }
      if ((sep.text === ',' || sep.text === '.') && sep.start === ws[j - 1]!.end && ws[j + 1]?.kind === 'digits' && ws[j + 1]!.text.length === 3 && ws[j + 1]!.start === sep.end && !(ws[j + 2]?.kind === 'digits' && ws[j + 2]!.start === ws[j + 1]!.end)) {
        text += ws[j + 1]!.text;
        j += 2;
        continue;
      }
      break;
    }
  }
  let value = Number(text);
  // A decimal part: "1,5", "2.5".
  const sep = ws[j];
  if (sep && (sep.text === ',' || sep.text === '.') && sep.start === ws[j - 1]!.end && ws[j + 1]?.kind === 'digits' && ws[j + 1]!.start === sep.end) {
    value = Number(`${text}.${ws[j + 1]!.text}`);
    j += 2;
  }
  const next = ws[j];
  // "1er", "2e", "21st": an ordinal; "10km" and other letters against the digits are no count.
  if (next && next.start === ws[j - 1]!.end && next.kind === 'word') {
    if (g.ordinals.has(next.key)) return undefined;
  }
  const scale = g.scales.get(ws[j]?.key ?? '');
  if (scale && scale >= 1000) return { value: value * scale, next: j + 1, approx: false, noun: true };
  const approxNoun = g.approximateNouns.get(ws[j]?.key ?? '');
  if (approxNoun) return { value: value * approxNoun, next: j + 1, approx: true, noun: true };
  return { value, next: j, approx: false, noun: false };
}

/** "trois mille", "vingt et un", "two million", "un million", "une dizaine", "a dozen". */
function wordsNumber(ws: readonly Word[], i: number, g: NumberGrammar): Num | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let scaled = false;
  while (j < ws.length) {
    const k = ws[j]!.key;
    const small = g.words.get(k);
    const scale = g.scales.get(k);
    // "a", "un": one only before a scale or an approximate noun ("a million", "une dizaine").
    if (small === 1 && !any && !g.scales.has(ws[j + 1]?.key ?? '') && !g.approximateNouns.has(ws[j + 1]?.key ?? '')) break;
    if (small !== undefined) {
      // "quatre-vingts" is four twenties.
      current = small === 20 && current > 1 && current < 10 && ws[j]!.hyphen ? current * 20 : current + small;
      any = true;
    } else if (scale !== undefined && any) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      scaled = true;
    } else if (scale !== undefined && !any) {
      // "mille soldats", "hundreds" is vague and handled before.
      if (scale === 100 || scale === 1000) {
        current = scale;
        any = true;
        scaled = true;
      } else break;
    } else if (g.joiners.has(k) && any && g.words.has(ws[j + 1]?.key ?? '')) {
      // "vingt et un", "two hundred and five".
    } else break;
    j++;
  }
  if (!any) return undefined;
  // "a ten-point lead", "a three-year plan": a number joined to a noun by a hyphen is an adjective.
  if (ws[j]?.hyphen && ws[j]!.kind === 'word') return undefined;
  const value = total + current;
  const approxNoun = g.approximateNouns.get(ws[j]?.key ?? '');
  if (approxNoun) return { value: value * approxNoun, next: j + 1, approx: true, noun: true };
  // "un", "a", "deux", "three": small word numbers are articles or details, not figures.
  if (value < 10 && !scaled) return undefined;
  return { value, next: j, approx: false, noun: scaled && value >= 1e6 };
}

/** The concept a counted phrase names: its first word that the lexicon knows ("soldats" is "troops"). */
export function conceptOf(ws: readonly Word[], counts: [number, number], g: NumberGrammar): string | undefined {
  // "personnes évacuées", "people missing": what happened to them says more than who they are.
  let generic: string | undefined;
  for (let j = counts[0]; j < counts[1]; j++) {
    const c = g.concepts.get(ws[j]!.key) ?? (j + 1 < counts[1] ? g.concepts.get(`${ws[j]!.key} ${ws[j + 1]!.key}`) : undefined);
    if (c && !GENERIC_CONCEPTS.has(c)) return c;
    generic ??= c;
  }
  return generic;
}

/** Concepts that only say who is counted; a more specific one in the same phrase wins. */
export const GENERIC_CONCEPTS: ReadonlySet<string> = new Set(['people']);
