/**
 * What recoupe knows about one language, as data. Stages read it from the context and never test
 * the language code themselves, so adding a language is adding a folder.
 */
export interface LanguagePack {
  /** ISO 639-1 code; "und" for the fallback pack used for languages without a folder. */
  readonly code: string;
  /**
   * Words that end with a period without ending a sentence, lower-cased and without their final
   * period ("m", "mme", "dr", "u.s", "p. ex"). Single letters (initials) are handled generically.
   */
  readonly abbreviations: readonly string[];
  /** Section names that site navigation is made of ("Actualités", "International", "World"). */
  readonly navigationWords: readonly string[];
  /**
   * Cues of promotional or site lines ("Lire aussi", "contactez-nous", "Tous droits réservés"):
   * a short paragraph that matches one is removed from the text.
   */
  readonly promoCues: readonly RegExp[];
  /** First-person singular forms that mark an author's blurb when found outside quotation marks. */
  readonly firstPersonCues: readonly RegExp[];
  /** Third-person author notes ("X est journaliste au service Société") that end an article. */
  readonly authorBlurbCues: readonly RegExp[];
  /** A byline or date line at the top of an article ("Par Jeanne Dupont", "Published 3 March"). */
  readonly bylineLines: readonly RegExp[];
  /** Editorial sign-offs at the bottom ("(Reporting by X; Editing by Y)"). */
  readonly signatureLines: readonly RegExp[];
  /** How an article credits an agency or outlet it names; see `CreditCues`. */
  readonly credits: CreditCues;
}

/**
 * Cues that turn a mention of an agency or outlet into a credit. Each is tested on the text
 * around the mention, so that "a déclaré à CNN" credits CNN and "CNN's director resigned" does not.
 */
export interface CreditCues {
  /** Ends of the text just before the mention: "selon ", "à l'agence ", "according to ", "told ". */
  readonly before: RegExp;
  /** Starts of the text just after the mention: " a rapporté", " reported". */
  readonly after: RegExp;
  /**
   * What may stand before the name in a paragraph that is only a credit line ("Avec ", "Source : ",
   * "— "); after the name only other names, "et"/"and", commas and closing punctuation may follow.
   */
  readonly line: RegExp;
  /** Words that join names in a credit line ("et", "and"). */
  readonly lineJoiners: RegExp;
  /** A contributor line: "L'écrivain d'Associated Press X a contribué à ce rapport". */
  readonly contributor: RegExp;
}
