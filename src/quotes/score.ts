import type { Dossier, Quote } from '../contract/dossier.js';
import { fold, nameKey } from '../entities/fold.js';

/** A hand-annotated quotation: the words as printed, every acceptable speaker name. */
export interface GoldQuote {
  text: string;
  speaker: string[];
  fragment?: boolean;
}

export interface QuoteScore {
  gold: number;
  found: number;
  matched: number;
  /** Matched quotations whose speaker is one of the gold names. */
  speakersRight: number;
  /** Matched quotations whose kind (fragment or not) agrees with the gold. */
  kindsRight: number;
  missed: string[];
  spurious: string[];
  wrongSpeakers: string[];
}

const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Shared words over the longer of the two (as multisets): 1 when both give the same words. */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      shared++;
      count.set(w, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

/** Do the names a found quotation gives its speaker include one of the gold names? */
function speakerMatches(q: Quote, gold: readonly string[], names: ReadonlyMap<string, string[]>): boolean {
  const found = [q.speakerName ?? '', ...[q.speaker, ...(q.speakers ?? [])].flatMap((id) => (id ? names.get(id) ?? [] : []))].filter(Boolean);
  return gold.some((g) => {
    const gw = fold(g);
    return found.some((f) => {
      const fw = fold(f);
      return fw === gw || nameKey(f) === nameKey(g) || ` ${fw} `.includes(` ${gw} `);
    });
  });
}

/**
 * Score an article's direct quotations and fragments against hand annotation: a found quotation
 * matches a gold one when their word overlap is at least `threshold` (each used once, best
 * overlap first); its speaker is right when its name, its entity's name or aliases, or a
 * member of a collective speaker is one of the gold names. Indirect speech is not in the gold.
 */
export function scoreQuotes(dossier: Dossier, article: string, gold: readonly GoldQuote[], threshold = 0.8): QuoteScore {
  const found = dossier.quotes.filter((q) => q.article === article && q.kind !== 'indirect');
  const names = new Map(dossier.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  const pairs: Array<{ g: number; f: number; o: number }> = [];
  gold.forEach((g, gi) => found.forEach((f, fi) => {
    const o = wordOverlap(words(g.text), words(f.text));
    if (o >= threshold) pairs.push({ g: gi, f: fi, o });
  }));
  pairs.sort((x, y) => y.o - x.o);
  const usedG = new Set<number>();
  const usedF = new Set<number>();
  const score: QuoteScore = { gold: gold.length, found: found.length, matched: 0, speakersRight: 0, kindsRight: 0, missed: [], spurious: [], wrongSpeakers: [] };
  for (const p of pairs) {
    if (usedG.has(p.g) || usedF.has(p.f)) continue;
    usedG.add(p.g);
    usedF.add(p.f);
    score.matched++;
    const g = gold[p.g]!;
    const f = found[p.f]!;
    if (speakerMatches(f, g.speaker, names)) score.speakersRight++;
    else score.wrongSpeakers.push(`«${g.text}»: ${f.speakerName ?? 'none'} (gold ${g.speaker.join(' / ')})`);
    if ((f.kind === 'fragment') === !!g.fragment) score.kindsRight++;
  }
  gold.forEach((g, i) => usedG.has(i) || score.missed.push(g.text));
  found.forEach((f, i) => usedF.has(i) || score.spurious.push(f.text));
  return score;
}
