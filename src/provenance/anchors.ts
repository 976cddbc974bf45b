import { calendarNames } from '../lang/common/calendar.js';
import { words } from './features.js';

/**
 * Anchors: what survives rewording and translation, in the order the text gives it. Figures
 * ("1 500", "1,500" and "1500" are one anchor) and proper names (capitalised words that do not
 * start a sentence, without diacritics). Weekday and month names are left out: French writes them
 * in lower case, English capitalises them, and neither says who copied whom.
 */
export interface Anchor {
  key: string;
  start: number;
  end: number;
}

// A figure: digit groups joined by a thousands separator (space, comma, point before exactly
// three digits), with an optional decimal part.
const FIGURE = /\d{1,3}(?:[ ,.]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*(?:[ -](?:\p{Lu}[\p{L}'’-]*))*/gu;
const SENTENCE_START = /(?:^|[.!?…:«“"]\s*|\n)$/;

const calendarWords = new Set(calendarNames('long').map((n) => words(n)[0]!));

function figureKey(raw: string): string {
  const grouped = /^\d{1,3}(?:[ ,.]\d{3})+/.exec(raw);
  const integer = grouped ? grouped[0].replace(/[ ,.]/g, '') : /^\d+/.exec(raw)![0];
  const rest = raw.slice(grouped ? grouped[0].length : integer.length);
  let decimal = rest.slice(1);
  while (decimal.endsWith('0')) decimal = decimal.slice(0, -1);
  return 'n:' + String(Number(integer)) + (decimal ? '.' + decimal : '');
}

/** The anchors of a text, in order. */
export function anchors(text: string): Anchor[] {
  const out: Anchor[] = [];
  for (const m of text.matchAll(FIGURE)) out.push({ key: figureKey(m[0]), start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(CAPITALISED)) {
    if (SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const key = words(m[0]).join(' ');
    if (!key || calendarWords.has(key) || key.length < 3) continue;
    out.push({ key: 'w:' + key, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
