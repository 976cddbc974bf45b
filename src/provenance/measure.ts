import { alignBySimilarity, lcs } from './align.js';
import { intersectionSize } from './features.js';
import type { Profile } from './profile.js';

/** What two articles share, measured every way provenance looks. */
export interface PairMeasures {
  /** Jaccard resemblance of word shingles. */
  resemblance: number;
  /** Share of A's shingles found in B, and of B's in A. */
  containedAinB: number;
  containedBinA: number;
  /** Sentences aligned in order by stem overlap, over the smaller article's sentence count. */
  sentenceCoverage: number;
  /** Mean similarity of the aligned sentences. */
  sentenceSimilarity: number;
  /** Longest common subsequence of anchors over the smaller anchor count. */
  anchorOrder: number;
  /** Anchors the two share, as a set, over the smaller set. */
  anchorOverlap: number;
  /** Anchor pairs aligned in order (indexes into each article's anchors). */
  anchorPairs: Array<[number, number]>;
  sentencePairs: Array<[number, number, number]>;
}

const SENTENCE_THRESHOLD = 0.3;

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

export function measurePair(a: Profile, b: Profile): PairMeasures {
  const inter = intersectionSize(a.shingles, b.shingles);
  const union = a.shingles.length + b.shingles.length - inter;
  const sentencePairs = a.language === b.language ? alignBySimilarity(a.sentenceStems.length, b.sentenceStems.length, (i, j) => dice(a.sentenceStems[i]!, b.sentenceStems[j]!), SENTENCE_THRESHOLD) : [];
  const minSentences = Math.max(1, Math.min(a.sentences.length, b.sentences.length));
  const ka = a.anchors.map((x) => x.key);
  const kb = b.anchors.map((x) => x.key);
  const setA = new Set(ka);
  const setB = new Set(kb);
  let shared = 0;
  for (const k of setA) if (setB.has(k)) shared++;
  const anchorPairs = lcs(ka, kb);
  return {
    resemblance: union ? inter / union : 0,
    containedAinB: a.shingles.length ? inter / a.shingles.length : 0,
    containedBinA: b.shingles.length ? inter / b.shingles.length : 0,
    sentenceCoverage: sentencePairs.length / minSentences,
    sentenceSimilarity: sentencePairs.length ? sentencePairs.reduce((s, p) => s + p[2], 0) / sentencePairs.length : 0,
    anchorOrder: Math.min(ka.length, kb.length) ? anchorPairs.length / Math.min(ka.length, kb.length) : 0,
    anchorOverlap: Math.min(setA.size, setB.size) ? shared / Math.min(setA.size, setB.size) : 0,
    anchorPairs,
    sentencePairs,
  };
}
