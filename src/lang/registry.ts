import { en } from './en/index.js';
import { fr } from './fr/index.js';
import type { LanguagePack } from './types.js';
import { und } from './und/index.js';

const packs: ReadonlyMap<string, LanguagePack> = new Map([fr, en].map((p) => [p.code, p]));

/** The languages recoupe has knowledge for. */
export const supportedLanguages: readonly string[] = [...packs.keys()];

/** The pack for a language code, or the fallback pack when the language has no folder. */
export function languagePack(code: string): LanguagePack {
  return packs.get(code) ?? und;
}
