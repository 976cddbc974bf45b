import type { Dossier } from '../contract/dossier.js';
import { fold, nameKey } from '../entities/fold.js';

/** Hand-annotated facts of one article, as the seeds' gold gives them. */
export interface GoldFacts {
  claims: { value: number; approx?: boolean; counts: string; source: string[] }[];
  dates: { text: string; value: string }[];
  denials: { who: string; what: string }[];
}

export interface FactsScore {
  claims: { gold: number; found: number; matched: number; right: number; problems: string[] };
  dates: { gold: number; right: number; problems: string[] };
  denials: { gold: number; found: number; right: number; problems: string[] };
}

const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Does one of the names given (folded) contain one of the gold names, or the reverse? */
function namesMatch(found: readonly string[], gold: readonly string[]): boolean {
  return gold.some((g) => {
    const gw = ` ${words(g).join(' ')} `;
    return found.some((f) => {
      const fw = ` ${words(f).join(' ')} `;
      return fw.includes(gw) || gw.includes(fw) || nameKey(f) === nameKey(g);
    });
  });
}

/**
 * Score an article's claims, dates and denials against hand annotation.
 * - A claim matches a gold one with the same value whose counted words include one of its own;
 *   it is right when its qualifier agrees (approx or not) and its claimant is one of the gold
 *   sources. Claims with a unit (money, percentages, measures) and vague ones are not in the gold.
 * - A date is right when a time expression over its words has the gold value.
 * - A denial is right when a "deny" stance's actor is the gold one and its object holds at least
 *   0.8 of the gold words.
 */
export function scoreFacts(dossier: Dossier, article: string, gold: GoldFacts): FactsScore {
  const text = dossier.articles.find((a) => a.id === article)?.text ?? '';
  const names = new Map(dossier.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  const claims = dossier.claims.filter((c) => c.article === article && c.value !== null && !c.unit);
  const used = new Set<string>();
  const cs: FactsScore['claims'] = { gold: gold.claims.length, found: claims.length, matched: 0, right: 0, problems: [] };
  for (const g of gold.claims) {
    const gw = new Set(words(g.counts));
    const c = claims.find((x) => !used.has(x.id) && x.value === g.value && words(x.counts).some((w) => gw.has(w)));
    if (!c) {
      cs.problems.push(`missed ${g.value} ${g.counts}`);
      continue;
    }
    used.add(c.id);
    cs.matched++;
    const claimantNames = [c.claimantName ?? '', ...[c.claimant, ...(c.claimants ?? [])].flatMap((id) => (id ? names.get(id) ?? [] : []))].filter(Boolean);
    const qualifierRight = (c.qualifier === 'approx') === !!g.approx;
    const claimantRight = namesMatch(claimantNames, g.source);
    if (qualifierRight && claimantRight) cs.right++;
    else cs.problems.push(`${g.value} ${g.counts}: ${qualifierRight ? '' : `qualifier ${c.qualifier}; `}${claimantRight ? '' : `claimant ${c.claimantName ?? 'none'} (gold ${g.source.join(' / ')})`}`);
  }
  for (const c of claims) if (!used.has(c.id)) cs.problems.push(`extra ${c.value} ${c.counts}`);

  const times = dossier.times.filter((t) => t.article === article);
  const ds: FactsScore['dates'] = { gold: gold.dates.length, right: 0, problems: [] };
  for (const g of gold.dates) {
    const spans: [number, number][] = [];
    for (let i = text.indexOf(g.text); i >= 0; i = text.indexOf(g.text, i + 1)) spans.push([i, i + g.text.length]);
    const over = times.filter((t) => spans.some(([s, e]) => t.start < e && t.end > s));
    if (over.some((t) => t.value === g.value)) ds.right++;
    else ds.problems.push(`${g.text}: ${over.map((t) => t.value).join(', ') || 'not found'} (gold ${g.value})`);
  }

  const denials = (dossier.stances ?? []).filter((s) => s.article === article && s.kind === 'deny');
  const ns: FactsScore['denials'] = { gold: gold.denials.length, found: denials.length, right: 0, problems: [] };
  for (const g of gold.denials) {
    const what = words(g.what);
    const hit = denials.find((s) => {
      const actor = [s.actorName ?? '', ...(s.actor ? names.get(s.actor) ?? [] : [])];
      const object = new Set(words(s.object?.text ?? ''));
      return namesMatch(actor, [g.who]) && what.filter((w) => object.has(w)).length >= 0.8 * what.length;
    });
    if (hit) ns.right++;
    else ns.problems.push(`${g.who} denies ${g.what}: found ${denials.map((s) => `${s.actorName ?? '?'} / ${s.object?.text ?? ''}`).join('; ') || 'nothing'}`);
  }
  return { claims: cs, dates: ds, denials: ns };
}
