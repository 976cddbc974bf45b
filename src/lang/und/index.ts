import type { LanguagePack } from '../types.js';

/**
 * The fallback for languages that have no folder yet (Spanish, Italian...): no abbreviations
 * beyond initials, no site-furniture cues. Articles in such languages are still read and split.
 */
export const und: LanguagePack = {
  code: 'und',
  abbreviations: ['dr', 'st', 'sr', 'sra', 'dott', 'ing', 'prof', 'etc'],
  navigationWords: [],
  promoCues: [],
  firstPersonCues: [],
  authorBlurbCues: [],
  bylineLines: [],
  signatureLines: [],
  credits: { before: /(?!)/, after: /(?!)/, line: /(?!)/, lineJoiners: /(?!)/, contributor: /(?!)/ },
};
