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

/** The set of hashed k-word shingles of a text, sorted and unique. */
export function shingles(tokens: readonly string[], k = SHINGLE_WORDS): Uint32Array {
  const set = new Set<number>();
  if (tokens.length < k) {
    if (tokens.length) set.add(fnv1a(tokens.join(' ')));
  } else {
    for (let i = 0; i + k <= tokens.length; i++) set.add(fnv1a(tokens.slice(i, i + k).join(' ')));
  }
  return Uint32Array.from(set).sort();
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

/** Content stems of a sentence, hashed, sorted and unique: words of four letters or more cut to five, and numbers. */
export function stems(text: string): Uint32Array {
  const out = new Set<number>();
  for (const w of words(text)) {
    if (/^\d/.test(w)) out.add(fnv1a(w));
    else if (w.length >= 4) out.add(fnv1a(w.slice(0, 5)));
  }
  return Uint32Array.from(out).sort();
}
