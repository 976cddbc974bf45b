/** Language-aware formatting of figures, dates and noun phrases for the synthetic corpus. */

/** 0 = French, 1 = English: an index into every [fr, en] pair. */
export type Lang = 0 | 1;
export type Pair = readonly [fr: string, en: string];

export const NBSP = '\u00a0';

const WEEKDAYS: readonly Pair[] = [
  ['dimanche', 'Sunday'],
  ['lundi', 'Monday'],
  ['mardi', 'Tuesday'],
  ['mercredi', 'Wednesday'],
  ['jeudi', 'Thursday'],
  ['vendredi', 'Friday'],
  ['samedi', 'Saturday'],
];

const MONTHS: readonly Pair[] = [
  ['janvier', 'January'],
  ['février', 'February'],
  ['mars', 'March'],
  ['avril', 'April'],
  ['mai', 'May'],
  ['juin', 'June'],
  ['juillet', 'July'],
  ['août', 'August'],
  ['septembre', 'September'],
  ['octobre', 'October'],
  ['novembre', 'November'],
  ['décembre', 'December'],
];

/** Hedges put before a figure; the last one is the bare figure. */
export const HEDGES: readonly Pair[] = [
  ['au moins', 'at least'],
  ['près de', 'nearly'],
  ['environ', 'about'],
  ['plus de', 'more than'],
  ['quelque', 'some'],
  ['', ''],
];

/** A whole number: "1 200" (no-break space) in French, "1,200" in English. */
export function num(L: Lang, n: number): string {
  const s = String(n);
  if (n < 1000) return s;
  const sep = L === 0 ? NBSP : ',';
  let out = '';
  for (let i = s.length; i > 0; i -= 3) out = (i > 3 ? sep : '') + s.slice(Math.max(0, i - 3), i) + out;
  return out;
}

/** A figure with a hedge ("au moins 1 200", "at least 1,200"). */
export function hedged(L: Lang, hedge: number, n: number): string {
  // "près de 3 personnes" reads oddly: small figures are only ever "at least".
  const h = HEDGES[n < 20 && HEDGES[hedge]![L] ? 0 : hedge]![L];
  return h ? `${h} ${num(L, n)}` : num(L, n);
}

/** A sum in millions of euros. */
export function millions(L: Lang, m: number): string {
  if (L === 1) return `${num(L, m)} million euros`;
  return m === 1 ? "1 million d'euros" : `${num(L, m)} millions d'euros`;
}

function shifted(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The weekday a number of days after a date: "lundi", "Monday". */
export function weekday(L: Lang, date: Date, days = 0): string {
  // Day 0 of the epoch, 1 January 1970, was a Thursday.
  const day = (((Math.floor(date.getTime() / 86_400_000) + days + 4) % 7) + 7) % 7;
  return WEEKDAYS[day]![L];
}

/** When something happened, as an adverbial: "lundi", "on Monday". */
export function onDay(L: Lang, date: Date, days = 0): string {
  return L === 0 ? weekday(L, date, days) : `on ${weekday(L, date, days)}`;
}

/** The calendar date: "le 3 mars" ("le 1er mars"), "on March 3". */
export function onDate(L: Lang, date: Date, days = 0): string {
  const d = shifted(date, days);
  const day = d.getUTCDate();
  const month = MONTHS[d.getUTCMonth()]![L];
  return L === 0 ? `le ${day === 1 ? '1er' : day} ${month}` : `on ${month} ${day}`;
}

/** A time of day: "4 h 30", "4:30 a.m.". */
export function clock(L: Lang, hour: number, minute: number): string {
  const mm = minute < 10 ? `0${minute}` : String(minute);
  if (L === 0) return `${hour}${NBSP}h${NBSP}${mm}`;
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${mm} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/** Upper-case the first letter. */
export function cap(s: string): string {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return String.fromCharCode(c - 32) + s.slice(1);
  return c < 128 || Number.isNaN(c) ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-case the first letter (for a capitalised adverbial moved to the end of a sentence). */
export function uncap(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** French "de" before a noun phrase, contracted: "du maire", "des habitants", "de la ministre". */
export function de(np: string): string {
  if (np.startsWith('le ')) return 'du ' + np.slice(3);
  if (np.startsWith('les ')) return 'des ' + np.slice(4);
  return /^[aeiouyhéèêàâîôûœ]/i.test(np) ? "d'" + np : 'de ' + np;
}
