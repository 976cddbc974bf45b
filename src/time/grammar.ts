import { monthNames, weekdayNames } from '../lang/common/calendar.js';
import type { PeriodPart, TimeLexicon, TimeUnit } from '../lang/types.js';
import { PhraseTable, phraseSet, words, type Word } from '../text/words.js';

/**
 * A date as the text gives it, before it is resolved against the publication date: any of the
 * fields may be missing ("mardi" has only a weekday, "en août" only a month).
 */
export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  part?: PeriodPart;
  /** Days from the publication day ("hier": -1). */
  relDays?: number;
  /** A calendar unit from the publication's ("cette semaine": week 0, "le mois dernier": month -1). */
  relUnit?: { unit: TimeUnit; offset: number };
  /** An amount of units before the publication ("il y a deux semaines"). */
  ago?: { unit: TimeUnit; amount: number };
  /** "vendredi dernier" (strictly before), "jeudi prochain" (strictly after). */
  direction?: -1 | 1;
}

/** A temporal expression found in a run of words: word indexes [from, to), one date or an interval. */
export interface TimeMatch {
  from: number;
  to: number;
  point: DatePoint;
  /** The end of an interval ("entre début et mi-octobre", "du 4 au 6 novembre", "1950-1953"). */
  until?: DatePoint;
  rule: string;
}

/** A time lexicon made ready for matching, with the platform's month and weekday names. */
export interface TimeGrammar {
  readonly months: Map<string, { month: number; short: boolean }>;
  readonly weekdays: Map<string, number>;
  readonly relativeDays: PhraseTable<number>;
  readonly dayParts: PhraseTable<true>;
  readonly units: Map<string, TimeUnit>;
  readonly this: Set<string>;
  readonly thisAfter: Set<string>;
  readonly lastBefore: Set<string>;
  readonly lastAfter: Set<string>;
  readonly nextBefore: Set<string>;
  readonly nextAfter: Set<string>;
  readonly parts: PhraseTable<PeriodPart>;
  readonly partLinks: Set<string>;
  readonly between: PhraseTable<string[]>;
  readonly agoBefore: PhraseTable<true>;
  readonly agoAfter: Set<string>;
  readonly earlier: PhraseTable<true>;
  readonly periodPrepositions: PhraseTable<true>;
  readonly dayOrdinals: Set<string>;
  readonly numberWords: Map<string, number>;
  readonly lexicon: TimeLexicon;
  /** The words an expression may start with (digits aside): every other word is skipped at once. */
  readonly starts: Set<string>;
}

const grammars = new WeakMap<TimeLexicon, TimeGrammar>();

/** Compile a lexicon once; `locale` names the platform calendar ("fr", "en"), none for no names. */
export function timeGrammar(lexicon: TimeLexicon, locale: string | null, numberWords: Readonly<Record<string, number>>): TimeGrammar {
  let g = grammars.get(lexicon);
  if (g) return g;
  const months = locale ? monthNames(locale) : new Map<string, { month: number; short: boolean }>();
  for (const [name, month] of Object.entries(lexicon.extraMonths)) if (!months.has(name)) months.set(name, { month, short: true });
  const between = new PhraseTable<string[]>(lexicon.between.map(([open, join]) => [open, join.split(' ')] as const));
  const first = (phrases: Iterable<string>) => [...phrases].map((p) => words(p)[0]?.key ?? '');
  const weekdays = locale ? weekdayNames(locale) : new Map<string, number>();
  const starts = new Set<string>([
    ...months.keys(), ...weekdays.keys(), ...first(Object.keys(lexicon.relativeDays)), ...lexicon.this, ...lexicon.lastBefore, ...lexicon.nextBefore,
    ...DETERMINERS, ...Object.keys(lexicon.units), ...first(Object.keys(lexicon.parts)), ...first(lexicon.between.map((b) => b[0])),
    ...first(lexicon.agoBefore), ...first(lexicon.earlier), ...Object.keys(numberWords),
  ]);
  g = {
    starts,
    months,
    weekdays,
    relativeDays: new PhraseTable(Object.entries(lexicon.relativeDays)),
    dayParts: phraseSet(lexicon.dayParts),
    units: new Map(Object.entries(lexicon.units)),
    this: new Set(lexicon.this),
    thisAfter: new Set(lexicon.thisAfter),
    lastBefore: new Set(lexicon.lastBefore),
    lastAfter: new Set(lexicon.lastAfter),
    nextBefore: new Set(lexicon.nextBefore),
    nextAfter: new Set(lexicon.nextAfter),
    parts: new PhraseTable(Object.entries(lexicon.parts)),
    partLinks: new Set(lexicon.partLinks),
    between,
    agoBefore: phraseSet(lexicon.agoBefore),
    agoAfter: new Set(lexicon.agoAfter),
    earlier: phraseSet(lexicon.earlier),
    periodPrepositions: phraseSet(lexicon.periodPrepositions),
    dayOrdinals: new Set(lexicon.dayOrdinals),
    numberWords: new Map(Object.entries(numberWords)),
    lexicon,
  };
  grammars.set(lexicon, g);
  return g;
}

type Step = { point: DatePoint; next: number; rule: string };

const DETERMINERS = new Set(['le', 'la', "l'", 'the']);

/** Every temporal expression in a run of words (one sentence), left to right, longest first. */
export function findTimes(ws: readonly Word[], g: TimeGrammar): TimeMatch[] {
  const out: TimeMatch[] = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    const m = w.kind === 'digits' || g.starts.has(w.key) ? matchAt(ws, i, g) : undefined;
    if (m) {
      out.push(m);
      i = m.to;
    } else i++;
  }
  return out;
}

function matchAt(ws: readonly Word[], i: number, g: TimeGrammar): TimeMatch | undefined {
  // "plus tôt mercredi", "earlier this month": the vague word stays in the span.
  const early = g.earlier.at(ws, i);
  if (early) {
    const m = matchAt(ws, early.next, g);
    if (m && m.from === early.next) return { ...m, from: i };
  }
  return interval(ws, i, g) ?? yearRange(ws, i) ?? asMatch(i, point(ws, i, g, false));
}

function asMatch(from: number, step: Step | undefined): TimeMatch | undefined {
  return step ? { from, to: step.next, point: step.point, rule: step.rule } : undefined;
}

/** "entre début et mi-octobre", "du 4 au 6 novembre", "between Oct. 1 and Oct. 15". */
function interval(ws: readonly Word[], i: number, g: TimeGrammar): TimeMatch | undefined {
  const open = g.between.at(ws, i);
  if (!open) return undefined;
  const first = point(ws, open.next, g, true);
  if (!first) return undefined;
  let j = first.next;
  for (const w of open.value) {
    if (ws[j]?.key !== w) return undefined;
    j++;
  }
  const second = point(ws, j, g, true);
  if (!second) return undefined;
  const a = { ...first.point };
  const b = second.point;
  // The start borrows what only the end gives: "début et mi-octobre", "du 4 au 6 novembre".
  if (a.month === undefined && b.month !== undefined && (a.day !== undefined || a.part !== undefined)) a.month = b.month;
  if (a.year === undefined && b.year !== undefined && a.month !== undefined) a.year = b.year;
  if (!isDate(a) || !isDate(b)) return undefined;
  return { from: i, to: second.next, point: a, until: b, rule: 'interval' };
}

/** "1950-1953": two years joined by a dash. */
function yearRange(ws: readonly Word[], i: number): TimeMatch | undefined {
  const a = year(ws[i]);
  if (a === undefined || ws[i + 1]?.key !== '-' || ws[i + 1]!.start !== ws[i]!.end) return undefined;
  const b = year(ws[i + 2]);
  if (b === undefined || b <= a || ws[i + 2]!.start !== ws[i + 1]!.end) return undefined;
  return { from: i, to: i + 3, point: { year: a }, until: { year: b }, rule: 'year-range' };
}

function isDate(p: DatePoint): boolean {
  return p.year !== undefined || p.month !== undefined || p.weekday !== undefined || p.relDays !== undefined || p.relUnit !== undefined || p.ago !== undefined;
}

/**
 * One date at word `i`. Inside an interval (`bare`), a part or a day number alone is a point
 * that borrows its month from the end ("entre début et mi-octobre").
 */
function point(ws: readonly Word[], i: number, g: TimeGrammar, bare: boolean): Step | undefined {
  const w = ws[i];
  if (!w) return undefined;
  return (
    numericDate(ws, i, g) ??
    relativeDay(ws, i, g) ??
    relativeUnit(ws, i, g) ??
    ago(ws, i, g) ??
    partOf(ws, i, g, bare) ??
    dayMonth(ws, i, g) ??
    monthDay(ws, i, g) ??
    monthYear(ws, i, g) ??
    weekday(ws, i, g) ??
    (bare ? bareDay(ws, i) ?? bareYear(ws, i) : undefined) ??
    periodAfterPreposition(ws, i, g)
  );
}

function digits(w: Word | undefined): number | undefined {
  return w?.kind === 'digits' ? Number(w.text) : undefined;
}

function year(w: Word | undefined): number | undefined {
  const n = digits(w);
  return n !== undefined && w!.text.length === 4 && n >= 1000 && n <= 2200 ? n : undefined;
}

function dayNumber(ws: readonly Word[], i: number, g: TimeGrammar): { day: number; next: number } | undefined {
  const n = digits(ws[i]);
  if (n === undefined || n < 1 || n > 31 || ws[i]!.text.length > 2) return undefined;
  // "1er", "4th": the suffix is written against the digits.
  const suffix = ws[i + 1];
  if (suffix && suffix.kind === 'word' && suffix.start === ws[i]!.end && g.dayOrdinals.has(suffix.key)) return { day: n, next: i + 2 };
  if (suffix && suffix.start === ws[i]!.end && suffix.kind === 'word') return undefined;
  return { day: n, next: i + 1 };
}

/** A month name at `i` ("octobre", "Oct."), with the index after it; short forms only when `short`. */
function monthAt(ws: readonly Word[], i: number, g: TimeGrammar, short: boolean): { month: number; next: number } | undefined {
  const w = ws[i];
  if (!w || w.kind !== 'word') return undefined;
  const m = g.months.get(w.key);
  if (!m || (m.short && !short)) return undefined;
  // The period of an abbreviation belongs to the month: "Oct. 4".
  const next = m.short && ws[i + 1]?.key === '.' && ws[i + 1]!.start === w.end ? i + 2 : i + 1;
  return { month: m.month, next };
}

function yearAfter(ws: readonly Word[], i: number): { year: number; next: number } | undefined {
  let j = i;
  if (ws[j]?.key === ',') j++;
  const y = year(ws[j]);
  return y === undefined ? undefined : { year: y, next: j + 1 };
}

/** A weekday before a date ("jeudi 24 octobre", "Friday, Oct. 18"): the date carries it. */
function weekdayBefore(ws: readonly Word[], i: number, g: TimeGrammar): { weekday: number; next: number } | undefined {
  const wd = ws[i] && g.weekdays.get(ws[i].key);
  if (wd === undefined) return undefined;
  return { weekday: wd, next: ws[i + 1]?.key === ',' ? i + 2 : i + 1 };
}

/** "4 novembre", "jeudi 24 octobre 2024", "1er novembre", "4 Nov. 2024". */
function dayMonth(ws: readonly Word[], i: number, g: TimeGrammar): Step | undefined {
  const wd = weekdayBefore(ws, i, g);
  const at = wd ? wd.next : i;
  const d = dayNumber(ws, at, g);
  if (!d) return undefined;
  const m = monthAt(ws, d.next, g, true);
  if (!m) return undefined;
  const y = yearAfter(ws, m.next);
  return { point: { day: d.day, month: m.month, year: y?.year, weekday: wd?.weekday }, next: y?.next ?? m.next, rule: 'day-month' };
}

/** "October 4", "Oct. 4, 2024", "Friday, Oct. 18". */
function monthDay(ws: readonly Word[], i: number, g: TimeGrammar): Step | undefined {
  const wd = weekdayBefore(ws, i, g);
  const at = wd ? wd.next : i;
  const m = monthAt(ws, at, g, true);
  if (!m) return undefined;
  const d = dayNumber(ws, m.next, g);
  // A four-digit number after a month is its year, not a day.
  if (!d || year(ws[m.next]) !== undefined) return undefined;
  const y = yearAfter(ws, d.next);
  return { point: { day: d.day, month: m.month, year: y?.year, weekday: wd?.weekday }, next: y?.next ?? d.next, rule: 'month-day' };
}

/** "février 2022", "October 2024". */
function monthYear(ws: readonly Word[], i: number, g: TimeGrammar): Step | undefined {
  const m = monthAt(ws, i, g, false);
  if (!m) return undefined;
  const y = year(ws[m.next]);
  if (y === undefined) return undefined;
  return { point: { month: m.month, year: y }, next: m.next + 1, rule: 'month-year' };
}

/** "30/10/2024", "10/30/2024", "2024-10-30". */
function numericDate(ws: readonly Word[], i: number, g: TimeGrammar): Step | undefined {
  const a = ws[i];
  if (a?.kind !== 'digits') return undefined;
  const sep = ws[i + 1]?.key;
  if (sep !== '/' && sep !== '-' && sep !== '.') return undefined;
  if (ws[i + 3]?.key !== sep) return undefined;
  const parts = [ws[i]!, ws[i + 2]!, ws[i + 4]!];
  for (let k = 0; k < 4; k++) if (ws[i + k + 1]?.start !== ws[i + k]!.end) return undefined;
  if (parts.some((p) => p?.kind !== 'digits')) return undefined;
  const [x, y, z] = parts.map((p) => Number(p.text)) as [number, number, number];
  let date: DatePoint;
  if (parts[0]!.text.length === 4 && sep === '-') date = { year: x, month: y, day: z };
  else if (parts[2]!.text.length === 4 && sep !== '-') date = g.lexicon.numericDates === 'dmy' ? { day: x, month: y, year: z } : { month: x, day: y, year: z };
  else return undefined;
  if (date.month! < 1 || date.month! > 12 || date.day! < 1 || date.day! > 31) return undefined;
  return { point: date, next: i + 5, rule: 'numeric-date' };
}

/** "hier", "aujourd'hui", "yesterday", with a part of the day ("hier soir"). */
function relativeDay(ws: readonly Word[], i: number, g: TimeGrammar): Step | undefined {
  const r = g.relativeDays.at(ws, i);
  if (!r) return undefined;
  const part = g.dayParts.at(ws, r.next);
  return { point: { relDays: r.value }, next: part?.next ?? r.next, rule: 'relative-day' };
}

/**
 * "cette semaine", "ce mois-ci", "la semaine dernière", "l'an dernier", "le mois prochain",
 * "this week", "last month", "next year", "ce matin", "this morning", "ce mardi".
 */
function relativeUnit(ws: readonly Word[], i: number, g: TimeGrammar): Step | undefined {
  const w = ws[i];
  if (!w) return undefined;
  const offsetBefore = g.this.has(w.key) ? 0 : g.lastBefore.has(w.key) ? -1 : g.nextBefore.has(w.key) ? 1 : undefined;
  if (offsetBefore !== undefined) {
    const unit = g.units.get(ws[i + 1]?.key ?? '');
    if (unit && singular(ws[i + 1]!, g)) {
      let next = i + 2;
      if (offsetBefore === 0 && ws[next]?.hyphen && g.thisAfter.has(ws[next]!.key)) next++;
      return { point: { relUnit: { unit, offset: offsetBefore } }, next, rule: 'relative-unit' };
    }
    const wd = ws[i + 1] && g.weekdays.get(ws[i + 1]!.key);
    if (wd !== undefined) {
      const part = g.dayParts.at(ws, i + 2);
      return { point: { weekday: wd, direction: offsetBefore === 0 ? undefined : offsetBefore }, next: part?.next ?? i + 2, rule: 'relative-weekday' };
    }
    const part = g.dayParts.at(ws, i + 1);
    if (part) return { point: { relDays: offsetBefore === -1 ? -1 : offsetBefore }, next: part.next, rule: 'relative-day' };
    return undefined;
  }
  // "la semaine dernière", "l'année prochaine": a unit, then "dernier" or "prochain".
  const at = DETERMINERS.has(w.key) ? i + 1 : i;
  const unit = g.units.get(ws[at]?.key ?? '');
  if (!unit || !singular(ws[at]!, g)) return undefined;
  const after = ws[at + 1]?.key ?? '';
  const offset = g.lastAfter.has(after) ? -1 : g.nextAfter.has(after) ? 1 : undefined;
  if (offset === undefined) return undefined;
  return { point: { relUnit: { unit, offset } }, next: at + 2, rule: 'relative-unit' };
}

function singular(w: Word, g: TimeGrammar): boolean {
  // The same unit spelled twice ("jour", "jours"): a plural ends with "s" and its singular is known.
  return !(w.key.endsWith('s') && g.units.has(w.key.slice(0, -1))) || w.key === 'mois';
}

/** "il y a deux semaines", "three days ago". */
function ago(ws: readonly Word[], i: number, g: TimeGrammar): Step | undefined {
  const before = g.agoBefore.at(ws, i);
  const at = before ? before.next : i;
  const n = digits(ws[at]) ?? g.numberWords.get(ws[at]?.key ?? '');
  if (n === undefined) return undefined;
  const unit = g.units.get(ws[at + 1]?.key ?? '');
  if (!unit) return undefined;
  if (before) return { point: { ago: { unit, amount: n } }, next: at + 2, rule: 'ago' };
  if (g.agoAfter.has(ws[at + 2]?.key ?? '')) return { point: { ago: { unit, amount: n } }, next: at + 3, rule: 'ago' };
  return undefined;
}

/** "début octobre", "mi-octobre", "fin 2023", "early October", "the end of last year", "début du mois". */
function partOf(ws: readonly Word[], i: number, g: TimeGrammar, bare: boolean): Step | undefined {
  const p = g.parts.at(ws, i);
  if (!p) return undefined;
  let j = p.next;
  while (ws[j] && g.partLinks.has(ws[j]!.key) && j < p.next + 3) j++;
  const m = monthAt(ws, j, g, false);
  if (m) {
    const y = year(ws[m.next]);
    return { point: { part: p.value, month: m.month, year: y }, next: y === undefined ? m.next : m.next + 1, rule: 'part-month' };
  }
  const y = year(ws[j]);
  if (y !== undefined) return { point: { part: p.value, year: y }, next: j + 1, rule: 'part-year' };
  const rel = relativeUnit(ws, j, g);
  if (rel?.point.relUnit && (rel.point.relUnit.unit === 'month' || rel.point.relUnit.unit === 'year')) {
    return { point: { ...rel.point, part: p.value }, next: rel.next, rule: 'part-relative' };
  }
  // "début du mois", "fin de l'année": the current month or year.
  const unit = g.units.get(ws[j]?.key ?? '');
  if (unit === 'month' || unit === 'year') return { point: { relUnit: { unit, offset: 0 }, part: p.value }, next: j + 1, rule: 'part-relative' };
  if (bare && p.next === i + 1) return { point: { part: p.value }, next: p.next, rule: 'part' };
  return undefined;
}

/** "mardi", "vendredi dernier", "jeudi prochain", "mardi soir", "Tuesday night". */
function weekday(ws: readonly Word[], i: number, g: TimeGrammar): Step | undefined {
  const wd = g.weekdays.get(ws[i]!.key);
  if (wd === undefined) return undefined;
  let next = i + 1;
  const part = g.dayParts.at(ws, next);
  if (part) next = part.next;
  const after = ws[next]?.key ?? '';
  const direction = g.lastAfter.has(after) ? -1 : g.nextAfter.has(after) ? 1 : undefined;
  if (direction) next++;
  return { point: { weekday: wd, direction }, next, rule: 'weekday' };
}

function bareDay(ws: readonly Word[], i: number): Step | undefined {
  const n = digits(ws[i]);
  if (n === undefined || n < 1 || n > 31 || ws[i]!.text.length > 2) return undefined;
  return { point: { day: n }, next: i + 1, rule: 'day' };
}

function bareYear(ws: readonly Word[], i: number): Step | undefined {
  const y = year(ws[i]);
  return y === undefined ? undefined : { point: { year: y }, next: i + 1, rule: 'year' };
}

/** "en août", "depuis 2014", "in March", "since 2014": a month alone or a bare year after a preposition. */
function periodAfterPreposition(ws: readonly Word[], i: number, g: TimeGrammar): Step | undefined {
  let prep = false;
  for (let len = 1; len <= 3 && i - len >= 0; len++) if (g.periodPrepositions.at(ws, i - len)?.next === i) prep = true;
  if (!prep) return undefined;
  const m = monthAt(ws, i, g, false);
  if (m) return { point: { month: m.month }, next: m.next, rule: 'month' };
  const y = year(ws[i]);
  // A figure followed by a plural noun counts it: "de 1500 soldats" is no year.
  const after = ws[i + 1];
  const counts = after?.kind === 'word' && after.start === ws[i]!.end + 1 && /^\p{Ll}.*[sx]$/u.test(after.text);
  if (y !== undefined && !counts) return { point: { year: y }, next: i + 1, rule: 'year' };
  return undefined;
}
