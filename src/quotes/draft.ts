import type { QuoteKind } from '../contract/dossier.js';
import type { QuoteSpeaker } from '../model/layers.js';
import type { Token } from '../entities/tokens.js';
import { keyReader, type Cue } from './cues.js';
import { writtenForm } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import type { SpeakerContext } from './speakers.js';

/** A cue with the speaker it was found with (before pronouns are resolved). */
export interface SpokenCue extends Cue {
  speaker?: QuoteSpeaker;
  /** The speaker came after the verb ("», a déclaré X", "said Smith"). */
  after?: boolean;
  /**
   * The verb is in the passive (`passiveCue`): `speaker` is its subject, who is told, asked or
   * spoken of and does not speak; the agent after it does, if the sentence names one.
   */
  passive?: { agent?: QuoteSpeaker };
  /** The verb is an infinitive that a verb or an adjective governs ("tried to argue"), whose subject speaks. */
  catenative?: boolean;
  /**
   * The speaker is a source named after a verb with no subject of its own (`learnedSource`: « …,
   * ont indiqué de sources policières »): a participle after it is the clause's, not the source's.
   */
  sourced?: boolean;
  /**
   * The speaker is the object of a verb that charges it ("mocked Trump for calling himself …"): a
   * participle after it is the sentence subject's ("…, noting that").
   */
  charged?: boolean;
  /** The outlet or document that relays the speaker's words ("Reuters quoted a police official as saying"), see `relayedCues`. */
  relay?: QuoteSpeaker;
}

/** A quotation as the readers find it: its speaker's pronoun not yet resolved, its turn not yet numbered. */
export interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  rule: string;
  cue?: SpokenCue;
  speaker?: QuoteSpeaker;
  /** Carries on the previous quotation's words. */
  carried?: boolean;
}

/**
 * Does token `k` open a clause's subject in `sentence`, after a complementizer: a pronoun, a
 * determiner or an article, an expletive, a capital or a number ("said that the dam held, and that
 * the town was safe", « affirme que la rivière … »)?
 */
export function clauseSubjectAt(ctx: SpeakerContext, k: number, sentence: number): boolean {
  const { lex } = ctx;
  const w = ctx.tokens[k];
  return !!w?.word && w.sentence === sentence && (lex.isPronoun(w.key) || lex.determiners.has(w.key) || ctx.articles.has(w.key) || lex.expletiveSubjects.has(w.key) || w.cap || /^\p{N}/u.test(w.text));
}

/**
 * Is token `i` a preposition: a word of `boundaries` that is no coordinator, conjunction,
 * complementizer, relative nor subordinator (« sans ciller », "In May, …", "At the rally, …")?
 */
export function prepositionAt(ctx: SpeakerContext, i: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[i];
  return !!t?.word && lex.boundaries.has(t.key) && ![lex.coordinators, lex.verbConjunctions, lex.complementizers, lex.relatives].some((set) => set.has(t.key)) && !lex.subordinators.match(keyReader(tokens, t.sentence), i);
}

/**
 * Is token `i` a verb's auxiliary as written ("has", « a », « était »)? Not a word whose key folds
 * to one (« à »), nor a link that the cue reader also takes before verbs (« de », « d' »).
 */
export function auxiliaryAt(ctx: SpeakerContext, i: number): boolean {
  const t = ctx.tokens[i];
  // « cet été », « de l'été »: after a determiner, « été » is the season; not after a floating
  // quantifier that follows an auxiliary (« ont toutes été rejetées »).
  const before = ctx.tokens[i - 1]?.key ?? '';
  if (t?.word && ctx.lex.nounAuxiliaries.has(t.key) && ctx.lex.determiners.has(before) && !(ctx.lex.quantifiers.has(before) && ctx.lex.auxiliaries.has(ctx.tokens[i - 2]?.key ?? ''))) return false;
  return !!t?.word && ctx.lex.auxiliaries.has(t.key) && !ctx.links.has(t.key) && ctx.lex.auxiliaryForms.has(writtenForm(t.text));
}

/** Is token `i` an auxiliary, as read (`auxiliaryAt`) or as written (`writtenAuxiliaryAt`: « a », which « à » folds to)? */
export function anyAuxiliaryAt(ctx: SpeakerContext, i: number): boolean {
  return auxiliaryAt(ctx, i) || writtenAuxiliaryAt(ctx, i);
}

/**
 * Is token `i` an auxiliary as written (« a », which the French links' « à » folds to), and not the
 * marker of an infinitive that the French lexicon lists with its auxiliaries (« de », « en train de
 * saluer »)?
 */
export function writtenAuxiliaryAt(ctx: SpeakerContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t?.word && ctx.lex.auxiliaries.has(t.key) && ctx.lex.auxiliaryForms.has(writtenForm(t.text)) && !ctx.lex.infinitiveMarkerForms.has(writtenForm(t.text));
}

/**
 * Is the cue a verb in the passive ("was told", "is said", « a été annoncé », « est précisé »)? A
 * passive auxiliary in it, no reflexive (« s'est dit »), no gerund after it ("was saying", "is
 * calling on", "is considering"), and no participle of a state of mind ("is worried that").
 */
export function passiveCue(ctx: SpeakerContext, c: Cue): boolean {
  const { tokens, lex } = ctx;
  if (c.kind !== 'verb') return false;
  if (bareParticiple(ctx, c)) return true;
  // (Nor with a reflexive right before the cue: « Nous nous sommes dit que ».)
  const before = tokens[c.from - 1];
  if (before?.word && before.sentence === tokens[c.from]!.sentence && lex.reflexives.has(before.key)) return false;
  // ("I'm told", "we're asked": the auxiliary is contracted onto the pronoun before the cue.)
  let passive = !!before?.word && before.sentence === tokens[c.from]!.sentence && lex.isPronoun(before.key) && lex.passiveContractions.some((e) => before.key.endsWith(e)) && !lex.isProgressive(tokens[c.from]!.key);
  for (let i = c.from; i < c.to; i++) {
    const key = tokens[i]!.key;
    // ("being" is a passive auxiliary only: "after being told".)
    if (lex.passiveAuxiliaries.has(key) && (auxiliaryAt(ctx, i) || i > c.from || !lex.auxiliaries.has(key))) passive = true;
    // (An adverb is no gerund: « Il est cependant précisé ».)
    else if (lex.reflexives.has(key) || (passive && !lex.isAdverb(key) && (lex.isProgressive(key) || lex.stateParticiples.has(key)))) return false;
  }
  return passive;
}

/**
 * « les deux ennemis jurés », « Rifaat, souvent accusé d'avoir … »: a past participle with no
 * auxiliary, in a language that writes it apart from its finite forms (`participlesApart`), is
 * passive or an adjective.
 */
export function bareParticiple(ctx: SpeakerContext, c: Cue): boolean {
  const { tokens, lex } = ctx;
  return c.kind === 'verb' && !c.active && lex.participlesApart && c.to === c.from + 1 && lex.isPastParticiple(tokens[c.from]!.text.toLowerCase());
}

/** A dash, typed as one character (em, en, or the horizontal bar "―") or as a spaced hyphen or two ("--" is two tokens). */
export const DASH = /^(?:--?|[—–―])$/;

/** A year as written in news text (1800–2099): an adjunct of time, not an amount ("from 2011", "in 2010"). */
export const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * A bare clause has a word that is not a name, a number or a preposition ("told Fox 35 in
 * Orlando" reports nothing).
 */
export function hasClauseWord(ctx: SpeakerContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = ctx.tokens[i]!;
    if (t.word && !t.cap && !/^\p{N}/u.test(t.text) && !ctx.lex.boundaries.has(t.key)) return true;
  }
  return false;
}

/** Words between two tokens (both included), counted up to `enough`: callers ask for a few at least. */
export function wordsBetween(tokens: readonly Token[], from: number, to: number, enough = 3): number {
  let n = 0;
  for (let i = from; i <= to && n < enough; i++) if (tokens[i]?.word) n++;
  return n;
}

/** Are most of the characters from `start` to `end` inside quotation marks? */
export function mostlyQuoted(spans: readonly QuotedSpan[], start: number, end: number): boolean {
  let covered = 0;
  for (const s of spans) covered += Math.max(0, Math.min(end, s.close) - Math.max(start, s.open));
  return covered >= 0.6 * (end - start);
}

/**
 * Does a clause of accord ("as", « comme l' ») end right before token `at`, starting at `from` or
 * after (and, with `comma`, at a clause's start: the sentence's or after a comma)? A phrase of
 * one word is tried before one of two ("as" before "just as").
 */
export function accordBefore(ctx: SpeakerContext, at: number, from: number, comma: boolean): boolean {
  const { tokens, lex } = ctx;
  // Most verbs have no clause of accord before them: a look at the first word of one is enough.
  if (!lex.accordClauses.has(tokens[at - 1]?.key ?? '') && !lex.accordClauses.has(tokens[at - 2]?.key ?? '')) return false;
  const keys = keyReader(tokens, tokens[at]!.sentence);
  for (let p = 1; p <= 2 && at - p >= from; p++) {
    const i = at - p;
    // (A coordinator may open the sentence before it: "But as Hale noted, …".)
    const opens = i === from || tokens[i - 1]!.text === ',' || (i - 1 === from && (lex.coordinators.has(tokens[from]!.key) || lex.verbConjunctions.has(tokens[from]!.key)));
    if (lex.accordClauses.match(keys, i)?.words.length === p && (!comma || opens)) return true;
  }
  return false;
}

/** Is token `i` inside the cue of a reporting verb? The cues know written forms (« les critiques » is no verb) and compound nouns ("think tank"). */
export function inVerbCue(cues: readonly SpokenCue[], i: number): boolean {
  return cues.some((c) => c.kind === 'verb' && i >= c.from && i < c.to);
}

/**
 * "Behind the scenes, Berg is …", "Emerging from the meeting, the prefect …", « À Valmont, la nuit
 * dernière, les habitants … »: the first token after the opening phrases of words that run from
 * `from` (one of `adjunctPrepositions`, matched as written so that « Des troupes » is no « dès »,
 * or a participle first, up to its comma), or `from` itself. A phrase must end before `to`. A
 * clause opened by "when" or "if", and an adverb ("Instead, …"), stay.
 */
export function afterOpeningPhrases(ctx: SpeakerContext, from: number, to: number): number {
  const { tokens, lex } = ctx;
  const keys = keyReader(tokens, tokens[from]!.sentence);
  for (;;) {
    const opening = tokens[from]!;
    // A participle takes a complement in lower case ("Emerging from …"); "Morning, …", « Cependant, … » are none.
    const next = tokens[from + 1];
    const participle = lex.isGerund(opening.key) && !lex.isAdverb(opening.key) && !!next?.word && !next.cap;
    if (!(lex.adjunctPrepositions.match(keys, from) && lex.adjunctPrepositionForms.has(writtenForm(opening.text))) && !participle) return from;
    let comma = from + 1;
    while (comma < to && tokens[comma]!.text !== ',' && !ctx.quoted[comma]) comma++;
    if (comma >= to || tokens[comma]!.text !== ',') return from;
    from = comma + 1;
  }
}

/**
 * Does the clause go on after cue `c` past a comma with a word in lower case that no coordinator
 * opens, before any quotation or complementizer of its own ("the engineers, told of the cracks,
 * did nothing", "voters, asked about the levee, favored repairs")? Then the cue is a reduced
 * clause set between commas inside another report.
 */
export function reducedClauseAfter(ctx: SpeakerContext, c: Cue): boolean {
  const { tokens, lex } = ctx;
  const sentence = tokens[c.from]!.sentence;
  for (let k = c.to; tokens[k] && tokens[k]!.sentence === sentence; k++) {
    const n = tokens[k + 1];
    if (ctx.quoted[k] || lex.complementizers.has(tokens[k]!.key)) return false;
    if (tokens[k]!.text === ',') return !!n?.word && !n.cap && n.sentence === sentence && !lex.coordinators.has(n.key) && !lex.verbConjunctions.has(n.key);
  }
  return false;
}
