import type { AnalysedDocument } from '../model/document.js';
import type { ArticleLinks, Candidate, Store, StoredLink } from '../store/store.js';
import { fnv1a } from './features.js';
import { decodeFingerprint, encodeFingerprint, fingerprintOf, fingerprintsMayLink, type Fingerprint } from './fingerprint.js';
import { classifyPair, NEAR_DUPLICATE_CONTAINMENT, orient, REWRITE, TRANSLATION } from './classify.js';
import { mayBeLinked, measurePair } from './measure.js';
import { bandKeys, minhash, type LshParams } from './minhash.js';
import { profileOf, type Profile } from './profile.js';

/**
 * Two LSH indexes share one key space (the band number is part of each key): word shingles find
 * copies and near-copies (resemblance 0.8 is a candidate with probability > 0.9999, 0.5 with
 * 0.94); anchor sets (figures and names) find rewrites and translations, which share few
 * shingles but most of their anchors (anchor-set resemblance 0.5 is a candidate with
 * probability 0.97, 0.2 with 0.39). Bands of two rows give the same odds at 0.5 as 21 and 24
 * bands of three did, with 22 keys an article instead of 45: every key is a row to write and a
 * postings read at each lookup, and at a million articles those reads are most of an add.
 */
export const SHINGLE_LSH: LshParams = { bands: 10, rows: 2 };
export const ANCHOR_LSH: LshParams = { bands: 12, rows: 2 };
/**
 * What the stored index keys were made with: a store indexed with other parameters is indexed
 * again before articles are added to it (see `reindex.ts`).
 */
export const INDEX_SCHEME = `shingles ${SHINGLE_LSH.bands}x${SHINGLE_LSH.rows}, anchors ${ANCHOR_LSH.bands}x${ANCHOR_LSH.rows}`;
const ANCHOR_BAND_OFFSET = 1000;
/** Candidates compared per new article, most keys shared first: bounds the cost of a big story. */
export const MAX_CANDIDATES = 32;
/**
 * Articles that share a single band with the new one are compared only while fewer than this many
 * share two or more. In a big store they are most of the candidates (four in five on the synthetic
 * corpus) and seldom related (no link found there came from one), and their fingerprints are
 * scattered over the whole index: on a 1M store out of the page cache, 300 lookups read 93 MB
 * with them and 64 MB without. The most recent ones are taken: a copy follows its source
 * closely, and their pages are the ones in memory.
 */
export const ONE_BAND_CANDIDATES = 8;

/** The stored articles the linker compares a new one with (its own id may be among them: one more is asked for). */
export function candidatesOf(store: Pick<Store, 'candidates'>, indexKeys: readonly number[]): Candidate[] {
  return store.candidates(indexKeys, MAX_CANDIDATES + 1, ONE_BAND_CANDIDATES + 1);
}

/** Profiles of stored articles met as candidates, kept for the run (articles never change under an id). */
export type ProfileCache = Map<string, Profile>;
const CACHE_SIZE = 1024;

function cachedProfile(id: string, store: Pick<Store, 'getDocument'>, cache: ProfileCache): Profile | undefined {
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const doc = store.getDocument(id);
  if (!doc) return undefined;
  const p = profileOf(doc);
  remember(cache, p);
  return p;
}

/** Keep a profile in the cache, the least recently used one out when it is full. */
function remember(cache: ProfileCache, p: Profile): void {
  cache.delete(p.id);
  cache.set(p.id, p);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** The article's keys in the candidate index (the shingle signature's first values make the bands). */
export function indexKeysOf(p: Profile, shingleSig = minhash(p.shingles, SHINGLE_LSH.bands * SHINGLE_LSH.rows)): number[] {
  const anchorSet = [...new Set(p.anchors.map((a) => fnv1a(a.key)))];
  const keys = bandKeys(shingleSig, SHINGLE_LSH);
  if (anchorSet.length) {
    const anchorSig = minhash(anchorSet, ANCHOR_LSH.bands * ANCHOR_LSH.rows);
    const anchorKeys = bandKeys(anchorSig, { bands: ANCHOR_LSH.bands, rows: ANCHOR_LSH.rows }).map((k, b) => fnv1a(`${ANCHOR_BAND_OFFSET + b}:${k}`) | 0);
    keys.push(...anchorKeys);
  }
  return keys;
}

/** Compare two profiles and, when linked, give the derivation with its direction decided. */
export function linkPair(a: Profile, b: Profile): StoredLink | null {
  const m = measurePair(a, b);
  const verdict = classifyPair(a, b, m);
  if (!verdict) return null;
  const { source, copy, rule } = orient(a, b, verdict.kind, m);
  const evidence = source === a ? verdict.evidence : verdict.evidence.map((e) => ({ source: e.copy, copy: e.source }));
  return { source: source.id, copy: copy.id, kind: verdict.kind, score: verdict.score, rule, evidence };
}

/** What an article is indexed by: its fingerprint and its keys in the candidate index (a function of its profile alone). */
export interface LinkKeys {
  fingerprint: Fingerprint;
  indexKeys: number[];
}

export function linkKeysOf(profile: Profile): LinkKeys {
  const fingerprint = fingerprintOf(profile);
  return { fingerprint, indexKeys: indexKeysOf(profile, fingerprint.signature) };
}

/**
 * The cross-article provenance stage for one new article: its index keys, and its links to the
 * stored articles the index proposes. Pure but for reading the store. The article's profile and
 * keys may come made (by the thread that analysed it).
 */
export function linkArticle(doc: AnalysedDocument, store: Pick<Store, 'candidates' | 'getDocument'>, cache: ProfileCache = new Map(), profile: Profile = profileOf(doc), keys: LinkKeys = linkKeysOf(profile)): ArticleLinks {
  const { fingerprint, indexKeys } = keys;
  const minAnchors = Math.min(REWRITE.anchors, TRANSLATION.anchors);
  const links: StoredLink[] = [];
  for (const candidate of candidatesOf(store, indexKeys)) {
    if (candidate.id === profile.id) continue;
    // Fingerprints first: most candidates are ruled out without loading them.
    if (!fingerprintsMayLink(decodeFingerprint(candidate.fingerprint), fingerprint, minAnchors, NEAR_DUPLICATE_CONTAINMENT)) continue;
    const other = cachedProfile(candidate.id, store, cache);
    if (!other || !mayBeLinked(other, profile, minAnchors, NEAR_DUPLICATE_CONTAINMENT)) continue;
    const link = linkPair(other, profile);
    if (link) links.push(link);
  }
  remember(cache, profile);
  return { indexKeys, fingerprint: encodeFingerprint(fingerprint), links };
}
