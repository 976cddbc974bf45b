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
   * attached (or '')]; `absent` lists words that must not be a person; `genders` gives each named
   * person's gender ('' for none: unmarked, or marked both ways).
   */
  entities: { input: string; expected: [string, string, string, string][]; absent?: string[]; genders?: Record<string, 'feminine' | 'masculine' | ''> }[];
  /**
   * A text, and the quotations it must give: [kind, the quoted words, the speaker's name (the
   * antecedent for a pronoun; '' for none), the verb class (or '')]; `channel` is the outlet the
   * speaker spoke to; `absent` lists quoted words that must not be a quotation (titles, names).
   */
  /** `negated` lists the words of the quotations whose verb is negated or refused; no other quotation of the case may be flagged. */
  /** `sameTurn` lists groups of quoted words that are one turn of their speaker ('"…," said X. "…"'). */
  quotes: { input: string; expected: [string, string, string, string][]; channel?: string; absent?: string[]; negated?: string[]; sameTurn?: string[][] }[];
  /**
   * Temporal expressions against a fixed publication day: [the words, the ISO value]. `absent`
   * lists words that must not be read as a time.
   */
  times: { published: string; input: string; expected: [string, string][]; absent?: string[] }[];
  /**
   * Figures: [the claim's words, value (null for a vague quantity), qualifier, what it counts (or
   * the unit for money, percentages and measures), the claimant ('' for the article itself)].
   * `absent` lists numbers that must not be claims (years, dates, ages, ordinals, clock times).
   */
  claims: { published?: string; input: string; expected: [string, number | null, string, string, string][]; absent?: string[]; concept?: string }[];
  /** Stances: [kind, actor name, the object's words]. */
  stances: { input: string; expected: [string, string, string][] }[];
}
