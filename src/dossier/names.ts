import type { DossierArticle } from '../contract/dossier.js';

const NAME_CHARS = 32;

/** An article as a reader names it: its outlet, else the start of its headline or of its text. */
export function articleLabel(a: Pick<DossierArticle, 'outlet' | 'title' | 'text'>): string {
  if (a.outlet) return a.outlet;
  const one = (a.title ?? a.text).replace(/\s+/g, ' ').trim();
  return `“${one.length > NAME_CHARS ? one.slice(0, NAME_CHARS - 1) + '…' : one}”`;
}
