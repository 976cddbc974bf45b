import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heaviestChain, lcs } from '../src/provenance/align.js';

/** The reference: every chain tried, by dynamic programming over all pairs. */
function bruteForce(pairs: Array<[number, number, number]>): number {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const best = sorted.map((p) => p[2]);
  for (let p = 0; p < sorted.length; p++) {
    for (let q = 0; q < p; q++) if (sorted[q]![0] < sorted[p]![0] && sorted[q]![1] < sorted[p]![1]) best[p] = Math.max(best[p]!, best[q]! + sorted[p]![2]);
  }
  return Math.max(0, ...best);
}

describe('alignments', () => {
  it('the heaviest chain is strictly increasing and as heavy as the exhaustive answer', () => {
    let seed = 42;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 200; round++) {
      const pairs: Array<[number, number, number]> = Array.from({ length: Math.floor(rand() * 30) }, () => [Math.floor(rand() * 12), Math.floor(rand() * 12), Math.round(rand() * 100) / 100]);
      const chain = heaviestChain(pairs);
      for (let k = 1; k < chain.length; k++) assert.ok(chain[k]![0] > chain[k - 1]![0] && chain[k]![1] > chain[k - 1]![1]);
      const weight = chain.reduce((s, p) => s + p[2], 0);
      assert.ok(Math.abs(weight - bruteForce(pairs)) < 1e-9, `round ${round}`);
    }
  });

  it('the longest common subsequence keeps the order of both sides', () => {
    const pairs = lcs(['a', 'b', 'c', 'd', 'e'], ['b', 'x', 'd', 'a', 'e']);
    assert.deepEqual(pairs, [
      [1, 0],
      [3, 2],
      [4, 4],
    ]);
  });
});
