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
 * The monotonic alignment of two lists that maximises the summed similarity of aligned pairs,
 * keeping only pairs at or above the threshold.
 */
export function alignBySimilarity(n: number, m: number, sim: (i: number, j: number) => number, threshold: number): Array<[number, number, number]> {
  const w = m + 1;
  const dp = new Float64Array((n + 1) * w);
  const s = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) s[i * m + j] = sim(i, j);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const v = s[i * m + j]!;
      const take = v >= threshold ? dp[(i + 1) * w + j + 1]! + v : -1;
      dp[i * w + j] = Math.max(take, dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const v = s[i * m + j]!;
    if (v >= threshold && dp[i * w + j] === dp[(i + 1) * w + j + 1]! + v) {
      pairs.push([i, j, v]);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}
