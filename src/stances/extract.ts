import type { LanguagePack } from '../lang/types.js';
import type { StanceKind } from '../contract/dossier.js';
import type { MentionAnnotation, QuoteAnnotation, QuoteSpeaker, SpeakerRef, StanceAnnotation } from '../model/layers.js';
import { phraseKeys, PhraseIndex } from '../quotes/lexicon.js';
import { scanSpeech, type QuoteInput, type SpokenCue } from '../quotes/extract.js';
import { lastNamedBefore, speakerEndingAt, type SpeakerContext } from '../quotes/speakers.js';
import { compileNegation, isNegated, NEGATION_REACH, type CompiledNegation } from '../quotes/negation.js';

export interface StanceInput extends QuoteInput {
  quotes: readonly QuoteAnnotation[];
}

/** How many tokens after a dispute verb its report noun may stand ("a qualifié les informations de"). */
const REPORT_REACH = 3;

interface Compiled extends CompiledNegation {
  disputeVerbs: PhraseIndex<{ words: string[] }>;
  reportNouns: Set<string>;
}

const compiled = new WeakMap<LanguagePack['stances'], Compiled>();

function compile(lex: LanguagePack['stances'], speech: LanguagePack['speech']): Compiled {
  let c = compiled.get(lex);
  if (!c) {
    const phrases = (list: readonly string[]) => new PhraseIndex(list.map((p) => ({ words: phraseKeys(p) })));
    c = { ...compileNegation(lex, speech), disputeVerbs: phrases(lex.disputeVerbs), reportNouns: new Set(lex.reportNouns.map((n) => phraseKeys(n).join(' '))) };
    compiled.set(lex, c);
  }
  return c;
}

/**
 * Stances: who confirms, denies, disputes or declines to confirm what. A reporting verb of the
 * deny or confirm class is a denial or a confirmation ("a nié avoir fourni", "confirmed that");
 * negated or after a refusal, a confirmation is declined ("n'ont pas confirmé", "declined to
 * confirm"); a dispute verb whose object is a report is a dispute ("a qualifié les informations
 * de …", "dismissed the reports"). The object is what the verb governs, to the end of its clause;
 * in the passive, the agent is the actor and the subject's clause the object ("Reports of a leak
 * were denied by the ministry").
 */
export function extractStances(input: StanceInput, lang: LanguagePack): StanceAnnotation[] {
  const scan = scanSpeech(input, lang.speech, lang.entities);
  const { ctx } = scan;
  const lex = compile(lang.stances, lang.speech);
  const out: StanceAnnotation[] = [];
  const seen = new Set<number>();
  for (const cue of scan.cues) {
    if (cue.kind !== 'verb') continue;
    // "si elle se confirmait": a reflexive verb is passive, no one confirms.
    if (ctx.lex.reflexives.has(ctx.tokens[cue.from - 1]?.key ?? '') || ctx.lex.reflexives.has(ctx.tokens[cue.from]!.key)) continue;
    const cls = cue.class;
    const dispute = disputeAt(ctx, lex, cue.to - 1);
    let kind: StanceKind | undefined;
    if (dispute !== undefined) kind = 'dispute';
    else if (cls === 'deny' || cls === 'confirm') {
      const negated = isNegated(ctx, lex, cue.from, cue.to, cue.speaker);
      if (cls === 'confirm') kind = negated ? 'decline' : 'confirm';
      // "n'a pas démenti" neither denies nor confirms.
      else if (!negated) kind = 'deny';
    }
    if (!kind) continue;
    seen.add(cue.to - 1);
    out.push(stance(ctx, lex, input, cue, kind));
  }
  // Dispute verbs that are not reporting verbs ("a contesté les chiffres", "dismissed the reports").
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (seen.has(i) || ctx.quoted[i]) continue;
    const m = lex.disputeVerbs.match((k) => ctx.tokens[k]?.key, i);
    if (!m) continue;
    const last = i + m.words.length - 1;
    if (disputeAt(ctx, lex, last) === undefined) continue;
    let from = i;
    while (from > 0 && ctx.lex.auxiliaries.has(ctx.tokens[from - 1]!.key)) from--;
    const cue: SpokenCue = { from, to: last + 1, kind: 'verb' };
    const s = speakerEndingAt(ctx, from - 1);
    out.push(stance(ctx, lex, input, s ? { ...cue, speaker: s } : cue, 'dispute'));
    i = last;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Is the verb at `last` a dispute verb with a report as its object? Gives the report noun's index. */
function disputeAt(ctx: SpeakerContext, lex: Compiled, last: number): number | undefined {
  const t = ctx.tokens[last];
  if (!t) return undefined;
  let verb = false;
  for (let from = Math.max(0, last - 2); from <= last; from++) {
    const m = lex.disputeVerbs.match((k) => (ctx.tokens[k]?.sentence === t.sentence ? ctx.tokens[k].key : undefined), from);
    if (m && from + m.words.length - 1 === last) verb = true;
  }
  if (!verb) return undefined;
  for (let k = last + 1; k <= last + REPORT_REACH; k++) {
    const w = ctx.tokens[k];
    if (!w?.word || w.sentence !== t.sentence) return undefined;
    if (lex.reportNouns.has(w.key)) return k;
  }
  return undefined;
}

function stance(ctx: SpeakerContext, lex: Compiled, input: StanceInput, cue: SpokenCue, kind: StanceKind): StanceAnnotation {
  const { tokens, text } = ctx;
  const cueStart = tokens[cue.from]!.start;
  const cueEnd = tokens[cue.to - 1]!.end;
  const quote = input.quotes.find((q) => q.cue && q.cue.start === cueStart);
  // "The spokesman declined to confirm", "n'ont pas voulu confirmer": the subject is before the refusal.
  if (!cue.speaker && !quote?.speaker) {
    let j = cue.from - 1;
    const sentence = tokens[cue.from]!.sentence;
    while (j > 0 && cue.from - j <= NEGATION_REACH + 1 && tokens[j]!.sentence === sentence && (lex.skippable.has(tokens[j]!.key) || tokens[j]!.key.endsWith("n't"))) j--;
    const s = j < cue.from - 1 ? speakerEndingAt(ctx, j) : undefined;
    if (s) cue = { ...cue, speaker: s };
  }
  // "The report was denied by the ministry": the agent denies, what the subject names is denied.
  // ("It was confirmed by officials that …": the reported content stays the object.)
  const object = cue.passive && quote?.kind !== 'indirect' ? clauseBefore(ctx, cue.from) : quote && quote.kind === 'indirect' ? { start: quote.start, end: quote.end } : objectAfter(ctx, cue.to);
  const actor = actorOf(cue.passive ? cue.passive.agent : (quote?.speaker ?? cue.speaker), input.mentions, cueStart);
  const start = Math.min(actor?.start ?? cueStart, object?.start ?? cueStart, cueStart);
  const end = Math.max(actor?.end ?? cueEnd, object?.end ?? cueEnd, cueEnd);
  return {
    start,
    end,
    rule: `stances/${kind}`,
    kind,
    cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
    ...(actor ? { actor } : {}),
    ...(object ? { object: { ...object, text: text.slice(object.start, object.end) } } : {}),
  };
}

/** What the verb governs: from after it to the end of its clause (a semicolon, a dash, ", mais", the sentence end). */
function objectAfter(ctx: SpeakerContext, k: number): { start: number; end: number } | undefined {
  const { tokens, lex } = ctx;
  const first = tokens[k];
  if (!first || first.sentence !== tokens[k - 1]?.sentence || !first.word) return undefined;
  let e = k;
  while (e < tokens.length && tokens[e]!.sentence === first.sentence) {
    const t = tokens[e]!;
    if (!t.word && /^[;:—–()]$/.test(t.text)) break;
    if (t.text === ',' && (lex.boundaries.has(tokens[e + 1]?.key ?? '') || lex.isPronoun(tokens[e + 1]?.key ?? ''))) break;
    if (!t.word && t.text === '.' && e > k) break;
    e++;
  }
  while (e > k && !tokens[e - 1]!.word && !/[»”"’)]/.test(tokens[e - 1]!.text)) e--;
  if (e === k) return undefined;
  // A sentence's last word may carry its period ("the dam." reads like an abbreviation).
  const last = tokens[e - 1]!;
  const end = last.text.endsWith('.') && tokens[e]?.sentence !== first.sentence ? last.end - 1 : last.end;
  return { start: first.start, end };
}

/** The actor: the speaker, a pronoun's antecedent being the last person or body named before it. */
function actorOf(sp: QuoteSpeaker | undefined, mentions: readonly MentionAnnotation[], before: number): StanceAnnotation['actor'] {
  if (!sp) return undefined;
  let ref: SpeakerRef | undefined = sp.ref ?? (sp.form === 'pronoun' ? undefined : sp);
  if (sp.form === 'pronoun' && !sp.ref) ref = lastNamedBefore(mentions, before);
  if (!ref) return undefined;
  const name = sp.form === 'phrase' || (sp.form === 'name' && sp.members) ? sp.name : ref.name;
  return { start: sp.start, end: sp.end, name, ...(ref.key ? { key: ref.key } : {}), ...(ref.type ? { type: ref.type } : {}), ...(sp.members ? { members: sp.members } : {}), ref: { start: ref.start, end: ref.end } };
}



/**
 * The words of the clause before token `k`, back to a mark, a relative or a subordinator, or the
 * sentence start (eight tokens at most): "the reports" in "Roy left; the reports were denied".
 */
function clauseBefore(ctx: SpeakerContext, k: number): { start: number; end: number } | undefined {
  const { tokens, lex } = ctx;
  const stops = (t: (typeof tokens)[number]) => (!t.word && !/^['’-]$/.test(t.text)) || lex.relatives.has(t.key) || lex.complementizers.has(t.key) || !!lex.subordinators.match((i) => (i === 0 ? t.key : undefined), 0);
  let j = k - 1;
  while (j >= 0 && k - j <= 8 && tokens[j]!.sentence === tokens[k]!.sentence && !stops(tokens[j]!)) j--;
  if (j === k - 1 || k - j > 8) return undefined;
  return { start: tokens[j + 1]!.start, end: tokens[k - 1]!.end };
}
