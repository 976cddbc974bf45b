import type { SpeechLexicon, StanceLexicon } from '../lang/types.js';
import type { QuoteAnnotation } from '../model/layers.js';
import { phraseKeys, PhraseIndex } from './lexicon.js';
import type { SpeechScan } from './extract.js';
import type { SpeakerContext } from './speakers.js';
import { inversionAt } from './cues.js';

/** How many tokens back from a verb a negation or a refusal may stand ("n'ont pas confirmé", "did not immediately say"). */
export const NEGATION_REACH = 4;

/** The language's negations and refusals, compiled once. */
export interface CompiledNegation {
  negations: Set<string>;
  particles: Set<string>;
  completions: Set<string>;
  refusals: PhraseIndex<{ words: string[] }>;
  /** Words between a subject and a negated verb: negations, refusals' words, auxiliaries. */
  skippable: Set<string>;
}

const compiled = new WeakMap<StanceLexicon, CompiledNegation>();

/**
 * The refusals are the stance lexicon's and the speech lexicon's refusing governors ("declined
 * to", « a refusé de »), listed once there.
 */
export function compileNegation(lex: StanceLexicon, speech: Pick<SpeechLexicon, 'auxiliaries' | 'governors'>): CompiledNegation {
  let c = compiled.get(lex);
  if (!c) {
    const refusals = [...new Set([...lex.refusals, ...speech.governors.refusals])];
    const negations = new Set(lex.negations.map((n) => phraseKeys(n).join(' ')));
    const skippable = new Set([...negations, ...refusals.flatMap(phraseKeys), ...speech.auxiliaries.flatMap(phraseKeys)]);
    const particles = new Set(lex.negationParticles.map((n) => phraseKeys(n).join(' ')));
    const completions = new Set(lex.negationCompletions.map((n) => phraseKeys(n).join(' ')));
    c = { negations, particles, completions, refusals: new PhraseIndex(refusals.map((p) => ({ words: phraseKeys(p) }))), skippable };
    compiled.set(lex, c);
  }
  return c;
}

/**
 * Is the verb of tokens `from`..`to` negated or refused: a negation among its words, or among the
 * negations, refusals, auxiliaries, adverbs and elided pronouns right before it ("did not
 * immediately say", "has not yet confirmed", "declined to say", « ne l'a pas confirmé »)? The walk
 * back stops at any other word or mark, so a negation in a clause before ("The mayor, who did not
 * attend, said", "Residents who could not vote said") is not the verb's. A particle such as « ne »
 * negates only with a second negation word or a completion (`negationCompletions`), before the
 * verb or right after it (« ne croient pas », « personne n'a dit »): « n'a annoncé que 300 » is "only".
 * Given the speaker, a negative determiner on its first token or right before it negates too ("No
 * official said", "No Labour MP said"), but not before a number ("No 10 said").
 */
export function isNegated(ctx: SpeakerContext, neg: CompiledNegation, from: number, to: number, speaker?: { start: number }): boolean {
  const { tokens, lex } = ctx;
  const sentence = tokens[from]!.sentence;
  let particle = false;
  let completion = false;
  // A full negation at token k (and notes a particle or a completion).
  const negation = (k: number) => {
    const key = tokens[k]!.key;
    if (neg.particles.has(key)) particle = true;
    else if (neg.completions.has(key)) completion = true;
    else return neg.negations.has(key) || key.endsWith("n't");
    return false;
  };
  const keys = (i: number) => (tokens[i]?.sentence === sentence ? tokens[i].key : undefined);
  // A refusal may be in the cue itself, as its governor ("declined to say", « a refusé de dire »).
  for (let k = from; k < to; k++) if (negation(k) || neg.refusals.match(keys, k)) return true;
  for (let k = from - 1; k >= 0 && from - k <= NEGATION_REACH + 1 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (!t.word) break;
    if (negation(k)) return true;
    const r = neg.refusals.match(keys, k);
    if (r && k + r.words.length <= to + 1) return true;
    // « ne l'a pas » : an elided object pronoun stands inside the negation.
    const elided = /'$/.test(t.key) && t.key.length <= 3;
    // « personne n'a dit »: a completion before the particle.
    if (!(neg.skippable.has(t.key) || neg.completions.has(t.key) || lex.isAdverb(t.key) || elided)) break;
  }
  // "No official said", « Aucun responsable n'a affirmé »: a negative determiner opens the subject
  // before the verb (with its particle, for a completion).
  // The speaker may start after the determiner ("No Labour MP said": "Labour MP"); "No 10" is a name.
  const negative = (k: number) => {
    const t = tokens[k];
    const w = tokens[k + 1];
    return t?.sentence === sentence && lex.determiners.has(t.key) && !!w?.word && !/^\p{N}/u.test(w.text) && ((neg.negations.has(t.key) && !neg.particles.has(t.key)) || (particle && neg.completions.has(t.key)));
  };
  const subject = speaker ? ctx.tokenAt(speaker.start) : -1;
  if (subject >= 0 && subject < from && (negative(subject) || negative(subject - 1))) return true;
  // "Nobody knows what …", "None of the candidates has said …", « Personne ne s'attendait à … »: a
  // subject that says no one speaks (`negativeSubjects`).
  if (subject >= 0 && subject < from && lex.negativeSubjects.match(keys, subject)) return true;
  // « ne croient pas », « n'a plus précisé »: with a particle, the second word may follow the verb.
  for (let k = to; particle && k < to + 2 && tokens[k]?.word && tokens[k]!.sentence === sentence; k++) if (negation(k)) return true;
  return particle && completion;
}

/** The quotations whose reporting verb is negated or refused, flagged `negated` ("did not say when", « n'a pas précisé si »). */
export function markNegated(quotes: readonly QuoteAnnotation[], scan: SpeechScan, neg: CompiledNegation): QuoteAnnotation[] {
  const { ctx } = scan;
  return quotes.map((q) => {
    if (!q.cue) return q;
    const from = ctx.tokenAt(q.cue.start);
    const to = ctx.tokenAt(q.cue.end - 1) + 1;
    return ctx.tokens[from]?.start === q.cue.start && isNegated(ctx, neg, from, to, q.speaker) && !rhetoricalQuestion(ctx, from, to) ? { ...q, negated: true } : q;
  });
}

/**
 * Is the verb of tokens `from`..`to` inverted in a question that asks yes or no, with no
 * interrogative before it (« N'a-t-il pas déclaré que … ? »)? Its negation asks the reader to agree
 * that the speaker did say it; not « Pourquoi n'a-t-il pas dit … ? ».
 */
function rhetoricalQuestion(ctx: SpeakerContext, from: number, to: number): boolean {
  const { tokens, lex } = ctx;
  const sentence = tokens[from]!.sentence;
  let inverted = false;
  for (let k = from; k < to && !inverted; k++) inverted = !!inversionAt(tokens, k, lex);
  if (!inverted) return false;
  for (let k = from - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (lex.interrogatives.has(tokens[k]!.key)) return false;
  let last = to;
  while (tokens[last + 1]?.sentence === sentence) last++;
  while (last > to && !tokens[last]!.word && tokens[last]!.text !== '?') last--;
  return tokens[last]?.text === '?';
}
