import type { QuoteKind } from '../contract/dossier.js';
import type { EntityLexicon, SpeechLexicon } from '../lang/types.js';
import type { Span } from '../model/annotation.js';
import type { CreditAnnotation, Gender, MentionAnnotation, ParagraphAnnotation, QuoteAnnotation, QuoteCue, QuoteMarkAnnotation, QuoteSpeaker, SpeakerRef } from '../model/layers.js';
import { tokenizeForEntities, type Token } from '../entities/tokens.js';
import { byFirstWord } from '../entities/roles.js';
import { findCues, invertedAt, keyReader } from './cues.js';
import { compileSpeech, phraseKeys, writtenForm, type CompiledSpeech } from './lexicon.js';
import { countAtMost } from '../text/search.js';
import { quotedSpans, type QuotedSpan } from './marks.js';
import { articleToken, honorificToken, inRelative, possessiveAt, refOf, roleDescription, roleHeaded, speakerEndingAt, speakerStartingAt, type SpeakerContext } from './speakers.js';
import { NAME_SHAPE, subjectFinder } from './subjects.js';
import { transcriptTurns } from './transcript.js';
import { type SpokenCue, type Draft, wordsBetween, DASH, auxiliaryAt, anyAuxiliaryAt, prepositionAt, inVerbCue, afterOpeningPhrases, writtenAuxiliaryAt, clauseSubjectAt } from './draft.js';
import { withSpeaker, inheritParticipleSpeakers, participleCue } from './cue-speakers.js';
import { relayedCues } from './relay.js';
import { indirectSpeech } from './indirect.js';

export type { SpokenCue } from './draft.js';

/** What the quotation extractor reads: the text and the layers of the stages before it. */
export interface QuoteInput {
  text: string;
  paragraphs: readonly ParagraphAnnotation[];
  sentences: readonly Span[];
  quoteMarks: readonly QuoteMarkAnnotation[];
  mentions: readonly MentionAnnotation[];
  credits: readonly CreditAnnotation[];
}

/** The longest span of words a fragment may have; longer embedded quotations are direct. */
const FRAGMENT_WORDS = 3;

/** How many paragraphs back a speaker may be carried over to a quotation with no cue of its own. */
const CARRY_PARAGRAPHS = 1;

/** How many persons who spoke a pronoun may look back over for one of its gender. */
const RECENT_PERSONS = 8;

/** The tokens, speaker context and reporting cues (each with the speaker it was found with) of an article. */
export interface SpeechScan {
  ctx: SpeakerContext;
  spans: QuotedSpan[];
  cues: SpokenCue[];
}

/** What the speech scan reads from the language's entity words: articles, role links, heads and qualifiers, honorifics, bodies' heads. */
export type SpeechEntities = Pick<EntityLexicon, 'determiners' | 'roleLinks' | 'roleHeads' | 'honorifics' | 'organisationHeads' | 'roleQualifiers'>;

/** Tokenise an article and find its reporting cues and their speakers: what quotations and stances are read from. */
export function scanSpeech(input: QuoteInput, speech: SpeechLexicon, entities: SpeechEntities): SpeechScan {
  // The quotes, stances and claims stages all read one article's scan: it is made once, keyed on
  // the (frozen) mentions layer and reused only when every input is the same object.
  const hit = scans.get(input.mentions);
  if (hit && hit.text === input.text && hit.sentences === input.sentences && hit.quoteMarks === input.quoteMarks && hit.paragraphs === input.paragraphs && hit.speech === speech) return hit.scan;
  const scan = scanSpeechOnce(input, speech, entities);
  scans.set(input.mentions, { text: input.text, sentences: input.sentences, quoteMarks: input.quoteMarks, paragraphs: input.paragraphs, speech, scan });
  return scan;
}

const scans = new WeakMap<object, { text: string; sentences: object; quoteMarks: object; paragraphs: object; speech: SpeechLexicon; scan: SpeechScan }>();

/**
 * "The family said", « Le gouvernement a déclaré »: a word that is an adverb only by its ending
 * ("-ly", « -ment ») is a noun throughout the article once it stands somewhere in it between an
 * article or a determiner and what no adverb comes before: a mark, the sentence's end, a capital, a
 * function word or a verb that is no participle ("the family of", « le gouvernement a »). Not before
 * a plain word, which it may qualify ("a largely female audience", "the widely reported claims").
 * The lexicon the article is read with says so.
 */
function withNounsOfAdverbShape(lex: CompiledSpeech, tokens: readonly Token[], articles: ReadonlySet<string>): CompiledSpeech {
  let nouns: Set<string> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!t.word || !prev.word || prev.sentence !== t.sentence || !lex.adverbByEnding(t.key)) continue;
    // (Not after a determiner that stands alone as a pronoun: "This certainly is …".)
    if (!(articles.has(prev.key) || lex.determiners.has(prev.key)) || lex.quantifiers.has(prev.key) || lex.demonstratives.has(prev.key)) continue;
    const next = tokens[i + 1];
    // (A form that may be a noun is a verb before a clause's first word: "the family says the boy
    // …", "says that he …"; not "the deadly attacks in Paris", "attacks that killed".)
    const opens = (k: number) => !!tokens[k]?.word && tokens[k].sentence === t.sentence && (tokens[k].cap || /^\p{N}/u.test(tokens[k].text) || lex.isPronoun(tokens[k].key) || articles.has(tokens[k].key) || lex.determiners.has(tokens[k].key));
    // (So is an infinitive that needs no marker, or a negation before one: « Le gouvernement affirme
    // avoir pris … », « … assure ne pas savoir ».)
    const infinitive = (k: number) => !!tokens[k]?.word && tokens[k].sentence === t.sentence && (lex.isBareInfinitive(tokens[k].key) || lex.negationWords.has(tokens[k].key));
    const clause = opens(i + 2) || infinitive(i + 2) || (lex.complementizers.has(tokens[i + 2]?.key ?? '') && opens(i + 3));
    const verb = !!next && lex.verbs.has(next.key) && (!lex.nounLike.has(next.key) || clause) && !lex.isPastParticiple(next.key) && !lex.isGerund(next.key);
    const closed = !next?.word || next.sentence !== t.sentence || next.cap || verb || [lex.auxiliaries, lex.boundaries, lex.coordinators, lex.relatives, lex.complementizers].some((set) => set.has(next.key));
    if (closed) (nouns ??= new Set()).add(t.key);
  }
  if (!nouns) return lex;
  const shaped = nouns;
  return { ...lex, isAdverb: (key) => !shaped.has(key) && lex.isAdverb(key), adverbByEnding: (key) => !shaped.has(key) && lex.adverbByEnding(key) };
}

/** The entity words the scan reads, as folded keys: made once a language, not once an article. */
interface EntityWords {
  articles: ReadonlySet<string>;
  links: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  roleHeads: ReadonlySet<string>;
  bodyHeads: ReadonlySet<string>;
  roleQualifiers: ReadonlySet<string>;
  longRoleHeads: ReadonlyMap<string, string[][]>;
}

const entityWordSets = new WeakMap<SpeechEntities, EntityWords>();

function entityWords(entities: SpeechEntities): EntityWords {
  let w = entityWordSets.get(entities);
  if (!w) {
    w = {
      articles: new Set(entities.determiners.map((d) => phraseKeys(d).join(' '))),
      links: new Set(entities.roleLinks.map((l) => phraseKeys(l)[0]!)),
      honorifics: new Set(entities.honorifics.map((h) => phraseKeys(h)[0]!)),
      roleHeads: new Set(entities.roleHeads.map(phraseKeys).filter((k) => k.length === 1).map((k) => k[0]!)),
      bodyHeads: new Set(entities.organisationHeads.map(phraseKeys).filter((k) => k.length === 1).map((k) => k[0]!)),
      roleQualifiers: new Set(entities.roleQualifiers.map(phraseKeys).filter((k) => k.length === 1).map((k) => k[0]!)),
      longRoleHeads: byFirstWord(entities.roleHeads.map(phraseKeys)),
    };
    entityWordSets.set(entities, w);
  }
  return w;
}

function scanSpeechOnce(input: QuoteInput, speech: SpeechLexicon, entities: SpeechEntities): SpeechScan {
  const { articles, links, honorifics, roleHeads, bodyHeads, roleQualifiers, longRoleHeads } = entityWords(entities);
  const { text } = input;
  const compiled = compileSpeech(speech);
  const tokens = tokenizeForEntities(text, input.sentences, compiled.grammatical);
  const lex = withNounsOfAdverbShape(compiled, tokens, articles);
  const spans = quotedSpans(text, input.quoteMarks, input.paragraphs);
  // The token an offset falls in (the last one starting at or before it).
  const tokenAt = (offset: number) => Math.max(0, countAtMost(tokens, offset, (t) => t.start) - 1);
  const quoted = new Uint8Array(tokens.length);
  for (const s of spans) for (let i = tokenAt(s.open); i < tokens.length && tokens[i]!.start < s.close; i++) if (tokens[i]!.start >= s.open) quoted[i] = 1;
  const mentionEnding = new Map<number, MentionAnnotation>();
  const mentionStarting = new Map<number, MentionAnnotation>();
  // Where mentions share a token ("le ministre américain" and "américain"), the longer one wins.
  const keep = (map: Map<number, MentionAnnotation>, at: number, m: MentionAnnotation) => {
    const had = map.get(at);
    if (!had || had.end - had.start < m.end - m.start) map.set(at, m);
  };
  for (const m of input.mentions) {
    keep(mentionEnding, tokenAt(m.end - 1), m);
    keep(mentionStarting, tokenAt(m.start), m);
    if (m.role && m.role.end <= m.start) mentionStarting.set(tokenAt(m.role.start), m);
  }
  const ctx: SpeakerContext = { text, tokens, lex, mentionEnding, mentionStarting, tokenAt, quoted, articles, links, honorifics, roleHeads, bodyHeads, roleQualifiers, longRoleHeads };
  // A verb form after one of these is a noun ("the report", "other reports", « mon poste »); not
  // after a quantifier ("two said").
  const determiners = new Set([...articles, ...lex.determiners, ...lex.possessiveDeterminers].filter((d) => !lex.quantifiers.has(d)));
  // Capitalised words of a name are no verbs ("the United States", "Says" in a title is one); of a
  // name left a candidate, only those past its first word when a determiner comes right before it
  // ("told the Northern Echo her players …"; "Mayor Says Dam Will Hold" stays a title's verb).
  const named = new Uint8Array(tokens.length);
  for (const m of input.mentions) {
    const first = tokenAt(m.start);
    const before = tokens[first - 1];
    if (m.form === 'candidate' && !(before?.word && before.sentence === tokens[first]!.sentence && determiners.has(before.key))) continue;
    // (Not a word in capitals: « L'OPPOSITION ÉVOQUE 1 300 MORTS » is a headline's verb.)
    for (let i = m.form === 'candidate' ? first + 1 : first; i < tokens.length && tokens[i]!.start < m.end; i++) if (tokens[i]!.cap && !tokens[i]!.initial && (m.form !== 'candidate' || /\p{Ll}/u.test(tokens[i]!.text))) named[i] = 1;
  }
  const credited = (at: number) => input.credits.some((cr) => cr.start <= at && at < cr.end);
  const found = findCues(tokens, quoted, lex, determiners, named);
  // (A verb of learning is a cue only where its source follows and speaks: « a appris la nouvelle »
  // is none.)
  // (A verb of `documentSubject` is one only with a document as speaker: « Cela montre que » is none.)
  const spoken = found
    .flatMap((c) => participleCue(ctx, c, credited, found) ?? [])
    .map((c) => withSpeaker(ctx, c))
    .filter((c) => !c.verb?.learned || c.sourced)
    // (« l'enquête a été confiée à la police »: `activeOnly` in the passive reports only a clause.)
    .filter((c) => !c.passive || !lex.activeOnly.has(tokens[c.to - 1]!.key) || lex.complementizers.has(tokens[c.to]?.key ?? ''))
    .flatMap((c) => (c.verb?.documentSubject ? (documentSpeaker(ctx, c) ?? []) : [c]));
  inheritParticipleSpeakers(ctx, spoken);
  const cues = relayedCues(ctx, spoken);
  return { ctx, spans, cues };
}

/**
 * Quotations of one article: direct quotations and fragments between quotation marks, indirect
 * speech after reporting verbs and source prepositions, each with its cue and its speaker.
 * Pronoun speakers are resolved to the latest speaker named before them; a quotation with no
 * cue of its own continues the previous speaker's words.
 */
export function extractQuotes(input: QuoteInput, speech: SpeechLexicon, entities: SpeechEntities): QuoteAnnotation[] {
  const { ctx, spans, cues } = scanSpeech(input, speech, entities);
  const drafts: Draft[] = [];
  // A transcript's turns ("PENCE: Well, …") are the speakers' words; a quotation or a colon's
  // content that holds a turn's label is the transcript's wrapping, not a quotation of its own.
  const turns = transcriptTurns(ctx, input.paragraphs, input.mentions);
  const colons = new Set(turns.map((t) => t.colon));
  const wraps = (d: Draft) => turns.length > 0 && ((!!d.cue && colons.has(d.cue.from)) || turns.some((t) => d.start <= t.labelStart && d.end >= t.labelEnd));
  for (const t of turns) drafts.push({ start: t.start, end: t.end, kind: 'direct', rule: 'quotes/transcript', cue: { from: t.colon, to: t.colon + 1, kind: 'colon' }, speaker: t.speaker });
  for (const s of spans) {
    const split = inciseInside(ctx, s);
    if (split) {
      drafts.push(...split);
      continue;
    }
    const d = attributeQuoted(ctx, s, cues, drafts);
    if (!d || wraps(d)) continue;
    drafts.push(d);
    const lead = leadIn(ctx, s, d);
    if (lead) drafts.push(lead);
  }
  // Reported speech inside reported speech ("said he believed that …") stays part of the outer
  // content; a name's report before the outer cue is kept too (`outermost`).
  const indirect = withInfinitives(ctx, cues, spans);
  drafts.push(...relayed(ctx, drafts, indirect, outermost(ctx, indirect), input.credits).filter((d) => !wraps(d)));
  // Quoted words inside their own speaker's phrase are part of its name ('According to her
  // "clawback" plan, …'), not what it said.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.kind !== 'indirect' && d.speaker && d.start >= d.speaker.start && d.end <= d.speaker.end) drafts.splice(i, 1);
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  // The same words read twice (« "…", a annoncé X » as the sentence that leads into the quotation
  // and as the words before the cue) are one quotation: the first reading with a speaker.
  const once = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.kind} ${d.start} ${d.end}`;
    const had = once.get(key);
    if (!had || (!had.speaker && d.speaker)) once.set(key, d);
  }
  // A lead-in that another reading of the same cue already holds (the words before the cue with
  // their opening phrase: 'Behind the scenes, Berg is “calling every farmer”, an aide said') gives
  // way to it.
  const kept = drafts.filter((d) => once.get(`${d.kind} ${d.start} ${d.end}`) === d);
  const held = (d: Draft) => d.rule === 'quotes/indirect-lead' && kept.some((o) => o !== d && o.kind === 'indirect' && o.rule !== d.rule && o.cue?.from === d.cue?.from && o.start <= d.start && o.end >= d.end);
  return resolve(ctx, kept.filter((d) => !held(d)), input, cues);
}

/**
 * « Nous avons fait évacuer les quartiers bas, a-t-il ajouté, et d'autres évacuations ne sont pas
 * exclues. »: French sets the incise inside the marks, between commas, with no mark closing before
 * it. An inverted verb and its pronoun there (« a-t-il ajouté », « dit-elle ») give the quotation
 * its cue and speaker, and split it in two pieces of one turn around the incise (or before the
 * full stop that ends the incise's sentence, the quotation going on after it). Not within the
 * first two words (one for an inverted verb) or the last, nor across a sentence.
 */
function inciseInside(ctx: SpeakerContext, s: QuotedSpan): Draft[] | undefined {
  const { tokens, lex } = ctx;
  const first = ctx.tokenAt(s.start);
  const last = ctx.tokenAt(s.end - 1);
  if (first < 0 || last <= first) return undefined;
  for (let i = first + 2; i < last - 1; i++) {
    if (tokens[i - 1]!.text !== ',' || !tokens[i]!.word) continue;
    const named = namedIncise(ctx, i, last);
    if (named) {
      if (wordsBetween(tokens, first, i - 2, 2) < 2) return undefined;
      const head = { start: s.start, end: tokens[i - 2]!.end };
      // (« …, a conclu le général. »: an incise that ends the quotation leaves one piece.)
      const rest = wordsBetween(tokens, named.resume, last, 2);
      if (rest === 1) return undefined;
      const pieces = rest === 0 ? [head] : [head, { start: tokens[named.resume]!.start, end: s.end }];
      return pieces.map((r) => ({ ...r, kind: 'direct', rule: 'quotes/incise-inside', cue: named.cue, speaker: named.cue.speaker! }));
    }
    const c = invertedAt(tokens, i, lex);
    // (Not « dit-on », hearsay in the quoted speaker's words.)
    // (Or a full stop, the quotation going on with the next sentence: « Nous ne sommes pas en
    // guerre, a-t-il insisté. Mais nous sommes prêts. »)
    const stopped = !!c && tokens[c.to]?.text === '.' && tokens[c.to + 1]?.sentence !== tokens[c.to]!.sentence;
    if (!c || (tokens[c.to]?.text !== ',' && !stopped) || c.to >= last - 1 || tokens[c.to]!.sentence !== tokens[i - 1]!.sentence || lex.indefinitePronouns.has(c.pronoun!.key)) continue;
    const p = c.pronoun!;
    const cue: SpokenCue = { ...c, speaker: { start: p.start, end: p.end, name: ctx.text.slice(p.start, p.end), form: 'pronoun' } };
    // (An inverted verb may follow a single word: « Surtout, a-t-elle ajouté, les parents … ».)
    if (wordsBetween(tokens, first, i - 2, 2) < 1) return undefined;
    const head = { start: s.start, end: tokens[i - 2]!.end };
    // (« …, dit-il, sans ciller. Les gens … »: a few words with no verb form that end the
    // incise's sentence are its manner, and the quotation goes on with the next sentence.)
    let from = c.to + 1;
    let stop = from;
    while (stop <= last && tokens[stop]!.sentence === tokens[from]!.sentence) stop++;
    // (It opens with a preposition or a gerund: « sans ciller », « en souriant », « avant de
    // quitter la salle »; « la réforme passera » is the speaker's.)
    const opener = tokens[from];
    const preposition = prepositionAt(ctx, from);
    // (Or one word: « …, explique-t-il, sérieux. Les défilés … ». Only before a next sentence:
    // « …, confie-t-elle, pour mes enfants. » may be her words.)
    const words = wordsBetween(tokens, from, stop - 1, 6);
    let manner = !stopped && stop <= last && ((words <= 5 && (preposition || (!!opener?.word && lex.isGerund(opener.key)))) || words === 1);
    for (let k = from; k < stop && manner; k++) manner = !auxiliaryAt(ctx, k) && !lex.pronouns.has(tokens[k]!.key) && !lex.verbs.has(tokens[k]!.key);
    if (manner) from = stop;
    if (wordsBetween(tokens, from, last, 2) < 2) return undefined;
    return [head, { start: tokens[from]!.start, end: s.end }].map((r) => ({ ...r, kind: 'direct', rule: 'quotes/incise-inside', cue, speaker: cue.speaker! }));
  }
  return undefined;
}

/**
 * « C'était terrifiant, raconte Marie Lopez, 34 ans, infirmière. Tout l'immeuble a tremblé. », « Je
 * ne regrette rien, a confié Morel après le match. On a tout donné. »: in a language that inverts
 * its incises, a reporting verb (past its auxiliary) at token `i`, right after a comma inside the
 * marks, and the subject after it that names who speaks are an incise too, when a comma or the
 * sentence's end follows the subject (past a short adjunct with no verb: « après le match »). The
 * subject's appositions after that comma go with the incise; the quotation resumes at `resume`.
 */
function namedIncise(ctx: SpeakerContext, i: number, last: number): { cue: SpokenCue; resume: number } | undefined {
  const { tokens, lex } = ctx;
  if (!lex.inciseInversion) return undefined;
  const sentence = tokens[i]!.sentence;
  const keys = keyReader(tokens, sentence);
  let k = i;
  if (writtenAuxiliaryAt(ctx, k) && tokens[k + 1]?.word) k++;
  const verb = lex.verbs.match(keys, k);
  if (!verb || verb.naming || verb.learned || verb.reflexive) return undefined;
  const at = k + verb.words.length;
  if (at >= last || !tokens[at]?.word || tokens[at].sentence !== sentence) return undefined;
  // The subject is read as outside the marks, which it is in all but typography.
  const outside = { ...ctx, quoted: ctx.quoted.slice().fill(0, i, last + 1) };
  const subject = speakerStartingAt(outside, at);
  if (!subject || subject.form === 'pronoun' || subject.form === 'relative') return undefined;
  // The subject names who speaks: a name, a role, or a document or message (« précise le texte »);
  // not a plain noun, the object of the quoted speaker's own verb (« Le régime, en acceptant …, a
  // reconnu le crime, et … »).
  let speaks = subject.form === 'name' || roleHeaded(outside, subject);
  for (let n = ctx.tokenAt(subject.start); n < ctx.tokenAt(subject.end - 1) + 1 && !speaks; n++) speaks = [lex.documentNouns, lex.messageNouns, lex.reportNouns].some((set) => set.has(tokens[n]!.key)) || honorificToken(ctx, tokens[n]);
  if (!speaks) return undefined;
  let e = ctx.tokenAt(subject.end - 1) + 1;
  // (A short adjunct after the subject: « a confié Morel après le match. »)
  if (prepositionAt(ctx, e)) {
    let n = e;
    while (n <= last && n - e < 6 && tokens[n]!.word && tokens[n]!.sentence === sentence && !auxiliaryAt(ctx, n) && !lex.verbs.has(tokens[n]!.key)) n++;
    if (tokens[n]?.text === ',' || tokens[n]?.text === '.') e = n;
  }
  const stop = tokens[e];
  if (!stop || e > last || (stop.text !== ',' && stop.text !== '.') || (stop.text === ',' && e === last)) return undefined;
  let resume = e + 1;
  // The subject's appositions go with the incise, each to its comma or to the end of the incise's
  // sentence: an age, a role or a noun phrase with no verb form (« , 34 ans, infirmière. », « ,
  // politologue, », « , l'activiste, mais … »; any such phrase that ends the sentence), or a
  // relative clause (« , qui avait alors pris la tête d'un groupe … . »).
  while (stop.text === ',' && resume <= last) {
    const open = tokens[resume]!;
    if (!open.word) break;
    const relative = lex.relatives.has(open.key);
    const nominal = /^\p{N}/u.test(open.text) || lex.determiners.has(open.key) || ctx.articles.has(open.key) || ctx.roleHeads.has(open.key) || lex.isPastParticiple(writtenForm(open.text)) || lex.irregularParticiples.has(open.key);
    let n = resume;
    let verbal = false;
    // (A participle is an apposition's: « , citée par Reuters. ».)
    while (n <= last && tokens[n]!.sentence === sentence && tokens[n]!.text !== ',') {
      verbal ||= tokens[n]!.word && (auxiliaryAt(ctx, n) || lex.pronouns.has(tokens[n]!.key) || (lex.verbs.has(tokens[n]!.key) && !lex.isPastParticiple(writtenForm(tokens[n]!.text)) && !lex.irregularParticiples.has(tokens[n]!.key)));
      n++;
    }
    // (Any phrase with no verb form that ends the incise's sentence, « , infirmière. », or of two
    // words at most, « , politologue, »; not one a conjunction or a preposition opens, « , mais
    // entre ceux qui … ».)
    const joined = [lex.coordinators, lex.verbConjunctions, lex.complementizers, lex.boundaries].some((set) => set.has(open.key)) || !!lex.subordinators.match(keyReader(tokens, sentence), resume);
    const ends = n <= last && tokens[n]!.text !== ',';
    const short = wordsBetween(tokens, resume, n - 1, 3) <= 2;
    // (A phrase of five words at most with no verb or infinitive after its marker that runs to the
    // quotation's end is the incise's too, an adjunct included: « , mère de deux enfants. », « ,
    // lors de son discours. »; not « , et les marges baissent. », « , de rester calme. ».)
    let infinitive = false;
    for (let k = resume + 1; k < n && !infinitive; k++) infinitive = tokens[k]!.word && lex.infinitiveMarkers.has(tokens[k - 1]!.key) && lex.isBareInfinitive(tokens[k]!.key);
    const closes = n > last && !verbal && !infinitive && wordsBetween(tokens, resume, n - 1, 6) <= 5 && ![lex.coordinators, lex.verbConjunctions, lex.complementizers].some((set) => set.has(open.key));
    if (!relative && !closes && (verbal || (!nominal && (joined || !(ends || short))))) break;
    if (wordsBetween(tokens, resume, n - 1, 17) > 16) break;
    if (n > last) {
      if (closes) resume = n;
      break;
    }
    resume = tokens[n]!.text === ',' ? n + 1 : n;
    if (tokens[n]!.text !== ',') break;
  }
  const cue: SpokenCue = { from: i, to: at, kind: 'verb', class: verb.class, verb, speaker: subject, after: true };
  return { cue, resume };
}

/** Rules whose reported speech comes in two pieces of one turn, around an incise or a passive verb. */
const PIECES = new Set(['quotes/indirect-incise', 'quotes/indirect-passive']);

/**
 * Reported speech, first without the infinitives that a verb or an adjective governs ("tried to
 * argue that …", `catenative`), which are often part of what another cue reports ("have pointed
 * out, Mr. Trump is free to disclose his returns"); then the reports of those infinitives, read
 * again in their sentences, where no other report holds their cue or their words.
 */
function withInfinitives(ctx: SpeakerContext, cues: readonly SpokenCue[], spans: readonly QuotedSpan[]): Draft[] {
  const { tokens } = ctx;
  const plain = cues.filter((c) => !c.catenative);
  const indirect = indirectSpeech(ctx, plain, spans);
  if (plain.length === cues.length) return indirect;
  const sentences = new Set(cues.filter((c) => c.catenative).map((c) => tokens[c.from]!.sentence));
  const held = (d: Draft) => indirect.some((o) => (o.start < d.end && d.start < o.end) || (!!d.cue && tokens[d.cue.from]!.start >= o.start && tokens[d.cue.from]!.start < o.end));
  const more = indirectSpeech(ctx, cues.filter((c) => sentences.has(tokens[c.from]!.sentence)), spans).filter((d) => d.cue?.catenative && !held(d));
  return [...indirect, ...more];
}

/**
 * '…son « Vieux bazar du Caire », un magasin proposant « or et bijoux »': a present participle
 * right after a noun phrase in apposition (after a comma) qualifies that noun, which says nothing
 * of the quotation before it; no incise, no cue later in the sentence ('"…?" a reporter can be
 * heard asking' still is one).
 */
function nounParticiple(ctx: SpeakerContext, c: SpokenCue): boolean {
  const { tokens } = ctx;
  if (!c.verb?.participle || !c.speaker || c.speaker.form !== 'phrase' || !ctx.lex.isGerund(tokens[c.from]!.key)) return false;
  return ctx.tokenAt(c.speaker.end - 1) + 1 === c.from && tokens[ctx.tokenAt(c.speaker.start) - 1]?.text === ',';
}

/**
 * 'The golf industry is ''doing much better,'' said Mr. Smith': a quotation that the sentence
 * leads into, with its cue after it, is the end of the speaker's reported words; those words run
 * from the start of the sentence to the closing mark.
 */
function leadIn(ctx: SpeakerContext, s: QuotedSpan, d: Draft): Draft | undefined {
  if (d.rule !== 'quotes/cue-after' || !d.speaker || d.kind === 'indirect') return undefined;
  const { tokens } = ctx;
  const openTok = ctx.tokenAt(s.open);
  const sentence = tokens[openTok]!.sentence;
  let first = openTok;
  while (first > 0 && tokens[first - 1]!.sentence === sentence && !ctx.quoted[first - 1]) first--;
  if (first === openTok || tokens[first - 1]?.sentence === sentence) return undefined;
  // "Behind the scenes, Mr. Vander Plaats is ''activating …''": opening phrases are the writer's.
  first = afterOpeningPhrases(ctx, first, openTok - 1);
  if (!tokens[openTok - 1]!.word || wordsBetween(tokens, first, openTok - 1) < 2) return undefined;
  return { start: tokens[first]!.start, end: s.close, kind: 'indirect', rule: 'quotes/indirect-lead', cue: d.cue, speaker: d.speaker };
}

/**
 * The indirect drafts whose cue no other draft's content holds, by a sweep over the drafts in
 * order of start (a content never holds its own cue: it comes after it or before it); and those of
 * a person or body named, or a role phrase, inside reports whose cues come after their contents
 * (`namedSubject`).
 */
function outermost(ctx: SpeakerContext, indirect: readonly Draft[]): Draft[] {
  const { tokens, text } = ctx;
  const byStart = [...indirect].sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end among the first i + 1 drafts by start.
  const reach: number[] = [];
  for (const d of byStart) reach.push(Math.max(reach.at(-1) ?? -1, d.end));
  return indirect.filter((d) => {
    if (!d.cue) return true;
    const at = tokens[d.cue.from]!.start;
    const before = countAtMost(byStart, at, (o) => o.start);
    if (before === 0 || reach[before - 1]! <= at) return true;
    if (!namedSubject(ctx, d) || text.slice(d.start, d.end).includes('\n')) return false;
    // (Every report that holds it has its cue after its content, in one line, and is no colon's:
    // a colon's, or one across a line break, may hold a list of headlines.)
    return byStart.slice(0, before).every((o) => o === d || o.end <= at || (!!o.cue && o.cue.kind !== 'colon' && tokens[o.cue.from]!.start >= o.end && d.end <= o.end && !text.slice(o.start, o.end).includes('\n')));
  });
}

/**
 * "Fabius urged Moscow to …, a diplomatic source said", « …, a-t-on appris de source diplomatique
 * », "The mayor told investigators …, court documents show": is the draft's speaker a person or
 * body named, or a phrase of a role opened by an article, as the subject right before its verb, past
 * auxiliaries, adverbs and a parenthesis between commas (« Sergueï Lavrov, dont le pays soutient
 * le régime, a rejeté »)? Not a passive's ("Macron is expected to say …"), nor a noun cue's after a
 * verb ("Scholz rejected calls to send tanks").
 */
function namedSubject(ctx: SpeakerContext, d: Draft): boolean {
  const { tokens, lex } = ctx;
  const cue = d.cue!;
  const speaker = d.speaker;
  // (Or a phrase of a role that an article opens: "The mayor told investigators …, court documents show".)
  const role = speaker?.form === 'phrase' && articleToken(ctx, tokens[ctx.tokenAt(speaker.start)]) && roleHeaded(ctx, speaker);
  if (!speaker || (speaker.form !== 'name' && !role) || cue.passive || cue.article !== undefined || cue.kind !== 'verb' || speaker.end > tokens[cue.from]!.start) return false;
  let i = countAtMost(tokens, speaker.end - 1, (t) => t.start);
  if (tokens[i]?.text === ',') {
    let close = i + 1;
    while (close < cue.from && tokens[close]!.text !== ',') close++;
    if (close < cue.from) i = close + 1;
  }
  for (; i < cue.from; i++) if (!tokens[i]!.word || !(lex.auxiliaries.has(tokens[i]!.key) || lex.isAdverb(tokens[i]!.key))) return false;
  return true;
}

/**
 * "The dam was weak, two officials said, according to AFP", '"…," the ambassador said, according
 * to Sana': an agency or outlet credited after reported speech that holds a reporting verb and its
 * speaker only relays that speech. It is the channel of the speaker's quotation (`channelOf`), not a
 * speaker of its own: the source's wrapping quotation is dropped, and the speech it held is kept.
 */
function relayed(ctx: SpeakerContext, drafts: Draft[], indirect: readonly Draft[], kept: readonly Draft[], credits: readonly CreditAnnotation[]): Draft[] {
  const { tokens } = ctx;
  const out = [...kept];
  for (const w of kept) {
    if (w.cue?.kind !== 'source') continue;
    const at = tokens[w.cue.from]!.start;
    if (at < w.end) continue;
    const credit = credits.find((c) => c.start <= at && at < c.end);
    if (!credit) continue;
    // The report opens the wrapped words, by its content or its speaker: not one in a clause of the
    // writer's ("Acme cut 300 jobs, weeks after its chief said the plant was safe, according to Reuters").
    const opens = (d: Draft) => !/[\p{L}\p{N}]/u.test(ctx.text.slice(w.start, Math.min(d.start, d.speaker!.start, tokens[d.cue!.from]!.start)));
    const holds = (d: Draft) => d !== w && d.cue?.kind === 'verb' && !!d.speaker && d.start >= w.start && d.end <= w.end && tokens[d.cue.from]!.start >= w.start && tokens[d.cue.to - 1]!.end <= w.end && opens(d) && channelOf(ctx, d.cue, credits) === credit.agency;
    const inner = drafts.find(holds) ?? indirect.find(holds);
    if (!inner) continue;
    out.splice(out.indexOf(w), 1);
    if (!drafts.includes(inner) && !out.includes(inner)) out.push(inner);
  }
  return out;
}

/**
 * Is the cue in a clause that a comma and a subordinating word open (", after the mayor spoke"),
 * or a relative word (", who was at the dinner and recalled …")?
 */
function subordinate(ctx: SpeakerContext, c: SpokenCue): boolean {
  const { tokens, lex } = ctx;
  const sentence = tokens[c.from]!.sentence;
  const commaBefore = (from: number) => {
    let j = from - 1;
    while (j >= 0 && tokens[j]!.sentence === sentence && tokens[j]!.text !== ',') j--;
    return j >= 0 && tokens[j]!.sentence === sentence ? j : -1;
  };
  const own = commaBefore(c.from);
  // Not a relative pronoun that speaks itself ("met Roy, who said …": Roy's words may follow).
  if (own >= 0 && lex.relatives.has(tokens[own + 1]!.key) && c.speaker?.form !== 'relative') return true;
  const subject = c.speaker ? ctx.tokenAt(c.speaker.start) : c.from;
  const keys = keyReader(tokens, sentence);
  // A subordinating word right before the subject needs no comma ('"…," Lee said after Roy spoke').
  // (Past a title in capitals: '"…," Whitaker said when Judge Amos asked him'.)
  let at = subject;
  while (at > subject - 2 && tokens[at - 1]?.word && tokens[at - 1]!.cap && tokens[at - 1]!.sentence === sentence) at--;
  for (let k = at - 1; k >= at - 2 && k >= 0; k--) if (lex.subordinators.match(keys, k)?.words.length === at - k) return true;
  const j = commaBefore(Math.min(c.from, subject));
  return j >= 0 && !!lex.subordinators.match(keys, j + 1);
}

/**
 * Does the cue open a clause of its own, its subject before it after a comma, a conjunction or a
 * subordinating word ("…, but engineer Tom Hale warned", « …, et le maire a ajouté »)?
 */
function ownClause(ctx: SpeakerContext, c: SpokenCue): boolean {
  const { tokens, lex } = ctx;
  if (c.verb?.participle || !c.speaker || c.after || c.speaker.form === 'relative' || c.speaker.end > tokens[c.from]!.start) return false;
  // Past a few words of a role before the name ("but engineer Tom Hale warned").
  const at = ctx.tokenAt(c.speaker.start);
  for (let i = at - 1; i >= at - 4 && i >= 0 && tokens[i]!.sentence === tokens[c.from]!.sentence; i--) {
    const t = tokens[i]!;
    if (t.text === ',' || lex.coordinators.has(t.key) || lex.verbConjunctions.has(t.key) || lex.subordinators.match((k) => (k === 0 ? t.key : undefined), 0)) return true;
    if (!t.word || lex.verbs.has(t.key) || lex.auxiliaries.has(t.key) || (lex.boundaries.has(t.key) && !lex.determiners.has(t.key))) return false;
  }
  return false;
}

/**
 * The last quotation before token `before` whose incise verb follows it in that token's sentence
 * ('"…," Lee said, …'), its cue accepted by `accepts`.
 */
function incisedQuotation(tokens: readonly Token[], earlier: readonly Draft[], before: number, accepts: (cue: SpokenCue) => boolean = () => true): Draft | undefined {
  return earlier.findLast((p) => p.kind !== 'indirect' && p.cue?.kind === 'verb' && accepts(p.cue) && p.cue.from < before && tokens[p.cue.from]!.start >= p.end && tokens[p.cue.from]!.sentence === tokens[before]!.sentence);
}

/** Does the quotation that closes at token `closeTok` open its line (its opening mark first on it)? */
function paragraphOpens(ctx: SpeakerContext, closeTok: number): boolean {
  const { tokens, text } = ctx;
  let open = closeTok;
  while (open > 0 && (ctx.quoted[open - 1] || (ctx.quoted[open] && !tokens[open - 1]!.word && !text.slice(tokens[open - 1]!.end, tokens[open]!.start).includes('\n')))) open--;
  const lineStart = text.lastIndexOf('\n', tokens[open]!.start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, tokens[open]!.start)) && !text.slice(tokens[open]!.start, tokens[closeTok]!.start).includes('\n');
}

/** The most words of a name that signs a quotation. */
const SIGNATURE_WORDS = 5;

/**
 * '“He represents our greatest shame.” ― Sonya Herridge': a quotation signed, as in a list of
 * testimonies or an epigraph, by a dash and a name that end the line or come before the next
 * quotation (a comma and a role may follow the name: "— Tom Hale, a farmer"). The dash is the
 * cue, the name the speaker.
 */
function signature(ctx: SpeakerContext, closeTok: number, cues: readonly SpokenCue[]): SpokenCue | undefined {
  const { tokens, text } = ctx;
  let d = closeTok + 1;
  while (tokens[d] && !tokens[d]!.word && !DASH.test(tokens[d]!.text) && d - closeTok <= 2) d++;
  const dash = tokens[d];
  if (!dash || !DASH.test(dash.text)) return undefined;
  // '"…"\n\n- Sanders.': on a line of its own, the dash signs a quotation that is a paragraph of its own.
  const between = text.slice(tokens[closeTok]!.end, dash.start);
  if (between.includes('\n') && !(/^[^\S\n]*\n\s*$/.test(between) && (between.match(/\n/g) ?? []).length <= 2 && paragraphOpens(ctx, closeTok))) return undefined;
  let k = d + 1;
  while (tokens[k] && DASH.test(tokens[k]!.text)) k++;
  const first = tokens[k];
  if (!first?.word || !first.cap || text.slice(dash.end, first.start).includes('\n')) return undefined;
  const m = ctx.mentionStarting.get(k);
  let end = m ? ctx.tokenAt(m.end - 1) + 1 : k;
  if (!m) while (tokens[end]?.word && (tokens[end]!.cap || tokens[end]!.initial) && end - k < SIGNATURE_WORDS && !text.slice(tokens[end - 1]!.end, tokens[end]!.start).includes('\n')) end++;
  // Not an agency's credit ("— AP", « — AFP »): a name in capitals.
  if (end === k || end - k > SIGNATURE_WORDS || (end - k === 1 && /^\p{Lu}{2,}$/u.test(first.text))) return undefined;
  const nameEnd = tokens[end - 1]!.end;
  const lineEnd = text.indexOf('\n', nameEnd);
  const rest = text.slice(nameEnd, lineEnd < 0 ? text.length : lineEnd);
  // Only punctuation after the name, or a comma and a role ("— Tom Hale, a farmer."), to the end
  // of the line or the next quotation (lines of a list that reading the text joined).
  if (!/^(?:[.,;]?\s*(?:$|[“"«])|,[^"“”«»]{0,80}(?:$|[“"«]))/u.test(rest.trimStart())) return undefined;
  // A role holds no verb: "— Tom Hale, the engineer, said later that …" is a sentence, not a signature.
  const role = rest.search(/[“"«]/u);
  for (let i = end; i < tokens.length && tokens[i]!.start < nameEnd + (role < 0 ? rest.length : role); i++) if (tokens[i]!.word && (auxiliaryAt(ctx, i) || inVerbCue(cues, i))) return undefined;
  // (On a line of its own, not a credit: "— Avec AFP", "— With Reuters", "— Associated Press".)
  if (between.includes('\n') && (m?.type === 'organisation' || ctx.lex.boundaries.has(first.key) || tokens.slice(k, end).some((t) => /^\p{Lu}{2,}$/u.test(t.text)))) return undefined;
  const name = text.slice(first.start, nameEnd);
  const speaker: QuoteSpeaker = m
    ? { start: m.start, end: m.end, name: m.name, ...(m.key ? { key: m.key } : {}), type: m.type, form: 'name' }
    : { start: first.start, end: nameEnd, name, form: 'name' };
  return { from: d, to: d + 1, kind: 'colon', speaker };
}

/**
 * "She said that her campaign would continue “to break barriers”", "Cruz said he's certain Rubio
 * will continue to be “a champion …”": a verb that a modal auxiliary leads (at token `verbFrom`),
 * after the content's subject, inside the report of an earlier verb of its sentence, tells what may
 * be said, and the quoted words are that earlier verb's speaker's. Gives that cue (the nearest verb
 * before `before`, the index in `cues` of the cue after the subject, when its subject comes before
 * it and no comma follows it), or undefined. (Not for a naming verb, whose quoted words are the
 * namer's: "his rivals will call him “soft on crime”".)
 */
function reporterOfModal(ctx: SpeakerContext, cues: readonly SpokenCue[], before: number, verbFrom: number): SpokenCue | undefined {
  const { tokens, lex } = ctx;
  if (!lex.modalAuxiliaries.has(tokens[verbFrom]?.key ?? '')) return undefined;
  const sentence = tokens[verbFrom]!.sentence;
  for (let i = Math.min(before, cues.length) - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (tokens[c.from]!.sentence !== sentence) return undefined;
    if (c.to > verbFrom || c.kind !== 'verb' || c.after) continue;
    // The nearest verb before, with its subject before it, and no comma between it and the
    // modal's clause, which would end its report ("If you don't believe …, the Post will …").
    if (!c.speaker || c.verb?.naming || c.speaker.end > tokens[c.from]!.start || lex.modalAuxiliaries.has(tokens[c.from]!.key)) return undefined;
    for (let k = c.to; k < verbFrom; k++) if (tokens[k]!.text === ',' && !ctx.quoted[k]) return undefined;
    return c;
  }
  return undefined;
}

/** Nothing but the cue's speaker and punctuation follows the cue in its sentence. */
function endsSentence(ctx: SpeakerContext, c: SpokenCue): boolean {
  const { tokens } = ctx;
  let i = c.to;
  if (c.speaker && c.speaker.start >= tokens[c.to - 1]!.end) i = ctx.tokenAt(c.speaker.end - 1) + 1;
  for (; i < tokens.length && tokens[i]!.sentence === tokens[c.from]!.sentence; i++) if (tokens[i]!.word) return false;
  return true;
}

/** Does a complementizer follow the cue, and then a clause's subject (`clauseSubjectAt`)? */
function clauseAfter(ctx: SpeakerContext, c: SpokenCue): boolean {
  const that = ctx.tokens[c.to];
  return !!that?.word && ctx.lex.complementizers.has(that.key) && !ctx.quoted[c.to + 1] && clauseSubjectAt(ctx, c.to + 1, that.sentence);
}

const isTitleCase = (words: readonly Token[]) => words.length > 0 && words.every((w) => w.cap || w.key.length <= 3 || /^\p{N}/u.test(w.text));

/**
 * The kind and speaker of a passage between quotation marks, or undefined for a title, a name or
 * a slogan («traité de partenariat», the show "Saturday Night Live").
 */
function attributeQuoted(ctx: SpeakerContext, s: QuotedSpan, cues: readonly SpokenCue[], earlier: readonly Draft[]): Draft | undefined {
  const { tokens, lex } = ctx;
  const openTok = ctx.tokenAt(s.open);
  const closeTok = ctx.tokenAt(s.close - 1);
  const inside: Token[] = [];
  for (let i = openTok; i < tokens.length && tokens[i]!.start < s.end; i++) if (tokens[i]!.start >= s.start && tokens[i]!.word) inside.push(tokens[i]!);
  if (!inside.length) return undefined;
  const before = tokens[openTok - 1];
  const sentence = tokens[openTok]!.sentence;
  const beforeInSentence = before && before.sentence === sentence ? before : undefined;

  // '<a href="http://…">', 'author="realDonaldTrump"': an attribute's value in markup left in a text.
  if (ctx.text[s.open - 1] === '=') return undefined;
  // "on Fox News channel’s “Sunday Morning Futures,” Rep. Issa said": a name in title case after a
  // possessive is a show's or a work's, even with a cue after it.
  if (possessiveAt(ctx, openTok - 2) && inside.length <= 8 && inside[0]!.cap && isTitleCase(inside) && !/[.!?…]\s+\S/.test(ctx.text.slice(s.start, s.end))) return undefined;

  // 'John “Tig” Tiegen', 'Earvin "Magic" Johnson': a nickname between the words of a name.
  const afterClose = tokens[closeTok + 1];
  if (inside.length <= 2 && isTitleCase(inside) && inside[0]!.cap && beforeInSentence?.cap && afterClose?.word && afterClose.cap && afterClose.sentence === sentence && !/[^\p{L}\s'’.-]/u.test(ctx.text.slice(s.start, s.end))) return undefined;
  // 1. A cue right after the closing mark: «…», a déclaré X / "…," he said / "…," said Smith.
  let k = closeTok + 1;
  while (tokens[k] && tokens[k]!.text === ',' && k - closeTok <= 2) k++;
  // Not across a paragraph, nor after a quotation that ends its sentence with a full stop
  // ('"… level." Jolly said …' opens the next one).
  const between = tokens[k] ? ctx.text.slice(s.close, tokens[k]!.start) : '';
  const joined = !!tokens[k] && !between.includes('\n') && (tokens[k]!.sentence === tokens[closeTok]!.sentence || !/\.\s*$/.test(ctx.text.slice(s.start, s.end)));
  // Not a verb whose subject stands before the quotation ("Mr. Manafort, citing ''…,'' said the candidate …").
  let incise = joined ? cues.find((c) => c.from === k && c.kind === 'verb' && c.speaker && !c.verb?.naming && c.speaker.end > s.open) : undefined;
  if (!incise && joined) {
    // '," Smith said', '!" Mr. Smith wrote': a speaker (past an abbreviated title) and then the verb.
    const speakerAt = (c: SpokenCue) => {
      const at = ctx.tokenAt(c.speaker!.start);
      return at >= k && at - k <= 2 && tokens.slice(k, at).every((t) => t.word && t.cap && t.text.endsWith('.'));
    };
    // (After a verb that gave the quotation its speaker before it, a participle only right after its
    // speaker: 'asked, "Who …?" Hale toured the site, emphasizing …' is a sentence of its own.)
    const introduced = cues.some((c) => c.kind === 'verb' && c.to <= openTok && !!c.speaker && tokens[c.from]!.sentence === tokens[openTok]!.sentence);
    const spoken = (c: SpokenCue, reach: number) => c.from > k && c.from - k <= reach && c.kind === 'verb' && !!c.speaker && !c.after && !c.verb?.naming && tokens[ctx.tokenAt(c.speaker.start)]!.start === c.speaker.start && speakerAt(c) && !(introduced && c.verb?.participle && ctx.tokenAt(c.speaker.end - 1) + 1 < c.from) && !nounParticiple(ctx, c);
    // ('"…," one resident, who asked not to be named, told the Post': the speaker's own verb, past a
    // relative clause whose verb is no incise.)
    incise = cues.find((c) => spoken(c, 16) && !inRelative(ctx, c.from)) ?? cues.find((c) => spoken(c, 8));
    // (Not a verb with a clause of its own after it: « Dans le documentaire « L'Eau froide », la
    // réalisatrice affirme que … ».)
    if (incise && clauseAfter(ctx, incise)) incise = undefined;
  }
  // (Not a source that only opens a sentence, whose words follow it: « …?» Pour l'heure son discours n'est pas rodé ».)
  if (!incise && joined && tokens[k]?.word) incise = cues.find((c) => c.from === k && c.kind === 'source' && c.speaker && !c.initial);

  const startsSentence = !beforeInSentence || beforeInSentence.text === ':' || (!beforeInSentence.word && /^[—–-]$/.test(beforeInSentence.text));
  // (Not a few words in lower case that the clause goes on after: 'warned of "catastrophic" flooding';
  // but an utterance of its own, with a pronoun or a verb, is direct: 'said "we will win" and left',
  // « a lancé « je démissionne » avant de … ».)
  const utterance = inside.some((w) => lex.isPronoun(w.key) || lex.objectPronouns.has(w.key) || (lex.auxiliaries.has(w.key) && !lex.infinitiveMarkers.has(w.key) && !lex.negationWords.has(w.key)) || lex.verbs.has(w.key));
  const inClause = inside.length <= FRAGMENT_WORDS && !inside[0]!.cap && !utterance && !!afterClose?.word && afterClose.sentence === sentence && !/[.!?…]$/.test(ctx.text.slice(s.start, s.end));
  const afterCue = !!beforeInSentence && !inClause && cues.some((c) => c.kind === 'verb' && !c.verb?.naming && (c.to === openTok || (c.to === openTok - 1 && /^[,:]$/.test(tokens[openTok - 1]!.text))));
  const multiSentence = /[.!?…]\s+\S/.test(ctx.text.slice(s.start, s.end));

  // Titles and names: after a title noun or participle (the participle also before an incise: « Dans
  // un texte intitulé « … », le Front appelle », "The report, titled "…," says"), opening with a
  // title head, or in title case mid-sentence.
  // (Not a naming verb's object, whose quotation in lower case is how the verb names it: 'called
  // the plan "too little, too late"', « parlent d'un « plan social déguisé » »; only asked where a
  // title may be read, as the cues are many.)
  const namedObject = !startsSentence && !afterCue && !inside[0]?.cap && cues.some((c) => c.kind === 'verb' && !!c.verb?.naming && !c.after && c.to < openTok && openTok - c.to <= 4 && tokens[c.from]!.sentence === sentence);
  if (!startsSentence && !afterCue) {
    const cueWord = beforeInSentence?.word ? beforeInSentence : undefined;
    // (A complementizer before words in lower case opens a clause: 'says on its website that “there were issues …”'.)
    // (Not a relative: 'described the book that “changed his life”' opens with a verb.)
    const first = inside[0];
    const clause = !!cueWord && lex.complementizers.has(cueWord.key) && !!first?.word && !first.cap && !lex.verbs.has(first.key) && !lex.auxiliaries.has(first.key) && !lex.isPastParticiple(first.text.toLowerCase()) && !lex.isGerund(first.key);
    const det = cueWord && lex.determiners.has(cueWord.key) && !clause ? tokens[openTok - 2] : cueWord;
    // (Before an incise, only a participle that names, not a noun or a reporting verb: 'what he
    // called "a disaster," she said', 'a program "that works," he said', 'The slogan "Build It Here,"
    // she said, …'.)
    const naming = !incise || (!!det && lex.isPastParticiple(det.text.toLowerCase()) && !lex.verbs.has(det.key));
    if (det && naming && lex.titleCues.has(det.key) && !namedObject) return undefined;
    // (« Son nouvel album, « Météo d'argent », est … », "his album, “Rain Songs,” is …": a title in
    // apposition between commas after a title noun, opened by a capital; not 'The plan, "a
    // disaster," critics said'.)
    // (Also past a complement of the title noun that a determiner opens: « La devise de la ville,
    // « Fluctuat nec mergitur », est … », "The motto of the school, "Learn to serve," is …"; not
    // « Le directeur du projet, « … » ».)
    let noun = tokens[openTok - 2];
    for (let j = openTok - 3; j >= openTok - 6 && noun?.word && !lex.titleCues.has(noun.key); j--) {
      const w = tokens[j];
      if (!w?.word || w.sentence !== sentence || ctx.quoted[j] || w.cap) break;
      // (An adjective may stand between them: « Le dernier album du groupe, « … », sort ».)
      const opened = lex.determiners.has(tokens[j - 2]?.key ?? '') || (!!tokens[j - 2]?.word && !tokens[j - 2]!.cap && lex.determiners.has(tokens[j - 3]?.key ?? ''));
      if (!ctx.links.has(w.key) || !lex.titleCues.has(tokens[j - 1]?.key ?? '') || !opened) continue;
      noun = tokens[j - 1];
    }
    // (Not an utterance that a speaker and a verb follow, unless in title case: 'On the film, "I loved
    // every minute," Ada Lind said', '…," singer Mia Roe said'; not 'In his book, "Make Your Kid a
    // Millionaire," he suggested'.)
    const spokenAfter = () => cues.some((c) => c.kind === 'verb' && !!c.speaker && c.speaker.start > tokens[closeTok]!.end && c.from > closeTok && c.from - closeTok <= 8 && tokens[c.from]!.sentence === tokens[closeTok]!.sentence);
    const apposed = beforeInSentence?.text === ',' && !!noun?.word && noun.sentence === sentence && lex.titleCues.has(noun.key) && !!first?.cap && (afterClose?.text === ',' || /,\s*$/u.test(ctx.text.slice(s.start, s.end))) && !(utterance && (incise || spokenAfter()) && !isTitleCase(inside));
    if (apposed) return undefined;
  }
  // ('… with a new staging of "The Winter Garden", the theatre announced': words in title case
  // right after a preposition are a work's title, even before an incise; not an utterance.)
  const afterLink = !!beforeInSentence?.word && !beforeInSentence.cap && (ctx.links.has(beforeInSentence.key) || (lex.boundaries.has(beforeInSentence.key) && !lex.complementizers.has(beforeInSentence.key) && !lex.coordinators.has(beforeInSentence.key)));
  // (French capitalises a title's first word only: « la mise en scène du « Jardin d'hiver », a annoncé ».)
  // (Only with the incise's comma outside the marks: 'big fans of "Prison Break," Mr. Madden said'
  // ends the quotation on its comma, and the sentence is read as leading into it.)
  if (incise && afterLink && afterClose?.text === ',' && !utterance && inside.length >= 2 && inside.length <= 8 && inside[0]!.cap && (isTitleCase(inside) || inside.length <= 6) && !multiSentence) return undefined;
  if (!incise && !startsSentence && !afterCue) {
    if (inside.length >= 2 && lex.titleHeads.has(inside[0]!.key) && !namedObject) return undefined;
    if (inside.length <= 8 && inside[0]!.cap && isTitleCase(inside) && !multiSentence) return undefined;
  }
  // ('"The numbers," said Treasurer Amy Lott, "speak for themselves."', « « … », a-t-il ajouté, « … » »:
  // the words after an incise that a quotation's comma opens go on with that quotation, whatever
  // their length.)
  let resumed = false;
  if (beforeInSentence?.text === ',') {
    let b = openTok - 2;
    while (b > openTok - 14 && b >= 0 && tokens[b]!.sentence === sentence && !ctx.quoted[b] && tokens[b]!.word) b--;
    const mark = tokens[b];
    // (Of a quotation, not of a scare-quoted phrase: 'called the law "draconian," referring to its
    // penalties, "and unworkable."' stays a fragment.)
    const quoted = earlier.findLast((p) => p.kind !== 'indirect' && p.end <= s.open);
    resumed = quoted?.kind === 'direct' && b < openTok - 2 && !!mark && mark.sentence === sentence && ((mark.text === ',' && /[»”"’']$/.test(tokens[b - 1]?.text ?? '')) || (/^[»”"’']+$/.test(mark.text) && /,\s*$/.test(ctx.text.slice(Math.max(0, mark.start - 2), mark.start))));
  }
  // (Nor a sentence of its own, a pronoun or a verb in it and a stop at its end: '…, adding of the
  // mayor, "He cares."'.)
  const sentenceOwn = utterance && inside[0]!.cap && /[.!?…]$/.test(ctx.text.slice(s.start, s.end));
  const kind: QuoteKind = incise || startsSentence || afterCue || multiSentence || resumed || sentenceOwn || inside.length > FRAGMENT_WORDS ? 'direct' : 'fragment';
  const base = { start: s.start, end: s.end, kind };

  // 0. "Kim a « condamné … »": an auxiliary before the mark, the verb inside the quotation; a cue
  // right after it speaks first ('Berg is "calling every farmer," an aide said').
  // (An auxiliary as written: not « à », which folds to « a », nor « de »: « a appelé ses
  // adversaires à « se rassembler » ».)
  if (!incise && beforeInSentence?.word && writtenAuxiliaryAt(ctx, openTok - 1) && lex.verbs.has(inside[0]!.key)) {
    const subject = speakerEndingAt(ctx, openTok - 2);
    // ('Trumka said the council would “continue its ongoing discussion”': the reporter's words.)
    const outer = subject ? reporterOfModal(ctx, cues, cues.findLastIndex((c) => c.to <= ctx.tokenAt(subject.start)) + 1, openTok - 1) : undefined;
    if (outer) return { ...base, rule: 'quotes/cue-before-verb', cue: outer, speaker: outer.speaker! };
    if (subject) {
      const verb = lex.verbs.match((i) => tokens[i]?.key, tokens.indexOf(inside[0]!));
      const cue: SpokenCue = { from: openTok - 1, to: openTok, kind: 'verb', speaker: subject, ...(verb ? { class: verb.class, verb } : {}) };
      return { ...base, rule: 'quotes/auxiliary-before', cue, speaker: subject };
    }
  }
  if (incise) return { ...base, rule: 'quotes/cue-after', cue: incise, speaker: incise.speaker! };
  // (A testimony ends its sentence inside the marks: not 'called it “a disaster” — Lee Roy, the mayor, agreed'.)
  // Nor one that a cue before it in its sentence gives a speaker ('Lee told the crowd: “…” — AP').
  const cueBefore = cues.some((c) => c.to <= openTok && !!c.speaker && tokens[c.from]!.sentence === sentence);
  const signed = !cueBefore && /[.!?…]\s*$/.test(ctx.text.slice(s.start, s.end)) ? signature(ctx, closeTok, cues) : undefined;
  if (signed) return { ...base, kind: 'direct', rule: 'quotes/signed', cue: signed, speaker: signed.speaker! };
  // 2. The nearest cue before it in its sentence.
  // A colon after a mere phrase ("a détaillé le plan : «") gives way to a verb before it.
  let colon: SpokenCue | undefined;
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.to > openTok) continue;
    if (tokens[c.from]!.sentence !== sentence) break;
    // (A participle whose speaker is unknown stands between the quotation and any cue before it:
    // « …, ont indiqué de sources policières, en scandant "dégage" » is no source's.)
    if (!c.speaker && c.kind === 'verb' && c.verb?.participle) break;
    // (« Lire : « … » », « Inondations : « … » »: a headline's topic before a colon; the words are
    // no one's we know, not the previous speaker's.)
    if (c.topic && c.to === openTok) return { ...base, rule: 'quotes/cue-before-colon', cue: c };
    // (Nor a document's verb, which shows and quotes no one: « Une vidéo montre des hommes armés
    // criant : « … » », « a indiqué que le rapport avait montré "que …" ».)
    if (!c.speaker || c.verb?.documentSubject) continue;
    if (c.kind === 'colon' && c.speaker.form === 'phrase') {
      colon ??= c;
      continue;
    }
    const outer = c.kind === 'verb' && !c.verb?.naming ? reporterOfModal(ctx, cues, i, c.from) : undefined;
    if (outer) return { ...base, rule: 'quotes/cue-before-verb', cue: outer, speaker: outer.speaker! };
    // ('"We will appeal," he said, referring to the ruling, "and we will win."': a participle after
    // the incise of a quotation of the sentence only qualifies it; the words after its comma go on
    // with that quotation.)
    // (Not one that introduces them, with nothing but adverbs or a topic after a preposition before
    // the comma: '"…," he said, adding later, "…"', '"…," Lee said, adding of Mr. Roy, "…"'.)
    const objectOf = () => !lex.boundaries.has(tokens[c.to]?.key ?? '') && !ctx.links.has(tokens[c.to]?.key ?? '') && tokens.slice(c.to, openTok - 1).some((w) => w.word && !lex.isAdverb(w.key) && !lex.timeWords.has(w.key));
    const incised = c.kind === 'verb' && c.verb?.participle && beforeInSentence?.text === ',' && objectOf() ? incisedQuotation(tokens, earlier, c.from, (p) => !p.verb?.participle) : undefined;
    if (incised?.cue) return { ...base, kind: incised.kind, rule: 'quotes/cue-before-verb', cue: incised.cue, ...(incised.speaker ? { speaker: incised.speaker } : {}) };
    return { ...base, rule: `quotes/cue-before-${c.kind}`, cue: c, speaker: c.speaker };
  }
  if (colon) return { ...base, rule: 'quotes/cue-before-colon', cue: colon, speaker: colon.speaker! };
  // "Jared Potts echoed:¶“He speaks his mind …”", "released the following statement:¶“…”": a
  // colon that ends the paragraph before gives the quotation that opens this one its cue: that
  // sentence's last verb with a speaker, else the colon's when it names a person or a body (not
  // "… from San Bernardino:", "The transcript follows:").
  const colonBefore = tokens[openTok - 1];
  if (colonBefore?.text === ':' && colonBefore.sentence !== sentence && !ctx.quoted[openTok - 1] && /\n/.test(ctx.text.slice(colonBefore.end, s.open))) {
    let named: SpokenCue | undefined;
    for (let i = cues.length - 1; i >= 0; i--) {
      const c = cues[i]!;
      if (c.to > openTok || !c.speaker) continue;
      if (tokens[c.from]!.sentence !== colonBefore.sentence) {
        if (tokens[c.from]!.sentence < colonBefore.sentence) break;
        continue;
      }
      if (c.kind === 'verb') return { ...base, kind: 'direct', rule: 'quotes/cue-before-verb', cue: c, speaker: c.speaker };
      // (Not a name after a preposition: "Here is the view from Valmont:".)
      const before = tokens[ctx.tokenAt(c.speaker.start) - 1];
      const governed = !!before?.word && before.sentence === colonBefore.sentence && lex.boundaries.has(before.key);
      // (A phrase only as the subject of a message's verb: "The mayor released the following statement:".)
      const subject = c.speaker.end < tokens[c.from - 1]!.start;
      if (c.kind === 'colon' && (c.speaker.form !== 'phrase' || subject) && c.speaker.type !== 'place' && !governed) named ??= c;
    }
    if (named) return { ...base, kind: 'direct', rule: 'quotes/cue-before-colon', cue: named, speaker: named.speaker! };
  }
  // 3. A cue later in the sentence ("Il existe une « forte probabilité » …, a-t-il souligné.").
  const endSentence = tokens[closeTok]!.sentence;
  // The incise that ends the sentence first ("…, a-t-il souligné."), else the first cue after.
  const after = cues.filter((c) => c.from > closeTok && tokens[c.from]!.sentence === endSentence && c.speaker && c.kind !== 'colon' && !nounParticiple(ctx, c));
  // '"…," Ambassador Zhai Jun said at the meeting, according to Sana': a verb whose subject
  // follows the closing mark (past a comma or a title) comes first.
  const next = after[0];
  const subjectAt = next?.speaker ? ctx.tokenAt(next.speaker.start) : -1;
  let lead = closeTok + 1;
  while (tokens[lead]?.text === ',') lead++;
  const adjacent = next?.kind === 'verb' && subjectAt >= lead && next.speaker!.end <= tokens[next.from]!.start && !lex.relatives.has(tokens[subjectAt]!.key) && tokens.slice(lead, subjectAt).every((t) => t.word && t.cap);
  const later = adjacent ? next : (after.find((c) => tokens[c.from - 1]?.text === ',' && endsSentence(ctx, c)) ?? next);
  if (later) return { ...base, rule: 'quotes/cue-later', cue: later, speaker: later.speaker! };
  // 4. No cue: the words may carry on the previous speaker's (resolved in order later), or open
  // on a speaker introduced in the sentence before ("X a répondu aux journalistes. « … »").
  // A cue in a subordinate clause ('"…," Lee told the Journal, after the mayor spoke. "…"') gives
  // way to one before it in its sentence.
  // (Not to a quoted heading, whose speaker a later quotation gives: `echoedHeadings`.)
  let intro: SpokenCue | undefined;
  if (startsSentence && !headingQuotation(ctx.text, base)) {
    for (let i = cues.length - 1; i >= 0; i--) {
      const c = cues[i]!;
      if (c.to > openTok) continue;
      if (tokens[c.from]!.sentence < sentence - 1 || ctx.text.slice(tokens[c.from]!.start, s.open).includes('\n\n')) break;
      if (intro && tokens[c.from]!.sentence !== tokens[intro.from]!.sentence) break;
      // (Not an infinitive's subject: "… after Pagliano failed to show up. "…"".)
      if (c.kind === 'verb' && c.speaker && !c.catenative) {
        if (!intro) intro = c;
        else if (subordinate(ctx, intro)) {
          intro = c;
          break;
        }
        if (!subordinate(ctx, c)) break;
      }
    }
    // '"…," he told hundreds of screaming supporters, adding that … "…"': the sentence before is a
    // quotation's, and what follows its cue ("adding", "in a blog post", "a super PAC called …")
    // only qualifies it; the next quotation goes on with the one before. Not a clause with a
    // subject of its own ('"…," the mayor said, but engineer Tom Hale warned that …. "…"').
    const from = intro?.from ?? -1;
    const quoted = intro && !ownClause(ctx, intro) && incisedQuotation(tokens, earlier, from);
    if (quoted) intro = quoted.cue;
  }
  // With no cue at all, a few words in title case with no sentence stop are a name or a title
  // set on its own (a show in a list, a slogan on a placard: "“Broad City”"), not a reply.
  // Two capitalised words at least ("“Get out now”" is a cry), or a single word of four letters
  // or more with no punctuation at all ("“Friends”", not "“No”" nor "“Absolutely,”"); words in
  // capitals are a chant or a placard's, which stay (« ILS ONT VOLÉ NOTRE RÉVOLUTION »).
  const capitals = inside.every((w) => w.text === w.text.toUpperCase());
  const titled = inside.length === 1 ? inside[0]!.text.length >= 4 && !/[^\p{L}\p{N}\s'’-]/u.test(ctx.text.slice(s.start, s.end)) : inside.filter((w) => w.cap).length >= 2 && !/[.!?…]/u.test(ctx.text.slice(s.start, s.end));
  if (!intro && !capitals && inside.length <= 8 && inside[0]!.cap && isTitleCase(inside) && titled) return undefined;
  // « « … », a déclaré de manière laconique le préfet »: when no rule found a speaker, a verb right
  // after the comma of a quotation that opens its sentence still introduces it (French puts the
  // comma after the closing mark). Its speaker is a person named later in the clause (« a poursuivi,
  // ému, M. Roy »), else none rather than the previous turn's.
  const unnamed = startsSentence && joined && tokens[k - 1]?.text === ',' && k > closeTok ? cues.find((c) => c.from === k && c.kind === 'verb' && !c.speaker && !c.verb?.naming && !c.verb?.participle && !c.governed) : undefined;
  if (unnamed) {
    let person: ReturnType<typeof speakerStartingAt>;
    for (let j = unnamed.to; j <= unnamed.to + 8 && !person && tokens[j]?.sentence === sentence && !ctx.quoted[j]; j++) {
      if (tokens[j]!.word && (lex.complementizers.has(tokens[j]!.key) || lex.verbs.has(tokens[j]!.key))) break;
      if (ctx.mentionStarting.get(j)?.type === 'person') person = speakerStartingAt(ctx, j);
    }
    return { ...base, rule: 'quotes/cue-after', cue: person ? { ...unnamed, speaker: person, after: true } : unnamed, ...(person ? { speaker: person } : {}) };
  }
  return { ...base, rule: 'quotes/carried', carried: true, ...(intro ? { cue: intro, speaker: intro.speaker! } : {}) };
}

/**
 * In text order: resolve pronouns to the latest speaker named before them (a person for "il",
 * "he"; a group, body or country for "ils", "they"; for "it", only the previous quotation's
 * speaker when that is a body or a country), carry a speaker over to quotations with no cue of
 * their own, number the turns, and write the annotations.
 */
function resolve(ctx: SpeakerContext, drafts: readonly Draft[], input: QuoteInput, cues: readonly SpokenCue[]): QuoteAnnotation[] {
  const { text, lex } = ctx;
  const out: QuoteAnnotation[] = [];
  // The persons who spoke, the latest last: a pronoun takes the latest whose gender does not
  // contradict its own (« elle » is never « M. Roy »; an unmarked person may be either).
  const genders = new Map<string, Gender>();
  for (const m of input.mentions) if (m.gender) genders.set(m.key, m.gender);
  const genderOf = (sp: SpeakerRef) => (sp.key ? genders.get(sp.key) : undefined);
  const agrees = (sp: SpeakerRef, g: Gender | undefined) => !g || !genderOf(sp) || genderOf(sp) === g;
  const persons: QuoteSpeaker[] = [];
  const spoke = (sp: QuoteSpeaker) => {
    persons.push(sp);
    if (persons.length > RECENT_PERSONS) persons.shift();
  };
  const lastPerson = (g: Gender | undefined) => persons.findLast((sp) => agrees(sp, g));
  let lastGroup: QuoteSpeaker | undefined;
  let previous: { draft: Draft; speaker?: QuoteSpeaker; paragraph: number } | undefined;
  // The last quotation that is not indirect speech, with its turn: a quotation that the same cue
  // introduces goes on with it past reported speech in between ('"…," said X, who recalled …. "…"').
  let quoted: { draft: Draft; speaker?: QuoteSpeaker; paragraph: number; turn: number } | undefined;
  let turn = 0;
  // Paragraphs are in order and do not overlap: the last one starting at or before the offset.
  const paragraphOf = (offset: number) => {
    const n = countAtMost(input.paragraphs, offset, (p) => p.start) - 1;
    return n >= 0 && offset < input.paragraphs[n]!.end ? n : -1;
  };
  // Persons who declined to speak (or would not, could not: « n'a pas souhaité commenter ») are no
  // sentence subject a later pronoun stands for.
  const refusers = new Set(cues.filter((c) => c.governed && c.speaker).map((c) => c.speaker!.start));
  const mentionsBefore = (offset: number, plural: boolean, g: Gender | undefined) => {
    for (let i = input.mentions.length - 1; i >= 0; i--) {
      const m = input.mentions[i]!;
      if (m.end > offset) continue;
      if (plural ? m.type === 'organisation' || m.type === 'country' : m.type === 'person' && agrees(m, g)) return m;
    }
    return undefined;
  };
  // A person is who a later "he" or « elle » stands for when they speak (a named speaker), whether
  // or not their verb reports any content (« la maire, Claire Morel, avance un chiffre. « … »,
  // a-t-elle déclaré »).
  const person = (sp: QuoteSpeaker) => {
    // A name of unknown type in two capitalised words or more, set between commas after its role
    // ("l'ambassadeur américain adjoint à l'ONU, Robert Wood, a mis en garde"), is a person;
    // not a body named in the sentence ("Human Rights Watch criticized the plan").
    // (Name particles in lower case may stand between them: "Jean-Marc de La Tour".)
    // (So is one in apposition after the role that the speaker's span opens with: « assure son
    // fondateur, Ravi Menon. », "said its founder, Ravi Menon.")
    const shaped = sp.type === 'other' && sp.form === 'name' && NAME_SHAPE.test(sp.name);
    const span = text.slice(sp.start, sp.end);
    const apposed = shaped && span.endsWith(sp.name) && /,\s*$/.test(span.slice(0, span.length - sp.name.length));
    const personLike = apposed || (shaped && /,\s*$/.test(text.slice(Math.max(0, sp.start - 3), sp.start)) && /^\s*,/.test(text.slice(sp.end, sp.end + 3)));
    // (So is one that a role's description follows between commas: « Pour Ahmad Rendem, vendeur
    // de souvenirs depuis 45 ans, … ».)
    const described = shaped && describedAfter(sp);
    // (A body's description is no person's role: "the company".)
    return sp.type === 'person' || personLike || described || (sp.form === 'role' && !sp.members && sp.type !== 'organisation') || singleRole(sp);
  };
  /** Does a role's description (`roleDescription`) follow the speaker between two commas? */
  const describedAfter = (sp: QuoteSpeaker) => {
    const { tokens } = ctx;
    const comma = ctx.tokenAt(sp.end - 1) + 1;
    if (tokens[comma]?.text !== ',') return false;
    let close = comma + 1;
    while (close < tokens.length && tokens[close]!.sentence === tokens[comma].sentence && tokens[close]!.text !== ',') close++;
    return tokens[close]?.text === ',' && roleDescription(ctx, comma + 1, close);
  };
  // "A spokesman for Marlow Construction denied …. "…," he said": a phrase that an indefinite
  // article and a role head open stands for one person too, whom the text does not name.
  const singleRole = (sp: QuoteSpeaker) => {
    if (sp.form !== 'phrase' || sp.members) return false;
    const at = ctx.tokenAt(sp.start);
    const head = ctx.tokens[at + 1];
    return lex.indefiniteArticles.has(ctx.tokens[at]!.key) && !!head?.word && !head.cap && ctx.roleHeads.has(head.key) && head.start < sp.end;
  };
  // Where a pronoun takes its noun's gender (`articleGenders`), the last quotation's speaker, in the
  // pronoun's paragraph or the one before, when it is a body named with an article of that gender
  // and a body's noun right after it (« la banque », « la préfecture de … »; not a role's or a
  // person's, « le président syrien », which names someone the pronoun finds otherwise).
  const bodyBefore = (gender: Gender, paragraph: number) => {
    const last = previous;
    const body = last?.speaker;
    if (!last || !body || paragraph - last.paragraph > 1 || body.form === 'pronoun' || body.members) return undefined;
    const at = ctx.tokenAt(body.start);
    const head = ctx.tokens[at + 1];
    const bodyHead = !!head?.word && !head.cap && (ctx.bodyHeads.has(head.key) || lex.speakerNouns.has(head.key)) && !lex.personNouns.has(head.key) && !ctx.roleHeads.has(head.key);
    return bodyHead && lex.articleGenders.get(ctx.tokens[at]!.key) === gender ? body : undefined;
  };
  /**
   * « a indiqué la directrice. « Surtout, a-t-elle ajouté, … » »: where nothing named resolves a
   * gendered pronoun, the last quotation's role phrase whose article has its gender, in the
   * pronoun's paragraph or the one before, before the pronoun; or, for the second piece of one
   * incise's turn, what the first piece took. Gives the name to take, or undefined.
   */
  const roleBefore = (d: Draft, gender: Gender, paragraph: number, before: number) => {
    const role = previous?.speaker;
    if (!previous || !role) return undefined;
    if (previous.draft.cue === d.cue && role.form === 'pronoun') return role.name;
    return paragraph - previous.paragraph <= 1 && role.form !== 'pronoun' && !role.members && role.start < before && !role.ref && lex.articleGenders.get(ctx.tokens[ctx.tokenAt(role.start)]!.key) === gender ? role.name : undefined;
  };
  const subjectBefore = subjectFinder(ctx, input.mentions, drafts, refusers);
  // "Halvorsen Motors will close the plant, it said": a body or a country named first in the
  // pronoun's own sentence (past its article), before the pronoun, stands for "it".
  const bodyOpening = (pronoun: number): QuoteSpeaker | undefined => {
    const sentence = ctx.tokens[pronoun]!.sentence;
    let at = pronoun;
    while (at > 0 && ctx.tokens[at - 1]!.sentence === sentence) at--;
    if (ctx.articles.has(ctx.tokens[at]!.key) && ctx.tokens[at + 1]?.sentence === sentence) at++;
    const m = ctx.mentionStarting.get(at);
    return m && (m.type === 'organisation' || m.type === 'country') && !ctx.quoted[at] && ctx.tokenAt(m.end - 1) < pronoun ? { start: m.start, end: m.end, name: m.name, key: m.key, type: m.type, form: 'name' } : undefined;
  };
  const sentenceOf = (offset: number) => ctx.tokens[ctx.tokenAt(offset)]!.sentence;
  /** The subject of the sentence right before the quotation `d`, when it is the one person named in that sentence, nothing but marks opens the quotation's sentence before it, and the quotation is a sentence of speech. */
  const introducedBy = (d: Draft, paragraph: number) => {
    // (A sentence or more of speech: four words at least, ended by a stop that is no ellipsis; a
    // title or a slogan has none: « Et nos frères pourtant... », « Une guerre de communication ».)
    const words = text.slice(d.start, d.end);
    let e = words.length - 1;
    while (e >= 0 && !/[\p{L}\p{N}.!?…]/u.test(words[e]!)) e--;
    if (e < 0 || !/[.!?]/.test(words[e]!) || words[e - 1] === '.' || (words.match(/\p{L}+/gu)?.length ?? 0) < 4) return undefined;
    const first = ctx.tokenAt(d.start);
    const sentence = ctx.tokens[first]!.sentence;
    let open = first;
    while (open > 0 && ctx.tokens[open - 1]!.sentence === sentence) open--;
    if (open === 0 || /\p{L}/u.test(text.slice(ctx.tokens[open]!.start, d.start))) return undefined;
    let from = open - 1;
    while (from > 0 && ctx.tokens[from - 1]!.sentence === sentence - 1) from--;
    if (ctx.quoted[open - 1]) return undefined;
    const own = input.paragraphs[paragraph]!;
    const opens = paragraph > 0 && /^\P{L}*$/u.test(text.slice(own.start, d.start));
    const start = ctx.tokens[from]!.start;
    // (A name the recogniser left a candidate counts, of two words or more.)
    const personal = (m: MentionAnnotation) => m.type === 'person' || (m.form === 'candidate' && NAME_SHAPE.test(m.name));
    const persons = input.mentions.filter((m) => m.start >= start && m.end <= ctx.tokens[open - 1]!.end && personal(m));
    if (new Set(persons.map((m) => m.key)).size !== 1) return undefined;
    const subject = subjectBefore({ before: ctx.tokens[open]!.start, after: start - 1, paragraph: opens ? { start: input.paragraphs[paragraph - 1]!.start, end: own.end } : own, agrees: () => true });
    return subject && personal(subject) ? subject : undefined;
  };
  let nextCue = 0;
  for (const d of drafts) {
    // Speakers of the verbs before this quotation that reported nothing of their own.
    for (; nextCue < cues.length && ctx.tokens[cues[nextCue]!.from]!.start < d.start; nextCue++) {
      const sp = cues[nextCue]!.speaker;
      // Not one who declined to speak, or would not ("His deputy, Paul Roy, declined to comment").
      // (Nor an infinitive's subject: "Chaffetz said after Pagliano failed to show up. "…"".)
      if (cues[nextCue]!.kind === 'verb' && !cues[nextCue]!.governed && !cues[nextCue]!.catenative && sp && sp.form !== 'pronoun' && sp.start >= (persons.at(-1)?.start ?? -1) && person(sp)) spoke(sp);
    }
    const paragraph = paragraphOf(d.start);
    let speaker = d.speaker;
    if (d.cue?.passive && speaker && speaker.start === d.cue.speaker?.start) {
      const agent = d.cue.passive.agent;
      // "The accord was rejected on Saturday by General Idriss": words that hold the agent are no content.
      if (agent && d.start <= agent.start && d.end >= agent.end) continue;
      speaker = agent;
    }
    let sameTurn = false;
    let turnOf = 0;
    if (d.carried && d.cue && previous?.draft.kind === 'indirect' && quoted?.draft.cue === d.cue && quoted.speaker && paragraph - quoted.paragraph <= CARRY_PARAGRAPHS) {
      speaker = quoted.speaker;
      sameTurn = true;
      turnOf = quoted.turn;
    } else if (d.carried) {
      const introStart = d.cue ? ctx.tokens[d.cue.from]!.start : -1;
      const sameCue = !!d.cue && previous?.draft.cue === d.cue;
      // A scare-quoted phrase takes the speaker its own paragraph gives it: a fragment in a later
      // paragraph is as often the writer's (« coup d'état militaire », « frères musulmans »).
      const reach = d.kind === 'fragment' && !d.cue ? 0 : CARRY_PARAGRAPHS;
      if (previous && previous.speaker && paragraph - previous.paragraph <= reach && previous.draft.kind !== 'indirect' && (sameCue || previous.draft.start > introStart) && !headingQuotation(text, d)) {
        speaker = previous.speaker;
        sameTurn = true;
      } else if (!d.cue && d.kind === 'direct' && paragraph >= 0) {
        // « Jean Morvan est inquiet. « Si les quotas baissent encore, je vends le bateau. » »: a
        // quotation with no cue that opens its sentence, right after a sentence whose subject is the
        // one person named in it, is that person's (in the paragraph before too when the quotation
        // opens its own).
        const subject = introducedBy(d, paragraph);
        if (subject) speaker = { ...refOf(subject), form: 'name', ref: refOf(subject) };
      }
    } else if (previous && d.cue && previous.draft.cue === d.cue && ((d.kind !== 'indirect' && previous.draft.kind !== 'indirect') || (PIECES.has(d.rule) && previous.draft.rule === d.rule) || (d.kind !== 'indirect' && previous.draft.rule === 'quotes/indirect-incise'))) sameTurn = true;
    // ("he's said": "he"; but « j' » is a pronoun as written.)
    const written = speaker?.form === 'pronoun' ? ctx.tokens[ctx.tokenAt(speaker.start)]!.key.split(' ').pop()! : '';
    const pronounKey = lex.pronouns.has(written) ? written : written.split("'")[0]!;
    // « Ce dernier a assuré », « a réagi cette dernière »: the person named last before the phrase
    // (or a name the recogniser left a candidate, of two words or more: « le promoteur Bastien
    // Lorrain »), in its sentence or the one before (further back, the phrase is as often a body's
    // that no mention holds: « le Conseil national syrien, ce dernier met en garde »).
    const latter = speaker?.form === 'phrase' && !speaker.ref ? lex.latterPhrases.get(phraseKeys(text.slice(speaker.start, speaker.end)).join(' ')) : undefined;
    const latest = latter && speaker ? input.mentions.findLast((m) => m.end <= speaker!.start && (m.type === 'person' || (m.form === 'candidate' && NAME_SHAPE.test(m.name))) && agrees(m, latter)) : undefined;
    const named = latest && sentenceOf(latest.start) >= sentenceOf(speaker!.start) - 1 ? latest : undefined;
    if (named && speaker) speaker = { ...speaker, name: named.name, key: named.key, type: named.type, ref: { start: named.start, end: named.end, name: named.name, key: named.key, type: named.type } };
    // "I said", "nous avons dit": the writer or the speaker of the quotation, never a name before it.
    // ("the 19-year-old said", « a souri la joueuse de 19 ans »: a description by age stands for a
    // person as "he" or "she" does.)
    const described = speaker?.form === 'phrase' && !speaker.ref && lex.ageDescriptions.test(text.slice(speaker.start, speaker.end));
    if (speaker && ((speaker.form === 'pronoun' && !speaker.ref && !lex.selfPronouns.has(pronounKey)) || described)) {
      const key = described ? '' : pronounKey;
      // "It did not say": "it" is never a person. It takes the previous quotation's speaker when that
      // is a body or a country, else it stays "It".
      const impersonal = lex.impersonalPronouns.has(key);
      const plural = lex.pluralPronouns.has(key);
      const previousBody = previous?.speaker && !previous.speaker.members && (previous.speaker.type === 'organisation' || previous.speaker.type === 'country') ? previous.speaker : undefined;
      const gender = lex.pronounGenders.get(key);
      let antecedent = impersonal ? (bodyOpening(ctx.tokenAt(speaker.start)) ?? previousBody) : plural ? lastGroup : lastPerson(gender);
      // "Down by the river, Ricard was watching … “We will rebuild,” he said": a person who is the
      // subject of a sentence since the last speaker, in the pronoun's paragraph, is its antecedent;
      // in the paragraph before too when the quotation or the pronoun opens its own (nothing but
      // marks before them).
      if (!impersonal && !plural && paragraph >= 0) {
        const own = input.paragraphs[paragraph]!;
        const before = Math.min(d.start, speaker.start);
        const opens = paragraph > 0 && /^\P{L}*$/u.test(text.slice(own.start, before));
        const subject = subjectBefore({ before, after: antecedent?.end ?? -1, paragraph: opens ? { start: input.paragraphs[paragraph - 1]!.start, end: own.end } : own, agrees: (m) => agrees(m, gender) });
        if (subject) antecedent = { start: subject.start, end: subject.end, name: subject.name, key: subject.key, type: subject.type, form: 'name' };
      }
      // « Dans un communiqué, la banque assure que …. Elle précise que … »: a body the last quotation
      // gave stands for the pronoun when it came after the person found.
      const body = !impersonal && !plural && gender ? bodyBefore(gender, paragraph) : undefined;
      if (body && body.start < speaker.start && (!antecedent || antecedent.start < body.start)) antecedent = body;
      // (A description fits no one when a person's noun came in since the name, "Lea Brun said a
      // man had been arrested. "…," the 23-year-old shouted", nor a name given another age, "Ella
      // Brandt, 31, …".)
      const from = speaker.start;
      const age = described ? /\d{1,3}/u.exec(text.slice(from, speaker.end))?.[0] : undefined;
      const fits = (r: { end: number }) => {
        if (!described) return true;
        const stated = /^\s*,\s*(\d{1,3})(?!\d)/u.exec(text.slice(r.end, r.end + 12))?.[1];
        if (stated && stated !== age) return false;
        for (let i = ctx.tokenAt(r.end); i < ctx.tokens.length && ctx.tokens[i]!.start < from; i++) if (ctx.tokens[i]!.word && lex.personNouns.has(ctx.tokens[i]!.key)) return false;
        return true;
      };
      // (A description that the antecedent does not fit may fit the person named last: "Captain Ella
      // Brandt, 31, set up both goals for Mia Roe. "…," the 19-year-old said".)
      // (Also a name the recogniser left a candidate, of two words or more.)
      let fitting: MentionAnnotation | undefined;
      if (described && antecedent && antecedent.start < speaker.start && !fits(antecedent)) {
        for (let i = input.mentions.length - 1; i >= 0 && !fitting; i--) {
          const m = input.mentions[i]!;
          if (m.end <= speaker.start && m.start > antecedent.start && (m.type === 'person' || (m.form === 'candidate' && NAME_SHAPE.test(m.name))) && fits(m)) fitting = m;
        }
      }
      if (antecedent && antecedent.start < speaker.start && !fitting) {
        if (fits(antecedent)) speaker = { ...speaker, name: antecedent.name, ...(antecedent.key ? { key: antecedent.key } : {}), ...(antecedent.type ? { type: antecedent.type } : {}), ref: antecedent.ref ?? antecedent };
      } else if (!impersonal) {
        const m = fitting ?? mentionsBefore(speaker.start, plural, gender);
        if (m && fits(m)) speaker = { ...speaker, name: m.name, key: m.key, type: m.type, ref: { start: m.start, end: m.end, name: m.name, key: m.key, type: m.type } };
        // (Last, with no one named before: `roleBefore`.)
        else if (!m && !plural && gender && !described) {
          const name = roleBefore(d, gender, paragraph, speaker.start);
          if (name) speaker = { ...speaker, name };
        }
      }
    }
    if (speaker && speaker.form !== 'pronoun') {
      // Not the agent of a passive: who was asked or told answers next ("Roy was asked by Tom Hale
      // whether … “It held,” he said").
      // Nor one who refused to speak ("Paul Roy declined to comment. “We were lucky,” he said").
      if ((person(speaker) || named) && !d.cue?.passive && d.rule !== 'quotes/refusal') spoke(speaker);
      else if (speaker.members || speaker.type === 'organisation' || speaker.type === 'country') lastGroup = speaker;
    } else if (speaker?.ref) {
      if (speaker.type === 'person') spoke({ ...speaker.ref, form: 'name' });
    }
    if (!sameTurn) turn++;
    const at = turnOf || turn;
    const cue: QuoteCue | undefined = d.cue ? { start: ctx.tokens[d.cue.from]!.start, end: ctx.tokens[d.cue.to - 1]!.end, text: text.slice(ctx.tokens[d.cue.from]!.start, ctx.tokens[d.cue.to - 1]!.end), ...(d.cue.class ? { class: d.cue.class } : {}) } : undefined;
    const channel = d.cue && (d.cue.kind === 'verb' || d.cue.relay) ? channelOf(ctx, d.cue, input.credits) : undefined;
    out.push({
      start: d.start,
      end: d.end,
      rule: d.carried && speaker ? (sameTurn ? 'quotes/carried-over' : 'quotes/introduced-before') : d.rule,
      kind: d.kind,
      turn: at,
      ...(cue ? { cue } : {}),
      ...(speaker ? { speaker } : {}),
      ...(channel ? { channel } : {}),
    });
    previous = { draft: d, ...(speaker ? { speaker } : {}), paragraph };
    if (d.kind !== 'indirect') quoted = { ...previous, turn: at };
  }
  return echoedHeadings(text, out);
}

/**
 * A quoted heading with no speaker takes the speaker of a later quotation that holds its words
 * (« "Je suis comme tous les patriotes syriens"\n… "Aucun patriote ne peut … Je suis comme tous
 * les patriotes syriens", explique-t-il »): the intertitle quotes it.
 */
function echoedHeadings(text: string, quotes: QuoteAnnotation[]): QuoteAnnotation[] {
  const norm = (s: string) => s.toLowerCase().replace(/[’']/gu, "'").replace(/\s+/gu, ' ').trim();
  return quotes.map((q, i) => {
    if (q.speaker || !headingQuotation(text, q)) return q;
    const words = norm(text.slice(q.start, q.end));
    const source = quotes.slice(i + 1).find((o) => o.speaker && o.kind !== 'indirect' && norm(text.slice(o.start, o.end)).includes(words));
    return source?.speaker ? { ...q, rule: 'quotes/heading-echo', speaker: source.speaker } : q;
  });
}

/**
 * The agency or outlet a speaker spoke to: a credit right after the verb ("a déclaré à CNN", "told
 * Reuters"), or the agency that relays the words ("Reuters quoted a police official as saying").
 */
/** The most words a quoted heading holds. */
const HEADING_WORDS = 20;

/**
 * Is a quotation a short line of its own with no final punctuation: an intertitle that quotes
 * someone the paragraphs after it name (« "S'ils n'ont rien d'autre à dire, qu'ils se taisent"\n
 * "Les corps …", a affirmé Hadi Abdallah »), not the last speaker's words going on?
 */
function headingQuotation(text: string, d: { start: number; end: number; kind: QuoteKind }): boolean {
  // (One sentence with no final punctuation, of a heading's length.)
  const quoted = text.slice(d.start, d.end);
  if (d.kind !== 'direct' || /[.!?…]/u.test(quoted) || quoted.split(/\s+/u).length > HEADING_WORDS) return false;
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  return /^[ \t]*[«"“‘'][ \t\u00a0]*$/u.test(text.slice(lineStart, d.start)) && /^[ \t\u00a0]*[»"”’'][ \t]*(?:\n|$)/u.test(text.slice(d.end, d.end + 4));
}

function channelOf(ctx: SpeakerContext, cue: SpokenCue, credits: readonly CreditAnnotation[]): string | undefined {
  const { relay } = cue;
  if (relay) return credits.find((cr) => cr.start < relay.end && cr.end > relay.start)?.agency;
  const start = ctx.tokens[cue.from]!.start;
  const end = ctx.tokens[cue.to - 1]!.end;
  const c = credits.find((cr) => cr.end > start && cr.start - end <= 24 && !/[.;!?]/.test(ctx.text.slice(end, Math.max(end, cr.start))));
  return c?.agency;
}

/**
 * A cue of `documentSubject` with its document as speaker: the speaker found if a document, a
 * message or a report heads it, else the phrase that such a noun heads between the verb and the
 * start of its clause (« Une étude publiée mercredi dans la revue Océans et Climat montre que »,
 * whose nearest phrase is the journal); undefined when there is none (« Cela montre que »).
 */
function documentSpeaker(ctx: SpeakerContext, c: SpokenCue): SpokenCue | undefined {
  const { tokens, lex } = ctx;
  const document = (n: number) => [lex.documentNouns, lex.messageNouns, lex.reportNouns].some((set) => set.has(tokens[n]!.key));
  if (c.speaker && c.speaker.form !== 'pronoun' && c.speaker.form !== 'relative') {
    for (let n = ctx.tokenAt(c.speaker.start); n <= ctx.tokenAt(c.speaker.end - 1); n++) {
      if (document(n)) return c;
      if (n > ctx.tokenAt(c.speaker.start) && tokens[n]!.word && (ctx.links.has(tokens[n]!.key) || lex.boundaries.has(tokens[n]!.key))) break;
    }
  }
  const sentence = tokens[c.from]!.sentence;
  for (let n = c.from - 1; n >= 0 && tokens[n]!.sentence === sentence && !ctx.quoted[n]; n--) {
    const w = tokens[n]!;
    // (A participle with no auxiliary before it qualifies the noun: « publiée mercredi ».)
    const participle = lex.isPastParticiple(w.text.toLowerCase()) && !writtenAuxiliaryAt(ctx, n - 1);
    if (!w.word || anyAuxiliaryAt(ctx, n) || (lex.verbs.has(w.key) && !participle) || lex.isPronoun(w.key)) break;
    if (!document(n)) continue;
    const at = n > 0 && (ctx.articles.has(tokens[n - 1]!.key) || lex.determiners.has(tokens[n - 1]!.key)) ? n - 1 : n;
    const speaker = speakerStartingAt(ctx, at);
    return speaker ? { ...c, speaker } : undefined;
  }
  return undefined;
}
