const MAX_WORDS = 30;
const MAX_CHARS = 220;

/**
 * Does a first paragraph read as a headline? A short line of several words that starts like a
 * sentence but does not end like one (a final "?" or "!" is allowed, a period is not).
 */
export function readsAsHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  if (words < 2 || words > MAX_WORDS || line.length > MAX_CHARS) return false;
  if (/[.,;:—–-]$/.test(line)) return false;
  return /^[\p{Lu}\p{N}«“"‘']/u.test(line);
}

/**
 * Take the headline off the top of a plain-text article. When the title is already known (from
 * metadata), a first paragraph that repeats it is taken off instead.
 */
export function takeHeadline(paragraphs: readonly string[], knownTitle?: string): { title?: string; body: string[] } {
  const [first, ...rest] = paragraphs;
  if (first === undefined || rest.length === 0) return { body: [...paragraphs] };
  if (knownTitle !== undefined) {
    return sameWords(first, knownTitle) ? { title: knownTitle, body: rest } : { title: knownTitle, body: [...paragraphs] };
  }
  return readsAsHeadline(first) ? { title: first, body: rest } : { body: [...paragraphs] };
}

function sameWords(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) === key(b);
}
