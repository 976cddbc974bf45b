import type { Dossier } from '../contract/dossier.js';
import { fold, nameKey } from './fold.js';

/** A hand-annotated person: the name, other acceptable names, and the roles the article gives. */
export interface GoldPerson {
  name: string;
  aliases?: readonly string[];
  roles?: readonly string[];
}

export interface PersonScore {
  persons: { gold: number; found: number; matched: number; precision: number; recall: number; f1: number };
  roles: { gold: number; found: number; matched: number; precision: number; recall: number; f1: number };
  missed: string[];
  spurious: string[];
  missedRoles: string[];
  spuriousRoles: string[];
}

const roleKey = (r: string) => fold(r).replace(/\s+/g, ' ');

function prf(gold: number, found: number, matched: number) {
  const precision = found ? matched / found : 1;
  const recall = gold ? matched / gold : 1;
  return { gold, found, matched, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Persons and roles of one article of a dossier against a hand annotation: a person matches
 * when one of its names has the transliteration key of one of the gold names; a role matches
 * when it is the same words (case, diacritics and apostrophes aside).
 */
export function scorePersons(dossier: Dossier, article: string, gold: readonly GoldPerson[]): PersonScore {
  const found = dossier.entities.filter((e) => e.type === 'person' && e.mentions.some((m) => m.article === article));
  const used = new Set<string>();
  let matched = 0;
  let rolesMatched = 0;
  let rolesGold = 0;
  let rolesFound = 0;
  const missed: string[] = [];
  const missedRoles: string[] = [];
  const spuriousRoles: string[] = [];
  for (const g of gold) {
    const keys = new Set([g.name, ...(g.aliases ?? [])].map(nameKey));
    const hit = found.find((e) => !used.has(e.id) && [e.name, ...e.aliases].some((n) => keys.has(nameKey(n))));
    const goldRoles = new Set((g.roles ?? []).map(roleKey));
    rolesGold += goldRoles.size;
    if (!hit) {
      missed.push(g.name);
      missedRoles.push(...goldRoles);
      continue;
    }
    used.add(hit.id);
    matched++;
    const mine = new Set(hit.roles.filter((r) => r.article === article).map((r) => roleKey(r.role)));
    rolesFound += mine.size;
    for (const r of mine) {
      if (goldRoles.has(r)) rolesMatched++;
      else spuriousRoles.push(`${g.name}: ${r}`);
    }
    for (const r of goldRoles) if (!mine.has(r)) missedRoles.push(`${g.name}: ${r}`);
  }
  const spurious = found.filter((e) => !used.has(e.id));
  for (const e of spurious) rolesFound += e.roles.filter((r) => r.article === article).length;
  return {
    persons: prf(gold.length, found.length, matched),
    roles: prf(rolesGold, rolesFound, rolesMatched),
    missed,
    spurious: spurious.map((e) => e.name),
    missedRoles,
    spuriousRoles,
  };
}
