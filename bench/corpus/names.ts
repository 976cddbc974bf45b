import type { Rng } from './prng.js';

/**
 * Invented proper names, built from syllables: towns, rivers, provinces, people and outlets. Any
 * likeness to a real name is chance.
 */

const ONSETS = ['Bren', 'Cal', 'Dor', 'Esc', 'Fal', 'Gor', 'Hav', 'Ilv', 'Jor', 'Kes', 'Lam', 'Mor', 'Nar', 'Orv', 'Pell', 'Quar', 'Ros', 'Sav', 'Tes', 'Uss', 'Vel', 'Wend', 'Yar', 'Zel', 'Brav', 'Cres', 'Drum', 'Frel', 'Grav', 'Lorn'];
const LINKS = ['a', 'e', 'i', 'o', 'ou', 'ar', 'el', 'en', 'is', 'an'];
const TOWN_ENDS = ['mont', 'ville', 'lac', 'gnac', 'venne', 'bois', 'range', 'bourg', 'rière', 'vay', 'lec', 'creux'];
const RIVER_ENDS = ['nne', 'nce', 'lonne', 'rise', 'vette', 'gère'];
const PROVINCE_ENDS = ['nie', 'valdie', 'resse', 'lie', 'rande'];
const SURNAME_ENDS = ['ault', 'rin', 'vier', 'nard', 'neau', 'lot', 'rand', 'tessi', 'nova', 'mez', 'quin', 'bert'];

const FIRST_M = ['Paul', 'Julien', 'Marc', 'Antoine', 'Nicolas', 'Karim', 'Hugo', 'Thomas', 'Louis', 'Mathieu', 'Samuel', 'Yann', 'Victor', 'Bruno'];
const FIRST_F = ['Claire', 'Sophie', 'Hélène', 'Camille', 'Nadia', 'Inès', 'Léa', 'Isabelle', 'Marion', 'Élise', 'Sarah', 'Anne', 'Judith', 'Lucie'];

const FR_MASTHEADS = ['Le Courrier', "L'Écho", 'La Gazette', 'Le Journal', 'La Voix', 'Le Réveil', 'La Sentinelle', 'Le Messager', "L'Observateur", 'La Lettre'];
const EN_MASTHEADS = ['Herald', 'Courier', 'Chronicle', 'Gazette', 'Post', 'Observer', 'Ledger', 'Sentinel', 'Mercury', 'Dispatch'];

function stem(r: Rng): string {
  return r.pick(ONSETS) + r.pick(LINKS);
}

export function townName(r: Rng): string {
  return stem(r) + r.pick(TOWN_ENDS);
}

export function riverName(r: Rng): string {
  return stem(r) + r.pick(RIVER_ENDS);
}

export function provinceName(r: Rng): string {
  return stem(r) + r.pick(PROVINCE_ENDS);
}

export function surname(r: Rng): string {
  return stem(r) + r.pick(SURNAME_ENDS);
}

/** A first name and gender (0 = man, 1 = woman). */
export function firstName(r: Rng): { first: string; g: 0 | 1 } {
  const g = r.chance(0.5) ? 1 : 0;
  return { first: r.pick(g ? FIRST_F : FIRST_M), g };
}

/** The outlets of a corpus, by language: invented mastheads over invented towns. */
export function outlets(r: Rng, count: number): { fr: string[]; en: string[] } {
  const fr = new Set<string>();
  const en = new Set<string>();
  while (fr.size < count) {
    const m = r.pick(FR_MASTHEADS);
    const town = townName(r);
    fr.add(`${m} ${/^[AEIOUYÉ]/.test(town) ? "d'" : 'de '}${town}`);
  }
  while (en.size < count) en.add(`The ${townName(r)} ${r.pick(EN_MASTHEADS)}`);
  return { fr: [...fr], en: [...en] };
}
