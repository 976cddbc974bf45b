/**
 * French negation words, shared by the speech and stance lexicons. « ne » alone does not negate:
 * with « pas », « jamais » it does, with « plus », « rien », « personne » too, and with « que » it
 * means "only" (« n'a annoncé que 300 évacuations »).
 */
export const frNegation = {
  /** Particles that negate only with a second word. */
  particles: ['ne', "n'"],
  /** Words that negate on their own, with a particle or not (« pas du tout », « jamais »). */
  plain: ['pas', 'jamais', 'nullement', 'aucunement', 'ni', 'point'],
  /** Words that negate only with a particle (« ne … plus », « personne n'a », « ne … rien »). */
  completions: ['plus', 'rien', 'guère', 'personne', 'aucun', 'aucune', 'nul', 'nulle'],
} as const;
