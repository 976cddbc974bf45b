/**
 * Clustering agreement between found stories and gold groups over the same items: pairwise
 * precision, recall and F1 (over pairs of items put together), and the adjusted Rand index.
 */
export interface ClusteringScore {
  items: number;
  found: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  ari: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function sizes(labels: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of labels) out.set(l, (out.get(l) ?? 0) + 1);
  return out;
}

/** Score `found` (item → story) against `gold` (item → group), over the items both label. */
export function scoreClustering(found: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusteringScore {
  const items = [...gold.keys()].filter((k) => found.has(k));
  const f = sizes(items.map((k) => found.get(k)!));
  const g = sizes(items.map((k) => gold.get(k)!));
  const both = sizes(items.map((k) => `${found.get(k)!}\u0000${gold.get(k)!}`));
  let sumBoth = 0;
  for (const n of both.values()) sumBoth += pairs(n);
  let sumFound = 0;
  for (const n of f.values()) sumFound += pairs(n);
  let sumGold = 0;
  for (const n of g.values()) sumGold += pairs(n);
  const precision = sumFound ? sumBoth / sumFound : 1;
  const recall = sumGold ? sumBoth / sumGold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const total = pairs(items.length);
  const expected = total ? (sumFound * sumGold) / total : 0;
  const max = (sumFound + sumGold) / 2;
  const ari = max === expected ? 1 : (sumBoth - expected) / (max - expected);
  return { items: items.length, found: f.size, gold: g.size, precision, recall, f1, ari };
}
