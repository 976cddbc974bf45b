import type { AlignedPassage, DerivationKind } from '../contract/dossier.js';
import { alignSentences, type PairMeasures } from './measure.js';
import type { Profile } from './profile.js';

/**
 * Thresholds, each tuned so that the planted derivations of the team's fixtures and the seeds'
 * rewrite are found while no two independent reports of one event are linked (see
 * test/provenance.test.ts for the figures on both sides).
 */
const DUPLICATE = 0.95;
const NEAR_DUPLICATE_RESEMBLANCE = 0.5;
export const NEAR_DUPLICATE_CONTAINMENT = 0.7;
export const REWRITE = { coverage: 0.3, similarity: 0.45, anchors: 0.6, order: 0.45, figures: 0.8, sentenceOrder: 0.7 };
export const TRANSLATION = { order: 0.6, matches: 8, anchors: 0.6 };
const SHARED_SOURCE = { sentences: 3, similarity: 0.5, crossOrder: 0.45, crossMatches: 8 };
const MAX_EVIDENCE = 60;

export interface PairVerdict {
  kind: DerivationKind;
  score: number;
  evidence: AlignedPassage[];
}

/** What, if anything, links two articles. The direction is decided apart (`orient`). */
export function classifyPair(a: Profile, b: Profile, m: PairMeasures): PairVerdict | null {
  const sameLanguage = a.language === b.language;
  const contained = Math.max(m.containedAinB, m.containedBinA);
  if (m.resemblance >= DUPLICATE) return { kind: 'duplicate', score: round(m.resemblance), evidence: sentenceEvidence(a, b, alignSentences(a, b, 'whole')) };
  if (m.resemblance >= NEAR_DUPLICATE_RESEMBLANCE || contained >= NEAR_DUPLICATE_CONTAINMENT) {
    return { kind: 'near-duplicate', score: round(Math.max(m.resemblance, contained)), evidence: sentenceEvidence(a, b, alignSentences(a, b, 'whole')) };
  }
  // Both credit one agency that neither of them is: what they share came from its dispatch.
  const sharedCredit = [...a.credits].some((c) => b.credits.has(c) && c !== a.agency && c !== b.agency);
  if (sharedCredit) {
    const close = sameLanguage ? alignSentences(a, b, 'whole', SHARED_SOURCE.similarity) : [];
    if (close.length >= SHARED_SOURCE.sentences) {
      return { kind: 'shared-source', score: round(close.reduce((s, p) => s + p[2], 0) / close.length), evidence: sentenceEvidence(a, b, close) };
    }
    if (!sameLanguage && m.anchorOrder >= SHARED_SOURCE.crossOrder && m.anchorPairs.length >= SHARED_SOURCE.crossMatches) {
      return { kind: 'shared-source', score: round(m.anchorOrder), evidence: anchorEvidence(a, b, m) };
    }
  }
  if (
    sameLanguage &&
    m.sentenceCoverage >= REWRITE.coverage &&
    m.sentenceSimilarity >= REWRITE.similarity &&
    m.sentenceOrder >= REWRITE.sentenceOrder &&
    m.anchorOverlap >= REWRITE.anchors &&
    m.anchorOrder >= REWRITE.order &&
    m.figureAgreement >= REWRITE.figures
  ) {
    return { kind: 'rewrite', score: round((m.sentenceCoverage + m.sentenceSimilarity + m.anchorOrder) / 3), evidence: sentenceEvidence(a, b, alignSentences(a, b, 'whole')) };
  }
  if (!sameLanguage && m.anchorOrder >= TRANSLATION.order && m.anchorPairs.length >= TRANSLATION.matches && m.anchorOverlap >= TRANSLATION.anchors) {
    return { kind: 'translation', score: round(m.anchorOrder), evidence: anchorEvidence(a, b, m) };
  }
  return null;
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

function sentenceEvidence(a: Profile, b: Profile, pairs: Array<[number, number, number]>): AlignedPassage[] {
  return pairs
    .slice(0, MAX_EVIDENCE)
    .map(([i, j]) => ({ source: span(a.sentences[i]!), copy: span(b.sentences[j]!) }));
}

/** Across languages: the sentences that hold the anchors aligned in order, paired. */
function anchorEvidence(a: Profile, b: Profile, m: PairMeasures): AlignedPassage[] {
  const out: AlignedPassage[] = [];
  let last = '';
  for (const [i, j] of m.anchorPairs) {
    const sa = sentenceAt(a, a.anchors[i]!.start);
    const sb = sentenceAt(b, b.anchors[j]!.start);
    if (sa < 0 || sb < 0) continue;
    const key = `${sa}:${sb}`;
    if (key === last) continue;
    last = key;
    out.push({ source: span(a.sentences[sa]!), copy: span(b.sentences[sb]!) });
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}

function sentenceAt(p: Profile, offset: number): number {
  let lo = 0;
  let hi = p.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = p.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function span(s: { start: number; end: number }): { start: number; end: number } {
  return { start: s.start, end: s.end };
}

/** Which rule decided the direction of a derivation. */
export type DirectionRule = 'earlier-publication' | 'containment' | 'richer-version';

/**
 * Which of two linked articles is the original: the earlier publication when both dates are
 * known and differ; otherwise, for copies, the one contained in the other (the copy adds to
 * it); otherwise the richer version (more figures and names).
 */
export function orient(a: Profile, b: Profile, kind: DerivationKind, m: PairMeasures): { source: Profile; copy: Profile; rule: DirectionRule } {
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : NaN;
  const sameDayDateOnly = (a.publishedAt?.length === 10 || b.publishedAt?.length === 10) && a.publishedAt?.slice(0, 10) === b.publishedAt?.slice(0, 10);
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb && !sameDayDateOnly) {
    return ta < tb ? { source: a, copy: b, rule: 'earlier-publication' } : { source: b, copy: a, rule: 'earlier-publication' };
  }
  if ((kind === 'near-duplicate' || kind === 'duplicate') && Math.abs(m.containedAinB - m.containedBinA) > 0.05) {
    return m.containedAinB > m.containedBinA ? { source: a, copy: b, rule: 'containment' } : { source: b, copy: a, rule: 'containment' };
  }
  const richer = b.anchors.length > a.anchors.length || (b.anchors.length === a.anchors.length && b.text.length > a.text.length);
  return richer ? { source: b, copy: a, rule: 'richer-version' } : { source: a, copy: b, rule: 'richer-version' };
}
