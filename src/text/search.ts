/**
 * How many items at the start of a sorted list have a key at most `x` (the index of the first
 * one past it): a binary search, for lists of spans or tokens sorted by position.
 */
export function countAtMost<T>(list: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
