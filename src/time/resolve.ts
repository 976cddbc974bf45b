import type { TimeAnnotation } from '../model/layers.js';
import type { DatePoint, TimeMatch } from './grammar.js';

/** How precise a resolved time is. */
export type Granularity = TimeAnnotation['granularity'];

/** A resolved time: an ISO 8601 value at its own granularity ("2024-10-30", "2024-10", "2024-10-01/2024-10-15"). */
export interface ResolvedTime {
  value: string;
  granularity: Granularity;
  /** First and last day covered, for ordering and overlap ("2024-10-01", "2024-10-31"). */
  first: string;
  last: string;
}

/** A calendar day (UTC, month 1-12). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dayIso = (x: Day) => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
const monthIso = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
const toDate = (x: Day) => new Date(Date.UTC(x.y, x.m - 1, x.d));
const fromDate = (t: Date): Day => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
const addDays = (x: Day, n: number): Day => fromDate(new Date(toDate(x).getTime() + n * 86_400_000));
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const diffDays = (a: Day, b: Day) => Math.round((toDate(a).getTime() - toDate(b).getTime()) / 86_400_000);

function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** The days a part of a month covers: early 1-10, mid 11-20, late 21-end. */
function partDays(part: DatePoint['part'], y: number, m: number): [number, number] {
  if (part === 'early') return [1, 10];
  if (part === 'mid') return [11, 20];
  return [21, daysInMonth(y, m)];
}

/** The months a part of a year covers: early January-April, mid May-August, late September-December. */
function partMonths(part: DatePoint['part']): [number, number] {
  return part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
}

function dayTime(x: Day): ResolvedTime {
  const v = dayIso(x);
  return { value: v, granularity: 'day', first: v, last: v };
}

function monthTime(y: number, m: number): ResolvedTime {
  return { value: monthIso(y, m), granularity: 'month', first: dayIso({ y, m, d: 1 }), last: dayIso({ y, m, d: daysInMonth(y, m) }) };
}

function yearTime(y: number): ResolvedTime {
  return { value: pad(y, 4), granularity: 'year', first: `${pad(y, 4)}-01-01`, last: `${pad(y, 4)}-12-31` };
}

function span(first: Day, last: Day, granularity: Granularity = 'interval'): ResolvedTime {
  return { value: `${dayIso(first)}/${dayIso(last)}`, granularity, first: dayIso(first), last: dayIso(last) };
}

/**
 * Resolve one date against the anchor (the publication day). A weekday or a month with no year
 * is the latest one on or before the anchor, as past-tense reporting means it ("vendredi" in a
 * Monday paper is three days before, not four days after), unless the text looks ahead
 * (`future`, "prochain"); a day and month with no year take the year that puts them nearest.
 */
export function resolvePoint(p: DatePoint, anchor: Day | undefined, future: boolean): ResolvedTime | undefined {
  if (p.year !== undefined && p.month !== undefined && p.day !== undefined) return valid(p.year, p.month, p.day);
  if (p.year !== undefined && p.month !== undefined) {
    if (p.part) return partOfMonth(p.part, p.year, p.month);
    return monthTime(p.year, p.month);
  }
  if (p.year !== undefined && p.month === undefined) {
    if (p.part) {
      const [a, b] = partMonths(p.part);
      return { value: `${monthIso(p.year, a)}/${monthIso(p.year, b)}`, granularity: 'interval', first: dayIso({ y: p.year, m: a, d: 1 }), last: dayIso({ y: p.year, m: b, d: daysInMonth(p.year, b) }) };
    }
    return yearTime(p.year);
  }
  if (!anchor) return undefined;
  if (p.month !== undefined && p.day !== undefined) {
    let best: Day | undefined;
    for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
      if (p.day > daysInMonth(y, p.month)) continue;
      const c = { y, m: p.month, d: p.day };
      if (!best || Math.abs(diffDays(c, anchor)) < Math.abs(diffDays(best, anchor))) best = c;
    }
    return best && dayTime(best);
  }
  if (p.month !== undefined) {
    const ahead = future || p.direction === 1;
    const y = ahead ? (p.month >= anchor.m ? anchor.y : anchor.y + 1) : p.month <= anchor.m ? anchor.y : anchor.y - 1;
    return p.part ? partOfMonth(p.part, y, p.month) : monthTime(y, p.month);
  }
  if (p.weekday !== undefined) {
    const dow = toDate(anchor).getUTCDay();
    const ahead = p.direction === 1 || (future && p.direction !== -1);
    let delta = ahead ? (p.weekday - dow + 7) % 7 : -((dow - p.weekday + 7) % 7);
    if (delta === 0 && p.direction) delta = 7 * p.direction;
    return dayTime(addDays(anchor, delta));
  }
  if (p.relDays !== undefined) return dayTime(addDays(anchor, p.relDays));
  if (p.relUnit) {
    const { unit, offset } = p.relUnit;
    if (unit === 'day') return dayTime(addDays(anchor, offset));
    if (unit === 'week') {
      const monday = addDays(anchor, -((toDate(anchor).getUTCDay() + 6) % 7) + 7 * offset);
      return span(monday, addDays(monday, 6), 'week');
    }
    if (unit === 'month') {
      const { y, m } = addMonths(anchor.y, anchor.m, offset);
      return p.part ? partOfMonth(p.part, y, m) : monthTime(y, m);
    }
    return resolvePoint({ year: anchor.y + offset, part: p.part }, anchor, future);
  }
  if (p.ago) {
    const { unit, amount } = p.ago;
    if (unit === 'day') return dayTime(addDays(anchor, -amount));
    if (unit === 'week') return dayTime(addDays(anchor, -7 * amount));
    if (unit === 'month') {
      const { y, m } = addMonths(anchor.y, anchor.m, -amount);
      return monthTime(y, m);
    }
    return yearTime(anchor.y - amount);
  }
  return undefined;
}

function valid(y: number, m: number, d: number): ResolvedTime | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return dayTime({ y, m, d });
}

function partOfMonth(part: DatePoint['part'], y: number, m: number): ResolvedTime {
  const [a, b] = partDays(part, y, m);
  return span({ y, m, d: a }, { y, m, d: b });
}

/**
 * Resolve a match: a date, or an interval from the start of its first date to the end of its
 * second. "mi-" at either end of an interval is the 15th, as in "entre début et mi-octobre"
 * (1-15 October).
 */
export function resolveMatch(match: TimeMatch, anchor: Day | undefined, future: boolean): ResolvedTime | undefined {
  const a = resolvePoint(match.point, anchor, future);
  if (!a || !match.until) return a;
  const b = resolvePoint(match.until, anchor, future);
  if (!b) return undefined;
  if (match.point.year !== undefined && match.point.month === undefined && match.until.year !== undefined && match.until.month === undefined && !match.point.part) {
    return { value: `${a.value}/${b.value}`, granularity: 'interval', first: a.first, last: b.last };
  }
  let first = a.first;
  let last = b.last;
  if (match.point.part === 'mid' && match.point.day === undefined) first = `${first.slice(0, 8)}15`;
  if (match.until.part === 'mid' && match.until.day === undefined) last = `${last.slice(0, 8)}15`;
  if (first > last) return undefined;
  return { value: `${first}/${last}`, granularity: 'interval', first, last };
}

export { dayIso };
