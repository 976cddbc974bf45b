import type { StanceLexicon } from '../types.js';
import { frNegation } from './negation.js';
import { frSpeech } from './speech.js';

/** French stances: "n'ont pas confirmé", "a refusé de confirmer", "a qualifié les informations de …". */
export const frStances: StanceLexicon = {
  negations: [...frNegation.particles, ...frNegation.plain],
  negationParticles: frNegation.particles,
  negationCompletions: frNegation.completions,
  // With the refusing governors of the speech lexicon (« refusé de », « refuse à »).
  refusals: ['ont refusé de', 'a refusé de', 'se refuse à', 'se sont refusés à', 'a décliné', 'se sont abstenus de', "s'est abstenu de"],
  disputeVerbs: [
    'qualifié', 'qualifie', 'qualifient', 'qualifiant', 'contesté', 'conteste', 'contestent', 'contestant', 'réfuté', 'réfute', 'réfutent', 'balayé',
    'balaie', 'rejeté', 'rejette', 'rejettent', 'rejetant', 'mis en doute', 'met en doute', 'remis en cause', 'remet en cause', 'dénoncé', 'dénonce',
  ],
  reportNouns: frSpeech.reportNouns,
};
