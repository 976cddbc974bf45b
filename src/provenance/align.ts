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
 * that keeps the most similarity. Pairs are few (only those above a threshold), so the quadratic
 * chain is cheap.
 */
export function heaviestChain(pairs: Array<[number, number, number]>): Array<[number, number, number]> {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const best = new Float64Array(sorted.length);
  const prev = new Int32Array(sorted.length).fill(-1);
  let top = -1;
  for (let p = 0; p < sorted.length; p++) {
    const [i, j, w] = sorted[p]!;
    best[p] = w;
    for (let q = 0; q < p; q++) {
      const [qi, qj] = sorted[q]!;
      if (qi < i && qj < j && best[q]! + w > best[p]!) {
        best[p] = best[q]! + w;
        prev[p] = q;
      }
    }
    if (top < 0 || best[p]! > best[top]!) top = p;
  }
  const chain: Array<[number, number, number]> = [];
  for (let p = top; p >= 0; p = prev[p]!) chain.push(sorted[p]!);
  return chain.reverse();
}
