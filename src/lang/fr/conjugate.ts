/**
 * The third-person and participle forms of French verbs, as reported speech writes them:
 * "a déclaré", "déclare", "déclarent", "déclarait", "déclara", "déclarant", "déclarerait".
 * Regular first-group verbs (-er) are conjugated here; other verbs list their forms by hand.
 */
export function firstGroup(infinitive: string): string[] {
  const stem = infinitive.slice(0, -2);
  // Before a and o, c becomes ç and g becomes ge ("annonçait", "exigeait").
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  return [
    `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`,
    `${stem}e`, `${stem}ent`,
    `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}èrent`, `${soft}ant`,
    `${infinitive}a`, `${infinitive}ait`, `${infinitive}aient`, `${infinitive}ont`,
  ];
}

/** Forms of several first-group verbs. */
export function firstGroupAll(...infinitives: string[]): string[] {
  return infinitives.flatMap(firstGroup);
}
