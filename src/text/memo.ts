/**
 * A bounded memo for a pure function of a string: the same words and names come back in every
 * article, so working them out once per process saves most of the work. Cleared when full.
 */
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
