import type { LanguagePack } from '../lang/types.js';
import type { Span } from '../model/annotation.js';
import type { TimeAnnotation } from '../model/layers.js';
import { sentenceWords } from '../text/words.js';
import { findTimes, timeGrammar, type TimeMatch } from './grammar.js';
import { dayIso, parseDay, resolveMatch, type Day } from './resolve.js';

/** How far around an expression a future verb makes a weekday or month the coming one. */
const FUTURE_WINDOW = 40;

interface Found {
  start: number;
  end: number;
  match: TimeMatch;
  future: boolean;
}

/**
 * Every temporal expression of an article, resolved against its publication day. An article
 * with no publication date is anchored on the latest full date it gives itself, and each
 * expression says so (`anchorSource: "inferred"`); with neither, only absolute dates resolve.
 */
export function extractTimes(text: string, sentences: readonly Span[], lang: LanguagePack, publishedAt: string | undefined): TimeAnnotation[] {
  const grammar = timeGrammar(lang.time, lang.code === 'und' ? null : lang.code, lang.numbers.words);
  const found: Found[] = [];
  const all = sentenceWords(text, sentences);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const ws = all[k]!;
    for (const match of findTimes(ws, grammar)) {
      const start = ws[match.from]!.start;
      const end = ws[match.to - 1]!.end;
      const around = text.slice(Math.max(s.start, start - FUTURE_WINDOW), Math.min(s.end, end + FUTURE_WINDOW));
      found.push({ start, end, match, future: lang.time.future.test(around) });
    }
  }
  let anchor = publishedAt ? parseDay(publishedAt) : undefined;
  let anchorSource: 'metadata' | 'inferred' | undefined = anchor ? 'metadata' : undefined;
  if (!anchor) {
    anchor = latestFullDate(found);
    if (anchor) anchorSource = 'inferred';
  }
  const anchorIso = anchor && dayIso(anchor);
  const out: TimeAnnotation[] = [];
  for (const f of found) {
    const t = resolveMatch(f.match, anchor, f.future);
    if (!t) continue;
    const absolute = isAbsolute(f.match);
    out.push({
      start: f.start,
      end: f.end,
      rule: f.match.rule,
      value: t.value,
      granularity: t.granularity,
      first: t.first,
      last: t.last,
      ...(absolute || !anchorIso ? {} : { anchor: anchorIso, anchorSource }),
    });
  }
  return out;
}

/** A date that needs no anchor: it gives its own year. */
function isAbsolute(m: TimeMatch): boolean {
  return m.point.year !== undefined && (m.until === undefined || m.until.year !== undefined);
}

/** The latest date with a day, month and year, for an article that has no publication date. */
function latestFullDate(found: readonly Found[]): Day | undefined {
  let best: Day | undefined;
  for (const f of found) {
    for (const p of [f.match.point, f.match.until]) {
      if (p?.year === undefined || p.month === undefined || p.day === undefined) continue;
      const d = { y: p.year, m: p.month, d: p.day };
      if (!best || dayIso(d) > dayIso(best)) best = d;
    }
  }
  return best;
}
