import type { Claim, Stance, TimeExpression } from '../contract/dossier.js';
import { entityIds, type EntityLookup } from './entity-index.js';
import type { ClaimAnnotation, StanceAnnotation, TimeAnnotation } from '../model/layers.js';

/** One article's claims, times and stances, as the dossier reads them. */
export interface ArticleFacts {
  article: string;
  text: string;
  claims: readonly ClaimAnnotation[];
  times: readonly TimeAnnotation[];
  stances: readonly StanceAnnotation[];
}

/** The dossier's claims: each figure with its claimant linked to an entity. */
export function dossierClaims(articles: readonly ArticleFacts[], entity: EntityLookup): Claim[] {
  const out: Claim[] = [];
  for (const a of articles) {
    a.claims.forEach((c, i) => {
      const members = entityIds(entity, a.article, c.claimant?.members);
      out.push({
        id: `${a.article}:c${i + 1}`,
        article: a.article,
        start: c.start,
        end: c.end,
        value: c.value,
        low: c.low ?? null,
        high: c.high ?? null,
        qualifier: c.qualifier,
        counts: c.counts?.text ?? '',
        concept: c.concept ?? null,
        claimant: entity(a.article, c.claimant) ?? members[0] ?? null,
        claimantName: c.claimant?.name ?? null,
        ...(members.length > 1 ? { claimants: members } : {}),
        claimantSpan: c.claimant ? { start: c.claimant.start, end: c.claimant.end } : null,
        refersTo: c.refersTo ?? null,
        refersToSpan: c.refersToSpan ?? null,
        unit: c.unit ?? null,
        figureSpan: c.figure,
      });
    });
  }
  return out;
}

/** The dossier's temporal expressions, normalised. */
export function dossierTimes(articles: readonly ArticleFacts[]): TimeExpression[] {
  return articles.flatMap((a) =>
    a.times.map((t) => ({
      article: a.article,
      start: t.start,
      end: t.end,
      text: a.text.slice(t.start, t.end),
      value: t.value,
      anchor: t.anchor ?? null,
      granularity: t.granularity,
      anchorSource: t.anchorSource ?? null,
    })),
  );
}

/** The dossier's stances, with actors linked to entities. */
export function dossierStances(articles: readonly ArticleFacts[], entity: EntityLookup): Stance[] {
  const out: Stance[] = [];
  for (const a of articles) {
    a.stances.forEach((s, i) => {
      const members = entityIds(entity, a.article, s.actor?.members);
      out.push({
        id: `${a.article}:s${i + 1}`,
        article: a.article,
        start: s.start,
        end: s.end,
        kind: s.kind,
        verb: s.cue.text,
        actor: entity(a.article, s.actor?.ref) ?? members[0] ?? null,
        actorName: s.actor?.name ?? null,
        ...(members.length > 1 ? { actors: members } : {}),
        object: s.object ?? null,
      });
    });
  }
  return out;
}
