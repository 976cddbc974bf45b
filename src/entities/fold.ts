/** Folding of words and names for comparison: case, diacritics, apostrophes and hyphens. */
import { memo } from '../text/memo.js';

const COMBINING = /\p{M}+/gu;
const APOSTROPHES = /[’‘`]/g;
const HYPHENS = /[-‐‑–]/g;
const SPACES = /\s+/g;

/** Lower case without diacritics, typographic apostrophes made straight, hyphens made spaces. */
export const fold: (s: string) => string = memo(
  (s) => s.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(APOSTROPHES, "'").replace(HYPHENS, ' ').replace(SPACES, ' ').trim(),
  200_000,
);

/**
 * A key under which transliterations of one name meet: "Zelensky", "Zelenskyy" and "Zelenskiy";
 * "Kim Jong-un" and "Kim Jong Un"; "Poutine" and "Putin"; "Koursk" and "Kursk"; "Dmitri" and
 * "Dmitry"; "Gueorgui" and "Georgy". Spaces and hyphens are dropped, so the order of the
 * words still counts: two people who share a family name keep different keys.
 */
export const nameKey: (name: string) => string = memo(
  (name) =>
    fold(name)
      .split(' ')
      .map(transliterationKey)
      .join(''),
  100_000,
);

function transliterationKey(word: string): string {
  let w = word.replace(/[^a-z0-9]/g, '');
  w = w
    .replace(/tch/g, 'ch')
    .replace(/sh/g, 'ch')
    .replace(/kh/g, 'h')
    .replace(/ou/g, 'u')
    .replace(/gu(?=[eiy])/g, 'g')
    .replace(/(?:iy|yy|ij|ii)$/g, 'i')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
  // French adds a mute final e to transliterations ("Poutine", "Zelensky" is not affected).
  if (w.length > 4 && w.endsWith('ine')) w = w.slice(0, -1);
  return w;
}
