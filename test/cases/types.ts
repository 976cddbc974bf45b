/** Cases for one language, as data: adding a case is adding a line. */
export interface LanguageCases {
  language: string;
  /** A paragraph and the sentences it must split into. */
  sentences: { input: string; expected: string[] }[];
  /** Paragraphs of a page; those listed in `removed` must go, the others stay. */
  boilerplate: { paragraphs: string[]; removed: string[]; byline?: string }[];
  /** A first line, and whether it reads as a headline. */
  headlines: { input: string; expected: boolean }[];
  /** An article text, and the credits it gives: [agency, cue, the words that credit it]. */
  credits: { input: string; expected: [string, string, string][] }[];
  /**
   * A text, and the mentions it must give: [type, the words, the name they resolve to, the role
   * attached (or '')]; `absent` lists words that must not be a person.
   */
  entities: { input: string; expected: [string, string, string, string][]; absent?: string[] }[];
  /**
   * A text, and the quotations it must give: [kind, the quoted words, the speaker's name (the
   * antecedent for a pronoun; '' for none), the verb class (or '')]; `channel` is the outlet the
   * speaker spoke to; `absent` lists quoted words that must not be a quotation (titles, names).
   */
  quotes: { input: string; expected: [string, string, string, string][]; channel?: string; absent?: string[] }[];
}
