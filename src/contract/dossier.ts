/**
 * The dossier, version 1: recoupe's public output contract (see docs/contract.md and
 * `../shared/contract/dossier-v1.md`). The JSON Schema in `schema/dossier-v1.schema.json` is
 * generated from these types by `npm run schema`; a test fails when the two drift apart.
 *
 * Offsets are UTF-16 code units into the article's `text`, start inclusive, end exclusive.
 */

/** The version tag every dossier carries. */
export const DOSSIER_SCHEMA = 'recoupe.dossier/1';

/** A span of an article's text. */
export interface TextRange {
  /** @minimum 0 */
  start: number;
  /** @minimum 0 */
  end: number;
}

/** A span of a named article's text. */
export interface EvidenceSpan extends TextRange {
  /** Article id. */
  article: string;
}

export interface DossierArticle {
  /** Stable: the same content gives the same id. */
  id: string;
  /** The path or URL the article was read from. */
  source: string;
  title?: string | null;
  outlet?: string | null;
  /** ISO 639-1 code, or "und" when the language could not be told. */
  language: string;
  /** ISO date or date-time. */
  publishedAt?: string | null;
  publishedAtSource?: 'metadata' | 'inferred' | null;
  /** Agencies or outlets the article credits or draws on, e.g. "AP", "Reuters". */
  credits: string[];
  /** The normalised body text all offsets refer to; boilerplate removed. */
  text: string;
}

export interface InputError {
  /** The input as the user named it (path, URL, or path:line for a record). */
  input: string;
  /** A plain reason. */
  message: string;
}

export type DerivationKind = 'duplicate' | 'near-duplicate' | 'rewrite' | 'translation' | 'shared-source';

export interface AlignedPassage {
  source: TextRange;
  copy: TextRange;
}

export interface Derivation {
  /** Article id of the original. */
  source: string;
  /** Article id of the derived article. */
  copy: string;
  kind: DerivationKind;
  /**
   * @minimum 0
   * @maximum 1
   */
  score: number;
  evidence?: AlignedPassage[] | null;
  /** The rule that decided which is the original ("earlier-publication", "containment", "richer-version"). */
  rule?: string | null;
}

export interface Story {
  id: string;
  /** A short label. */
  title: string;
  /** Article ids. */
  articles: string[];
  /** How many groups of articles remain once derivations are merged. */
  independentSources: number;
  /** The names of the entities the story is most about, heaviest first. */
  keywords?: string[];
}

export type EntityType = 'person' | 'organisation' | 'place' | 'country' | 'other';

export interface EntityRole {
  role: string;
  /** Article id. */
  article: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** The fullest form. */
  name: string;
  aliases: string[];
  roles: EntityRole[];
  mentions: EvidenceSpan[];
}

export type QuoteKind = 'direct' | 'indirect' | 'fragment';

export interface Quote extends TextRange {
  id: string;
  article: string;
  text: string;
  kind: QuoteKind;
  /** Entity id. */
  speaker?: string | null;
  speakerName?: string | null;
  verb?: string | null;
  /** The class of the reporting verb ("say", "deny", "confirm", "warn", "accuse", "demand", "estimate", "assert"). */
  verbClass?: VerbClass | null;
  /** Entity ids of every member of a collective speaker ("Washington et Séoul"). */
  speakers?: string[];
  /** Where the speaker is named in the article: the name, the role, or the pronoun of "a-t-il déclaré". */
  speakerSpan?: TextRange | null;
  /** The outlet or agency the speaker spoke to ("a déclaré à CNN", "told Reuters"). */
  channel?: string | null;
  /**
   * The reporting verb is negated or refused ("did not say when", "declined to confirm", « n'a pas
   * précisé si »): the speaker did not say this. Absent when the verb is affirmative.
   */
  negated?: boolean;
  /**
   * The id of the earliest quote (by publication) of which this one is the same or a truncated
   * version in another article; absent on that earliest quote and on quotes found once.
   */
  origin?: string | null;
}

export type VerbClass = 'say' | 'assert' | 'deny' | 'confirm' | 'warn' | 'accuse' | 'demand' | 'estimate';

export type Qualifier = 'exact' | 'approx' | 'at-least' | 'at-most' | 'range';

export interface Claim extends TextRange {
  id: string;
  article: string;
  /** A number, or null for a vague quantity ("des milliers"). */
  value: number | null;
  low?: number | null;
  high?: number | null;
  qualifier: Qualifier;
  /** What is counted, as written. */
  counts: string;
  concept?: string | null;
  /** Entity id. */
  claimant?: string | null;
  claimantName?: string | null;
  refersTo?: string | null;
  /** "percent", an ISO 4217 currency code ("USD") or a unit of measure ("km2"); absent for a count. */
  unit?: string | null;
  /** Entity ids of every member of a collective claimant ("Washington et Séoul"). */
  claimants?: string[];
  /** Where the claimant is named in the article. */
  claimantSpan?: TextRange | null;
  /** Where the time the figure is about is written, when the sentence gives one. */
  refersToSpan?: TextRange | null;
  /** The hedge and the figure only ("au moins 3 000"), without what it counts. */
  figureSpan?: TextRange | null;
}

export interface TimeExpression extends TextRange {
  article: string;
  text: string;
  /** ISO 8601 at its own granularity, or an interval "start/end". */
  value: string;
  anchor?: string | null;
  /** "day", "week", "month", "year" or "interval". */
  granularity?: string | null;
  /** Where the anchor came from: the article's metadata or its own dates ("inferred"). */
  anchorSource?: 'metadata' | 'inferred' | null;
}

/** What a stance does: confirm, deny, dispute or decline to confirm a proposition. */
export type StanceKind = 'confirm' | 'deny' | 'dispute' | 'decline';

/** Who confirms, denies, disputes or declines to confirm what ("La Corée du Nord a nié avoir fourni …"). */
export interface Stance extends TextRange {
  id: string;
  article: string;
  kind: StanceKind;
  /** The verb ("a nié", "n'ont pas confirmé", "dismissed"). */
  verb: string;
  /** Entity id. */
  actor?: string | null;
  actorName?: string | null;
  /** Entity ids of every member of a collective actor. */
  actors?: string[];
  /** What is confirmed, denied or disputed, as written. */
  object?: (TextRange & { text: string }) | null;
}

export interface TimelineEntry {
  date: string;
  text: string;
  articles: string[];
  evidence: EvidenceSpan[];
  /** Entity ids of the people, bodies and countries the entry names. */
  actors?: string[];
}

/** How a question's figures relate: one value, values that change over time, or values that clash at one time. */
export type QuestionStatus = 'agreeing' | 'evolving' | 'conflicting';

/** One value given for a question, with everyone who gives it. */
export interface QuestionFigure {
  value: number | null;
  low?: number | null;
  high?: number | null;
  qualifier: Qualifier;
  /** The value as a reader would write it: "≥ 3 000", "~10 000", "1 500–2 000". */
  display: string;
  /** Who gives it, as the articles name them, each once. */
  claimants: string[];
  /** Entity ids of the claimants that are resolved entities. */
  claimantIds: string[];
  /** The first day the value was reported (the day its sentence names, else its article's publication). */
  firstSaid: string | null;
  /** The latest day the value is said to hold for (the end of the period it refers to, at most its publication). */
  asOf: string | null;
  /** The claims that give it (ids), the articles that relay it, and how many independent sources those are. */
  claims: string[];
  articles: string[];
  independentSources: number;
  evidence: EvidenceSpan[];
}

/**
 * A key figure: claims about the same quantity of the same place ("troops:KP") in one story,
 * each distinct value with its claimants, in the order they were first reported.
 */
export interface FigureQuestion {
  id: string;
  /** Story id. */
  story: string;
  concept: string;
  /** What is counted, as the articles most often write it. */
  label: string;
  status: QuestionStatus;
  figures: QuestionFigure[];
  /** Pairs of figures (indexes into `figures`) that clash at one time. */
  conflicts: [number, number][];
}

export type ContradictionKind = 'figures' | 'assertion-denial';

export interface ContradictionItem extends EvidenceSpan {
  /** What the item is: "claim", "quote" or "statement". */
  type?: string | null;
  /** The id of the claim or quote, when it has one. */
  ref?: string | null;
}

export interface Contradiction {
  kind: ContradictionKind;
  /** The story it belongs to. */
  story?: string | null;
  /** The key figure it is about, when it is about one. */
  question?: string | null;
  summary: string;
  items: ContradictionItem[];
}

/** The whole dossier: what `recoupe analyze --json` writes. */
export interface Dossier {
  schema: 'recoupe.dossier/1';
  /** @format date-time */
  generatedAt: string;
  articles: DossierArticle[];
  errors: InputError[];
  derivations: Derivation[];
  stories: Story[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  times: TimeExpression[];
  timeline: TimelineEntry[];
  contradictions: Contradiction[];
  /** Confirmations, denials, disputes and refusals to confirm. */
  stances?: Stance[];
  /** Key figures: each quantity's values across sources and dates. */
  questions?: FigureQuestion[];
}
