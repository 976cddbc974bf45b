/**
 * A bounded memo for a pure function of a string: the same words and names come back in every
 * article, so working them out once per process saves most of the work. Cleared when full.
 */
/**
 * Is the string made of lower-case ASCII letters only? Most words of a text are, and their folded
 * form is themselves: telling so is cheaper than a lookup in a memo.
 */
export function isLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
}

export function memo<T>(f: (s: string) => T, size: number): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= size) cache.clear();
      cache.set(s, (v = f(s)));
    }
    return v;
  };
}
