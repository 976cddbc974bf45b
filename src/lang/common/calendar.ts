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
