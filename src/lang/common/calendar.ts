/**
 * Weekday and month names as the platform writes them in the supported languages (Intl, no
 * table): French writes them in lower case, English capitalises them, and neither is a name.
 */
export function calendarNames(style: 'long' | 'short', locales: readonly string[] = ['fr', 'en']): string[] {
  const out: string[] = [];
  for (const locale of locales) {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) out.push(weekday.format(new Date(Date.UTC(2024, 0, 1 + d))));
    for (let m = 0; m < 12; m++) out.push(month.format(new Date(Date.UTC(2024, m, 15))));
  }
  return out;
}

/**
 * Month numbers (1-12) by folded name in one language, long and short forms ("octobre", "oct",
 * "févr" folded to "fevr"), from the platform. Short forms are flagged: they need a day beside them.
 */
export function monthNames(locale: string): Map<string, { month: number; short: boolean }> {
  const out = new Map<string, { month: number; short: boolean }>();
  for (const style of ['short', 'long'] as const) {
    const f = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const name = foldName(f.format(new Date(Date.UTC(2024, m, 15))));
      out.set(name, { month: m + 1, short: style === 'short' && name.length < 5 });
    }
  }
  return out;
}

/** Weekday numbers as `Date.getUTCDay` counts them (Sunday 0) by folded long name ("mardi", "tuesday"). */
export function weekdayNames(locale: string): Map<string, number> {
  const out = new Map<string, number>();
  const f = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-07 was a Sunday.
  for (let d = 0; d < 7; d++) out.set(foldName(f.format(new Date(Date.UTC(2024, 0, 7 + d)))), d);
  return out;
}

function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\.$/, '');
}
