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
}
