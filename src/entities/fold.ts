/** Folding of words and names for comparison: case, diacritics, apostrophes and hyphens. */

const COMBINING = /\p{M}+/gu;

/** Lower case without diacritics, typographic apostrophes made straight, hyphens made spaces. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/[-‐‑–]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A key under which transliterations of one name meet: "Zelensky", "Zelenskyy" and "Zelenskiy";
 * "Kim Jong-un" and "Kim Jong Un"; "Poutine" and "Putin"; "Koursk" and "Kursk"; "Dmitri" and
 * "Dmitry"; "Gueorgui" and "Georgy". Spaces and hyphens are dropped, so the order of the
 * words still counts: two people who share a family name keep different keys.
 */
export function nameKey(name: string): string {
  return fold(name)
    .split(' ')
    .map(transliterationKey)
    .join('');
}

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
