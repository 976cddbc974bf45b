/**
 * Monotonic alignments, like a diff: pairs (i, j) that keep the order of both sequences.
 */

/** Longest common subsequence of two key sequences, with the aligned index pairs. */
export function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = a[i] === b[j] ? dp[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The heaviest chain of pairs (i, j, weight) increasing in both i and j: the monotonic alignment
 * that keeps the most similarity. Pairs are taken by increasing i; a Fenwick tree over j gives the
 * best chain ending before each j, so the whole costs O(k log k) for k pairs.
 */
export function heaviestChain(pairs: Array<[number, number, number]>): Array<[number, number, number]> {
  if (pairs.length === 0) return [];
  const sorted = [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const size = sorted.reduce((m, p) => Math.max(m, p[1]), 0) + 2;
  const treeBest = new Float64Array(size);
  const treeAt = new Int32Array(size).fill(-1);
  const best = new Float64Array(sorted.length);
  const prev = new Int32Array(sorted.length).fill(-1);
  /** Best chain ending at a j strictly below `j`. */
  const query = (j: number): number => {
    let at = -1;
    let value = 0;
    for (let k = j; k > 0; k -= k & -k) {
      if (treeAt[k]! >= 0 && treeBest[k]! > value) {
        value = treeBest[k]!;
        at = treeAt[k]!;
      }
    }
    return at;
  };
  const update = (j: number, p: number): void => {
    for (let k = j + 1; k < size; k += k & -k) {
      if (treeAt[k]! < 0 || best[p]! > treeBest[k]!) {
        treeBest[k] = best[p]!;
        treeAt[k] = p;
      }
    }
  };
  let top = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end]![0] === sorted[start]![0]) end++;
    // Pairs of one i are chained only to pairs of earlier i: query them all before any update.
    for (let p = start; p < end; p++) {
      const before = query(sorted[p]![1]);
      best[p] = sorted[p]![2] + (before >= 0 ? best[before]! : 0);
      prev[p] = before;
      if (best[p]! > best[top]!) top = p;
    }
    for (let p = start; p < end; p++) update(sorted[p]![1], p);
    start = end;
  }
  const chain: Array<[number, number, number]> = [];
  for (let p = top; p >= 0; p = prev[p]!) chain.push(sorted[p]!);
  return chain.reverse();
}
