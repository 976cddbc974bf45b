import type { EntityType, Qualifier, QuoteKind, StanceKind } from '../contract/dossier.js';
import type { VerbClass } from '../lang/types.js';
import type { Annotation } from './annotation.js';

/** A paragraph of the text. Headings (short lines with no final punctuation) are marked. */
export type ParagraphAnnotation = Annotation<{ index: number; heading: boolean }>;

/** A sentence, inside one paragraph. */
export type SentenceAnnotation = Annotation<{ paragraph: number }>;

/** What a quotation mark or apostrophe does where it stands. */
export type QuoteRole = 'open' | 'close' | 'apostrophe' | 'ambiguous';
export type QuoteStyle = 'guillemet' | 'curly-double' | 'curly-single' | 'straight-double' | 'straight-single' | 'low-double';

/** One quotation mark, guillemet or apostrophe, classified. */
export type QuoteMarkAnnotation = Annotation<{ style: QuoteStyle; role: QuoteRole }>;

/** How an article credits an agency or outlet. */
export type CreditCue = 'dateline' | 'credit-line' | 'contributor' | 'citation';

/** A credit: the words that credit an agency or outlet ("SÉOUL (AP) —", "selon Reuters", "Avec AFP"). */
export type CreditAnnotation = Annotation<{ agency: string; cue: CreditCue }>;

/** How a mention names its entity. */
export type MentionForm = 'name' | 'short' | 'role' | 'known-name' | 'demonym' | 'capital' | 'candidate';

/** The role or title a mention is given, where the article gives one. */
export interface MentionRole {
  start: number;
  end: number;
  text: string;
  /** The country or body the role belongs to ("country:US", "org:nato"). */
  of?: string;
  country?: string;
}

/**
 * A mention of a person, organisation, place or country. `name` is the fullest form the article
 * gives ("Lloyd Austin" for a later "Austin" or "le ministre américain"); `key` is what mentions
 * of one entity share: a gazetteer id ("country:KP") or a person's transliteration key. A
 * `candidate` is a capitalised name with no evidence of its type yet: the story may give some.
 */
/** A person's grammatical gender, as the article marks it (« Mme », « la maire », "spokeswoman"): what "she" and « elle » agree with. */
export type Gender = 'feminine' | 'masculine';

export type MentionAnnotation = Annotation<{ type: EntityType; form: MentionForm; name: string; key: string; role?: MentionRole; gender?: Gender }>;

/** How a quotation's speaker is named where the quotation is attributed. */
export type SpeakerForm = 'name' | 'role' | 'pronoun' | 'relative' | 'phrase';

/** Where a speaker is named: a mention, or the words of a pronoun or a noun phrase. */
export interface SpeakerRef {
  start: number;
  end: number;
  /** The name as the article gives it in full ("Lloyd Austin" for "Austin" or "le ministre américain"). */
  name: string;
  /** The mention key (gazetteer id or person key), when the speaker is a recognised mention. */
  key?: string;
  type?: EntityType;
}

/**
 * Who a quotation is from. `start`/`end` are the words that name the speaker where it is
 * attributed ("il" in "a-t-il déclaré", "le porte-parole du Kremlin, Dmitri Peskov"); `ref` is
 * the mention the speaker resolves to (the antecedent of a pronoun). A collective speaker
 * ("Washington et Séoul") lists its members.
 */
export interface QuoteSpeaker extends SpeakerRef {
  form: SpeakerForm;
  ref?: SpeakerRef;
  members?: SpeakerRef[];
}

/** The reporting cue: a verb ("a déclaré", "said"), a source preposition ("selon", "according to") or a colon. */
export interface QuoteCue {
  start: number;
  end: number;
  text: string;
  class?: VerbClass;
}

/**
 * A quotation: `direct` (in quotation marks), `fragment` (a few scare-quoted words inside a
 * sentence) or `indirect` (reported content after "a déclaré que", "selon X", "said"). Quotations
 * that continue one speaker's words share a `turn`. `channel` is the outlet or agency the
 * speaker spoke to ("a déclaré à CNN"). `negated`: the reporting verb is negated or refused ("did
 * not say when", « n'a pas précisé si »): the speaker did not say it.
 */
export type QuoteAnnotation = Annotation<{ kind: QuoteKind; turn: number; cue?: QuoteCue; speaker?: QuoteSpeaker; channel?: string; negated?: true }>;

/**
 * A temporal expression resolved against the publication day: `value` is ISO 8601 at its own
 * granularity ("2024-10-30", "2024-10", "2024-10-01/2024-10-15"), `first`/`last` the days it
 * covers. Relative expressions carry the day they were resolved against and where it came from.
 */
export type TimeAnnotation = Annotation<{
  value: string;
  granularity: 'day' | 'week' | 'month' | 'year' | 'interval';
  first: string;
  last: string;
  anchor?: string;
  anchorSource?: 'metadata' | 'inferred';
}>;

/**
 * A numeric claim: the figure and what it counts. `value` is null for a vague quantity ("des
 * milliers"); `unit` marks money ("USD"), percentages ("percent") and measures ("km2");
 * `concept` is what is counted, normalised ("troops:KP"); `claimant` is who gives the figure,
 * absent when the article states it itself; `refersTo` is the time the figure is about.
 */
export type ClaimAnnotation = Annotation<{
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  unit?: string;
  counts?: { start: number; end: number; text: string };
  concept?: string;
  claimant?: SpeakerRef & { members?: SpeakerRef[] };
  refersTo?: string;
  refersToSpan?: { start: number; end: number };
  /** The hedge and the figure, without what it counts. */
  figure: { start: number; end: number };
}>;

/**
 * A stance: `actor` confirms, denies, disputes or declines to confirm `object` ("La Corée du Nord
 * a nié avoir fourni …", "n'ont pas confirmé l'envoi de troupes"), through the verb `cue`.
 * The actor's `ref` is the mention it resolves to (a pronoun's antecedent).
 */
export type StanceAnnotation = Annotation<{
  kind: StanceKind;
  cue: { start: number; end: number; text: string };
  actor?: SpeakerRef & { members?: SpeakerRef[]; ref?: { start: number; end: number } };
  object?: { start: number; end: number; text: string };
}>;

/**
 * Every annotation layer, by name. A stage declares the names it requires and provides; later
 * capabilities add their layers here (credits, entities, quotes, claims, times).
 */
export interface LayerTypes {
  paragraphs: ParagraphAnnotation;
  sentences: SentenceAnnotation;
  quoteMarks: QuoteMarkAnnotation;
  credits: CreditAnnotation;
  mentions: MentionAnnotation;
  quotes: QuoteAnnotation;
  times: TimeAnnotation;
  claims: ClaimAnnotation;
  stances: StanceAnnotation;
}

export type LayerName = keyof LayerTypes;

export type Layers = { readonly [K in LayerName]?: readonly LayerTypes[K][] };

export const LAYER_NAMES: readonly LayerName[] = ['paragraphs', 'sentences', 'quoteMarks', 'credits', 'mentions', 'quotes', 'times', 'claims', 'stances'];
