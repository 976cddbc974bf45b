import type { QuoteSpeaker } from '../model/layers.js';
import { pronounSpeaker, speakerStartingAt, type SpeakerContext } from './speakers.js';
import type { SpokenCue } from './draft.js';
import { speakerHeaded } from './cue-speakers.js';

/**
 * Words relayed by an outlet or a document: "Reuters quoted a police official as saying that …",
 * « L'AFP cite un témoin affirmant que … », "The report quoted a nurse: “…”". The object of the
 * relaying verb (`relayingVerbs`) speaks through the participle after it, past one of
 * `relayLinks`, or through the colon right after it (where no link says so, only a person, a body,
 * a role or a person's noun); a name in apposition to the object speaks for it, and in the passive
 * the subject speaks ("was quoted by the Times as saying"). The verb's own cue, which would report
 * its object as content, is dropped, and its speaker (the passive's agent) becomes the quotation's
 * relay (`SpokenCue.relay`), the channel when it is an agency credited.
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
    // ("Mayor Ivo Kessler was quoted by the Northgate Times as saying …": in the passive the subject
    // speaks and the agent relays, past which the link comes.)
    const agent = r.passive?.agent;
    const found = r.passive ? (agent && ctx.tokenAt(agent.start) <= r.to + 1 ? r.speaker : undefined) : objectAt(ctx, r.to);
    if (!found) continue;
    // (The object ends before a cue that starts inside the phrase read: « des témoins affirmant ».)
    let cut = ctx.tokenAt(found.start) + 1;
    while (!r.passive && cut <= ctx.tokenAt(found.end - 1) && !byStart.has(cut)) cut++;
    let object = r.passive || cut > ctx.tokenAt(found.end - 1) ? found : { ...found, end: tokens[cut - 1]!.end, name: ctx.text.slice(found.start, tokens[cut - 1]!.end) };
    let after = agent ? ctx.tokenAt(agent.end - 1) + 1 : ctx.tokenAt(object.end - 1) + 1;
    // ("quoted one paramedic, Jonas Weller, as saying", "quoted one of them, Sam Idowu: …": a name
    // in apposition, before a comma or a colon, is the one who speaks. The phrase read may hold it
    // already, up to the comma that closes it.)
    let named: QuoteSpeaker | undefined;
    if (!r.passive && tokens[after]?.text === ',') {
      const holds = !!object.ref && object.ref.end === object.end && object.ref.start > object.start;
      named = holds ? object : apposedName(ctx, after + 1);
    }
    if (named) {
      object = named;
      after = ctx.tokenAt(named.end - 1) + 1;
      if (tokens[after]?.text === ',') after++;
    }
    let k = after;
    while (tokens[k]?.word && tokens[k]!.sentence === sentence && lex.relayLinks.has(tokens[k]!.key)) k++;
    // (Past a short complement of the object before a colon: "quoted a nurse on the night shift:".)
    const colonAt = k === after ? complementEnd(ctx, k) : k;
    const at = byStart.get(k) ?? byStart.get(colonAt);
    const next = at === undefined ? undefined : cues[at];
    if (!next || tokens[next.from]!.sentence !== sentence) continue;
    // A participle after a link, where the language has one ("as saying"), or right after the
    // object; or a source's relative right after it (« cite un policier selon lequel … »).
    // (Right after the object, a participle needs one who speaks: "quoted an unnamed official saying".)
    const participle = next.from === k && ((next.kind === 'verb' && !!next.verb?.participle && (lex.relayLinks.size === 0 || k > after || speakerHeaded(ctx, object, true))) || (next.kind === 'source' && lex.sourceRelatives.has(tokens[next.to]?.key ?? '') && k === after));
    const colon = next.kind === 'colon' && (next.from === after || next.from === colonAt);
    // (With no link to say so, or before a colon, only one who speaks: not "Varol cites three case
    // studies: the 1960 coup …".)
    const linked = participle && lex.relayLinks.size > 0;
    if ((!participle && !colon) || (!linked && object.form !== 'pronoun' && !speakerHeaded(ctx, object, true))) continue;
    const relay = r.passive ? agent : r.speaker;
    out[i] = undefined;
    out[at!] = { ...next, speaker: object, after: false, ...(relay ? { relay } : {}) };
    // ("quoted him as saying: “…”": the colon right after the participle gives its words too.)
    const then = participle ? byStart.get(next.to) : undefined;
    if (then !== undefined && cues[then]!.kind === 'colon') out[then] = { ...cues[then]!, speaker: object, after: false, ...(relay ? { relay } : {}) };
  }
  return out.filter((c): c is SpokenCue => !!c);
}

/**
 * The object right after a relaying verb: a phrase or a name, also a plural with no determiner
 * ("quoted witnesses as saying", « cite des témoins affirmant »), or an object pronoun ("quoted
 * him as saying").
 */
function objectAt(ctx: SpeakerContext, k: number): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t?.word) return undefined;
  if (lex.objectPronouns.has(t.key)) return pronounSpeaker(t);
  // (« cite le témoignage d'un pompier : », "quoted the account of a nurse": the one whose words
  // the noun names speaks.)
  const noun = tokens[k + 1];
  const link = tokens[k + 2];
  if ((lex.determiners.has(t.key) || ctx.articles.has(t.key)) && noun?.word && (lex.reportNouns.has(noun.key) || lex.messageNouns.has(noun.key)) && link?.word && ctx.links.has(link.key) && link.sentence === t.sentence) {
    const s = speakerStartingAt(ctx, k + 3, true) ?? speakerStartingAt(ctx, k + 2, true);
    if (s && s.form !== 'pronoun' && s.form !== 'relative' && speakerHeaded(ctx, s, true)) return s;
  }
  const s = speakerStartingAt(ctx, k, true);
  return s && s.form !== 'pronoun' && s.form !== 'relative' ? s : undefined;
}

/** A person's name at token `k` that a comma or a colon closes, in apposition to the object before it. */
function apposedName(ctx: SpeakerContext, k: number): QuoteSpeaker | undefined {
  const m = ctx.mentionStarting.get(k);
  // (Or a name of two words or more left a candidate: "one of them, Sam Idowu:".)
  if (!m || (m.type !== 'person' && !(m.form === 'candidate' && m.name.includes(' ')))) return undefined;
  const close = ctx.tokens[ctx.tokenAt(m.end - 1) + 1];
  if (close?.text !== ',' && close?.text !== ':') return undefined;
  const s = speakerStartingAt(ctx, k, true);
  return s?.form === 'name' ? s : undefined;
}

/** The token after a short complement that a preposition opens at token `k`, words only, six at most; else `k`. */
function complementEnd(ctx: SpeakerContext, k: number): number {
  const { tokens, lex } = ctx;
  const p = tokens[k];
  if (!p?.word || !lex.boundaries.has(p.key) || lex.complementizers.has(p.key)) return k;
  let j = k + 1;
  while (j < k + 7 && tokens[j]?.word && tokens[j]!.sentence === p.sentence && ![lex.verbs, lex.auxiliaries, lex.relatives, lex.complementizers].some((set) => set.has(tokens[j]!.key))) j++;
  return j > k + 1 ? j : k;
}
