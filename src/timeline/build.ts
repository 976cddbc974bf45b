import type { TimelineEntry } from '../contract/dossier.js';
import type { EntityLookup } from '../dossier/entity-index.js';
import { fold } from '../entities/fold.js';
import type { Span } from '../model/annotation.js';
import type { ClaimAnnotation, MentionAnnotation, TimeAnnotation } from '../model/layers.js';

/** One article's sentences and what the timeline reads in them. */
export interface ArticleEvents {
  article: string;
  text: string;
  publishedAt?: string;
  sentences: readonly Span[];
  times: readonly TimeAnnotation[];
  claims: readonly ClaimAnnotation[];
  mentions: readonly MentionAnnotation[];
}

/** The longest period an entry may have: a season or a year dates no event. */
const MAX_DAYS = 62;
/** The longest one-line text. */
const MAX_TEXT = 220;
/** Word overlap (Dice) above which two sentences of one date report one event. */
const SAME_EVENT = 0.3;

interface Event {
  date: string;
  first: string;
  rank: number;
  article: string;
  span: Span;
  text: string;
  actors: Set<string>;
  figures: Set<number>;
  words: Set<string>;
}

const PRECISION: Record<TimeAnnotation['granularity'], number> = { day: 0, week: 1, interval: 2, month: 3, year: 4 };

/**
 * The timeline: every sentence that dates what it reports becomes an event at its most precise
 * date (a figure given with no date is dated by its article's publication); events of one date
 * that share a figure or most of their words, in any article, are one entry with all their
 * evidence. Entries run in date order.
 */
export function buildTimeline(articles: readonly ArticleEvents[], entity: EntityLookup, rank: ReadonlyMap<string, number>): TimelineEntry[] {
  const events: Event[] = [];
  for (const a of articles) {
    for (const s of a.sentences) {
      const inside = <T extends Span>(xs: readonly T[]) => xs.filter((x) => x.start >= s.start && x.end <= s.end);
      const claims = inside(a.claims).filter((c) => c.value !== null || c.claimant);
      const dated = inside(a.times)
        .filter((t) => t.granularity !== 'year' && days(t) <= MAX_DAYS)
        .sort((x, y) => PRECISION[x.granularity] - PRECISION[y.granularity] || x.start - y.start)[0];
      let date: string | undefined;
      let first: string | undefined;
      if (dated) {
        date = dated.value;
        first = dated.first;
      } else if (claims.some((c) => c.claimant && c.value !== null) && a.publishedAt) {
        date = first = a.publishedAt.slice(0, 10);
      }
      if (!date || !first) continue;
      const text = a.text.slice(s.start, s.end);
      const actors = new Set(inside(a.mentions).filter((m) => m.type !== 'place').map((m) => entity(a.article, m)).filter((id): id is string => !!id));
      events.push({
        date,
        first,
        rank: rank.get(a.article) ?? Number.MAX_SAFE_INTEGER,
        article: a.article,
        span: { start: s.start, end: s.end },
        text,
        actors,
        figures: new Set(claims.map((c) => c.value).filter((v): v is number => v !== null)),
        words: contentWords(text),
      });
    }
  }
  events.sort((x, y) => x.first.localeCompare(y.first) || x.date.localeCompare(y.date) || x.rank - y.rank || x.span.start - y.span.start);
  const entries: { head: Event; members: Event[] }[] = [];
  // Only entries of the same date can take an event: looked up by date, so that a dossier of
  // thousands of articles does not compare every event with every entry.
  const byDate = new Map<string, { head: Event; members: Event[] }[]>();
  for (const e of events) {
    const sameDate = byDate.get(e.date);
    const same = sameDate?.find((g) => g.members.some((m) => sameEvent(m, e)));
    if (same) same.members.push(e);
    else {
      const entry = { head: e, members: [e] };
      entries.push(entry);
      if (sameDate) sameDate.push(entry);
      else byDate.set(e.date, [entry]);
    }
  }
  return entries.map(({ head, members }) => ({
    date: head.date,
    text: oneLine(head.text),
    articles: [...new Set(members.map((m) => m.article))],
    evidence: members.map((m) => ({ article: m.article, start: m.span.start, end: m.span.end })),
    actors: [...new Set(members.flatMap((m) => [...m.actors]))],
  }));
}

function days(t: TimeAnnotation): number {
  return (Date.parse(t.last) - Date.parse(t.first)) / 86_400_000 + 1;
}

function sameEvent(a: Event, b: Event): boolean {
  for (const f of a.figures) if (b.figures.has(f)) return true;
  return dice(a.words, b.words) >= SAME_EVENT;
}

function contentWords(text: string): Set<string> {
  // Words of five letters or more, cut to their first six: a crude stem that ignores short function words.
  return new Set((fold(text).match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 6)));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_TEXT) return flat;
  const cut = flat.slice(0, MAX_TEXT);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_TEXT)}…`;
}
