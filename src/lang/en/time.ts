import type { TimeLexicon } from '../types.js';

/** English temporal expressions: "Tuesday", "Oct. 4", "early October", "earlier this month", "two weeks ago". */
export const enTime: TimeLexicon = {
  extraMonths: { sept: 9 },
  relativeDays: { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 },
  dayParts: ['morning', 'afternoon', 'evening', 'night'],
  units: { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' },
  this: ['this'],
  thisAfter: [],
  lastBefore: ['last', 'past', 'previous'],
  lastAfter: [],
  nextBefore: ['next', 'coming'],
  nextAfter: [],
  parts: { early: 'early', mid: 'mid', late: 'late', 'the beginning': 'early', 'the start': 'early', 'the middle': 'mid', 'the end': 'late' },
  partLinks: ['of', 'in'],
  between: [['between', 'and'], ['from', 'to'], ['from', 'until']],
  agoBefore: [],
  agoAfter: ['ago'],
  earlier: ['earlier', 'later'],
  periodPrepositions: ['in', 'since', 'until', 'by', 'before', 'after', 'during', 'early', 'late', 'mid', 'of', 'through'],
  dayOrdinals: ['st', 'nd', 'rd', 'th'],
  numericDates: 'mdy',
  future: /(?<!\p{L})(?:will|won't|'ll|is to|are to|is due|are due|scheduled|plans? to|is expected|are expected)(?!\p{L})/iu,
};
