import type { Derivation, DerivationKind } from '../contract/dossier.js';
import type { StoredLink } from '../store/store.js';

/** How strongly a kind of link says "copied from": a copy beats a rewrite beats a translation. */
const KIND_RANK: Record<DerivationKind, number> = { duplicate: 0, 'near-duplicate': 1, rewrite: 2, translation: 3, 'shared-source': 4 };

/**
 * Reduce the links found between articles to one source per derived article: the strongest
 * kind, then the highest score, then the earliest-ordered source. Two articles that both copy a
 * third are linked to each other too; only the link to the original is reported, and the others
 * still count for independence.
 */
export function derivationsOf(links: readonly StoredLink[], order: ReadonlyMap<string, number>): Derivation[] {
  const best = new Map<string, StoredLink>();
  for (const l of links) {
    if (l.kind === 'shared-source') continue;
    const cur = best.get(l.copy);
    if (!cur || better(l, cur, order)) best.set(l.copy, l);
  }
  const shared = links.filter((l) => l.kind === 'shared-source' && !best.has(l.copy) && !best.has(l.source));
  return [...best.values(), ...shared]
    .sort((a, b) => (order.get(a.copy) ?? 0) - (order.get(b.copy) ?? 0))
    .map((l) => ({ source: l.source, copy: l.copy, kind: l.kind, score: l.score, evidence: l.evidence, rule: l.rule }));
}

function better(a: StoredLink, b: StoredLink, order: ReadonlyMap<string, number>): boolean {
  if (KIND_RANK[a.kind] !== KIND_RANK[b.kind]) return KIND_RANK[a.kind] < KIND_RANK[b.kind];
  if (Math.abs(a.score - b.score) > 0.02) return a.score > b.score;
  return (order.get(a.source) ?? 0) < (order.get(b.source) ?? 0);
}

/** Groups of articles linked by any derivation, directly or through others: each group is one source. */
export function independentGroups(ids: readonly string[], links: readonly Pick<StoredLink, 'source' | 'copy'>[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const l of links) if (parent.has(l.source) && parent.has(l.copy)) parent.set(find(l.copy), find(l.source));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()];
}
