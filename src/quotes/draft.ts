import type { QuoteKind } from '../contract/dossier.js';
import type { QuoteSpeaker } from '../model/layers.js';
import type { Token } from '../entities/tokens.js';
import type { Cue } from './cues.js';
import type { QuotedSpan } from './marks.js';
import type { SpeakerContext } from './speakers.js';

/** A cue with the speaker it was found with (before pronouns are resolved). */
export interface SpokenCue extends Cue {
  speaker?: QuoteSpeaker;
  /** The speaker came after the verb ("», a déclaré X", "said Smith"). */
  after?: boolean;
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

/** A dash, typed as one character or as a spaced hyphen or two ("--" is two tokens). */
export const DASH = /^(?:--?|[—–])$/;

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
