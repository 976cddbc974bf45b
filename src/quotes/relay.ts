import type { QuoteSpeaker } from '../model/layers.js';
import { pronounSpeaker, speakerStartingAt, type SpeakerContext } from './speakers.js';
import type { SpokenCue } from './draft.js';
import { speakerHeaded } from './cue-speakers.js';

/**
 * Words relayed by an outlet or a document: "Reuters quoted a police official as saying that …",
 * « L'AFP cite un témoin affirmant que … », "The report quoted a nurse: “…”". The object of the
 * relaying verb (`relayingVerbs`) speaks through the participle after it, past one of
 * `relayLinks`, or through the colon right after it (where no link says so, only a person, a body,
 * a role or a person's noun); the verb's own cue, which would report its
 * object as content, is dropped, and its speaker becomes the quotation's relay (`SpokenCue.relay`),
 * the channel when it is an agency credited.
 */
export function relayedCues(ctx: SpeakerContext, cues: readonly SpokenCue[]): SpokenCue[] {
  const { tokens, lex } = ctx;
  if (lex.relayingVerbs.size === 0) return [...cues];
  const byStart = new Map<number, number>();
  cues.forEach((c, i) => byStart.set(c.from, i));
  const out: (SpokenCue | undefined)[] = [...cues];
  for (let i = 0; i < cues.length; i++) {
    const r = cues[i]!;
    if (r.kind !== 'verb' || !lex.relayingVerbs.has(tokens[r.to - 1]!.key)) continue;
    const sentence = tokens[r.from]!.sentence;
    const object = objectAt(ctx, r.to);
    if (!object) continue;
    let k = ctx.tokenAt(object.end - 1) + 1;
    while (tokens[k]?.word && tokens[k]!.sentence === sentence && lex.relayLinks.has(tokens[k]!.key)) k++;
    const at = byStart.get(k);
    const next = at === undefined ? undefined : cues[at];
    if (!next || tokens[k]!.sentence !== sentence) continue;
    // A participle after a link, where the language has one ("as saying"), or right after the object.
    const participle = next.kind === 'verb' && !!next.verb?.participle && (lex.relayLinks.size === 0 || k > ctx.tokenAt(object.end - 1) + 1);
    const colon = next.kind === 'colon' && k === ctx.tokenAt(object.end - 1) + 1;
    // (With no link to say so, or before a colon, only one who speaks: not "Varol cites three case
    // studies: the 1960 coup …".)
    const linked = participle && lex.relayLinks.size > 0;
    if ((!participle && !colon) || (!linked && object.form !== 'pronoun' && !speakerHeaded(ctx, object, true))) continue;
    out[i] = undefined;
    out[at!] = { ...next, speaker: object, after: false, ...(r.speaker ? { relay: r.speaker } : {}) };
  }
  return out.filter((c): c is SpokenCue => !!c);
}

/** The object right after a relaying verb: a phrase or a name, or an object pronoun ("quoted him as saying"). */
function objectAt(ctx: SpeakerContext, k: number): QuoteSpeaker | undefined {
  const t = ctx.tokens[k];
  if (!t?.word) return undefined;
  if (ctx.lex.objectPronouns.has(t.key)) return pronounSpeaker(t);
  const s = speakerStartingAt(ctx, k);
  return s && s.form !== 'pronoun' && s.form !== 'relative' ? s : undefined;
}
