import type { LanguagePack } from '../lang/types.js';
import type { Span } from '../model/annotation.js';
import type { ClaimAnnotation, MentionAnnotation, QuoteAnnotation, QuoteSpeaker, SpeakerRef, TimeAnnotation } from '../model/layers.js';
import { scanSpeech, type QuoteInput, type SpeechScan } from '../quotes/extract.js';
import { lastNamedBefore } from '../quotes/speakers.js';
import { sentenceWords, type Word } from '../text/words.js';
import { conceptOf, findFigures, GENERIC_CONCEPTS, numberGrammar, type NumberGrammar } from './figures.js';

export interface ClaimInput extends QuoteInput {
  mentions: readonly MentionAnnotation[];
  quotes: readonly QuoteAnnotation[];
  times: readonly TimeAnnotation[];
  publishedAt?: string;
}

/** How many characters a figure may stand from the reporting verb that attributes it. */
const REPORTER_REACH = 60;
/** How far before its verb the comma of an incise may be (", Mayor Luc Girard said"). */
const INCISE_CHARS = 40;
const QUOTE_MARK = /^[«»“”"‘’‹›]$/u;

/**
 * The numeric claims of an article: each figure with its hedge, unit and what it counts; the
 * concept it counts with the country it belongs to ("troops:KP"), so that claims about one
 * quantity line up across articles and languages; who claims it (the speaker of the quotation
 * or reported speech that holds it; none when the article states it itself); and the time it is
 * about (a time in the same quotation or sentence, else the publication day).
 */
export function extractClaims(input: ClaimInput, lang: LanguagePack): ClaimAnnotation[] {
  const g = numberGrammar(lang.numbers);
  const out: ClaimAnnotation[] = [];
  // Reporting cues are read again only when a figure has no quotation to take its claimant from.
  let scan: SpeechScan | undefined;
  const cues = () => (scan ??= scanSpeech(input, lang.speech, lang.entities));
  const all = sentenceWords(input.text, input.sentences);
  for (let k = 0; k < input.sentences.length; k++) {
    const s = input.sentences[k]!;
    if (!all[k]!.some((w, i) => w.kind === 'digits' || g.words.has(w.key) || g.scales.has(w.key) || g.approximateNouns.has(w.key) || g.vague.at(all[k]!, i))) continue;
    // Quotation marks are transparent to figures: "un « petit nombre » de soldats".
    const ws = all[k]!.filter((w) => !QUOTE_MARK.test(w.text));
    const times = input.times.filter((x) => x.start >= s.start && x.end <= s.end);
    const taken = (i: number) => times.some((x) => ws[i]!.start < x.end && ws[i]!.end > x.start);
    for (const f of findFigures(ws, g, taken)) {
      const start = ws[f.from]!.start;
      const figureEnd = ws[f.to - 1]!.end;
      const hasCounts = f.counts[1] > f.counts[0];
      const countsSpan = hasCounts ? { start: ws[f.counts[0]]!.start, end: ws[f.counts[1] - 1]!.end } : undefined;
      const end = countsSpan?.end ?? figureEnd;
      const quote = input.quotes.find((q) => q.speaker && q.start < figureEnd && q.end > start);
      // A figure in what someone did not say ("would not say whether 300 …") is no one's claim.
      const claimant = quote?.negated ? undefined : quote ? speakerOf(quote.speaker!) : reporter(cues(), input.mentions, s, start);
      const concept = hasCounts ? specificConcept(ws, f.from, f.counts, g) : undefined;
      const country = concept ? countryOf(input.mentions, quote ?? s, start, end, claimant, sameConcept(ws, g, concept, s.start, start)) : undefined;
      const when = refersTo(input.text, times, start, quote);
      out.push({
        start,
        end,
        rule: f.rule,
        value: f.value,
        ...(f.low !== undefined ? { low: f.low } : {}),
        ...(f.high !== undefined ? { high: f.high } : {}),
        qualifier: f.qualifier,
        figure: { start, end: figureEnd },
        ...(f.unit ? { unit: f.unit } : {}),
        ...(countsSpan ? { counts: { ...countsSpan, text: input.text.slice(countsSpan.start, countsSpan.end) } } : {}),
        ...(concept ? { concept: country ? `${concept}:${country}` : concept } : {}),
        ...(claimant ? { claimant } : {}),
        ...(when ? { refersTo: when.value, refersToSpan: { start: when.start, end: when.end } } : input.publishedAt ? { refersTo: input.publishedAt.slice(0, 10) } : {}),
      });
    }
  }
  return out;
}

/**
 * The claimant of a figure outside any quotation: the speaker of the nearest reporting verb of
 * its sentence, before it ("l'Ukraine a annoncé la mobilisation de 160 000 hommes") or in an
 * incise after it ("3 000 soldats sont arrivés, a annoncé la Maison Blanche").
 */
function reporter(scan: SpeechScan, mentions: readonly MentionAnnotation[], s: Span, at: number): ClaimAnnotation['claimant'] {
  const { tokens, text } = scan.ctx;
  let best: { d: number; speaker: QuoteSpeaker } | undefined;
  for (const c of scan.cues) {
    // The agent of a passive, not its subject ("Roy was told that 3,000 homes …" is no one's).
    const speaker = c.passive ? c.passive.agent : c.speaker;
    if (c.kind !== 'verb' || !speaker) continue;
    const from = tokens[c.from]!.start;
    const to = tokens[c.to - 1]!.end;
    if (from < s.start || to > s.end) continue;
    // An incise after the figure: ", a annoncé la Maison Blanche", ", Mayor Luc Girard said".
    const comma = from > at ? text.lastIndexOf(',', from) : -1;
    const incise = from > at && (c.after || (comma > at && from - comma <= INCISE_CHARS));
    if (from > at && !incise) continue;
    // The verb governs the figure only from close by: its object ("a annoncé la mobilisation de").
    if (from < at ? at - to > REPORTER_REACH : from - at > 2 * REPORTER_REACH) continue;
    const d = Math.abs(from - at);
    if (!best || d < best.d) best = { d, speaker };
  }
  if (!best) return undefined;
  const sp = best.speaker;
  if (sp.form === 'pronoun' && !sp.ref) {
    const ref = lastNamedBefore(mentions, sp.start);
    return ref && speakerOf({ ...sp, ref });
  }
  return speakerOf(sp);
}

/** Who a quotation or a cue is from, resolved: the antecedent of a pronoun, the members of a group. */
function speakerOf(sp: QuoteSpeaker): ClaimAnnotation['claimant'] {
  if (sp.form === 'pronoun' && !sp.ref) return undefined;
  // The name as the article gives it ("L'agence de renseignement sud-coréenne"), the entity through the mention.
  const ref: SpeakerRef = sp.ref ?? sp;
  const name = sp.form === 'pronoun' || sp.form === 'relative' ? ref.name : sp.name;
  return { start: ref.start, end: ref.end, name, ...(ref.key ? { key: ref.key } : {}), ...(ref.type ? { type: ref.type } : {}), ...(sp.members ? { members: sp.members } : {}) };
}

/**
 * The country of what is counted: a country or demonym in the counted words ("soldats
 * nord-coréens"), else the nearest one before the figure in its sentence (or in the quotation
 * that holds it) that is not the claimant ("la Corée du Nord a envoyé 3 000 soldats", not
 * "Washington a déclaré que 3 000…").
 */
function countryOf(
  mentions: readonly MentionAnnotation[],
  s: Span,
  start: number,
  end: number,
  claimant: ClaimAnnotation['claimant'],
  earlier: (m: MentionAnnotation) => boolean,
): string | undefined {
  const isCountry = (m: MentionAnnotation) => m.type === 'country' && m.key.startsWith('country:');
  const within = mentions.find((m) => isCountry(m) && m.start >= start && m.end <= end);
  if (within) return within.key.slice('country:'.length);
  // The same thing counted earlier in the sentence with its demonym ("les troupes nord-coréennes
  // rejoignaient la guerre au nom de la Russie, … 10 000 soldats") says whose it is.
  const named = mentions.find((m) => isCountry(m) && m.form === 'demonym' && m.end <= start && earlier(m));
  if (named) return named.key.slice('country:'.length);
  const claimed = new Set([claimant?.key, ...(claimant?.members ?? []).map((m) => m.key)].filter(Boolean));
  let best: MentionAnnotation | undefined;
  for (const m of mentions) {
    if (m.start < s.start || m.end > start || !isCountry(m) || claimed.has(m.key)) continue;
    if (claimant && m.start >= claimant.start && m.end <= claimant.end) continue;
    best = m;
  }
  return best?.key.slice('country:'.length);
}

/** Words after the counted phrase that may say what happened to who is counted ("ont été évacuées"). */
const PREDICATE_WORDS = 4;
/** Words before a figure that may govern it ("l'évacuation de"). */
const GOVERNOR_WORDS = 3;

/**
 * What a figure counts: the counted phrase's concept; when it only says who ("1 500 personnes"),
 * a more specific concept in the predicate that follows ("… ont été évacuées", "… are missing")
 * or in the noun that governs the figure ("l'évacuation de 350 habitants").
 */
function specificConcept(ws: readonly Word[], from: number, counts: [number, number], g: NumberGrammar): string | undefined {
  const concept = conceptOf(ws, counts, g);
  if (!concept || !GENERIC_CONCEPTS.has(concept)) return concept;
  let end = counts[1];
  while (end < ws.length && end < counts[1] + PREDICATE_WORDS && ws[end]!.kind === 'word') end++;
  let start = from;
  while (start > 0 && start > from - GOVERNOR_WORDS && ws[start - 1]!.kind === 'word') start--;
  for (const span of [[counts[1], end], [start, from]] as [number, number][]) {
    const c = conceptOf(ws, span, g);
    if (c && !GENERIC_CONCEPTS.has(c)) return c;
  }
  return concept;
}

/** Whether a mention follows a word of the same concept in the sentence, before the figure. */
function sameConcept(ws: readonly Word[], g: NumberGrammar, concept: string, from: number, to: number): (m: MentionAnnotation) => boolean {
  return (m) => {
    if (m.start < from || m.end > to) return false;
    const i = ws.findIndex((w) => w.start >= m.start) - 1;
    const noun = ws[i];
    return !!noun && conceptOf(ws, [i, i + 1], g) === concept;
  };
}

/**
 * The time a figure is about: one in its quotation first, else the nearest in its sentence. A
 * time after the figure counts only in the same clause (no comma between): "… 11 000 soldats
 * déployés à Koursk, où … depuis une offensive en août" is not about August.
 */
function refersTo(text: string, times: readonly TimeAnnotation[], at: number, quote: QuoteAnnotation | undefined): TimeAnnotation | undefined {
  const pool = quote ? times.filter((x) => x.start >= quote.start && x.end <= quote.end) : [];
  const candidates = (pool.length ? pool : times).filter((x) => x.end <= at || !/[,;:]/.test(text.slice(at, x.start)));
  let best: TimeAnnotation | undefined;
  for (const x of candidates) if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
  return best;
}
