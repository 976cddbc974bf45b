import type { StanceLexicon } from '../types.js';
import { enSpeech } from './speech.js';

/** English stances: "did not confirm", "declined to confirm", "dismissed the reports as …". */
export const enStances: StanceLexicon = {
  negations: ['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot'],
  negationParticles: [],
  negationCompletions: [],
  // With the refusing governors of the speech lexicon ("declined to", "refused to").
  refusals: ['would not', 'could not', 'did not', 'wouldn’t', "wouldn't"],
  disputeVerbs: ['disputed', 'disputes', 'dismissed', 'dismisses', 'rejected', 'rejects', 'questioned', 'questions', 'called', 'branded', 'described', 'challenged', 'refuted', 'rebuffed'],
  reportNouns: enSpeech.reportNouns,
};
