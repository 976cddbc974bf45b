import type { Entity } from '../contract/dossier.js';

/** The entity a mention belongs to, by article and offsets: how layers' spans reach entity ids. */
export type EntityLookup = (article: string, span: { start: number; end: number } | undefined) => string | undefined;

export function entityLookup(entities: readonly Entity[]): EntityLookup {
  const at = new Map<string, string>();
  for (const e of entities) for (const m of e.mentions) at.set(`${m.article}:${m.start}:${m.end}`, e.id);
  return (article, span) => (span ? at.get(`${article}:${span.start}:${span.end}`) : undefined);
}

/** The entity ids of several mentions (the members of a group), those that have one. */
export function entityIds(entity: EntityLookup, article: string, spans: readonly { start: number; end: number }[] | undefined): string[] {
  return (spans ?? []).map((m) => entity(article, m)).filter((id): id is string => !!id);
}
