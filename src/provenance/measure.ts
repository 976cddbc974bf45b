import { heaviestChain, lcs } from './align.js';
import { intersectionSize } from './features.js';
import type { Profile, SentenceStems } from './profile.js';

/** What two articles share, measured every way provenance looks. */
export interface PairMeasures {
  /** Jaccard resemblance of word shingles. */
  resemblance: number;
  /** Share of A's shingles found in B, and of B's in A. */
  containedAinB: number;
  containedBinA: number;
  /** Sentences aligned in order by the stems of their narrative, over the smaller article's sentence count. */
  sentenceCoverage: number;
  /** Mean similarity of the aligned sentences. */
  sentenceSimilarity: number;
  /** Longest common subsequence of anchors over the smaller anchor count. */
  anchorOrder: number;
  /** Anchors the two share, as a set, over the smaller set. */
  anchorOverlap: number;
  /** Figures of the article with fewer figures that the other gives too. */
  figureAgreement: number;
  /** Anchor pairs aligned in order (indexes into each article's anchors). */
  anchorPairs: Array<[number, number]>;
  sentencePairs: Array<[number, number, number]>;
  /**
   * Of the sentences that resemble some sentence of the other article (on the side with fewer),
   * the share the in-order alignment keeps: near 1 for a rewrite, which retells in order; low
   * for independent reports that share stock phrasing in their own order.
   */
  sentenceOrder: number;
}

const SENTENCE_THRESHOLD = 0.3;
/** Sentences this alike (Dice of stems) are the same sentence retold, not stock phrasing. */
const STRONG = 0.5;

/**
 * Sentence pairs whose stems overlap (Dice coefficient) at or above the threshold, found through
 * A's stem index so that only sentences sharing a stem are ever compared.
 */
function similarSentences(a: SentenceStems, b: SentenceStems, threshold: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  // Shared-stem counts per sentence of A, with the sentences touched listed so that only they are
  // read and reset: no map and no allocation per sentence of B.
  const counts = new Uint16Array(a.sets.length);
  const touched = new Int32Array(a.sets.length);
  for (let j = 0; j < b.sets.length; j++) {
    const stemsB = b.sets[j]!;
    let n = 0;
    for (let s = 0; s < stemsB.length; s++) {
      const list = a.index.get(stemsB[s]!);
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k]!;
        if (counts[i]!++ === 0) touched[n++] = i;
      }
    }
    for (let t = 0; t < n; t++) {
      const i = touched[t]!;
      const d = (2 * counts[i]!) / (a.sets[i]!.length + stemsB.length);
      counts[i] = 0;
      if (d >= threshold) out.push([i, j, d]);
    }
  }
  return out;
}

/**
 * Sentences aligned in order: by their narrative (quotations left out) to tell a rewrite, or
 * whole to show what a copy kept.
 */
export function alignSentences(a: Profile, b: Profile, mode: 'narrative' | 'whole', threshold = SENTENCE_THRESHOLD): Array<[number, number, number]> {
  const key = mode === 'narrative' ? 'narrativeStems' : 'sentenceStems';
  return heaviestChain(similarSentences(a[key], b[key], threshold));
}

function distinct(pairs: Array<[number, number, number]>, side: 0 | 1): number {
  return new Set(pairs.map((p) => p[side])).size;
}

/**
 * Can two articles be linked at all? A cheap test on what every link needs (shared shingles,
 * most anchors shared, or a shared credit) before the costlier alignments of `measurePair`.
 */
export function mayBeLinked(a: Profile, b: Profile, minAnchorOverlap: number, minContainment: number): boolean {
  if ([...a.credits].some((c) => b.credits.has(c))) return true;
  const inter = intersectionSize(a.shingles, b.shingles);
  if (inter / Math.max(1, Math.min(a.shingles.length, b.shingles.length)) >= minContainment) return true;
  const small = a.anchorKeys.size <= b.anchorKeys.size ? a.anchorKeys : b.anchorKeys;
  const large = small === a.anchorKeys ? b.anchorKeys : a.anchorKeys;
  let shared = 0;
  for (const k of small) if (large.has(k)) shared++;
  return small.size > 0 && shared / small.size >= minAnchorOverlap;
}

export function measurePair(a: Profile, b: Profile): PairMeasures {
  const inter = intersectionSize(a.shingles, b.shingles);
  const union = a.shingles.length + b.shingles.length - inter;
  const similar = a.language === b.language ? similarSentences(a.narrativeStems, b.narrativeStems, SENTENCE_THRESHOLD) : [];
  const sentencePairs = heaviestChain(similar);
  const strong = similar.filter((p) => p[2] >= STRONG);
  const resembling = Math.min(distinct(strong, 0), distinct(strong, 1));
  const strongInChain = sentencePairs.filter((p) => p[2] >= STRONG).length;
  const minSentences = Math.max(1, Math.min(a.sentences.length, b.sentences.length));
  const ka = a.anchors.map((x) => x.key);
  const kb = b.anchors.map((x) => x.key);
  const setA = a.anchorKeys;
  const setB = b.anchorKeys;
  let shared = 0;
  for (const k of setA) if (setB.has(k)) shared++;
  const anchorPairs = lcs(ka, kb);
  const figA = [...setA].filter((k) => k.startsWith('n:'));
  const figB = [...setB].filter((k) => k.startsWith('n:'));
  const [fewer, more] = figA.length <= figB.length ? [figA, setB] : [figB, setA];
  return {
    figureAgreement: fewer.length ? fewer.filter((k) => more.has(k)).length / fewer.length : 1,
    resemblance: union ? inter / union : 0,
    containedAinB: a.shingles.length ? inter / a.shingles.length : 0,
    containedBinA: b.shingles.length ? inter / b.shingles.length : 0,
    sentenceCoverage: sentencePairs.length / minSentences,
    sentenceSimilarity: sentencePairs.length ? sentencePairs.reduce((s, p) => s + p[2], 0) / sentencePairs.length : 0,
    anchorOrder: Math.min(ka.length, kb.length) ? anchorPairs.length / Math.min(ka.length, kb.length) : 0,
    anchorOverlap: Math.min(setA.size, setB.size) ? shared / Math.min(setA.size, setB.size) : 0,
    anchorPairs,
    sentencePairs,
    sentenceOrder: resembling ? strongInChain / resembling : 0,
  };
}
