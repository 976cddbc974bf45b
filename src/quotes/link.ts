import type { Entity, Quote } from '../contract/dossier.js';
import type { QuoteAnnotation } from '../model/layers.js';
import { entityIds, entityLookup } from '../dossier/entity-index.js';
import { fold } from '../entities/fold.js';

/** One article's quotations, as the dossier reads them. */
export interface ArticleQuotes {
  article: string;
  text: string;
  quotes: readonly QuoteAnnotation[];
}

/** The fewest words a quotation needs to be linked across articles by its words alone. */
const LINK_WORDS = 4;

const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The dossier's quotes: each quotation with its speaker linked to an entity (through the mention
 * it names or the antecedent of its pronoun), and identical or truncated versions of one
 * quotation in several articles linked to the earliest article that carries it. A passage cut
 * with "[…]" is matched piece by piece, in order.
 */
export function dossierQuotes(articles: readonly ArticleQuotes[], entities: readonly Entity[], rank: ReadonlyMap<string, number>): Quote[] {
  const entityAt = entityLookup(entities);
  const out: Quote[] = [];
  const versions: Array<{ quote: Quote; words: string[]; pieces: string[][] }> = [];
  for (const a of articles) {
    a.quotes.forEach((q, i) => {
      const sp = q.speaker;
      const ref = sp?.ref ?? sp;
      const speaker = entityAt(a.article, ref);
      const members = entityIds(entityAt, a.article, sp?.members);
      const text = a.text.slice(q.start, q.end);
      const quote: Quote = {
        id: `${a.article}:q${i + 1}`,
        article: a.article,
        start: q.start,
        end: q.end,
        text,
        kind: q.kind,
        speaker: speaker ?? members[0] ?? null,
        speakerName: sp?.name ?? null,
        verb: q.cue?.text ?? null,
        verbClass: q.cue?.class ?? null,
        ...(members.length > 1 ? { speakers: members } : {}),
        speakerSpan: sp ? { start: sp.start, end: sp.end } : null,
        channel: q.channel ?? null,
        ...(q.negated ? { negated: true } : {}),
      };
      out.push(quote);
      if (q.kind !== 'indirect') {
        const w = words(text);
        if (w.length >= LINK_WORDS || (w.length > 0 && quote.speaker)) versions.push({ quote, words: w, pieces: text.split(/\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)/u).map(words).filter((p) => p.length) });
      }
    });
  }
  linkVersions(versions, rank);
  return out;
}

/** Is `short` found in `long`: the whole of it, or each of its pieces in order? */
function carries(long: readonly string[], pieces: readonly string[][]): boolean {
  let from = 0;
  for (const p of pieces) {
    const at = indexOf(long, p, from);
    if (at < 0) return false;
    from = at + p.length;
  }
  return true;
}

function indexOf(hay: readonly string[], needle: readonly string[], from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function linkVersions(versions: Array<{ quote: Quote; words: string[]; pieces: string[][] }>, rank: ReadonlyMap<string, number>): void {
  // Group quotations of different articles where one carries the other; short ones need the same speaker.
  const parent = versions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byWord = new Map<string, number[]>();
  versions.forEach((v, i) => {
    const first = v.words[0];
    if (first === undefined) return;
    for (const w of new Set(v.words)) {
      const list = byWord.get(w) ?? [];
      list.push(i);
      byWord.set(w, list);
    }
  });
  versions.forEach((v, i) => {
    const seen = new Set<number>();
    // A version that carries v holds every word of v's first piece: the rarest of them names the
    // fewest candidates (a common first word, "the" or "le", would name nearly all of them).
    let candidates: number[] = [];
    for (const w of v.pieces[0] ?? []) {
      const list = byWord.get(w) ?? [];
      if (w === v.pieces[0]![0] || list.length < candidates.length) candidates = list;
    }
    for (const j of candidates) {
      if (j === i || seen.has(j)) continue;
      seen.add(j);
      const o = versions[j]!;
      if (o.quote.article === v.quote.article || o.words.length < v.words.length) continue;
      if (v.words.length < LINK_WORDS && (!v.quote.speaker || v.quote.speaker !== o.quote.speaker)) continue;
      if (carries(o.words, v.pieces)) parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, typeof versions>();
  versions.forEach((v, i) => {
    const root = find(i);
    const g = groups.get(root) ?? [];
    g.push(v);
    groups.set(root, g);
  });
  for (const g of groups.values()) {
    if (new Set(g.map((v) => v.quote.article)).size < 2) continue;
    const earliest = [...g].sort((x, y) => (rank.get(x.quote.article) ?? Infinity) - (rank.get(y.quote.article) ?? Infinity) || x.quote.start - y.quote.start)[0]!;
    for (const v of g) if (v !== earliest && v.quote.article !== earliest.quote.article) v.quote.origin = earliest.quote.id;
  }
}
