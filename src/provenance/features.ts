/**
 * Text features that provenance compares: word tokens, hashed word shingles, sentence stems and
 * language-independent anchors (figures and proper names, in order).
 */

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING = /\p{M}+/gu;

/** Lower-cased words without diacritics: "Séoul," gives "seoul". */
export function words(text: string): string[] {
  return (text.normalize('NFD').replace(COMBINING, '').toLowerCase().match(WORD) ?? []) as string[];
}

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const SHINGLE_WORDS = 5;

/**
 * The words of a text, tokenised once: each word's hash (of its folded form), its stem hash (0
 * for a word too short to count) and where it starts. Folding a word (diacritics off, lower case)
 * is the costly part, so folded forms are remembered across articles.
 */
export interface Tokens {
  hashes: Uint32Array;
  stems: Uint32Array;
  starts: Uint32Array;
  length: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const folded = new Map<string, { hash: number; stem: number }>();
const FOLD_CACHE = 200_000;

function foldWord(raw: string): { hash: number; stem: number } {
  let hit = folded.get(raw);
  if (hit) return hit;
  // A token may fold to several words ("Œuvre" stays one; a letter with a combining mark loses it).
  const w = raw.normalize('NFD').replace(COMBINING, '').toLowerCase();
  const stem = /^\d/.test(w) ? fnv1a(w) : w.length >= 4 ? fnv1a(w.slice(0, 5)) : 0;
  hit = { hash: fnv1a(w), stem };
  if (folded.size >= FOLD_CACHE) folded.clear();
  folded.set(raw, hit);
  return hit;
}

export function tokenize(text: string): Tokens {
  const cap = Math.ceil(text.length / 2) + 1;
  const hashes = new Uint32Array(cap);
  const stemsOut = new Uint32Array(cap);
  const starts = new Uint32Array(cap);
  let n = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    starts[n] = m.index;
    // Most words are lower-case ASCII letters or digits, their own folded form: hashed here
    // as they are read (the word and its first five letters) without a lookup or a string.
    let h = 0x811c9dc5;
    let h5 = 0;
    let i = 0;
    for (; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c > 122 || c < 48 || (c > 57 && c < 97)) break;
      h = Math.imul(h ^ c, 0x01000193);
      if (i === 4) h5 = h >>> 0;
    }
    if (i === raw.length) {
      hashes[n] = h >>> 0;
      const first = raw.charCodeAt(0);
      stemsOut[n] = first <= 57 ? h >>> 0 : raw.length >= 5 ? h5 : raw.length === 4 ? h >>> 0 : 0;
    } else {
      const f = foldWord(raw);
      hashes[n] = f.hash;
      stemsOut[n] = f.stem;
    }
    n++;
  }
  return { hashes: hashes.subarray(0, n), stems: stemsOut.subarray(0, n), starts: starts.subarray(0, n), length: n };
}

/** Sorted unique copy of the values. */
export function sortedUnique(values: Uint32Array): Uint32Array {
  const out = Uint32Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** The set of hashed k-word shingles of a tokenised text, sorted and unique. */
export function shingles(tokens: Tokens, k = SHINGLE_WORDS): Uint32Array {
  const { hashes, length } = tokens;
  if (length === 0) return new Uint32Array(0);
  const count = Math.max(1, length - k + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < Math.min(length, i + k); j++) h = Math.imul(h ^ hashes[j]!, 0x01000193) ^ (h >>> 15);
    out[i] = h >>> 0;
  }
  return sortedUnique(out);
}

/** Size of the intersection of two sorted unique arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/**
 * Content stems of the words in [from, to) of a tokenised text, hashed, sorted and unique: words
 * of four letters or more cut to five, and numbers; words whose start falls in a skipped range
 * (sorted, disjoint) are left out.
 */
export function stems(tokens: Tokens, from: number, to: number, skip: readonly [number, number][] = []): Uint32Array {
  const out: number[] = [];
  let r = 0;
  for (let i = from; i < to; i++) {
    const stem = tokens.stems[i]!;
    if (!stem) continue;
    const at = tokens.starts[i]!;
    while (r < skip.length && skip[r]![1] <= at) r++;
    if (r < skip.length && skip[r]![0] <= at) continue;
    out.push(stem);
  }
  return sortedUnique(Uint32Array.from(out));
}
