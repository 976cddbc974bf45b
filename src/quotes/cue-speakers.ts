import type { QuoteSpeaker } from '../model/layers.js';
import type { Token } from '../entities/tokens.js';
import { isAgencyRef } from '../entities/gazetteer.js';
import { adverbEndingAt, floatingStart, gerundPrepositionBefore, keyReader, pluralForm, sourceCueEnd, type Cue } from './cues.js';
import { writtenForm } from './lexicon.js';
import { apposedName, articleToken, honorificToken, inCapitalRun, inRelative, possessiveAt, pronounSpeaker, roleDescription, roleHeaded, roleWord, speakerEndingAt, speakerStartingAt, speakerWord, timeQualifierAt, type SpeakerContext } from './speakers.js';
import { NAME_SHAPE } from './subjects.js';
import { type SpokenCue, DASH, YEAR, accordBefore, auxiliaryAt, anyAuxiliaryAt, bareParticiple, passiveCue, prepositionAt, reducedClauseAfter, wordsBetween, writtenAuxiliaryAt } from './draft.js';

/** The speaker of a cue: the pronoun of an inverted verb, the subject before, or the one after. */
export function withSpeaker(ctx: SpeakerContext, c: Cue): SpokenCue {
  // « …, a-t-on appris de source policière », « a-t-on précisé auprès de la préfecture »: what
  // « on » or the writer learned, the source speaks.
  if (c.kind === 'verb' && (c.verb?.learned || (c.pronoun && ctx.lex.indefinitePronouns.has(c.pronoun.key)))) {
    const source = learnedSource(ctx, c);
    if (source) return { ...c, speaker: source, after: true, sourced: true };
  }
  // "He was told that …", « il est précisé que »: the subject of a passive is found as a speaker
  // is, so that the content reads the same, but the agent speaks ("was denied by the ministry", « a
  // été saluée par l'opposition »).
  if (passiveCue(ctx, c)) {
    const agent = agentAfter(ctx, c.to);
    return { ...subjectSpoken(ctx, c), passive: agent ? { agent } : {} };
  }
  const spoken = withoutPossessive(ctx, subjectSpoken(ctx, c));
  // « …, ont indiqué à l'AFP de sources policières »: a verb with no subject of its own.
  if (!spoken.speaker && c.kind === 'verb' && !c.verb?.participle) {
    const source = learnedSource(ctx, c, false);
    if (source) return { ...c, speaker: source, after: true, sourced: true };
  }
  return spoken;
}

/**
 * "Hale's claim that …": a speaker read before a noun that is the cue ends on the possessive, which
 * is no part of the name; the span and the name stop before its apostrophe.
 */
function withoutPossessive(ctx: SpeakerContext, c: SpokenCue): SpokenCue {
  const s = c.speaker;
  if (!s || c.after) return c;
  const last = ctx.tokenAt(s.end - 1);
  if (!possessiveAt(ctx, last - 1) || last - 1 <= ctx.tokenAt(s.start)) return c;
  return { ...c, speaker: { ...s, end: ctx.tokens[last - 2]!.end, name: s.name.replace(/['’]s$/u, '') } };
}

/**
 * Classes of verbs whose inverted speaker may have an adjunct after it to the end of the clause
 * ("…, said the club in a statement", « …, a confirmé la mairie dans un communiqué »); not one that
 * warns, accuses or demands, whose object and person spoken to follow it.
 */
const ADJUNCT_CLASSES: ReadonlySet<string> = new Set(['say', 'assert', 'confirm', 'deny']);

/**
 * Does a clause of its own end at the comma before the verb (« Trois personnes ont été tuées, a
 * annoncé … »)? An auxiliary before, no relative before that a comma opens or follows (« C'est le
 * Conseil qui, le premier, a demandé … », « la blogueuse Zeinobia, qui a …, dénonce »), and the phrase right before
 * the comma opened by no relative, complementizer, auxiliary, verb, participle or gerund: not a
 * subject's parenthesis (« Les dirigeants du G7, réunis au Japon, ont annoncé », « Le préfet, que
 * nous avons joint, a confirmé ») nor a list of predicates (« …, ont adopté un texte, ont salué un
 * compromis »).
 */
function clauseBeforeComma(ctx: SpeakerContext, c: Cue): boolean {
  const { tokens, lex } = ctx;
  if (relativeBeforeComma(ctx, c)) return false;
  const sentence = tokens[c.from]!.sentence;
  let aux = false;
  for (let k = c.from - 2; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (ctx.quoted[k]) continue;
    aux ||= anyAuxiliaryAt(ctx, k) && !!tokens[k + 1]?.word;
    // (Where a past form is also the past tense, one in lower case after a subject's word is a
    // finite verb too: "Thorsen suffered a knee injury, said the club in a statement".)
    aux ||= !lex.participlesApart && k > 0 && tokens[k]!.word && !tokens[k]!.cap && lex.isPastForm(tokens[k]!.key) && subjectWord(ctx, k - 1);
  }
  return aux && !predicateBeforeComma(ctx, c);
}

/**
 * Is there a relative between commas before the comma before a cue, whose clause is a parenthesis
 * on a subject (« C'est le Conseil qui, le premier, a demandé … »; not one inside the content: « …
 * une puissance qui joue un rôle important, estiment des analystes »)?
 */
function relativeBeforeComma(ctx: SpeakerContext, c: Cue): boolean {
  const { tokens, lex } = ctx;
  const sentence = tokens[c.from]!.sentence;
  // (Not one whose parenthesis a comma closed before an auxiliary of the sentence's own: « une
  // journaliste, qui soutenait le régime, a été enlevée par des rebelles, ont annoncé … ».)
  let closed = false;
  let auxiliary = false;
  for (let k = c.from - 2; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (ctx.quoted[k]) continue;
    if (tokens[k]!.text === ',' && auxiliary) closed = true;
    auxiliary ||= anyAuxiliaryAt(ctx, k) && !!tokens[k + 1]?.word;
    if (!closed && lex.relatives.has(tokens[k]!.key) && (tokens[k - 1]?.text === ',' || tokens[k + 1]?.text === ',')) return true;
  }
  return false;
}

/** The first token of the phrase right before the comma before a cue: past the comma before it, or the sentence's first. */
function openBeforeComma(ctx: SpeakerContext, c: Cue): number {
  const { tokens } = ctx;
  const sentence = tokens[c.from]!.sentence;
  let open = c.from - 2;
  while (open > 0 && tokens[open - 1]!.sentence === sentence && tokens[open - 1]!.text !== ',') open--;
  return open;
}

/**
 * Is the phrase right before the comma before a cue opened by a comma and a relative, a
 * complementizer, an auxiliary, a verb, a participle or a gerund: a parenthesis (« Le film,
 * tourné en 2012, décrit … ») or a list of predicates, no clause of its own?
 */
function predicateBeforeComma(ctx: SpeakerContext, c: Cue): boolean {
  const { tokens, lex } = ctx;
  const sentence = tokens[c.from]!.sentence;
  const open = openBeforeComma(ctx, c);
  const o = tokens[open]!;
  const opensClause = tokens[open - 1]?.text === ',' && tokens[open - 1]!.sentence === sentence;
  const participle = o.word && (lex.isGerund(o.key) || lex.isPastParticiple(writtenForm(o.text)));
  const predicate = o.word && (anyAuxiliaryAt(ctx, open) || lex.verbs.has(o.key) || lex.complementizers.has(o.key) || lex.relatives.has(o.key) || participle);
  if (!opensClause || !predicate) return false;
  // (Predicates of one subject agree in number: « …, a été enlevée par des rebelles, ont annoncé
  // les autorités » is a clause and an incise.)
  const pluralAt = (k: number) => lex.pluralVerbEndings.some((e) => tokens[k]!.key.endsWith(e));
  if (lex.pluralVerbEndings.length && anyAuxiliaryAt(ctx, open) && anyAuxiliaryAt(ctx, c.from) && pluralAt(open) !== pluralAt(c.from)) return false;
  // (A participle's phrase after a clause with its own auxiliary is that clause's adjunct, and the
  // cue an incise: « Un incendie s'est déclaré dans le port, provoquant l'évacuation de 350
  // habitants, a annoncé la préfecture ».)
  if (participle && !lex.verbs.has(o.key)) {
    for (let k = open - 2; k >= 0 && tokens[k]!.sentence === sentence; k--) if (!ctx.quoted[k] && anyAuxiliaryAt(ctx, k) && !!tokens[k + 1]?.word) return false;
  }
  return true;
}

/**
 * Is a phrase headed by a word of one who speaks, before any link or preposition: a role or a
 * person's noun ("a spokesman for", "the 300 workers"), a body's head or one of `speakerNouns`
 * ("the health ministry", "the club"), a source, a document or a message ("the report"), or a
 * name that is no place's (« les Frères musulmans »)?
 */
export function speakerHeaded(ctx: SpeakerContext, s: QuoteSpeaker, agents = false): boolean {
  const { tokens, lex } = ctx;
  if (s.type === 'person' || s.type === 'organisation' || (!lex.headFirst && roleHeaded(ctx, s))) return true;
  let head = false;
  for (let i = ctx.tokenAt(s.start); i <= ctx.tokenAt(s.end - 1); i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    if (i > ctx.tokenAt(s.start) && (ctx.links.has(t.key) || lex.boundaries.has(t.key))) break;
    // (Where the head comes first, only it, past a role's qualifier: « une intervention armée », « la
    // répression policière » are no army's nor police officer's; « l'ancien ministre » is his.)
    const determiner = ctx.articles.has(t.key) || lex.determiners.has(t.key) || /^\p{N}/u.test(t.text) || ctx.roleQualifiers.has(t.key);
    if (lex.headFirst && !determiner && head) return false;
    // (An agent's plural as the first word past the determiners: "traders", « des courtiers ».)
    const first = !determiner && !head;
    head ||= !determiner;
    const m = ctx.mentionStarting.get(i);
    if ((m && m.type !== 'place' && m.type !== 'country') || speakerWord(ctx, t.key, agents) || (first && agentPlural(ctx, i))) return true;
  }
  return false;
}

/**
 * Does the clause before the comma before a cue hold an active past predicate: in English a past
 * form after no passive auxiliary nor determiner ("ran", "has scored"; not "were arrested", "the
 * injured striker"), in a language that writes its participles apart an auxiliary as written that
 * is no passive one (or one after a reflexive: « s'est réuni ») before no passive auxiliary (not «
 * n'a été signé », « est fermée »)?
 */
function pastPredicateBefore(ctx: SpeakerContext, c: Cue): boolean {
  const { tokens, lex } = ctx;
  for (let i = openBeforeComma(ctx, c); i <= c.from - 2; i++) {
    const w = tokens[i]!;
    if (!w.word || w.cap || ctx.quoted[i]) continue;
    const prev = tokens[i - 1]?.key ?? '';
    if (lex.participlesApart) {
      if (writtenAuxiliaryAt(ctx, i) && !lex.passiveAuxiliaries.has(tokens[i + 1]?.key ?? '') && (!lex.passiveAuxiliaries.has(w.key) || lex.reflexives.has(prev))) return true;
    } else if (lex.isPastForm(w.key) && ![lex.passiveAuxiliaries, lex.determiners, ctx.articles].some((set) => set.has(prev))) return true;
  }
  return false;
}

/**
 * Does a preposition right after the phrase open a phrase of where one spoke, a speech event's or
 * a message's noun within its first four words ("in a statement", "in interviews", « dans un
 * communiqué »)? (Not a day: "The board met on Monday, confirmed the director on Friday".)
 */
function speechAdjunct(ctx: SpeakerContext, s: QuoteSpeaker): boolean {
  const { tokens, lex } = ctx;
  const at = ctx.tokenAt(s.end - 1) + 1;
  const p = tokens[at];
  if (!p?.word || !lex.boundaries.has(p.key)) return false;
  const keys = keyReader(tokens, p.sentence);
  for (let j = at + 1; j <= at + 4 && tokens[j]?.word && tokens[j]!.sentence === p.sentence; j++) if (lex.speechEventNouns.match(keys, j) || lex.messageNouns.has(tokens[j]!.key)) return true;
  return false;
}

/**
 * Is token `k` an agent's plural in lower case (one of `agentEndings`: "traders", "economists"),
 * no verb's form, before the sentence's end, a comma or a preposition ("…, said traders in London")?
 */
function agentPlural(ctx: SpeakerContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const w = tokens[k]!;
  const next = tokens[k + 1];
  if (!w.word || w.cap || lex.verbs.has(w.key) || !lex.agentEndings.some((e) => w.key.length >= e.length + 3 && w.key.endsWith(e))) return false;
  return !next || next.sentence !== w.sentence || /^[.;!?,]$/u.test(next.text) || lex.boundaries.has(next.key);
}

/**
 * '"…," said officials', ", said researchers at the university.", ", said police.": may a noun with
 * no determiner at token `k`, after the verb at token `v`, open its speaker's phrase? The plural of
 * a speaker's noun or an agent's plural, a body's head, one of `speakerNouns`, or a role that ends
 * the sentence.
 */
function bareSpeakerAt(ctx: SpeakerContext, k: number, v: number): boolean {
  const { tokens, lex } = ctx;
  const w = tokens[k];
  if (!w?.word || w.cap || w.sentence !== tokens[v]!.sentence) return false;
  const plural = /s$/u.test(w.key) && !ctx.roleHeads.has(w.key) && speakerWord(ctx, w.key);
  const role = ctx.roleHeads.has(w.key) && /^[.;!?]$/u.test(tokens[k + 1]?.text ?? '');
  return plural || role || agentPlural(ctx, k) || ctx.bodyHeads.has(w.key) || lex.speakerNouns.has(w.key);
}

/** Is token `k` a word that may end a subject: a name, a pronoun or a word in lower case that is no function word, verb or adverb? */
function subjectWord(ctx: SpeakerContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const w = tokens[k]!;
  if (!w.word || ctx.quoted[k] || w.sentence !== tokens[k + 1]?.sentence) return false;
  if (w.cap || lex.pronouns.has(w.key)) return true;
  return ![lex.determiners, lex.boundaries, lex.auxiliaries, lex.verbs, lex.relatives, lex.complementizers, lex.coordinators, lex.objectPronouns].some((set) => set.has(w.key)) && !lex.isAdverb(w.key) && !lex.isPastForm(w.key);
}

/**
 * "The official, speaking on condition of anonymity, said the strike killed a commander": a phrase
 * read after a verb that holds a past form in lower case right before an article, a determiner or
 * a pronoun is a clause (its subject, its verb and its object), no speaker. (French past
 * participles are told by their written endings, which keys lose: French phrases are left alone.)
 */
function clausal(ctx: SpeakerContext, q: QuoteSpeaker): boolean {
  const { tokens, lex } = ctx;
  if (q.form !== 'phrase') return false;
  const last = ctx.tokenAt(q.end - 1);
  for (let i = ctx.tokenAt(q.start) + 1; i < last; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1]!;
    // (Not a naming verb's form: "said a group called the Friends of the Dam".)
    if (!w.word || w.cap || ctx.quoted[i] || !next.word || !lex.isPastParticiple(w.key) || lex.verbs.match(keyReader(tokens, w.sentence), i)?.naming) continue;
    if (ctx.articles.has(next.key) || lex.determiners.has(next.key) || lex.isPronoun(next.key) || lex.objectPronouns.has(next.key)) return true;
  }
  return false;
}

/**
 * The source named right after a verb (past its inverted subject: « a appris l'AFP »): a source
 * cue's phrase (« de source policière », « de sources concordantes ») or a channel's (« auprès de
 * la préfecture »), as a source preposition's speaker is found; undefined when none follows.
 */
function learnedSource(ctx: SpeakerContext, c: Cue, pastSubject = true): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const sentence = tokens[c.from]!.sentence;
  const at = (k: number) => {
    const t = tokens[k];
    if (!t?.word || t.sentence !== sentence || ctx.quoted[k]) return -1;
    const keys = keyReader(tokens, sentence);
    const source = lex.sourceCues.match(keys, k);
    if (source) return sourceCueEnd(lex, k, source.words);
    const channel = lex.channelLinks.match(keys, k);
    if (channel && channel.words.length > 1) return k + channel.words.length;
    // (« assure-t-on à Matignon », « confie-t-on à Kiev »: where « on » speaks, a body or a
    // capital named, who speaks; not a person nor an agency, who are spoken to: « confie-t-on à
    // l'AFP ».)
    const named = (i: number) => {
      const m = ctx.mentionStarting.get(i);
      return !!m && ['organisation', 'place', 'country'].includes(m.type) && !isAgencyRef(m.key);
    };
    if (c.pronoun && lex.indefinitePronouns.has(c.pronoun.key)) {
      // (« indique-t-on chez Alvéa », « du côté de l'Élysée »: where « on » speaks from.)
      const where = lex.indefiniteSourceLinks.match(keys, k);
      if (where) return k + where.words.length;
      if (!channel) return -1;
      const n = k + channel.words.length;
      // (« assure-t-on au ministère de l'Intérieur », « à la mairie »: a body's noun too.)
      const body = (i: number) => !!tokens[i]?.word && !tokens[i].cap && ctx.bodyHeads.has(tokens[i].key) && tokens[i].sentence === sentence;
      const contracted = lex.contractedLinks.has(tokens[k]!.key);
      if (named(n) || (articleToken(ctx, tokens[n]) && named(n + 1)) || (contracted ? body(n) : articleToken(ctx, tokens[n]) && body(n + 1))) return n;
    }
    return -1;
  };
  // (Past an inverted subject of four words at most, « a appris l'AFP auprès de … », or, for a verb
  // with no subject, past the outlet it spoke to: « ont indiqué à l'AFP de sources policières ».)
  let from = at(c.to);
  const past = pastSubject || lex.channelLinks.match(keyReader(tokens, sentence), c.to);
  for (let k = c.to + 1; from < 0 && past && !c.pronoun && k <= c.to + 4 && tokens[k - 1]?.word && tokens[k - 1]!.sentence === sentence; k++) from = at(k);
  return from < 0 ? undefined : speakerStartingAt(ctx, from, true);
}

/**
 * « les deux ennemis jurés sont … », « Rifaat, souvent accusé d'avoir … »: a participle with no
 * auxiliary reports nothing (`bareParticiple`: undefined is returned), unless an agent follows it
 * (« condamnée la veille par l'Assemblée » reports the agent's words) or it is `active`: its own
 * auxiliary stands a few words before it (« a vivement dénoncé », the cue then opening there); or,
 * after a coordinator, a comma, or a gapped subject that follows them, it shares the auxiliary of a
 * cue before it in its sentence (« a rejeté les ingérences et accusé les médias », « Paris a mis en
 * garde …, Moscou exigé un cessez-le-feu », « …, et le patronat salué une avancée »); « a déclaré un
 * militant cité par l'AFP », whose participle quotes (`quotingParticiples`) or whose agent is an
 * outlet credited (`credited`), reports the words of the noun before it.
 */
export function participleCue(ctx: SpeakerContext, c: Cue, credited: (offset: number) => boolean, cues: readonly Cue[]): Cue | undefined {
  if (!bareParticiple(ctx, c)) return c;
  const { tokens, lex } = ctx;
  const agent = agentAfter(ctx, c.to);
  if (agent && (credited(agent.start) || lex.quotingParticiples.has(tokens[c.from]!.key))) return { ...c, active: true };
  // « a vivement dénoncé », « a lui aussi salué », « a dimanche soir dénoncé »: the participle's own
  // auxiliary, past up to four words in lower case that are no determiner, verb or punctuation.
  for (let i = c.from - 1, n = 0; i >= 0 && n < 4 && tokens[i]!.sentence === tokens[c.from]!.sentence; i--, n++) {
    const w = tokens[i]!;
    if (writtenAuxiliaryAt(ctx, i) && n > 0) return { ...c, from: i, active: true };
    if (!w.word || (w.cap && !lex.isCalendar(w.key)) || lex.determiners.has(w.key) || ctx.articles.has(w.key) || lex.verbs.has(w.key) || lex.boundaries.has(w.key)) break;
  }
  let k = c.from - 1;
  while (k > 0 && tokens[k]!.word && lex.isAdverb(tokens[k]!.key)) k--;
  const named = ctx.mentionEnding.get(k);
  if (named) {
    k = ctx.tokenAt(named.start) - 1;
    // (The article before a body's name: « et le Sénat rejeté l'amendement ».)
    if (tokens[k]?.word && (ctx.articles.has(tokens[k]!.key) || lex.determiners.has(tokens[k]!.key))) k--;
  } else {
    // (A gapped subject that a determiner opens, the participle's object or clause after it: « …, et
    // le patronat salué une avancée »; not a noun the participle describes: « une position répétée
    // par … ».)
    const after = tokens[c.to];
    const takes = !!after?.word && after.sentence === tokens[c.from]!.sentence && (lex.determiners.has(after.key) || ctx.articles.has(after.key) || lex.complementizers.has(after.key));
    let d = takes ? k : -1;
    while (d > k - 4 && d > 0 && tokens[d]!.word && !tokens[d]!.cap && !lex.determiners.has(tokens[d]!.key) && !ctx.articles.has(tokens[d]!.key) && !lex.boundaries.has(tokens[d]!.key) && !lex.coordinators.has(tokens[d]!.key)) d--;
    if (d >= 0 && d > k - 4 && tokens[d]?.word && (lex.determiners.has(tokens[d]!.key) || ctx.articles.has(tokens[d]!.key))) k = d - 1;
  }
  const joiner = tokens[k];
  const joins = !!joiner && joiner.sentence === tokens[c.from]!.sentence && (joiner.text === ',' || (joiner.word && (lex.coordinators.has(joiner.key) || lex.verbConjunctions.has(joiner.key))));
  // (After a coordinator, any auxiliary before a verb's word, past adverbs: « Sarkozy a de son côté
  // fait part de … et souligné … »; after a comma, only a cue's, since an apposition follows one as
  // often: « contre M. Morsi, accusé d'avoir trahi ».)
  const coordinated = !!joiner?.word && joiner.text !== ',';
  // (Right after the comma, with no subject of its own, a participle that a preposition its verb
  // does not need follows describes the noun before it: « la ligne Vernas-Sorvage, menacée de
  // fermeture »; not « …, appelé à la retenue ».)
  const marker = tokens[c.to];
  const apposed = !coordinated && k === c.from - 1 && !!marker?.word && lex.infinitiveMarkers.has(marker.key) && !c.verb?.objectNeeds?.has(marker.key);
  let shared = joins && !apposed && cues.some((o) => o !== c && o.kind === 'verb' && o.to <= k && tokens[o.from]!.sentence === joiner.sentence && o.to - o.from > 1 && writtenAuxiliaryAt(ctx, o.from));
  for (let i = k - 1; joins && coordinated && !shared && i >= 0 && tokens[i]!.sentence === joiner.sentence; i--) {
    if (!tokens[i]!.word || !writtenAuxiliaryAt(ctx, i)) continue;
    let v = i + 1;
    for (let n = 0; n < 4; n++) {
      const phrase = lex.adverbs.match(keyReader(tokens, joiner.sentence), v);
      if (phrase) v += phrase.words.length;
      else if (tokens[v]?.word && lex.isAdverb(tokens[v]!.key)) v++;
      else break;
    }
    const verb = tokens[v];
    shared = !!verb?.word && !verb.cap && verb.sentence === joiner.sentence && ![lex.determiners, lex.boundaries, lex.pronouns].some((set) => set.has(verb.key)) && !ctx.articles.has(verb.key);
  }
  if (shared) return { ...c, active: true };
  return agent ? c : undefined;
}

/**
 * « Airbus a-t-il confirmé … ? »: a capitalised word alone before an inverted verb, at the start of
 * its sentence, is the verb's subject though no mention covers it (one word opening a sentence is
 * not enough for the recogniser). Not a word the lexicon knows there: « Ainsi a-t-il dit », « Peut-être
 * a-t-elle », « Pourquoi a-t-il ».
 */
function openingName(ctx: SpeakerContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const w = tokens[k]!;
  const before = tokens[k - 1];
  if (!w.cap || w.text.length < 2 || (before && before.sentence === w.sentence)) return false;
  const key = w.key;
  return ![lex.determiners, ctx.articles, lex.interrogatives, lex.coordinators, lex.boundaries, lex.complementizers].some((set) => set.has(key)) && !lex.isAdverb(key) && !lex.isPronoun(key);
}

/**
 * The subject of a complex inversion, right before the inverted verb, past any negation's first
 * word and object pronoun: « Le ministre a-t-il déclaré », « Paul Roy n'a-t-il pas dit », « La
 * justice ne lui aurait-elle pas demandé »; the pronoun only repeats it. A person, a body, a role's
 * phrase, or a phrase that a determiner opens or a name left a candidate at the start of its clause
 * (past a conjunction or a question's word); not one inside a quotation nor after a preposition
 * (« Depuis le début de la crise a-t-il »).
 */
function complexSubject(ctx: SpeakerContext, c: Cue): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const sentence = tokens[c.from]!.sentence;
  let k = c.from - 1;
  while (k > 0 && tokens[k]!.word && tokens[k]!.sentence === sentence && [lex.negationWords, lex.objectClitics, lex.objectPronouns].some((set) => set.has(tokens[k]!.key))) k--;
  const end = tokens[k];
  if (!end?.word || end.sentence !== sentence || ctx.quoted[k]) return undefined;
  const s = speakerEndingAt(ctx, k);
  if (!s || s.form === 'pronoun' || s.form === 'relative') return undefined;
  const first = ctx.tokenAt(s.start);
  const before = tokens[first - 1];
  // (At the start of its clause, past a conjunction or a question's word: « Comment la trésorière
  // Anne Roux a-t-elle expliqué … ».)
  const opens = !before?.word || before.sentence !== sentence || lex.coordinators.has(before.key) || lex.interrogatives.has(before.key);
  const determined = lex.determiners.has(tokens[first]!.key) || ctx.articles.has(tokens[first]!.key);
  // (A name the recogniser left a candidate there too: « Paul Durand a-t-il dit ».)
  const named = opens && !!ctx.mentionStarting.get(first) && s.type !== 'place' && s.type !== 'country';
  if (s.type !== 'person' && s.type !== 'organisation' && !roleHeaded(ctx, s) && !(determined && opens) && !named && !(first === k && openingName(ctx, k))) return undefined;
  return opens || !prepositionAt(ctx, first - 1) ? s : undefined;
}

function subjectSpoken(ctx: SpeakerContext, c: Cue): SpokenCue {
  const { tokens, lex } = ctx;
  // (« en m'accusant », « en lui reprochant »: the pronouns before a gerund are its objects; the
  // clause it hangs from gives the speaker.)
  if (c.kind === 'verb' && lex.isGerund(tokens[c.from]!.key) && gerundClitics(ctx, c.from) < c.from && gerundPreposition(ctx, c.from)) return c;
  if (c.pronoun) {
    const p = c.pronoun;
    return { ...c, speaker: complexSubject(ctx, c) ?? { start: p.start, end: p.end, name: ctx.text.slice(p.start, p.end), form: 'pronoun' } };
  }
  if (c.kind === 'source' && c.documentNoun !== undefined) {
    // "In a CBS News poll released Monday, …": the document, to its noun.
    const start = tokens[c.to]!.start;
    const end = tokens[c.documentNoun]!.end;
    return { ...c, speaker: { start, end, name: ctx.text.slice(start, end), form: 'phrase' }, after: true };
  }
  if (c.kind === 'source') {
    // « des informations selon lesquelles … »: the noun phrase right before the preposition is the
    // source, from its determiner ("réuni des témoignages" is its verb's; not after a comma, whose
    // antecedent may be further: « l'information annoncée la semaine dernière, selon laquelle »).
    if (lex.sourceRelatives.has(tokens[c.to]?.key ?? '')) {
      const k = c.from - 1;
      const antecedent = k >= 0 && tokens[k]!.word && tokens[k]!.sentence === tokens[c.from]!.sentence ? speakerEndingAt(ctx, k) : undefined;
      if (!antecedent) return c;
      // (A report, a document, a message or a person or body named: not « le calendrier selon
      // lequel les élections se tiendront », "the rule according to which …".)
      let reports = (antecedent.form === 'name' || antecedent.form === 'role') && antecedent.type !== 'place';
      for (let i = ctx.tokenAt(antecedent.start); i <= k && !reports; i++) reports = [lex.reportNouns, lex.documentNouns, lex.messageNouns].some((set) => set.has(tokens[i]!.key));
      if (!reports) return c;
      let open = ctx.tokenAt(antecedent.start);
      for (let i = open; i < k; i++) {
        if (tokens[i]!.word && (ctx.articles.has(tokens[i]!.key) || lex.determiners.has(tokens[i]!.key))) {
          open = i;
          break;
        }
      }
      const start = tokens[open]!.start;
      return { ...c, speaker: { ...antecedent, start, ...spanTo(ctx, start, k), form: antecedent.form === 'name' && open === ctx.tokenAt(antecedent.start) ? 'name' : 'phrase' } };
    }
    const s = relayedSource(ctx, objectPronoun(ctx, c.to) ?? speakerStartingAt(ctx, c.to, !c.initial));
    return s ? { ...c, speaker: publishedBy(ctx, s) ?? s, after: true } : c;
  }
  if (c.kind === 'colon') {
    if (headlineTopic(ctx, c)) return { ...c, topic: true };
    const speaker = colonSpeaker(ctx, c);
    return speaker ? { ...c, speaker } : c;
  }
  if (c.article !== undefined) {
    // "Clinton made a forceful call to …", "appeared to make an off-color joke about …": the
    // subject of the verb before the article speaks, found as a reporting verb's is.
    // (`findCues` made sure the word before the article is a verb of its own; an infinitive's is
    // the one before its marker.)
    let k = c.article - 1;
    const sentence = tokens[c.from]!.sentence;
    const plain = (i: number) => !!tokens[i]?.word && !tokens[i].cap && tokens[i].sentence === sentence && ![lex.boundaries, lex.determiners, lex.complementizers, lex.relatives].some((set) => set.has(tokens[i]!.key)) && !lex.isPronoun(tokens[i].key);
    if (lex.infinitiveMarkers.has(tokens[k - 1]?.key ?? '') && plain(k - 2)) k -= 2;
    while (k > 0 && tokens[k - 1]!.word && (lex.auxiliaries.has(tokens[k - 1]!.key) || lex.isAdverb(tokens[k - 1]!.key)) && tokens[k - 1]!.sentence === sentence) k--;
    const sender = subjectSpoken(ctx, { from: k, to: c.article, kind: 'verb' }).speaker;
    return sender ? { ...c, speaker: sender } : c;
  }
  // "Aides tried to argue that …", "Supporters are quick to point out …", "voters are more likely
  // to say …": an infinitive that a verb or an adjective governs reports for that word's subject,
  // and only it speaks (no phrase after the verb).
  const governing = c.kind === 'verb' && !c.governed ? catenativeHead(ctx, c.from) : -1;
  if (governing >= 0) {
    // (Not an impersonal subject, "It is hard to say whether …", nor a phrase that a verb's word
    // comes before, the object of one: "called a press conference to announce".)
    const subject = subjectSpoken(ctx, { from: governing, to: c.from, kind: 'verb' }).speaker;
    const before = subject ? tokens[ctx.tokenAt(subject.start) - 1] : undefined;
    // (Nor one after a preposition: "dragged before a Senate subcommittee to defend".)
    const preposition = !!before?.word && before.sentence === tokens[c.from]!.sentence && prepositionAt(ctx, ctx.tokenAt(before.start));
    const object = preposition || (!!before?.word && !before.cap && before.sentence === tokens[c.from]!.sentence && ![lex.boundaries, lex.complementizers, lex.coordinators, lex.relatives].some((set) => set.has(before.key)) && !lex.isAdverb(before.key));
    return subject && !object && !lex.impersonalPronouns.has(subject.name.toLowerCase()) ? { ...c, speaker: subject, catenative: true } : c;
  }
  const prev = tokens[c.from - 1];
  const sameSentence = !!prev && prev.sentence === tokens[c.from]!.sentence;
  if (sameSentence && prev.text === '%') {
    const s = speakerEndingAt(ctx, c.from - 1);
    if (s) return { ...c, speaker: s };
  }
  // "Trump has raised questions about whether …": an "-s" form right after a past form in lower
  // case is that verb's object, a noun; the verb's subject speaks. (So is a form whose cue goes on
  // with a preposition: "The senator renewed calls for an inquiry".)
  let tail = c.to - c.from > 1;
  for (let k = c.from + 1; k < c.to && tail; k++) tail = lex.boundaries.has(tokens[k]!.key);
  if (sameSentence && c.kind === 'verb' && (c.to - c.from === 1 || tail) && pluralForm(tokens[c.from]!.key, lex) && prev.word && !prev.cap && !lex.auxiliaries.has(prev.key) && !lex.verbs.has(prev.key) && lex.isPastParticiple(prev.text.toLowerCase())) {
    const v = verbPhraseStart(ctx, c.from - 1, prev.sentence);
    // (With its auxiliary: "The man arrested claims …", "Everyone who voted says …" have a
    // participle or a relative's verb before the subject's own; or with a preposition or a gerund
    // right after the form, a noun's complement, and no relative before the verb: "Critics raised
    // questions about whether …", "The agency published estimates suggesting …".)
    const after = tokens[c.to];
    const complement = (tail || (!!after?.word && after.sentence === prev.sentence && ((lex.boundaries.has(after.key) && ![lex.infinitiveMarkers, lex.complementizers, lex.coordinators].some((set) => set.has(after.key))) || lex.isGerund(after.key)))) && !lex.relatives.has(tokens[v - 1]?.key ?? '');
    const subject = auxiliaryAt(ctx, v) || complement ? subjectSpoken(ctx, { from: v, to: c.from, kind: 'verb' }).speaker : undefined;
    if (subject) return { ...c, speaker: subject };
  }
  // "accused Trump of suggesting", "criticized him for saying", "mocked the mayor for calling": a
  // gerund after one of `chargePrepositions` right after a verb's object speaks for that object.
  if (sameSentence && c.verb?.participle && prev.word && lex.chargePrepositions.has(prev.key)) {
    const object = chargedObject(ctx, c.from - 2);
    if (object) return { ...c, speaker: object, charged: true };
  }
  if (sameSentence && prev.word) {
    // Skip adverbs between the subject and the verb ("Smith also said", "he later told", "Trump at
    // the time said", "Sharpton just said"), and a floating quantifier after a noun or a pronoun
    // ("Residents all said"; not "To varying degrees, all agreed", where it is the subject).
    const floats = (k: number) => {
      const f = floatingStart(tokens, k, lex);
      return f > 0 && !!tokens[f - 1]?.word && tokens[f - 1]!.sentence === prev.sentence && ![lex.boundaries, lex.coordinators, lex.complementizers, lex.relatives, lex.determiners].some((set) => set.has(tokens[f - 1]!.key)) ? f : -1;
    };
    let j = c.from - 1;
    for (;;) {
      const phrase = ctx.mentionEnding.has(j) ? undefined : adverbEndingAt(tokens, j, lex);
      const floating = j > 0 && !ctx.mentionEnding.has(j) ? floats(j) : -1;
      if (phrase !== undefined && phrase > 0 && phrase < j) j = phrase - 1;
      else if (floating > 0) j = floating - 1;
      // (A degree before an adverb is the adverb's: "and most recently defended".)
      else if (j > 0 && tokens[j]!.word && (lex.isAdverb(tokens[j]!.key) || lex.preverbalAdverbs.has(tokens[j]!.key) || (j < c.from - 1 && degreeBeforeAdverb(ctx, j))) && !ctx.mentionEnding.has(j)) j--;
      // (A word of time after a day is part of it: "Spicer on Thursday evening said"; not the end of
      // a name, "the Sunday Times reported".)
      else if (j > 1 && tokens[j]!.word && lex.timeWords.has(tokens[j]!.key) && lex.isCalendar(tokens[j - 1]!.key) && tokens[j - 1]!.sentence === prev.sentence && !ctx.mentionEnding.has(j)) j -= 2;
      // (A year after a preposition: "As another Pew study from 2011 noted"; not after a participle,
      // whose phrase it ends: "A law passed in 2010 says".)
      else if (j > 2 && YEAR.test(tokens[j]!.text) && tokens[j - 1]!.word && lex.boundaries.has(tokens[j - 1]!.key) && !lex.complementizers.has(tokens[j - 1]!.key) && !lex.coordinators.has(tokens[j - 1]!.key) && tokens[j - 2]!.word && tokens[j - 2]!.sentence === prev.sentence && !lex.isPastParticiple(tokens[j - 2]!.text.toLowerCase())) j -= 2;
      else break;
    }
    // "Clinton on Tuesday said": a preposition before the adverb or day is part of it.
    // (After an apposition's comma too: "Ryan, the House speaker, on Tuesday called".)
    if (j < c.from - 1 && j > 0 && tokens[j]!.word && lex.boundaries.has(tokens[j]!.key) && !lex.complementizers.has(tokens[j]!.key) && !lex.coordinators.has(tokens[j]!.key) && (tokens[j - 1]!.word || tokens[j - 1]!.text === ',') && tokens[j - 1]!.sentence === prev.sentence) j--;
    // "A campaign TV ad released Tuesday accuses", "A court document filed Thursday says": a past
    // form before the words skipped, after a noun, is a reduced relative on it, which the phrase
    // that speaks leaves out (not after a determiner, a pronoun or a relative: "those surveyed",
    // "The mayor who resigned Tuesday said").
    const participle = tokens[j]!;
    const reduced = j < c.from - 1 && j > 1 && participle.word && !participle.cap && lex.isPastParticiple(participle.text.toLowerCase()) && tokens[j - 1]!.word && tokens[j - 1]!.sentence === prev.sentence && ![lex.determiners, lex.pronouns, lex.boundaries, lex.auxiliaries, lex.relatives].some((set) => set.has(tokens[j - 1]!.key)) && !auxiliaryAt(ctx, j - 1);
    // (Not a verb phrase after an auxiliary, whose subject comes before it: "Republicans can
    // reasonably campaign saying that …".)
    // ("Ryan, the nation's highest-ranking Republican, on Tuesday called": a name of no known kind
    // that ends the apposition is not the subject.)
    // "He began talking about …", "she kept saying …": a word in lower case between a subject
    // pronoun and a participle is a verb that governs it (not after a name, which an adjective may
    // follow: « les Frères musulmans appelant »); "was in Iowa talking about …", "was on CNN
    // saying …": a name that a preposition after an auxiliary opens is where the subject was. The
    // participle speaks for the subject of that verb.
    const w = tokens[j]!;
    const before = tokens[j - 1];
    const named = ctx.mentionEnding.get(j);
    const at = named ? ctx.tokenAt(named.start) - 1 : -1;
    let governor = -1;
    // ("decamped to Citigroup and began writing …": after a coordinator, a verb of beginning or
    // going on and its gerund are the sentence subject's next predicate.)
    // ("Lee kept saying …", "Ann Lee began warning …": after a name too, a verb of beginning or
    // going on governs its gerund.)
    let aspectAt = -1;
    if (c.verb?.participle) {
      const keys = keyReader(tokens, prev.sentence);
      for (let n = 1; n <= 2; n++) {
        const aspect = lex.aspectVerbs.match(keys, c.from - n);
        if (aspect?.words.length !== n) continue;
        aspectAt = c.from - n;
        const joiner = tokens[c.from - n - 1];
        if (!joiner?.word || joiner.sentence !== prev.sentence || !lex.coordinators.has(joiner.key)) continue;
        const subject = sentenceOpener(ctx, c.from);
        if (subject) return { ...c, speaker: subject };
      }
    }
    if (aspectAt > 0 && tokens[aspectAt - 1]!.word && tokens[aspectAt - 1]!.sentence === prev.sentence && speakerEndingAt(ctx, aspectAt - 1)) governor = aspectAt;
    else if (c.verb?.participle && w.word && !w.cap && !named && ![lex.boundaries, lex.coordinators, lex.verbConjunctions, lex.determiners, lex.relatives, lex.complementizers].some((set) => set.has(w.key)) && before?.word && before.sentence === w.sentence && lex.pronouns.has(before.key)) governor = j;
    else if (c.verb?.participle && named && at > 0 && lex.boundaries.has(tokens[at]!.key) && tokens[at - 1]!.word && !tokens[at - 1]!.cap && auxiliaryAt(ctx, at - 1)) governor = at - 1;
    if (governor > 0) {
      const subject = subjectSpoken(ctx, { from: verbPhraseStart(ctx, governor), to: c.from, kind: 'verb' }).speaker;
      return subject ? { ...c, speaker: subject } : c;
    }
    const apposed = tokens[j]?.text === ',' && ctx.mentionEnding.get(j - 1)?.type === 'other' ? beforeParenthesis(ctx, j, !c.verb?.participle) : undefined;
    // (A participle that is a verb of saying's form ends no phrase: « Une étude publiée jeudi
    // révèle »; the noun before it does.)
    const ending = speakerEndingAt(ctx, j) ?? (reduced ? speakerEndingAt(ctx, j - 1) : undefined);
    const trimmed = reduced && ending?.form === 'phrase' && ending.end === participle.end && ending.start <= tokens[j - 1]!.start ? { ...ending, end: tokens[j - 1]!.end, name: ctx.text.slice(ending.start, tokens[j - 1]!.end) } : ending;
    const s = relayedSubject(ctx, apposed ?? subjectOfVerbPhrase(ctx, trimmed) ?? beforeParenthesis(ctx, j, !c.verb?.participle) ?? beforeBrackets(ctx, j));
    // "Clinton spent much of the run-up … portraying Sanders as …", "Berg spent two hours
    // criticizing": a phrase after an aspect verb (past a quantifier and its link), or that holds
    // one, is its object, a duration; the verb's subject speaks.
    if (s && c.verb?.participle && s.form === 'phrase') {
      const first = ctx.tokenAt(s.start);
      const keys = keyReader(tokens, tokens[first]!.sentence);
      for (let k = ctx.tokenAt(s.end - 1) - 1; k >= first - 3 && k > 0 && tokens[k]!.word && tokens[k]!.sentence === tokens[first]!.sentence; k--) {
        if (!tokens[k]!.cap && lex.aspectVerbs.match(keys, k)?.words.length === 1) {
          const subject = subjectSpoken(ctx, { from: verbPhraseStart(ctx, k), to: c.from, kind: 'verb' }).speaker;
          if (subject) return { ...c, speaker: subject };
          break;
        }
        if (k < first && !lex.quantifiers.has(tokens[k]!.key) && !ctx.links.has(tokens[k]!.key)) break;
      }
    }
    // "they could not resist pointing out", "Scott can be heard yelling", "it is steering clear of
    // criticizing": one word in lower case that is no plural, or words that end on a preposition,
    // before a participle are a verb that governs it; that verb's subject speaks.
    if (s && c.verb?.participle && s.form === 'phrase') {
      const first = ctx.tokenAt(s.start);
      const last = ctx.tokenAt(s.end - 1);
      const one = first === last && !tokens[first]!.cap && !/s$/.test(tokens[first]!.key) && ![lex.determiners, lex.pronouns, lex.quantifiers, lex.collectiveNouns].some((set) => set.has(tokens[first]!.key));
      // (Or one of `adjunctPrepositions`, one word: "was leaning toward supporting".)
      const ended = lex.boundaries.has(tokens[last]!.key) || ctx.links.has(tokens[last]!.key) || (!tokens[last]!.cap && lex.adjunctPrepositions.has(tokens[last]!.key));
      const stranded = ended && last > first && !tokens[first]!.cap && !lex.determiners.has(tokens[first]!.key) && !ctx.articles.has(tokens[first]!.key);
      // ("The senator stopped short of calling for", "He was accused of saying": a phrase that ends
      // on a preposition holds the verb that governs the participle, a past form in lower case, or
      // the preposition alone follows it.)
      let inner = -1;
      for (let i = last - 1; i >= (last > first ? first + 1 : first - 1) && i > 0 && ended && !stranded && inner < 0; i--) if (tokens[i]!.word && !tokens[i]!.cap && tokens[i]!.sentence === tokens[first]!.sentence && (lex.isPastParticiple(tokens[i]!.key) || lex.irregularParticiples.has(tokens[i]!.key))) inner = i;
      if (inner > 0) {
        const subject = subjectSpoken(ctx, { from: verbPhraseStart(ctx, inner), to: c.from, kind: 'verb' }).speaker;
        if (subject) return { ...c, speaker: subject };
      }
      if (one || stranded) {
        const subject = subjectSpoken(ctx, { from: verbPhraseStart(ctx, first, tokens[first]!.sentence), to: c.from, kind: 'verb' }).speaker;
        if (subject) return { ...c, speaker: subject };
      }
    }
    // "He was leaning toward supporting …", "Roy leaned toward endorsing …": with no phrase before
    // it, a preposition after a verb in lower case (past its auxiliaries, or a past form) ends that
    // verb, which governs the participle; its subject speaks. (Not a gerund's preposition, which
    // has a rule of its own: "by saying", « en affirmant ».)
    const link = tokens[j]!;
    const verb = tokens[j - 1];
    if (!s && c.verb?.participle && j === c.from - 1 && link.word && lex.adjunctPrepositions.has(link.key) && !lex.gerundPrepositions.match(keyReader(tokens, link.sentence), j) && !lex.coordinators.has(link.key) && !lex.complementizers.has(link.key) && verb?.word && !verb.cap && verb.sentence === link.sentence && !lex.grammatical(verb.key)) {
      const v = verbPhraseStart(ctx, j - 1, link.sentence, true);
      let auxiliary = false;
      for (let k = v; k < j - 1 && !auxiliary; k++) auxiliary = auxiliaryAt(ctx, k);
      const subject = auxiliary || lex.isPastParticiple(verb.text.toLowerCase()) ? subjectSpoken(ctx, { from: v, to: c.from, kind: 'verb' }).speaker : undefined;
      if (subject) return { ...c, speaker: subject };
    }
    // "The town released a statement saying …", "sent a letter to residents warning …": a
    // participle after a message speaks for its sender, the subject of the verb before the message.
    if (s && c.verb?.participle && s.form === 'phrase') {
      const first = ctx.tokenAt(s.start);
      let message = false;
      for (let i = first; i <= j && !message; i++) message = lex.messageNouns.has(tokens[i]!.key);
      // Back past adverbs and a particle ("put out", « rédigent actuellement »), the verb, then its auxiliaries.
      let k = first - 1;
      while (k > 0 && tokens[k]!.word && lex.isAdverb(tokens[k]!.key)) k--;
      // ("fired back with a statement saying": the verb's preposition, then its particle.)
      if (lex.boundaries.has(tokens[k]?.key ?? '') && !lex.verbParticles.has(tokens[k]!.key) && lex.verbParticles.has(tokens[k - 1]?.key ?? '')) k--;
      if (lex.verbParticles.has(tokens[k]?.key ?? '')) k--;
      k--;
      while (k > 0 && tokens[k]!.word && (lex.auxiliaries.has(tokens[k]!.key) || lex.isAdverb(tokens[k]!.key))) k--;
      const sender = message && k >= 0 && tokens[k]!.sentence === tokens[c.from]!.sentence ? speakerEndingAt(ctx, k) : undefined;
      if (sender) return { ...c, speaker: sender };
    }
    // A phrase right before the verb (not the antecedent of a relative pronoun: « un référendum
    // boycotté par l'opposition, qui estimait ») may be the end of a longer subject: a reduced
    // relative's noun (not for a participle cue, whose subject may follow a finite verb: "The talk
    // ended with Maddow asking"), or the noun phrase that a preposition's phrase qualifies (not for
    // a participle that its agent follows: « l'expiration de l'ultimatum lancé par l'armée »).
    const adjacent = !!s && ctx.tokenAt(s.end - 1) === j;
    const agent = c.to === c.from + 1 && lex.isPastParticiple(tokens[c.from]!.text.toLowerCase()) && lex.agentPrepositions.has(tokens[c.to]?.key ?? '');
    if (s) return { ...c, speaker: (c.verb?.participle || !adjacent ? undefined : reducedRelativeHead(ctx, s)) ?? relativeAntecedent(ctx, s) ?? nameBeforeApposition(ctx, s, c.from) ?? (agent || !adjacent ? undefined : withHeadBefore(ctx, s)) ?? (adjacent ? coordinatedTrailing(ctx, c, s) : undefined) ?? s };
    // « Comme l'a rappelé le préfet, … »: after a clause of accord, the speaker follows the verb
    // (not after a participle: "was quoted as saying he would …" has its subject before).
    const after = !c.verb?.participle && accordBefore(ctx, c.from, 0, false) ? speakerStartingAt(ctx, c.to) : undefined;
    return after ? { ...c, speaker: after, after: true } : c;
  }
  if (c.verb?.participle) return c;
  // "…, Sen. Tom Hale (R-Iowa) told POLITICO": a name and its brackets right before the verb are
  // its subject, not the person told after it (a participle's may be a noun before the name:
  // « les pétitions de Tamarrod (« Rébellion ») demandant … »).
  if (sameSentence && prev.text === ')') {
    const s = beforeBrackets(ctx, c.from - 1);
    if (s) return { ...c, speaker: nameBeforeApposition(ctx, s, c.from) ?? s };
  }
  // "The mayor -- not the governor -- said the dam broke": the sentence's subject before a
  // parenthesis between dashes comes first, not a phrase after the verb (a name after it still
  // speaks: "The water rose -- faster than expected -- said Paul Ferrand").
  if (sameSentence && DASH.test(prev.text)) {
    const s = beforeParenthesis(ctx, c.from - 1);
    if (s && opensClause(ctx, s) && speakerStartingAt(ctx, c.to)?.form !== 'name') return { ...c, speaker: s };
  }
  // "Anna Berg, mayor of Valmont, said the levee held": a person or body that opens the sentence, with its
  // apposition before the verb's comma, speaks, not a phrase after the verb (a name after it still
  // does: "The dam, built in 1950, is safe, said Paul Ferrand"). Not when the apposition is a person
  // or a body named, after lower-case words at most, which speaks itself (« Le chef de la
  // diplomatie française, Laurent Fabius, a estimé », « L'exploitant du barrage, la société
  // Sarélec, a évoqué »).
  if (sameSentence && prev.text === ',' && !namedApposition(ctx, c.from - 2)) {
    const s = beforeParenthesis(ctx, c.from - 1);
    const named = speakerStartingAt(ctx, c.to);
    // (Any phrase before a relative clause: "The minister, who spoke to reporters, said the economy
    // grew", whose verb after is no subject's.)
    // (Not before a phrase that a comma closes, an incise in the middle of the sentence: "The
    // decision, which angered fans, said the club, was taken reluctantly".)
    const incise = !!named && tokens[ctx.tokenAt(named.end - 1) + 1]?.text === ',';
    const relative = !!s && !incise && lex.relatives.has(tokens[ctx.tokenAt(s.end - 1) + 2]?.key ?? '') && tokens[ctx.tokenAt(s.end - 1) + 1]!.text === ',';
    const body = s?.type === 'person' || s?.type === 'organisation' || relative;
    if (s && body && s.form !== 'pronoun' && opensSentence(ctx, s) && !(named?.form === 'name' && clauseEndsAfter(ctx, named))) return { ...c, speaker: s };
  }
  // After a comma, a closing quotation mark or at the start: the speaker after the verb when it
  // ends the clause ("», a déclaré X", ", said Smith,"), else a name in apposition before the
  // comma ("Lloyd Austin et Kim Yong-hyun, ont appelé").
  let k = pastAdverbs(ctx, c.to);
  // (A mark, not a word that holds an apostrophe: ", Sean O'Brien, told Reuters".)
  const mark = (t: Token | undefined) => !!t && !t.word && /[»”"’']/.test(t.text);
  const quoteBefore = !!prev && (mark(prev) || (prev.text === ',' && mark(tokens[c.from - 2])));
  // « », a déclaré à l'AFP Paul Roy »: after a quotation, the outlet spoken to stands before the name;
  // so after a clause of its own and its comma (« Les négociations sont au point mort, a déclaré à
  // l'AFP une source proche du dossier »).
  if (quoteBefore || (sameSentence && prev.text === ',' && !c.verb?.participle && clauseBeforeComma(ctx, c))) k = pastChannel(ctx, k);
  // « », ont déclaré des habitants »: after a quotation, an indefinite subject may open with a link,
  // unless a clause follows it (not « exigent du gouvernement qu'il … »); so after a comma, when the
  // subject ends the sentence and the verb is plural (« Le barrage a cédé, ont indiqué à l'AFP des
  // habitants. »; not « Le ministre, interrogé sur la crise, a indiqué des pistes. »).
  const plural = lex.pluralVerbEndings.some((e) => tokens[c.from]!.key.endsWith(e));
  // (Only after a clause of its own: not « Les ministres, interrogés sur la crise, ont indiqué des
  // pistes », « Les ministres, qui se sont réunis lundi, ont annoncé des mesures ».)
  let clause: boolean | undefined;
  const clauseBefore = () => (clause ??= clauseBeforeComma(ctx, c));
  const incise = !quoteBefore && sameSentence && prev.text === ',' && !c.verb?.participle && plural && clauseBefore();
  const endsSentence = (q: QuoteSpeaker | undefined) => !!q && /^[.!?…]$/.test(tokens[ctx.tokenAt(q.end - 1) + 1]?.text ?? '.');
  // (Or a gerund's phrase, the speaker's manner, follows it: « …, a indiqué le ministère de la Santé
  // en accusant des "terroristes". »)
  const endsWithManner = (q: QuoteSpeaker | undefined) => {
    if (endsSentence(q)) return true;
    const m = q ? ctx.tokenAt(q.end - 1) + 1 : -1;
    const means = m > 0 && tokens[m]?.word ? lex.meansPrepositions.match(keyReader(tokens, tokens[m].sentence), m) : undefined;
    return !!means && lex.isGerund(tokens[m + means.words.length]?.key ?? '');
  };
  // (« de sources policières » is a source's phrase, which `learnedSource` reads.)
  const inciseAt = incise ? pastChannel(ctx, k) : k;
  const sourced = incise && !!tokens[inciseAt]?.word && !!lex.sourceCues.match(keyReader(tokens, tokens[inciseAt].sentence), inciseAt);
  // (Or before an adjunct to the end of the sentence when an agent's noun heads it: « …, ont indiqué
  // des courtiers à Singapour. ».)
  const indefinite = quoteBefore && indefiniteAt(ctx, k) ? speakerStartingAt(ctx, k, true) : incise && !sourced && indefiniteAt(ctx, inciseAt) ? [speakerStartingAt(ctx, inciseAt, true)].find((q) => endsSentence(q) || (!!q && speakerHeaded(ctx, q, true) && adjunctTail(ctx, q))) : undefined;
  const clauseAfter = (q: QuoteSpeaker) => clauseGoesOn(ctx, q) || lex.complementizers.has(tokens[ctx.tokenAt(q.end - 1) + 1]?.key ?? '');
  // « », a relevé par téléphone M. Beblawi », « », a appelé sur Twitter Mohamed ElBaradei »: after a
  // quotation, a short phrase opened by one of `adjunctPrepositions` (as written) stands before a
  // person named or a phrase opened by an article, which speaks when it ends the clause.
  // The phrase may stand between commas (« », dénonce, au Ceri, le spécialiste … »): the speaker is
  // after the second. Only for a quotation that opens its sentence, whose speaker follows the verb
  // (not « Le maire, qui a qualifié la décision d'« absurde », a annoncé sur Twitter … »).
  const plain = speakerStartingAt(ctx, k) ?? (sameSentence && (prev.text === ',' || quoteBefore) && bareSpeakerAt(ctx, k, c.from) ? speakerStartingAt(ctx, k, true) : undefined);
  let named: QuoteSpeaker | undefined;
  const p = tokens[k]?.text === ',' ? k + 1 : k;
  if (quoteBefore && quotationOpens(ctx, c.from) && !indefinite && !plain && tokens[p]?.word && lex.adjunctPrepositions.match(keyReader(tokens, tokens[p].sentence), p) && lex.adjunctPrepositionForms.has(writtenForm(tokens[p].text))) {
    let closed = p === k;
    for (let j = p + 1; j <= p + 7 && tokens[j]?.sentence === tokens[p].sentence && !ctx.quoted[j]; j++) {
      const w = tokens[j]!;
      if (!w.word) {
        if (w.text !== ',') break;
        closed = true;
        continue;
      }
      if (lex.complementizers.has(w.key) || lex.verbs.has(w.key) || auxiliaryAt(ctx, j)) break;
      if (!closed) continue;
      // Not a word inside a name that starts before it (« France Inter Marine Le Pen » read as one).
      let inName = false;
      for (let i = p; i < j && !inName; i++) inName = (ctx.mentionStarting.get(i)?.end ?? 0) > w.start;
      if (inName) continue;
      // A person named, or a phrase opened by an article, that ends the clause (not the complement
      // of a noun before it: « le Parti de la liberté », whose phrase the window cuts).
      const m = ctx.mentionStarting.get(j);
      const candidate = (m?.type === 'person' || honorificToken(ctx, w) || articleToken(ctx, w)) && !ctx.links.has(tokens[j - 1]!.key);
      const s = candidate ? speakerStartingAt(ctx, j) : undefined;
      // Not two phrases run together (« la soirée un communiqué »): an article inside a phrase (not
      // inside a name: « Marine Le Pen »), not after a link.
      const end = s && s.form === 'phrase' ? ctx.tokenAt(s.end - 1) : -1;
      let joined = false;
      for (let i = j + 1; i <= end && !joined; i++) joined = articleToken(ctx, tokens[i]) && !ctx.links.has(tokens[i - 1]!.key);
      if (s && !joined && clauseEndsAfter(ctx, s)) {
        named = s;
        break;
      }
    }
  }
  const after = withPossessed(ctx, withLinkedTail(ctx, indefinite && !clauseAfter(indefinite) ? indefinite : (named ?? plain)));
  // Not after a verb whose object or person spoken to follows it (", urged a strong stand,", ", told
  // reporters,"), nor when a name before the comma is its subject ("Robert Wood, a mis en garde Kim
  // Jong-un, déclarant …").
  const objectAfter = !!c.verb?.object || c.class === 'warn' || lex.recipientVerbs.has(tokens[c.to - 1]!.key);
  // ('"…," Paul Roy, who lives nearby, told the Post': nor when a subject that opens the sentence, or
  // follows a quotation and its comma, stands before a parenthesis that the comma closes.)
  // (Also past a person's age between commas: 'Omar Sabry, 61, told the Gazette: "…"'.)
  const aged = AGE.test(tokens[c.from - 2]?.text ?? '') && tokens[c.from - 3]?.text === ',' && (ctx.mentionEnding.get(c.from - 4)?.type ?? 'place') !== 'place';
  const subjectBefore = objectAfter && sameSentence && prev.text === ',' && ((ctx.mentionEnding.has(c.from - 2) && (ctx.mentionEnding.get(c.from - 2)!.type ?? 'place') !== 'place') || aged || parenthesisAfterQuotation(ctx, c.from - 1));
  // '…,'' said the candidate could be': a verb after the phrase makes it the subject of the content.
  // ", says political scientist Dossym Satpayev in Almaty.": a named speaker of a verb that
  // reports (not "knew Muhammad Ali for decades") may have an adjunct to the end of the clause.
  // "…, said a handful of Democrats who point to …": after a comma, a relative clause right after
  // the phrase describes it (not after a subject and its apposition: "Lewandowski's aide, Paul
  // Roy, said the staff member who succeeded him …").
  const relative = tokens[after ? ctx.tokenAt(after.end - 1) + 1 : -1];
  const subjectApposed = (i: number) => {
    if (namedApposition(ctx, i)) return true;
    const s = beforeParenthesis(ctx, i + 1);
    return !!s && opensSentence(ctx, s);
  };
  const described = !!after && after.form !== 'pronoun' && ctx.tokenAt(after.start) === c.to && !!prev && prev.text === ',' && !!relative?.word && lex.relatives.has(relative.key) && !lex.complementizers.has(relative.key) && !subjectApposed(c.from - 2);
  // (A phrase, as a name, when a clause ends at the comma before the verb: "…, said the club in a
  // statement", « …, a indiqué le club dans un communiqué »; not « quand Afez al-Assad, père de
  // l'actuel président, avait lancé la répression d'un soulèvement organisé par … ».)
  // (Only a phrase that a speaker's noun heads, not an object in a list of predicates: « Le ministre
  // est arrivé à Lille, a annoncé une enveloppe de 10 millions d'euros lors d'un discours », "The
  // firm hired 200 workers, announced a new plant in Ohio"; nor after a participle with no
  // auxiliary, which qualifies the noun before it: « …, annoncées ce mois-ci lors du congrès ».)
  const participle = lex.participlesApart && c.to === c.from + 1 && lex.isPastParticiple(tokens[c.from]!.text.toLowerCase());
  const phraseIncise = () => after?.form === 'phrase' && sameSentence && prev.text === ',' && !participle && speakerHeaded(ctx, after) && !predicateBeforeComma(ctx, c) && !subjectApposed(c.from - 2);
  // (A verb that confirms or denies takes an object, so its phrase speaks only when an agent's noun
  // heads it, and, after a clause with an active past predicate, which a list of predicates may
  // follow, when the adjunct after it tells where it was said: « Le pont rouvrira lundi, a
  // confirmé la mairie sur place », « …, a confirmé la mairie dans un communiqué »; not "The
  // minister resigned, denied the reports in a statement", "The striker scored twice, acknowledged
  // the fans at the final whistle", « Le conseil s'est réuni, a confirmé le directeur général dans
  // ses fonctions ».)
  const confirmed = !!after && after.form === 'phrase' && (c.class === 'confirm' || c.class === 'deny') && !lex.recipientVerbs.has(tokens[c.to - 1]!.key) && phraseIncise() && speakerHeaded(ctx, after, true) && adjunctTail(ctx, after) && (speechAdjunct(ctx, after) || !pastPredicateBefore(ctx, c));
  // (A role that a mention gives, a person or a body named before, counts as a name: « …, a indiqué
  // le ministre dans un communiqué ».)
  const ends = !!after && (clauseEndsAfter(ctx, after) || described || confirmed || ((after.form === 'name' || after.form === 'role' || phraseIncise()) && !objectAfter && ADJUNCT_CLASSES.has(c.class ?? '') && adjunctTail(ctx, after)));
  // (« Trois personnes ont été tuées, a annoncé le ministère de la Santé. »: in a language that
  // inverts any incise, a phrase after an object verb is its subject when a clause with an
  // auxiliary ends at the comma before it, not a subject and its parenthesis.)
  // (The inverted subject ends the sentence: not « Le président a été réélu, a remercié ses
  // électeurs, a promis des réformes », a list of predicates.)
  // (Or after a clause with no auxiliary when a speaker's noun heads the phrase, a plural one after
  // a plural verb, and no parenthesis ends at the comma: « Près de 3 millions de personnes souffrent
  // de faim, alerte le Programme alimentaire mondial. »; not « Les familles attendent des réponses,
  // réclament une enquête parlementaire. », a list of predicates.)
  const agrees = (q: QuoteSpeaker) => {
    if (!plural) return true;
    let i = ctx.tokenAt(q.start);
    while (i < ctx.tokenAt(q.end - 1) && (ctx.articles.has(tokens[i]!.key) || lex.determiners.has(tokens[i]!.key) || /^\p{N}/u.test(tokens[i]!.text))) i++;
    return /[sx]$/u.test(tokens[i]!.key);
  };
  const inverted = lex.inciseInversion && sameSentence && prev.text === ',' && !c.verb?.participle && !!after && after.form !== 'pronoun' && endsWithManner(after) && !subjectApposed(c.from - 2) && (clauseBefore() || ((after.form !== 'phrase' || (speakerHeaded(ctx, after) && agrees(after))) && !predicateBeforeComma(ctx, c) && !relativeBeforeComma(ctx, c)));
  // ("A senior diplomat, speaking on condition of anonymity, said the sides remained far apart",
  // « Le PDG de Textilor, Hugo Bernier, a annoncé la suppression de 300 emplois »: a phrase after
  // the verb is no speaker when a subject and its parenthesis open the sentence before the comma.)
  // (Not after a relative clause, which French may invert after: « "…" des Frères musulmans, dont est
  // issu le chef de l'Etat, scandait la foule », nor after a clause of its own.)
  // (One parenthesis only, between the subject and the verb's comma: not « La réforme, adoptée en
  // mars, entrera en vigueur en juin, a précisé le ministre ».)
  const parenthesised = () => {
    let open = c.from - 2;
    while (open > 0 && tokens[open]!.sentence === tokens[c.from]!.sentence && tokens[open]!.text !== ',') open--;
    for (let i = open + 1; i < c.from - 1; i++) if (auxiliaryAt(ctx, i)) return false;
    if (lex.relatives.has(tokens[open + 1]?.key ?? '')) return false;
    if (namedApposition(ctx, c.from - 2)) return true;
    const s = beforeParenthesis(ctx, c.from - 1);
    return !!s && opensSentence(ctx, s) && ctx.tokenAt(s.end - 1) + 1 === open;
  };
  const apposedBefore = !quoteBefore && after?.form === 'phrase' && sameSentence && prev.text === ',' && parenthesised() && !clauseBefore();
  // (A language that inverts only a plain verb puts no subject after an auxiliary's: "…, has
  // supported Ruth Engel" names the one supported; « …, a déclaré le ministre » is French. A
  // passive's agent still speaks: "“…” was written by Springsteen".)
  const auxiliaryFirst = !lex.inciseInversion && c.to > c.from + 1 && auxiliaryAt(ctx, c.from) && !lex.passiveAuxiliaries.has(tokens[c.from]!.key);
  if (after && !auxiliaryFirst && !clausal(ctx, after) && !apposedBefore && ((quoteBefore && !clauseGoesOn(ctx, after)) || ((ends || inverted) && (!(objectAfter && after.form === 'phrase') || inverted || confirmed) && (!subjectBefore || inverted)))) return { ...c, speaker: after, after: true };
  if (sameSentence && prev.text === ',') {
    // ("Sen. Jack Reed (D-R.I.), said": a name and its brackets before the comma.)
    const s = participleSubject(ctx, c.from - 1) ?? speakerEndingAt(ctx, c.from - 1) ?? beforeBrackets(ctx, c.from - 2);
    if (s) return { ...c, speaker: s };
  }
  // ", citing ''the unique magic of Trump,'' said": the comma inside the closing marks (straight ones may be two tokens).
  let comma = c.from - 1;
  while (quoteBefore && comma > c.from - 4 && /^[»”"’']+$/.test(tokens[comma]?.text ?? '')) comma--;
  // "Hale, who calls the levee a “death trap,” said": a parenthesis whose comma is inside the marks.
  if (sameSentence && quoteBefore && tokens[comma]?.text === ',') {
    const s = participleSubject(ctx, comma) ?? (quotationOpens(ctx, c.from) ? undefined : beforeParenthesis(ctx, comma));
    if (s) return { ...c, speaker: s };
  }
  const s = sameSentence ? (beforeParenthesis(ctx, c.from - 1) ?? beforeBrackets(ctx, c.from - 1)) : undefined;
  return s ? { ...c, speaker: s } : c;
}

/** Is token `i` a degree word before an adverb, part of it ("most recently", "very often")? */
function degreeBeforeAdverb(ctx: SpeakerContext, i: number): boolean {
  return ctx.lex.degreeWords.has(ctx.tokens[i]!.key) && ctx.lex.isAdverb(ctx.tokens[i + 1]?.key ?? '');
}

/**
 * « Inondations : « Nous avons tout perdu » », « Lire : « … » », "Floods: "…"": is the colon's phrase
 * one capitalised word that opens its sentence, names no one the recogniser knows, is no role word,
 * and is written in lower case elsewhere in the text but never before a reporting verb there: a
 * headline's topic, a common noun that names no source?
 */
function headlineTopic(ctx: SpeakerContext, c: Cue): boolean {
  const { tokens, lex } = ctx;
  const w = tokens[c.from - 1];
  if (!w?.word || !w.initial || w.sentence !== tokens[c.from]!.sentence || ctx.mentionStarting.has(c.from - 1) || roleWord(ctx, w.key)) return false;
  const lower = w.text.toLowerCase();
  if (lower === w.text) return false;
  // (Not a source the text makes speak elsewhere: « Police : « … » » with « La police a lancé un
  // appel », "Doctors: "…"" with "Many doctors say …".)
  let seen = false;
  for (let j = 0; j < tokens.length; j++) {
    if (!tokens[j]!.word || tokens[j]!.text !== lower) continue;
    seen = true;
    let n = j + 1;
    while (tokens[n]?.word && (lex.auxiliaries.has(tokens[n]!.key) || lex.isAdverb(tokens[n]!.key))) n++;
    if (tokens[n]?.word && lex.verbs.has(tokens[n]!.key)) return false;
  }
  return seen;
}

/**
 * The speaker of a colon's words: the phrase before it, or the subject of the clause it ends when
 * that phrase is no one (a medium after a preposition of where the speaker spoke, the object of a
 * participle, a predicate after a copula, a verb's words after an infinitive's marker, a complement
 * after a preposition, one word in lower case).
 */
function colonSpeaker(ctx: SpeakerContext, c: Cue): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  // ("issued a statement on Monday:", « daté du 9 juillet : »: a day or a month before the colon,
  // past its number and its preposition, says when; the words before it are read as if the colon
  // followed them.)
  const day = tokens[c.from - 1];
  if (day?.word && lex.isCalendar(day.key) && !ctx.quoted[c.from - 1]) {
    let k = c.from - 2;
    if (/^\p{N}+$/u.test(tokens[k]?.text ?? '')) k--;
    if (tokens[k]?.word && !tokens[k]!.cap && lex.boundaries.has(tokens[k]!.key)) k--;
    if (k > 0 && tokens[k]!.word && tokens[k]!.sentence === day.sentence && !ctx.quoted[k]) return colonSpeaker(ctx, { ...c, from: k + 1 });
  }
  const s = speakerEndingAt(ctx, c.from - 1);
  // "Benning told CNN:", « a déclaré à Ouest-Journal : »: the people spoken to right after a verb
  // of telling, or after a reporting verb and a channel's link (`channelLinks`), past an article,
  // are no speaker; the verb's cue reports the words.
  if (s) {
    const sentence = tokens[c.from]!.sentence;
    let k = ctx.tokenAt(s.start) - 1;
    const w = tokens[k];
    if (w?.word && !w.cap && w.sentence === sentence && (ctx.articles.has(w.key) || lex.determiners.has(w.key))) k--;
    const keys = keyReader(tokens, sentence);
    let linked = false;
    for (let n = 1; n <= 3 && !linked; n++) {
      linked = lex.channelLinks.match(keys, k - n + 1)?.words.length === n;
      if (linked) k -= n;
    }
    const v = tokens[k];
    if (v?.word && !v.cap && v.sentence === sentence && !ctx.quoted[k] && (linked ? lex.verbs.has(v.key) : lex.recipientVerbs.has(v.key))) return undefined;
  }
  // "He wrote on Twitter:", « a déclaré après l'audience : »: after a preposition of where the
  // speaker spoke, the medium or the place is no speaker; the subject of a reporting verb before
  // it in the clause speaks.
  if (s) {
    const at = ctx.tokenAt(s.start);
    const keys = keyReader(tokens, tokens[at]!.sentence);
    let medium = false;
    for (let n = 1; n <= 3 && !medium; n++) medium = lex.speechEventPrepositions.match(keys, at - n)?.words.length === n;
    if (medium) {
      for (let k = at - 2; k >= 0 && k >= at - 6 && tokens[k]!.sentence === tokens[at]!.sentence && !ctx.quoted[k] && tokens[k]!.text !== ','; k--) {
        if (!tokens[k]!.word || tokens[k]!.cap || !lex.verbs.has(tokens[k]!.key)) continue;
        // (With its auxiliaries as written: « a écrit sur X : ».)
        let from = k;
        while (from > 0 && tokens[from - 1]!.sentence === tokens[k]!.sentence && writtenAuxiliaryAt(ctx, from - 1)) from--;
        const doer = subjectSpoken(ctx, { from, to: k + 1, kind: 'verb' }).speaker;
        // (Not a phrase after a preposition that no speaker's noun heads: « devrait à présent être
        // lancé en Iran : ».)
        const before = doer ? tokens[ctx.tokenAt(doer.start) - 1] : undefined;
        if (doer && !(before?.word && before.sentence === tokens[k]!.sentence && lex.boundaries.has(before.key) && doer.form === 'phrase' && !speakerHeaded(ctx, doer))) return doer;
      }
    }
  }
  // « Le colonel Marc Aubertin n'a pas caché les difficultés : « … » », "Lee has summed up the
  // situation: …": a noun phrase before the colon that is the object of a participle after an
  // auxiliary is what the subject spoke of; the subject of that verb speaks.
  if (s?.form === 'phrase') {
    let verb = participleBefore(ctx, ctx.tokenAt(s.start) - 1);
    // ("President Clinton released the following statement:": a message's verb with no
    // auxiliary, its sender the subject; a message that is its phrase's last word, not "read the
    // statement of the ministry:", whose owner speaks.)
    const v = ctx.tokenAt(s.start) - 1;
    const message = lex.messageNouns.has(tokens[c.from - 1]?.key ?? '');
    const w = tokens[v];
    if (!verb && message && w?.word && !w.cap && w.sentence === tokens[c.from]!.sentence && ![lex.determiners, lex.boundaries, lex.auxiliaries].some((set) => set.has(w.key)) && !lex.isPronoun(w.key)) verb = { from: v, to: v + 1 };
    // ("The judge, Helen Aubert, addressed the defendant:", "Lee thanked the volunteers:": a past
    // form right before a phrase that an article opens is a verb and the phrase its object.)
    const open = tokens[ctx.tokenAt(s.start)]!;
    if (!verb && w?.word && !w.cap && w.sentence === open.sentence && lex.isPastForm(w.key) && !lex.auxiliaries.has(w.key) && (articleToken(ctx, open) || lex.determiners.has(open.key))) verb = { from: v, to: v + 1 };
    // (« Ahmed Zerrouki, chauffeur VTC, fait ses comptes : », « voulait retenir le positif : »: so
    // is any plain word in lower case there, no function word, adverb or link, when its subject is a
    // name or a role and the phrase is short, five words at most with no preposition but a link nor
    // a message's noun: « remporte l'élection grâce aux voix du FN : » is a clause of the writer's.)
    const short = () => {
      if (wordsBetween(tokens, ctx.tokenAt(s.start), c.from - 1, 6) > 5) return false;
      for (let k = ctx.tokenAt(s.start) + 1; k < c.from; k++) if (tokens[k]!.word && ((lex.boundaries.has(tokens[k]!.key) && !ctx.links.has(tokens[k]!.key)) || lex.messageNouns.has(tokens[k]!.key))) return false;
      return true;
    };
    // (Not a reporting verb or a past form, whose cue reports the words: « a détaillé le plan : ».)
    if (!verb && w?.word && !w.cap && w.sentence === open.sentence && !ctx.quoted[v] && !lex.oneWordVerbs.has(w.key) && !lex.isPastForm(w.key) && (articleToken(ctx, open) || lex.determiners.has(open.key)) && !lex.isAdverb(w.key) && !lex.isPronoun(w.key) && ![lex.boundaries, lex.determiners, ctx.articles, ctx.links, lex.coordinators, lex.complementizers, lex.relatives, lex.objectPronouns, lex.quantifiers, lex.infinitiveMarkers].some((set) => set.has(w.key)) && short()) {
      // (Past the verb that governs an infinitive, « voulait retenir », and auxiliaries and adverbs.)
      let from = v;
      const governor = tokens[v - 1];
      if (lex.isBareInfinitive(w.key) && governor?.word && !governor.cap && governor.sentence === open.sentence && !lex.isPronoun(governor.key) && ![lex.boundaries, lex.determiners, ctx.articles, ctx.links].some((set) => set.has(governor.key))) from--;
      while (from > 0 && tokens[from - 1]!.word && !tokens[from - 1]!.cap && tokens[from - 1]!.sentence === open.sentence && (writtenAuxiliaryAt(ctx, from - 1) || lex.isAdverb(tokens[from - 1]!.key))) from--;
      const doer = subjectSpoken(ctx, { from, to: c.from, kind: 'verb' }).speaker;
      if (doer && (doer.form === 'name' || doer.form === 'role') && opensClause(ctx, doer)) return doer;
    }
    // The verb's cue runs to the colon: the noun phrase after the verb is its object, not an inverted subject.
    const subject = verb ? subjectSpoken(ctx, { from: verb.from, to: c.from, kind: 'verb' }).speaker : undefined;
    if (subject) return subject;
    // « Le maire est furieux : », « La journaliste est elle aussi atterrée : »: words with no
    // determiner after a copula (past a pronoun and adverbs) are its predicate; its subject speaks.
    let a = ctx.tokenAt(s.start) - 1;
    const copulaAt = (i: number) => !!tokens[i]?.word && tokens[i].sentence === open.sentence && lex.passiveAuxiliaries.has(tokens[i].key) && writtenAuxiliaryAt(ctx, i);
    while (a > 0 && tokens[a]!.word && tokens[a]!.sentence === open.sentence && !copulaAt(a) && (lex.isAdverb(tokens[a]!.key) || lex.degreeWords.has(tokens[a]!.key) || lex.pronouns.has(tokens[a]!.key) || lex.objectPronouns.has(tokens[a]!.key))) a--;
    if (!verb && !open.cap && !lex.determiners.has(open.key) && !ctx.articles.has(open.key) && copulaAt(a)) {
      // (Past the auxiliary of a compound copula: « a été très clair : ».)
      let from = a;
      while (from > 0 && tokens[from - 1]!.sentence === open.sentence && writtenAuxiliaryAt(ctx, from - 1)) from--;
      const copula = subjectSpoken(ctx, { from, to: c.from, kind: 'verb' }).speaker;
      return copula?.form !== 'pronoun' ? copula : undefined;
    }
    // (« Le préfet se veut rassurant : », « se montre confiant : »: a reflexive verb and its
    // predicate, whose subject speaks when it names a person or a body and opens its clause; not
    // an infinitive's, « regarder Khalid se faire violer : », nor « La question se pose : », « Le
    // ton se durcit : », which are read as before.)
    const reflexive = tokens[ctx.tokenAt(s.start) - 1];
    if (!verb && !open.cap && !lex.determiners.has(open.key) && !ctx.articles.has(open.key) && !!reflexive?.word && reflexive.sentence === open.sentence && lex.reflexives.has(reflexive.key)) {
      const doer = subjectSpoken(ctx, { from: ctx.tokenAt(s.start) - 1, to: c.from, kind: 'verb' }).speaker;
      // (A phrase that a capital opens, not an article, is a name the entities left a candidate: "Amer, …, se souvient :".)
      const opener = doer ? tokens[ctx.tokenAt(doer.start)]! : undefined;
      const named = doer?.form === 'phrase' && !!opener?.cap && !articleToken(ctx, opener);
      if (doer && (doer.form === 'name' || doer.form === 'role' || named || roleHeaded(ctx, doer)) && opensClause(ctx, doer)) return doer;
    }
    // ("I had to change my answer:": after an infinitive's marker, the words are a verb's, whose subject speaks.)
    const p = tokens[ctx.tokenAt(s.start) - 1];
    const bare = !verb && !open.cap && !lex.determiners.has(open.key) && !ctx.articles.has(open.key) && !!p?.word && p.sentence === open.sentence;
    if (bare && lex.infinitiveMarkers.has(p.key)) {
      const doer = subjectSpoken(ctx, { from: ctx.tokenAt(s.start), to: c.from, kind: 'verb' }).speaker;
      return doer;
    }
    // ("Kaine has adopted the stance common among Catholics in public office:": a noun with no
    // determiner after a preposition is a complement; the subject of the clause's verb before it,
    // an auxiliary and a participle, speaks; « Le constat est sans appel : » has none.)
    if (bare && lex.boundaries.has(p.key)) {
      for (let k = ctx.tokenAt(s.start) - 2; k > 0 && tokens[k]!.sentence === open.sentence && !ctx.quoted[k]; k--) {
        const before = participleBefore(ctx, k);
        if (!before) continue;
        const doer = subjectSpoken(ctx, { from: before.from, to: c.from, kind: 'verb' }).speaker;
        return doer?.form !== 'pronoun' ? doer : undefined;
      }
      return undefined;
    }
  }
  // (Nor one word in lower case with no determiner, a verb's or an adjective's: "he demurred:",
  // « les slogans fusaient : », whose subject speaks, if any; « Economie française : ».)
  if (s?.form === 'phrase' && ctx.tokenAt(s.start) === c.from - 1 && !tokens[c.from - 1]!.cap) {
    const doer = subjectSpoken(ctx, { from: c.from - 1, to: c.from, kind: 'verb' }).speaker;
    return doer;
  }
  if (s?.form === 'phrase') {
    const first = ctx.tokenAt(s.start);
    // (« Marine Le Pen, un brin ironique : », « Emmanuel Macron, d'un ton grave : », "Tom Hale, a
    // former engineer at the dam:": after a comma, eight words at most with no verb describe the
    // subject that opens the sentence, who speaks.)
    let comma = first - 1;
    while (comma > 0 && first - comma <= 8 && tokens[comma]!.word && !ctx.quoted[comma] && tokens[comma]!.sentence === tokens[first]!.sentence && !auxiliaryAt(ctx, comma) && !lex.isPronoun(tokens[comma]!.key) && ![lex.verbs, lex.complementizers, lex.relatives, lex.coordinators].some((set) => set.has(tokens[comma]!.key))) comma--;
    if (tokens[comma]?.text === ',' && !ctx.quoted[comma]) {
      const subject = speakerEndingAt(ctx, comma - 1);
      let start = comma;
      while (start > 0 && tokens[start - 1]!.sentence === tokens[comma]!.sentence) start--;
      const at = subject ? ctx.tokenAt(subject.start) : -1;
      // (A name, a role, or a phrase that an article opens: not « Soudain, le verdict tombe : ».)
      const phrase = subject?.form === 'phrase' && (lex.determiners.has(tokens[at]!.key) || ctx.articles.has(tokens[at]!.key));
      if (subject && (subject.form === 'name' || subject.form === 'role' || phrase) && at === start && !lex.isCalendar(tokens[at]!.key) && !lex.boundaries.has(tokens[at]!.key)) return subject;
    }
    const before = tokens[first - 1];
    // (« d'un patriotisme un brin cocardier : »: a phrase that a determiner opens right after a
    // noun in lower case qualifies that noun, and speaks for no one. The noun is a word after a
    // determiner or an article: a verb's form would be no noun, « chantent le refrain ».)
    const opener = tokens[first - 2];
    const noun = !!opener?.word && (lex.determiners.has(opener.key) || ctx.articles.has(opener.key)) && !!before?.word && !before.cap && before.sentence === tokens[first]!.sentence && !ctx.quoted[first - 1] && (lex.determiners.has(tokens[first]!.key) || ctx.articles.has(tokens[first]!.key)) && ![lex.verbs, lex.auxiliaries, lex.boundaries, ctx.links, lex.coordinators, lex.pronouns, lex.objectPronouns, lex.complementizers, lex.relatives, lex.determiners, ctx.articles, lex.infinitiveMarkers].some((set) => set.has(before.key)) && !lex.isAdverb(before.key) && !lex.isPastParticiple(before.text.toLowerCase()) && !lex.isGerund(before.key);
    if (noun) return undefined;
    // (« C'est une façon de dire : »: an infinitive of saying before the colon is the verb, whose
    // subject speaks when it is a name or a role.)
    const last = tokens[c.from - 1];
    if (last?.word && lex.infinitives.match(keyReader(tokens, last.sentence), c.from - 1) && lex.infinitiveMarkers.has(tokens[c.from - 2]?.key ?? '')) {
      const doer = subjectSpoken(ctx, { from: c.from - 2, to: c.from, kind: 'verb' }).speaker;
      return doer?.form === 'name' || doer?.form === 'role' ? doer : undefined;
    }
  }
  // ("The Latest: Trump delivers defense of ‘New York values.’", « Analyse : … »: a rubric alone is
  // no one; "WSJ editorial:" is the outlet's.)
  if (s && s.type !== 'person') {
    const words = tokens.slice(ctx.tokenAt(s.start), ctx.tokenAt(s.end - 1) + 1).filter((w) => w.word && !lex.determiners.has(w.key) && !ctx.articles.has(w.key));
    if (words.length === 1 && lex.rubrics.has(words[0]!.key)) return undefined;
  }
  return s?.form !== 'pronoun' ? s : undefined;
}

/**
 * "…, teachers and union officials told POLITICO.": one plain word and a coordinator, right after a
 * comma, join the phrase before a verb that ends its clause (with the person told, four words at
 * most); not inside a clause, where the comma parts a list ("the title, history and text of the law
 * showed it", "…, suburbanites and non-white voters mostly backed Clinton").
 */
function coordinatedTrailing(ctx: SpeakerContext, c: Cue, s: QuoteSpeaker): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  // (Not a verb with its object: "…, suburbanites and non-white voters mostly backed Clinton"; nor a
  // form that may be a noun or a name: "such as Time, Slate and Drudge Report", "jobs and wages
  // reports said".)
  if (s.form !== 'phrase' || (c.verb?.object && !lex.recipientVerbs.has(tokens[c.to - 1]!.key))) return undefined;
  if (tokens[c.from]!.cap || (lex.nounLike.has(tokens[c.from]!.key) && tokens[c.from]!.key.endsWith('s'))) return undefined;
  const from = ctx.tokenAt(s.start);
  const and = tokens[from - 1];
  const one = tokens[from - 2];
  const sentence = tokens[from]!.sentence;
  if (!and?.word || !lex.coordinators.has(and.key) || !one?.word || one.sentence !== sentence || tokens[from - 3]?.text !== ',') return undefined;
  if ([lex.boundaries, lex.verbs, lex.auxiliaries, lex.determiners, lex.complementizers, lex.relatives].some((set) => set.has(one.key)) || lex.isPronoun(one.key) || lex.isAdverb(one.key)) return undefined;
  // (No adverb inside the phrase: "anti-immigrant and politically promiscuous figure".)
  for (let k = from; k < ctx.tokenAt(s.end - 1); k++) if (lex.isAdverb(tokens[k]!.key)) return undefined;
  // "Police, firefighters and paramedics all said …": a list of plain words (two at most each)
  // that opens the sentence is the subject, whatever follows the verb.
  const plain = (k: number) => !!tokens[k]?.word && tokens[k].sentence === sentence && ![lex.boundaries, lex.verbs, lex.auxiliaries, lex.determiners, lex.complementizers, lex.relatives, lex.coordinators].some((set) => set.has(tokens[k]!.key)) && !lex.isPronoun(tokens[k].key) && !lex.isAdverb(tokens[k].key);
  // (The first member may open with a determiner: "His mother, father and sister said".)
  for (let k = from - 3; k >= 0 && tokens[k]!.text === ','; ) {
    let m = k - 1;
    while (m > k - 3 && plain(m)) m--;
    if (m === k - 1) break;
    const opener = tokens[m]?.word && tokens[m]!.sentence === sentence && lex.determiners.has(tokens[m]!.key) && (!tokens[m - 1] || tokens[m - 1]!.sentence !== sentence) ? m : m + 1;
    if (opener === m || !tokens[m] || tokens[m]!.sentence !== sentence) return { start: tokens[opener]!.start, end: s.end, name: ctx.text.slice(tokens[opener]!.start, s.end), form: 'phrase' };
    k = m;
  }
  // The verb ends its clause, past four words at most and no preposition.
  let i = c.to;
  while (i < c.to + 4 && tokens[i]?.word && tokens[i]!.sentence === sentence && !lex.boundaries.has(tokens[i]!.key)) i++;
  const end = tokens[i];
  if (end && end.sentence === sentence && !/^[.,;!?]$/.test(end.text)) return undefined;
  return { start: one.start, end: s.end, name: ctx.text.slice(one.start, s.end), form: 'phrase' };
}

/** Does the quotation that ends right before token `at` (past a comma) open its sentence (or follow a colon)? */
export function quotationOpens(ctx: SpeakerContext, at: number): boolean {
  const { tokens } = ctx;
  let q = at - 1;
  while (q >= 0 && tokens[q]!.text === ',' && !ctx.quoted[q]) q--;
  while (q >= 0 && ctx.quoted[q]) q--;
  return q < 0 || tokens[q]!.sentence !== tokens[at]!.sentence || tokens[q]!.text === ':';
}

/**
 * The subject of a verb whose speaker ends a relative clause: "Residents who lost their homes
 * said", "Voters who backed Trump say": the noun phrase before "who", not the clause's object.
 */
function relativeAntecedent(ctx: SpeakerContext, s: QuoteSpeaker): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const at = ctx.tokenAt(s.start);
  // (Past a currency's sign: "A cleaner who won £7 million said".)
  for (let i = at - 1; i > 0 && at - i <= 8; i--) {
    const t = tokens[i]!;
    if (t.sentence !== tokens[at]!.sentence || ctx.quoted[i]) return undefined;
    if (!t.word) {
      if (/^\p{Sc}$/u.test(t.text)) continue;
      return undefined;
    }
    if (lex.relatives.has(t.key)) {
      if (!tokens[i - 1]?.word || tokens[i - 1]!.sentence !== t.sentence) return undefined;
      const a = speakerEndingAt(ctx, i - 1);
      return a && a.form !== 'pronoun' ? a : undefined;
    }
    if (lex.boundaries.has(t.key) && !ctx.links.has(t.key)) return undefined;
  }
  return undefined;
}

/** The most words between a reduced relative's infinitive and the phrase before the verb. */
const REDUCED_OBJECT_WORDS = 10;

/**
 * "Voters supporting the plan said", "Residents living near the dam said", "Residents worried about
 * the levee have called for": a participle right after a noun, and a preposition (or an infinitive)
 * after it, before the phrase `s` open a reduced relative clause on that noun, which is the verb's
 * subject. A past participle (as written) counts only before a preposition ("who backed Hale" is a
 * finite verb).
 */
function reducedRelativeHead(ctx: SpeakerContext, s: QuoteSpeaker): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  if (s.form === 'pronoun') return undefined;
  let i = ctx.tokenAt(s.start) - 1;
  // (A preposition, not a conjunction or a subordinator: "the crowd booed when he told".)
  const keys = tokens[i] ? keyReader(tokens, tokens[i]!.sentence) : undefined;
  const w = tokens[i];
  const preposition = !!keys && !!w?.word && (lex.boundaries.has(w.key) || !!lex.adjunctPrepositions.match(keys, i)) && ![ctx.links, lex.coordinators, lex.complementizers, lex.relatives].some((set) => set.has(w.key)) && !lex.subordinators.match(keys, i);
  if (preposition) i--;
  // (Or an infinitive that the participle governs, with the phrase in its object: "Residents
  // claiming to represent most of the valley announced", « Un groupe d'opposants affirmant
  // représenter la majorité des mouvements en territoire syrien a annoncé ».)
  for (let k = ctx.tokenAt(s.start) - 1; k > 1 && ctx.tokenAt(s.start) - k <= REDUCED_OBJECT_WORDS; k--) {
    const inf = tokens[k]!;
    if (!inf.word || inf.cap || inf.sentence !== tokens[ctx.tokenAt(s.start)]!.sentence || ctx.quoted[k] || auxiliaryAt(ctx, k) || [lex.complementizers, lex.relatives, lex.coordinators].some((set) => set.has(inf.key)) || lex.isPronoun(inf.key)) break;
    if (gerundAt(ctx, k - 1) && lex.isBareInfinitive(inf.key)) {
      i = k - 1;
      break;
    }
    if (lex.infinitiveMarkers.has(tokens[k - 1]?.key ?? '') && gerundAt(ctx, k - 2)) {
      i = k - 2;
      break;
    }
  }
  const t = tokens[i];
  if (!(gerundAt(ctx, i) || (preposition && !!t?.word && !t.cap && lex.isPastParticiple(t.text.toLowerCase())))) return undefined;
  // (Past a reflexive pronoun: « un ancien chef du renseignement s'exprimant sous couvert de … ».)
  if (tokens[i - 1]?.word && lex.reflexives.has(tokens[i - 1]!.key)) i--;
  const before = tokens[i - 1];
  if (!t?.word || !before?.word || before.sentence !== t.sentence || ctx.quoted[i] || ctx.quoted[i - 1]) return undefined;
  // The word before is a noun: no auxiliary, preposition or link ("accused of killing her husband
  // said"), conjunction, determiner, relative, pronoun, adverb or verb ("the report released by" is
  // a noun).
  if ([lex.auxiliaries, lex.boundaries, ctx.links, lex.coordinators, lex.determiners, ctx.articles, lex.complementizers, lex.relatives].some((set) => set.has(before.key))) return undefined;
  // (An adverb's ending after a determiner or a link is a noun's: « du renseignement ».)
  const pp = tokens[i - 2];
  const noun = lex.adverbByEnding(before.key) && !!pp?.word && [lex.determiners, ctx.articles, ctx.links].some((set) => set.has(pp.key));
  if ((lex.verbs.has(before.key) && !lex.nounLike.has(before.key)) || lex.isPronoun(before.key) || (lex.isAdverb(before.key) && !noun) || gerundAt(ctx, i - 1)) return undefined;
  const a = speakerEndingAt(ctx, i - 1);
  return a && a.form !== 'pronoun' ? a : undefined;
}

/**
 * « Aalam Wassef, éditeur et plasticien, membre du collectif OPantiSH (…) rapporte »: a speaker
 * found in a role's description after a comma, with no comma closing it before the verb, is in
 * apposition to the person named before that comma (past one more description and its comma), who
 * opens the clause and speaks.
 */
function nameBeforeApposition(ctx: SpeakerContext, s: QuoteSpeaker, verb: number): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  if (s.form === 'pronoun' || s.form === 'relative' || s.type === 'person') return undefined;
  const sentence = tokens[verb]!.sentence;
  const end = ctx.tokenAt(s.end - 1);
  // (Only a parenthesis between the speaker and the verb: « OPantiSH (Operation …) rapporte ».)
  let between = end + 1;
  if (tokens[between]?.text === '(') while (between < verb && tokens[between]!.text !== ')') between++;
  if (between !== verb && !(tokens[between]?.text === ')' && between + 1 === verb)) return undefined;
  // The comma that opens a description ending before token `limit`, walking back from `from`.
  const commaBefore = (from: number, limit: number) => {
    let p = from;
    while (p > 0 && tokens[p]!.text !== ',' && tokens[p]!.sentence === sentence && limit - p < APPOSITION_WORDS) p--;
    return tokens[p]?.text === ',' && tokens[p]!.sentence === sentence ? p : -1;
  };
  let descriptionEnd = end + 1;
  let comma = commaBefore(ctx.tokenAt(s.start) - 1, end);
  for (let hop = 0; hop < 2 && comma >= 0 && roleDescription(ctx, comma + 1, descriptionEnd); hop++) {
    const m = ctx.mentionEnding.get(comma - 1);
    if (m && (m.type === 'person' || (m.form === 'candidate' && NAME_SHAPE.test(m.name)))) {
      const opener = tokens[ctx.tokenAt(m.start) - 1];
      if (opener && opener.sentence === sentence && opener.text !== ',' && !lex.coordinators.has(opener.key)) return undefined;
      return speakerEndingAt(ctx, comma - 1);
    }
    descriptionEnd = comma;
    comma = commaBefore(comma - 1, comma);
  }
  return undefined;
}

/** The most words a role's description in apposition holds. */
const APPOSITION_WORDS = 10;

/**
 * "Officials at the hearing said", "Experts at Harvard University said", "Two officials with
 * knowledge of the matter said": a phrase after a preposition (not a link, which the speaker finder
 * crosses already, nor a subordinator) qualifies the noun phrase before it, which opens its clause
 * (at the sentence's start or after a comma or a coordinator); the two together speak, or the noun
 * phrase alone when it names a person or the phrase says where, when or how they spoke.
 */
function withHeadBefore(ctx: SpeakerContext, s: QuoteSpeaker): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  // (A person named speaks for themself: « L'ancien économiste en chef de la BCE Jürgen Stark estime ».)
  if (s.form === 'pronoun' || s.form === 'relative' || s.type === 'person') return undefined;
  const p = ctx.tokenAt(s.start) - 1;
  const prep = tokens[p];
  // "Rep. Tom Hale of Ohio said", "Ann Lee of Springfield said": a name after a link says where
  // the person named before it is from; the person speaks.
  const owner = ctx.mentionEnding.get(p - 1);
  if (s.form === 'name' && !!prep?.word && !prep.cap && !ctx.quoted[p] && ctx.links.has(prep.key) && owner?.type === 'person') {
    const person = speakerEndingAt(ctx, p - 1);
    if (person) return person;
  }
  if (!prep?.word || prep.cap || ctx.quoted[p] || ctx.links.has(prep.key) || !lex.boundaries.has(prep.key)) return undefined;
  const keys = keyReader(tokens, prep.sentence);
  if (lex.subordinators.match(keys, p) || lex.complementizers.has(prep.key) || lex.coordinators.has(prep.key) || !lex.adjunctPrepositions.match(keys, p)) return undefined;
  const head = tokens[p - 1];
  // The head is a noun: no adverb, day, verb or participle ("compared with 64 percent", "who died in the attack").
  if (!head?.word || head.sentence !== prep.sentence || ctx.quoted[p - 1] || lex.isAdverb(head.key) || lex.isCalendar(head.key) || lex.isPastParticiple(head.text.toLowerCase()) || lex.isGerund(head.key) || (lex.verbs.has(head.key) && !lex.nounLike.has(head.key))) return undefined;
  const np = speakerEndingAt(ctx, p - 1);
  if (!np || np.form === 'pronoun' || np.form === 'relative') return undefined;
  const from = ctx.tokenAt(np.start);
  // A plain noun phrase: no clause or verb form inside ("who died in …", "followed up with …").
  for (let i = from; i < p; i++) {
    const w = tokens[i]!;
    if (w.word && !w.cap && ([lex.relatives, lex.complementizers, lex.verbParticles].some((set) => set.has(w.key)) || lex.isPastParticiple(w.text.toLowerCase()) || lex.isGerund(w.key) || (lex.verbs.has(w.key) && !lex.nounLike.has(w.key)))) return undefined;
  }
  const opener = tokens[from - 1];
  if (opener && opener.sentence === prep.sentence && opener.text !== ',' && !lex.coordinators.has(opener.key)) return undefined;
  // A person named, or a phrase that says where, when or how they spoke, leaves the head alone:
  // "Clinton at the debate said", "The ministry in a statement said", "Voters in 2015 said".
  let event = false;
  for (let i = p + 1; i <= ctx.tokenAt(s.end - 1) && !event; i++) event = !!lex.speechEventNouns.match(keys, i) || lex.isCalendar(tokens[i]!.key) || /^\p{N}{4}$/u.test(tokens[i]!.text) || !!lex.adverbs.match(keys, i);
  if (np.type === 'person' || event || !!lex.adverbs.match(keys, p)) return np;
  return { start: np.start, end: s.end, name: ctx.text.slice(np.start, s.end), form: 'phrase' };
}

/** Is token `i` a participle in -ing as written in lower case ("supporting", not "Building")? */
function gerundAt(ctx: SpeakerContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t?.word && !t.cap && ctx.lex.isGerund(t.key);
}

/** A person's age as written between commas ("Hale, 45, said"). */
const AGE = /^\p{N}{1,3}$/u;

/**
 * The subject before a parenthesis that ends at token `j`: "Trump, who has …, said", "The
 * justice -- who has … -- said", "Lee Zeldin of New York, a Trump supporter, said". The
 * parenthesis opens with a dash, or with a comma and a relative pronoun or a determiner (an
 * apposition).
 */
function beforeParenthesis(ctx: SpeakerContext, j: number, participles = true): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const close = tokens[j];
  if (!close || (close.text !== ',' && !DASH.test(close.text))) return undefined;
  const dash = DASH.test(close.text);
  // A dash typed as two hyphens: the parenthesis ends before the first of them.
  let i = j - 1;
  while (dash && i > 0 && DASH.test(tokens[i]!.text)) i--;
  for (; i > 0 && tokens[i]!.sentence === close.sentence; i--) {
    const t = tokens[i]!;
    const next = tokens[i + 1]?.key ?? '';
    // A comma and "but" join clauses, which no parenthesis holds: the subject is after it (« …, mais
    // la militante, interrogée par le HuffPost, estime » is not « le harcèlement sexuel »'s). Not
    // "and", which a relative clause may hold: "Beck, who supported Cruz, R-Texas, and opposed
    // Trump, said".
    if (!dash && t.text === ',' && lex.verbConjunctions.has(next)) return undefined;
    // ", Mexico's ambassador …," opens with a possessive.
    const possessive = possessiveAt(ctx, i + 2);
    // "Joe Scheidler, national director of …, said", "Marcel Lazar, 44, said": a comma right
    // after a named person or body opens an apposition.
    // "Rep. Elijah Cummings (D-Md.), chair of …, said": so does one after the bracket that follows a name.
    // (Not a name inside a relative clause: "Beck, who supported Sen. Ted Cruz, R-Texas, and …, said".)
    const ending = ctx.mentionEnding.get(i - 1);
    const named = j - i <= 25 && (((ending?.type ?? 'place') !== 'place' && !inRelative(ctx, ctx.tokenAt(ending!.start))) || (tokens[i - 1]?.text === ')' && !!beforeBrackets(ctx, i - 1)));
    // ", like their counterparts,", ", in a statement,": a preposition opens one too.
    const preposition = lex.boundaries.has(next) && ![lex.coordinators, lex.verbConjunctions, lex.complementizers].some((set) => set.has(next)) && !lex.subordinators.match((k) => (k === 0 ? next : undefined), 0);
    // ", speaking to reporters,", « , parlant aux journalistes, », ", visibly tired,": a participle or
    // an adverb opens one too, before a finite verb (`participles`; "…, showcasing his crowds,
    // alternately shouting" chains participles after a clause).
    // (Past a reflexive: « , s'exprimant sous couvert d'anonymat, ».)
    const v = lex.reflexives.has(next) && lex.isGerund(tokens[i + 2]?.key ?? '') ? i + 2 : i + 1;
    // (An irregular participle too: ", known locally as …,", « , élu en 2020, », « , mis en examen, ».)
    const participle = participles && !!tokens[v]?.word && !tokens[v].cap && (lex.isGerund(tokens[v].key) || lex.isPastParticiple(tokens[v].text.toLowerCase()) || lex.irregularParticiples.has(tokens[v].key) || lex.isAdverb(tokens[v].key));
    // "A third of independents, 33%, say": a share given in figures, four tokens at most.
    // (A share: a percent sign or a share's word, not a date: "dated May 5, 2016, says".)
    let share = false;
    for (let n = i + 2; n < j && !share; n++) share = tokens[n]!.text === '%' || lex.collectiveNouns.has(tokens[n]!.key);
    const amount = /^\p{N}/u.test(tokens[i + 1]?.text ?? '') && j - i <= 5 && share;
    // « Le maire, lui, affirme », « Les habitants, eux, dénoncent »: a stressed pronoun alone between
    // the commas sets the subject off.
    const stressed = j === i + 2 && lex.objectPronouns.has(next);
    // "Hale, 45, said": an age alone between the commas after a capitalised word, a name the
    // entities did not take (one word opening the sentence).
    const aged = j === i + 2 && AGE.test(tokens[i + 1]?.text ?? '') && !!tokens[i - 1]?.word && tokens[i - 1]!.cap;
    // « Le président du club, furieux, a déclaré », "The mayor, defiant, said": one word in lower
    // case alone between the commas, no role, verb or function word, is an adjective on the subject.
    const w1 = tokens[i + 1];
    const adjective = participles && j === i + 2 && !!w1?.word && !w1.cap && !ctx.roleHeads.has(w1.key) && ![lex.verbs, lex.auxiliaries, lex.boundaries, lex.coordinators, lex.pronouns, lex.quantifiers, lex.complementizers].some((set) => set.has(w1.key)) && !/\p{N}/u.test(w1.text);
    const other = lex.relatives.has(next) || lex.determiners.has(next) || possessive || adverbsBetween(ctx, i + 1, j - 1) || named || preposition || amount || stressed || aged || adjective;
    const opens = dash ? DASH.test(t.text) : t.text === ',' && (other || participle);
    if (!opens) continue;
    let end = i - 1;
    while (dash && end > 0 && DASH.test(tokens[end]!.text)) end--;
    // ("Ann Lee, 45, of Springfield, said": past an age's parenthesis before this one.)
    if (!dash && AGE.test(tokens[end]?.text ?? '') && tokens[end - 1]?.text === ',' && tokens[end - 2]?.word && tokens[end - 2]!.cap) end -= 2;
    // "Lee Zeldin of New York, …": the place or body after "of" completes the name before it.
    const complement = ctx.mentionEnding.get(end);
    if (complement) {
      const link = ctx.tokenAt(complement.start) - 1;
      const owner = ctx.links.has(tokens[link]?.key ?? '') ? ctx.mentionEnding.get(link - 1) : undefined;
      if (owner && owner.type !== 'place') end = link - 1;
    }
    // "Sen. Rob Portman (R-Ohio), another incumbent, said": a bracket after the name.
    if (tokens[end]?.text === ')') return beforeBrackets(ctx, end);
    // A name or a noun phrase; not a pronoun or a relative left before the parenthesis.
    let s = speakerEndingAt(ctx, end);
    // "Villagers in Eddon, who live nearby, said": a name that is no person's after a preposition
    // (not an agent's) completes the noun phrase before it, which speaks when it opens the
    // sentence with no verb of its own.
    const prep = s?.form === 'name' && s.type !== 'person' ? ctx.tokenAt(s.start) - 1 : -1;
    const p = tokens[prep];
    if (s && p?.word && !p.cap && p.sentence === close.sentence && (lex.boundaries.has(p.key) || ctx.links.has(p.key)) && ![lex.agentPrepositions, lex.complementizers, lex.coordinators].some((set) => set.has(p.key))) {
      const np = speakerEndingAt(ctx, prep - 1);
      let verb = false;
      for (let i = np ? ctx.tokenAt(np.start) : prep; i < prep && !verb; i++) verb = auxiliaryAt(ctx, i) || lex.verbs.has(tokens[i]!.key) || (!tokens[i]!.cap && lex.isPastForm(tokens[i]!.key)) || lex.relatives.has(tokens[i]!.key);
      if (np?.form === 'phrase' && !verb && opensSentence(ctx, np)) s = { start: np.start, end: s.end, name: ctx.text.slice(np.start, s.end), form: 'phrase' };
    }
    // "Rep. Ann Lee, R-Sarne, who chairs …, said": one capitalised word that names no one, set
    // after a person's comma (a party tag), is that person's apposition.
    const lone = s?.form === 'phrase' && ctx.tokenAt(s.start) === end && tokens[end]!.cap ? end : -1;
    if (lone > 0 && tokens[lone - 1]!.text === ',' && ctx.mentionEnding.get(lone - 2)?.type === 'person') s = speakerEndingAt(ctx, lone - 2);
    const found = ctx.mentionEnding.has(end) || s?.form === 'phrase' || lone > 0 ? s : undefined;
    // A participle may follow another apposition: "Sen. Marco Rubio, R-Fla., appearing on Fox News, said";
    // and it follows a subject that opens its clause (or follows a conjunction: « mais les
    // opposants, loin d'être satisfaits, ont appelé »), not a clause ("Sanders showed no sign of
    // backing down, releasing a statement that … accused").
    const opener = found ? tokens[ctx.tokenAt(found.start) - 1] : undefined;
    const afterConjunction = !!opener?.word && (lex.coordinators.has(opener.key) || lex.verbConjunctions.has(opener.key));
    if (!dash && !other && !(found && (opensClause(ctx, found) || afterConjunction))) continue;
    return found;
  }
  return undefined;
}

/** Does a speaker open its sentence or a clause after a comma (titles before it allowed: "In Lyon, Mayor Anna Berg")? */
function opensClause(ctx: SpeakerContext, s: QuoteSpeaker): boolean {
  const { tokens } = ctx;
  const at = ctx.tokenAt(s.start);
  const open = beforeTitle(ctx, at);
  return open < 0 || tokens[open]!.sentence !== tokens[at]!.sentence || tokens[open]!.text === ',';
}

/** The token before the capitalised words (a title) that stand right before token `at` in its sentence, past none that `stop` refuses. */
function beforeTitle(ctx: SpeakerContext, at: number, stop: (i: number) => boolean = () => false): number {
  const { tokens } = ctx;
  let open = at - 1;
  while (open >= 0 && tokens[open]!.sentence === tokens[at]!.sentence && tokens[open]!.word && tokens[open]!.cap && !stop(open)) open--;
  return open;
}

/**
 * Does a person or a body named, after lower-case words at most since a comma, end at token `j`?
 * Another name (not a place) only right after the comma.
 */
function namedApposition(ctx: SpeakerContext, j: number): boolean {
  const { tokens } = ctx;
  const m = ctx.mentionEnding.get(j);
  if (!m || m.type === 'place' || m.type === 'country') return false;
  let i = ctx.tokenAt(m.start) - 1;
  if (m.type === 'person' || m.type === 'organisation') while (i >= 0 && tokens[i]!.word && !tokens[i]!.cap && tokens[i]!.sentence === tokens[j]!.sentence) i--;
  return tokens[i]?.text === ',';
}

/**
 * The first token of the verb phrase that token `v` ends: back past the auxiliaries and adverbs
 * before it ("has long said", "was leaning"), within `sentence` when one is given, and only past
 * words in lower case with `lower`.
 */
function verbPhraseStart(ctx: SpeakerContext, v: number, sentence = -1, lower = false): number {
  const { tokens, lex } = ctx;
  for (;;) {
    const w = tokens[v - 1];
    if (v <= 0 || !w!.word || (sentence >= 0 && w!.sentence !== sentence) || (lower && w!.cap) || !(auxiliaryAt(ctx, v - 1) || lex.isAdverb(w!.key))) return v;
    v--;
  }
}

/** A subject right after a quotation and its comma, before a parenthesis that the comma at `j` closes. */
function parenthesisAfterQuotation(ctx: SpeakerContext, j: number): boolean {
  const s = beforeParenthesis(ctx, j);
  if (!s) return false;
  const at = ctx.tokenAt(s.start);
  const closing = (t: Token | undefined) => !!t && !t.word && t.sentence === ctx.tokens[at]!.sentence && /[»”"’']/.test(t.text);
  return closing(ctx.tokens[at - 1]) || (ctx.tokens[at - 1]?.text === ',' && closing(ctx.tokens[at - 2]));
}

/**
 * Does the speaker open its sentence, past a title's capitalised words, and is it no opening
 * adjunct ("Last week, the F.B.I. director, James B. Comey, recommended", "On CNN Tuesday, his
 * wife, Jane, called")?
 */
function opensSentence(ctx: SpeakerContext, s: QuoteSpeaker): boolean {
  const { tokens, lex } = ctx;
  const at = ctx.tokenAt(s.start);
  const keys = keyReader(tokens, tokens[at]!.sentence);
  const adjunct = (i: number) => !!lex.adjunctPrepositions.match(keys, i) || !!lex.adverbs.match(keys, i) || lex.isAdverb(tokens[i]!.key) || lex.boundaries.has(tokens[i]!.key);
  const open = beforeTitle(ctx, at, adjunct);
  return (open < 0 || tokens[open]!.sentence !== tokens[at]!.sentence) && !adjunct(at);
}

/** The name before a short bracket that ends at token `j`: "Sen. Elizabeth Warren (D-MA) said". */
function beforeBrackets(ctx: SpeakerContext, j: number): QuoteSpeaker | undefined {
  const { tokens } = ctx;
  if (tokens[j]?.text !== ')') return undefined;
  for (let i = j - 1; i > 0 && j - i <= 16 && tokens[i]!.sentence === tokens[j].sentence; i--) {
    if (tokens[i]!.text !== '(') continue;
    // A name, or a body's name given with its acronym: « Les comités locaux de coordination (LCC) ont accusé ».
    // (A capitalised word that opens the sentence is a name too: "Reid (D-Nev.) said", "Murphy (a
    // Connecticut Democrat so boyish he has been mistaken for a staffer) says".)
    const acronym = j - i === 2 && /^\p{Lu}{2,}$/u.test(tokens[i + 1]!.text);
    const name = ctx.mentionEnding.has(i - 1) || (tokens[i - 1]!.word && tokens[i - 1]!.cap && tokens[i - 1]!.sentence === tokens[j].sentence);
    return name || acronym ? speakerEndingAt(ctx, i - 1) : undefined;
  }
  return undefined;
}

/**
 * ", said a spokesman for the Foreign Ministry.": a link and a noun phrase after an inverted
 * speaker are part of it when they end the clause, not an outlet told; "said the plan for the
 * city was" keeps the phrase as it was (and the clause goes on, so it is no speaker).
 */
function withLinkedTail(ctx: SpeakerContext, s: QuoteSpeaker | undefined): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  // A short noun phrase or role only: "Muhammad Ali for decades", "a host of new songs for the album" are objects.
  if (!s || (s.form !== 'phrase' && s.form !== 'role')) return s;
  const last = ctx.tokenAt(s.end - 1);
  if (last - ctx.tokenAt(s.start) > 3) return s;
  let i = last + 1;
  const sentence = tokens[last]!.sentence;
  if (!tokens[i]?.word || !ctx.links.has(tokens[i]!.key) || lex.infinitiveMarkers.has(tokens[i]!.key) || tokens[i]!.sentence !== sentence) return s;
  // (Not the outlet told after a link of `channelLinks`: « a déclaré le président au journal Le
  // Figaro », "said a witness to Reuters"; « un responsable au sein des services » keeps its
  // complement.)
  const channel = lex.channelLinks.match(keyReader(tokens, sentence), i);
  if (channel) {
    const at = i + channel.words.length;
    const named = (k: number) => !!tokens[k]?.word && tokens[k].cap && tokens[k].sentence === sentence;
    // (A news agency the gazetteer knows, or a name after a noun: « au journal Le Figaro »; « un
    // chercheur au CNRS » keeps where the researcher works.)
    if (ctx.mentionStarting.get(at)?.key?.startsWith('agency:') || (tokens[at]?.word && !tokens[at].cap && named(at + 1))) return s;
  }
  let words = 0;
  // (A word that qualifies a time ends the tail: "said a spokeswoman for the club later".)
  let timed = false;
  for (i++; tokens[i] && tokens[i]!.sentence === sentence; i++) {
    const w = tokens[i]!;
    if (possessiveAt(ctx, i)) {
      i++;
      continue;
    }
    if (!w.word) break;
    if (words > 0 && timeQualifierAt(ctx, i)) {
      timed = true;
      break;
    }
    // (A capitalised word after another is a name's: "said a spokeswoman for Midland Rail".)
    const named = inCapitalRun(tokens, i);
    if (ctx.quoted[i] || ++words > 6 || auxiliaryAt(ctx, i) || (lex.verbs.has(w.key) && !named) || [lex.boundaries, lex.complementizers, lex.relatives].some((set) => set.has(w.key)) || lex.isPronoun(w.key)) return s;
  }
  const next = tokens[i];
  // Not a phrase cut after its determiner ("said a spokesman for the").
  if (words === 0 || lex.determiners.has(tokens[i - 1]!.key) || (!timed && next && next.sentence === sentence && !/^[,.;!?]$/.test(next.text))) return s;
  return { ...s, ...spanTo(ctx, s.start, i - 1) };
}

/** The speaker's span from offset `start` to the end of token `last`; a name that ends the sentence may hold its period ("for Jane Doe."). */
function spanTo(ctx: SpeakerContext, start: number, last: number): { end: number; name: string } {
  const name = ctx.text.slice(start, ctx.tokens[last]!.end).replace(/\.$/, '');
  return { end: start + name.length, name };
}

/** A prepositional adjunct of at most six words, without a verb, from the speaker to the end of its clause ("said Smith in Almaty.", "said Smith in Almaty, adding …"). */
function adjunctTail(ctx: SpeakerContext, s: QuoteSpeaker): boolean {
  const { tokens, lex } = ctx;
  let i = ctx.tokenAt(s.end - 1) + 1;
  const sentence = tokens[i - 1]!.sentence;
  // (Past a word that qualifies a time phrase: "said the mayor late on Monday", "late Monday".)
  if (tokens[i]?.word && tokens[i]!.sentence === sentence && lex.timeQualifiers.has(tokens[i]!.key)) {
    i++;
    // ("said a spokeswoman later.", « a indiqué la mairie tôt ce matin »: alone, or before a word of time.)
    if (/^[.;!?]$/.test(tokens[i]?.text ?? '')) return true;
    if (lex.determiners.has(tokens[i]?.key ?? '') && tokens[i]!.sentence === sentence) i++;
    if (tokens[i]?.word && tokens[i]!.sentence === sentence && lex.isTimeWord(tokens[i]!.key)) return adjunctTail(ctx, { ...s, end: tokens[i]!.end }) || /^[.;!?]$/.test(tokens[i + 1]?.text ?? '');
  }
  if (!tokens[i]?.word || tokens[i]!.sentence !== sentence || !lex.adjunctPrepositions.match(keyReader(tokens, sentence), i)) return false;
  let words = 0;
  for (; tokens[i] && tokens[i]!.sentence === sentence; i++) {
    const w = tokens[i]!;
    if (possessiveAt(ctx, i)) {
      i++;
      continue;
    }
    // To the end of the sentence: "finds Clinton with only a small lead over Sanders, 46 percent …" is an object.
    // (Or to a comma before a gerund, the speaker's next act: "said growers in the valley, blaming
    // the late frost".)
    if (!w.word && w.text === ',' && tokens[i + 1]?.word && tokens[i + 1]!.sentence === sentence && lex.isGerund(tokens[i + 1]!.key)) break;
    if (!w.word) return /^[.;!?]$/.test(w.text);
    // (A participle right after the adjunct's noun qualifies it: "in a statement released on
    // Monday", « dans un communiqué publié jeudi ».)
    const qualifier = words > 1 && tokens[i - 1]!.word && !tokens[i - 1]!.cap && !lex.boundaries.has(tokens[i - 1]!.key) && lex.isPastParticiple(writtenForm(w.text)) && !auxiliaryAt(ctx, i);
    if (ctx.quoted[i] || ++words > 7 || auxiliaryAt(ctx, i) || ([lex.verbs, lex.complementizers, lex.relatives].some((set) => set.has(w.key)) && !qualifier) || lex.isPronoun(w.key)) return false;
  }
  // (A text cut off inside the adjunct, "said a spokesman for the", has none.)
  const last = tokens[i - 1]!;
  return ![lex.determiners, lex.boundaries, ctx.articles, ctx.links].some((set) => set.has(last.key));
}

/**
 * Is the speaker followed by a verb or an auxiliary ("said the candidate could be")? After a
 * possessive, the noun phrase it opens must end the clause ("said the mayor’s spokesman." speaks;
 * "suggested Trump’s refusal to disavow … could" does not).
 */
function clauseGoesOn(ctx: SpeakerContext, s: QuoteSpeaker): boolean {
  const { tokens, lex } = ctx;
  const last = ctx.tokenAt(s.end - 1);
  const sentence = tokens[last]!.sentence;
  if (possessiveAt(ctx, last + 1)) {
    let i = last + 3;
    while (tokens[i]?.word && tokens[i]!.sentence === sentence && i - last <= 6 && ![lex.verbs, lex.boundaries, lex.complementizers, lex.relatives].some((set) => set.has(tokens[i]!.key)) && !auxiliaryAt(ctx, i)) i++;
    const end = tokens[i];
    return !(!end || end.sentence !== sentence || /^[,.;!?]$/.test(end.text));
  }
  const next = tokens[last + 1];
  return !!next?.word && !next.cap && next.sentence === sentence && (auxiliaryAt(ctx, last + 1) || lex.verbs.has(next.key));
}

/** "said the mayor’s spokesman.": the speaker widened to the noun phrase its possessive opens, when that phrase ends the clause. */
function withPossessed(ctx: SpeakerContext, s: QuoteSpeaker | undefined): QuoteSpeaker | undefined {
  if (!s || s.form === 'pronoun') return s;
  const last = ctx.tokenAt(s.end - 1);
  if (!possessiveAt(ctx, last + 1) || clauseGoesOn(ctx, s)) return s;
  // To the end of the clause, but not a day or an adverb after it ("said Smith’s lawyer Monday").
  let i = last + 3;
  while (ctx.tokens[i]?.word && ctx.tokens[i]!.sentence === ctx.tokens[last]!.sentence && !ctx.quoted[i] && !ctx.lex.isAdverb(ctx.tokens[i]!.key)) i++;
  if (i === last + 3) return s;
  // ("said the study's lead author, Dr. Nina Patel": the name in apposition.)
  return apposedName(ctx, ctx.tokenAt(s.start), i) ?? { start: s.start, ...spanTo(ctx, s.start, i - 1), form: 'phrase' };
}

/**
 * "Mr. Manafort, citing the magic of Trump, said …": when the comma before the verb closes a
 * phrase opened by a participle, or a person's apposition, the subject is the name before that
 * phrase, not the last name inside it.
 */
function participleSubject(ctx: SpeakerContext, comma: number): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const sentence = tokens[comma]!.sentence;
  let i = comma - 1;
  while (i > 0 && comma - i < 15 && tokens[i]!.sentence === sentence && tokens[i]!.text !== ',') i--;
  const opener = tokens[i + 1];
  if (tokens[i]?.text !== ',' || tokens[i]!.sentence !== sentence || !opener?.word) return undefined;
  if (!opener.cap && lex.isGerund(opener.key)) {
    const s = speakerEndingAt(ctx, i);
    return s && s.form !== 'phrase' ? s : undefined;
  }
  // "The survey, conducted by the Valmont Institute, finds …".
  if (!opener.cap && lex.isPastParticiple(opener.text.toLowerCase()) && !lex.verbs.has(opener.key)) return speakerEndingAt(ctx, i - 1);
  // "Tom Reyes, a hydrologist at Valmont University, said …", "Joe Scarborough, host of MSNBC’s
  // “Morning Joe,” suggested …": an apposition (a role in lower case, no verb) after a person.
  const person = ctx.mentionEnding.get(i - 1);
  // Not "Thomas Ricard of Valmont, a former engineer, said": a name after a link is no subject.
  const link = tokens[ctx.tokenAt(person?.start ?? 0) - 1];
  if (!person || (person.type !== 'person' && person.form !== 'candidate') || (link?.word && ctx.links.has(link.key)) || (opener.cap && !lex.determiners.has(opener.key))) return undefined;
  const keys = keyReader(tokens, sentence);
  for (let j = i + 1; j < comma; j++) {
    const w = tokens[j]!;
    // ("a liberal think tank" is a noun.)
    const compound = lex.nounCompounds.match(keys, j);
    if (compound) {
      j += compound.words.length - 1;
      continue;
    }
    if (w.word && !w.cap && (auxiliaryAt(ctx, j) || [lex.verbs, lex.complementizers, lex.relatives, lex.coordinators].some((set) => set.has(w.key)) || lex.isPronoun(w.key))) return undefined;
  }
  return speakerEndingAt(ctx, i);
}

/** Nothing but one to three adverbs from token `from` to `to` ("he, once again, pledged"). */
function adverbsBetween(ctx: SpeakerContext, from: number, to: number): boolean {
  if (to < from || to - from > 2) return false;
  for (let i = from; i <= to; i++) if (!ctx.tokens[i]!.word || !ctx.lex.isAdverb(ctx.tokens[i]!.key)) return false;
  return true;
}

/** The speaker is followed by punctuation, the end of the sentence or an adverb (", a déclaré X mardi"). */
function clauseEndsAfter(ctx: SpeakerContext, s: QuoteSpeaker): boolean {
  const last = ctx.tokenAt(s.end - 1);
  const next = ctx.tokens[last + 1];
  if (!next || next.sentence !== ctx.tokens[last]!.sentence) return true;
  // A hyphen against the name joins it to what follows: "said the EB-5 program has sent".
  if (/^[-‐‑]$/.test(next.text) && next.start === ctx.tokens[last]!.end) return false;
  // A possessive is no end: "said the group's committee gave" has its subject before the verb.
  // An opening mark is no end ('said the convention was the "perfect opportunity"'); straight marks open when a quoted word follows.
  if (!next.word) return !/[«“]/.test(next.text) && !(/^["']+$/.test(next.text) && ctx.quoted[last + 2]) && !possessiveAt(ctx, last + 1);
  const adverb = ctx.lex.adverbs.match((i) => ctx.tokens[i]?.key, last + 1);
  if (!adverb) return false;
  // "Sanders, who …, said he also may campaign": a verb after the adverb makes the name its subject;
  // after a pronoun, any word in lower case but a preposition's ("said he already received").
  const then = ctx.tokens[last + 1 + adverb.words.length];
  const verb = !!then?.word && (ctx.lex.auxiliaries.has(then.key) || ctx.lex.verbs.has(then.key) || (s.form === 'pronoun' && !then.cap && !ctx.lex.boundaries.has(then.key)));
  return !(verb && then.sentence === next.sentence);
}

/**
 * The object that ends at token `k` right after a reporting verb in lower case (one that charges or
 * praises: not "floated the notion of admitting", "committed the offense of supporting"): an object
 * pronoun, a name that is no place's, or a phrase that a capital or a determiner opens ("accused
 * Trump", "criticized him", "mocked the mayor").
 */
function chargedObject(ctx: SpeakerContext, k: number): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t?.word || ctx.quoted[k]) return undefined;
  const pronoun = lex.objectPronouns.has(t.key) && !lex.determiners.has(t.key) ? { start: t.start, end: t.end, name: t.text, form: 'pronoun' as const } : undefined;
  const named = ctx.mentionEnding.get(k);
  const s = pronoun ?? (named?.type === 'place' ? undefined : speakerEndingAt(ctx, k));
  if (!s || s.form === 'relative' || (s.form === 'pronoun' && !pronoun)) return undefined;
  const open = ctx.tokenAt(s.start);
  if (!named && !pronoun && !tokens[open]!.cap && !lex.determiners.has(tokens[open]!.key) && !ctx.articles.has(tokens[open]!.key)) return undefined;
  const verb = tokens[open - 1];
  const verbal = !!verb?.word && !verb.cap && verb.sentence === t.sentence && lex.verbs.has(verb.key) && !lex.nounLike.has(verb.key);
  return verbal ? s : undefined;
}

function objectPronoun(ctx: SpeakerContext, k: number): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  // (Not a possessive before its noun: "According to her plan", 'her "clawback" plan'.)
  const next = tokens[k + 1];
  if (t?.word && lex.determiners.has(t.key) && next && next.sentence === t.sentence && (next.word || ctx.quoted[k + 1]) && !lex.boundaries.has(next.key)) return undefined;
  return t?.word && lex.objectPronouns.has(t.key) ? { start: t.start, end: t.end, name: t.text, form: 'pronoun' } : undefined;
}

/**
 * A participle with no subject of its own ("…, craignant que", "adding that") speaks for the verb
 * before it in its sentence, and so does a verb chained to another ("a déclaré vendredi avoir confirmé").
 */
export function inheritParticipleSpeakers(ctx: SpeakerContext, cues: SpokenCue[]): void {
  const { tokens, lex } = ctx;
  // One pass in order: the latest verb of the sentence that has a speaker, and the sentence's
  // opening name, worked out at most once a sentence (a long sentence is not walked per cue).
  let sentence = -1;
  let spoken: SpokenCue | undefined;
  let opener: QuoteSpeaker | undefined | null;
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    const s = tokens[c.from]!.sentence;
    if (s !== sentence) {
      sentence = s;
      spoken = undefined;
      opener = null;
    }
    // (Not past a subordinator, whose clause has a subject of its own, unnamed when the verb is a
    // past form: "Biden said when asked about …" was asked; unless a complementizer follows in the
    // sentence, whose clause the first verb reports through the second: "said when asked about a
    // second term that he planned to run".)
    let clauseLater = false;
    const before = cues[i - 1];
    let chained = i > 0 && before!.kind === 'verb' && c.from - before!.to <= 2;
    if (chained && c.from > before!.to && lex.subordinators.match(keyReader(tokens, s), before!.to)) {
      // (Not a demonstrative after a question's word: "when asked by a reporter if that remains …".)
      for (let k = c.to; k < tokens.length && tokens[k]!.sentence === s && !clauseLater; k++) clauseLater = lex.complementizers.has(tokens[k]!.key) && !lex.questionWords.has(tokens[k - 1]!.key) && !lex.interrogatives.has(tokens[k - 1]!.key);
      chained = clauseLater;
    }
    // "Wilson praised Rubio and said …", "…, then says …": the verb after "and" (or after a
    // comma and an adverb) has the subject of its clause, else of the sentence. (A gerund's, past
    // its object pronouns: « en lui demandant ».)
    let j = (c.kind === 'verb' && lex.isGerund(tokens[c.from]!.key) ? gerundClitics(ctx, c.from) : c.from) - 1;
    while (j > 0 && tokens[j]!.word && (lex.isAdverb(tokens[j]!.key) || degreeBeforeAdverb(ctx, j)) && tokens[j]!.sentence === s) j--;
    const joiner = tokens[j]?.key ?? '';
    // "She urged …, proposed that …, and pushed …": a verb right after a comma, in a list of the
    // predicates of a subject that the verb before has (not after a quotation: '"…," said').
    // Only that comma stands between the two verbs, and no coordinator ("…, mais les opposants, loin
    // d'être satisfaits, ont appelé" has a subject of its own).
    let between = 0;
    if (joiner === ',' && spoken) for (let k = spoken.to; k < c.from && between < 2; k++) if (tokens[k]!.text === ',' || lex.coordinators.has(tokens[k]!.key) || lex.verbConjunctions.has(tokens[k]!.key)) between++;
    // Nor a reduced clause set between commas inside the report before ("found that voters, asked
    // about the levee, favored repairs", `reducedClauseAfter`).
    const listed = joiner === ',' && j === c.from - 1 && between === 1 && !c.verb?.participle && !!spoken?.speaker && spoken.speaker.end <= tokens[spoken.from]!.start && !/[»”"’']/.test(tokens[j - 1]?.text ?? '') && !reducedClauseAfter(ctx, c);
    const coordinated = c.kind === 'verb' && (lex.coordinators.has(joiner) || lex.verbConjunctions.has(joiner) || (joiner === ',' && j < c.from - 1) || listed) && tokens[j]!.sentence === s;
    // "began by talking about", « en affirmant »: a gerund after one of `gerundPrepositions` speaks
    // for the subject of the clause it hangs from (not "banned officials from saying"). An
    // infinitive ("took to Twitter to say") also would, but it opens too many other clauses
    // ("it's hard to say").
    const purpose = !c.speaker && c.kind === 'verb' && lex.isGerund(tokens[c.from]!.key) && gerundPreposition(ctx, c.from);
    // "…, according to the company, citing weak demand": a participle right after the comma that
    // closes a source's phrase speaks for the source.
    const source = cues[i - 1];
    if (!c.speaker && c.verb?.participle && source?.kind === 'source' && source.speaker && tokens[c.from - 1]?.text === ',' && ctx.tokenAt(source.speaker.end - 1) === c.from - 2 && tokens[source.from]!.sentence === s) c.speaker = source.speaker;
    if (!c.speaker && (c.verb?.participle || chained || coordinated || purpose)) {
      if (spoken) c.speaker = spoken.speaker;
      else if (coordinated || purpose || (c.verb?.participle && (tokens[j]?.text === ',' || (closingDash(ctx, j) && clauseNext(ctx, c.to))) && j > 0 && tokens[j]!.sentence === s)) {
        // "Mr. Obama revised his plans, saying that …": a participle after a clause that
        // reports nothing (and its comma, or a dash that opens no parenthesis) speaks for that
        // clause's subject.
        // (None for a relative clause whose antecedent speaks for nobody: `null`.)
        const clause = clauseOpener(ctx, j);
        if (clause) c.speaker = clause;
        else if (clause === undefined) {
          // "One month after announcing his support for Trump, Marco Rubio still believes …": a
          // gerund inside the opening phrase speaks for the subject after that phrase's comma.
          const main = purpose ? subjectAfterOpening(ctx, c) : undefined;
          if (main) c.speaker = main;
          // (A participle joined by a coordinator with no comma may be another's, of a noun: « a
          // minimisé un rapport émanant d'une fuite et affirmant que … »; the sentence's opener is
          // then only one that opens it, no opening phrase skipped.)
          else if (coordinated && c.verb?.participle && tokens[j - 1]?.text !== ',') {
            const plain = sentenceOpener(ctx, c.from, false);
            if (plain) c.speaker = plain;
          } else {
            if (opener === null) opener = sentenceOpener(ctx, c.from);
            if (opener) c.speaker = opener;
          }
        }
      }
    }
    // (Not a passive participle inside a noun phrase, « le bilan avancé par l'ONU, affirmant que »:
    // its subject is the noun, and the next participle's speaker the clause's.)
    // (Nor a source named after a verb with no subject: « …, ont indiqué de sources policières, en
    // scandant « dégage » » is the marchers' chant.)
    // (Nor a passive verb of telling with no agent, whose subject was told and says nothing: "said
    // care homes had been told to keep residents indoors, adding that …".)
    const hearer = !!c.passive && !c.passive.agent && lex.recipientVerbs.has(tokens[c.to - 1]!.key) && !lex.askingVerbs.has(tokens[c.to - 1]!.key);
    // (Nor a document's verb, whose object the participle after it describes: « Une vidéo montre
    // des manifestants criant « … » ».)
    if (c.kind === 'verb' && c.speaker && !(c.passive && bareParticiple(ctx, c)) && !c.sourced && !c.charged && !hearer && !c.verb?.documentSubject) spoken = c;
  }
}

/**
 * Does a clause, a quotation or a colon open at token `k` (a complementizer, a subject pronoun, an
 * opening mark)? After a dash, a participle that reports one speaks for the clause before ("–
 * saying he was rooting for …"), not one with an object, an apposition ("a choice — admitting the
 * mistake or resigning").
 */
function clauseNext(ctx: SpeakerContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && (ctx.lex.complementizers.has(t.key) || ctx.lex.pronouns.has(t.key) || t.text === ':' || !!ctx.quoted[k]);
}

/**
 * Is token `j` a dash that opens no parenthesis, none coming after it in its sentence ("flipped
 * his choice – saying …"; not "its naming convention - adding one digit … - does not")?
 */
function closingDash(ctx: SpeakerContext, j: number): boolean {
  const { tokens } = ctx;
  if (!DASH.test(tokens[j]?.text ?? '')) return false;
  for (let i = j + 1; tokens[i] && tokens[i]!.sentence === tokens[j]!.sentence; i++) if (DASH.test(tokens[i]!.text)) return false;
  return true;
}

/**
 * The subject of the main clause after the opening phrase that holds cue `c` (no comma before the
 * cue in its sentence): a person or body named, a subject pronoun or a short noun phrase after a
 * determiner, right after the phrase's comma and any adverbs.
 */
function subjectAfterOpening(ctx: SpeakerContext, c: Cue): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const sentence = tokens[c.from]!.sentence;
  if (!gerundOpening(ctx, c)) return undefined;
  let comma = c.to;
  while (tokens[comma] && tokens[comma]!.sentence === sentence && (tokens[comma]!.text !== ',' || ctx.quoted[comma])) comma++;
  if (tokens[comma]?.text !== ',') return undefined;
  let k = comma + 1;
  while (tokens[k]?.word && tokens[k]!.sentence === sentence && lex.isAdverb(tokens[k]!.key) && !ctx.mentionStarting.has(k)) k++;
  const t = tokens[k];
  if (!t?.word || t.sentence !== sentence) return undefined;
  const m = ctx.mentionStarting.get(k) ?? (honorificToken(ctx, t) ? ctx.mentionStarting.get(k + 1) : undefined);
  if (m && m.type !== 'place') return speakerEndingAt(ctx, ctx.tokenAt(m.end - 1));
  if (lex.pronouns.has(t.key)) return { start: t.start, end: t.end, name: t.text, form: 'pronoun' };
  // ("After saying he was nervous, the man asked …": a short noun phrase after a determiner, with
  // a verb form, an auxiliary or an adverb after it; not "the coach quit.", whose verb it holds.)
  if (!lex.determiners.has(t.key) && !ctx.articles.has(t.key)) return undefined;
  const p = phraseBeforeVerb(ctx, k, k + 1);
  const end = p ? ctx.tokenAt(p.end - 1) : -1;
  const verb = tokens[end + 1];
  // (Or an apposition's comma: "In opposing the request, her personal lawyer, David Kendall, …".)
  // (Or a preposition's phrase: « les opposants syriens présents sur la toile réaffirment ».)
  const verbAfter = (verb?.text === ',' && verb.sentence === sentence) || (!!verb?.word && verb.sentence === sentence && !verb.cap && (auxiliaryAt(ctx, end + 1) || lex.verbs.has(verb.key) || lex.isPastParticiple(verb.key) || lex.isAdverb(verb.key) || lex.boundaries.has(verb.key)));
  // (A role and the name in apposition after it speak as the name: "her lawyer, David Kendall, said".)
  return ((p?.form === 'phrase' && end - k < 4) || p?.form === 'name') && verbAfter ? p : undefined;
}

/**
 * Is cue `c` a gerund after one of `gerundPrepositions` inside the sentence's opening phrase, with
 * no comma, quotation nor verb before it ("One month after announcing his support for Trump, Rubio
 * …", "In opposing the request, her lawyer …"; not "Obama has endured criticism for telling …", «
 * Damas a beau protester en qualifiant … »)?
 */
export function gerundOpening(ctx: SpeakerContext, c: Cue): boolean {
  const { tokens, lex } = ctx;
  if (c.kind !== 'verb' || !lex.isGerund(tokens[c.from]!.key) || !gerundPreposition(ctx, c.from)) return false;
  const sentence = tokens[c.from]!.sentence;
  for (let i = c.from - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    const w = tokens[i]!;
    // (An auxiliary as written: « a » folds to the key of « à ».)
    if (w.text === ',' || ctx.quoted[i] || (w.word && !w.cap && (lex.auxiliaryForms.has(writtenForm(w.text)) || lex.isPastParticiple(w.key) || (lex.verbs.has(w.key) && !lex.isGerund(w.key))))) return false;
  }
  return true;
}

/**
 * Does one of `gerundPrepositions` (of one or two words) end right before token `at`, or before
 * the object pronouns before it (`gerundClitics`: « en m'accusant », « en lui reprochant »)?
 */
function gerundPreposition(ctx: SpeakerContext, at: number): boolean {
  const { tokens, lex } = ctx;
  return gerundPrepositionBefore(lex, keyReader(tokens, tokens[at]!.sentence), gerundClitics(ctx, at));
}

/**
 * The first of the object pronouns right before a gerund at token `at` (« en m'accusant », « en
 * l'accusant », « en lui reprochant »), or `at` where there is none: a gerund has no subject of its
 * own there, so they are its objects.
 */
function gerundClitics(ctx: SpeakerContext, at: number): number {
  const { tokens, lex } = ctx;
  let k = at;
  while (k > at - 3 && tokens[k - 1]?.word && tokens[k - 1]!.sentence === tokens[at]!.sentence && !tokens[k - 1]!.cap && [lex.objectClitics, lex.reflexives, ctx.articles].some((set) => set.has(tokens[k - 1]!.key))) k--;
  return k;
}

/**
 * A person or body that opens the clause before token `j` (its "and"), after a comma or a
 * subordinating word: "when Rubio thanked Miami and said …".
 */
function clauseOpener(ctx: SpeakerContext, j: number): QuoteSpeaker | null | undefined {
  const { tokens, lex } = ctx;
  const sentence = tokens[j]!.sentence;
  let i = j - 1;
  while (i > 0 && tokens[i - 1]!.sentence === sentence && tokens[i - 1]!.text !== ',') i--;
  // Only a clause inside the sentence: the sentence's own opener is read by sentenceOpener.
  if (i <= 0 || tokens[i - 1]!.sentence !== sentence) return undefined;
  // "…, and when Rubio thanked Miami and said": past "and" and the subordinating word.
  if (lex.coordinators.has(tokens[i]!.key)) i++;
  const sub = lex.subordinators.match(keyReader(tokens, sentence), i);
  if (sub) i += sub.words.length;
  // A title the mention leaves out ("Mr. Trump struck a tone, saying").
  if (!ctx.mentionStarting.has(i) && tokens[i]!.cap && tokens[i]!.text.endsWith('.')) i++;
  const m = ctx.mentionStarting.get(i);
  if (m) return m.type !== 'place' && m.start >= tokens[i]!.start ? speakerEndingAt(ctx, ctx.tokenAt(m.end - 1)) : undefined;
  // « des Frères musulmans, qui interdisait … et prévoyait que »: a relative pronoun opens the
  // clause; its antecedent is the subject, not the sentence's.
  if (lex.relatives.has(tokens[i]!.key) && !lex.complementizers.has(tokens[i]!.key) && i < j - 1) return speakerEndingAt(ctx, i) ?? null;
  // "The next day, he toured the dam, saying …": a subject pronoun opens the clause.
  const t = tokens[i]!;
  return lex.pronouns.has(t.key) && i < j - 1 ? { start: t.start, end: t.end, name: t.text, form: 'pronoun' } : undefined;
}

/**
 * A person or body that opens the sentence of token `k`: a mention, else its capitalised first
 * words ("Sarelec praised …"); with `pastOpening`, past opening phrases of a preposition or a date.
 */
function sentenceOpener(ctx: SpeakerContext, k: number, pastOpening = true): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const sentence = tokens[k]!.sentence;
  let first = k;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  // "Yet she …", "But, the mayor …": a connective or an adverb that opens the sentence is the writer's.
  while (first < k - 1 && !ctx.mentionStarting.has(first) && (tokens[first]!.text === ',' || (tokens[first]!.word && (lex.isAdverb(tokens[first]!.key) || lex.coordinators.has(tokens[first]!.key) || lex.verbConjunctions.has(tokens[first]!.key))))) first++;
  // "In May, a district judge sided with …, saying", « Dans ses dernières déclarations, le 26
  // août, le président … »: a preposition's phrase of six words at most, or a date's, with no verb,
  // and its comma open the sentence.
  for (let n = 0; n < (pastOpening ? 2 : 0) && tokens[first]?.word; n++) {
    const preposition = prepositionAt(ctx, first);
    let comma = first + 1;
    let date = false;
    // (A capitalised word is a name: "In May".)
    while (comma < k - 1 && comma - first <= 6 && tokens[comma]!.word && (tokens[comma]!.cap || (!auxiliaryAt(ctx, comma) && !lex.verbs.has(tokens[comma]!.key) && !lex.isPronoun(tokens[comma]!.key)))) {
      if (lex.isCalendar(tokens[comma]!.key)) date = true;
      comma++;
    }
    if (!(preposition || (date && comma - first <= 4)) || tokens[comma]?.text !== ',' || comma >= k - 1) break;
    first = comma + 1;
  }
  const opening = first;
  if (lex.determiners.has(tokens[first]!.key)) first++;
  // A title or role the mention leaves out ("Prefect Paul Ferrand", « le préfet Paul Ferrand »).
  for (let n = 1; n <= 2 && !ctx.mentionStarting.has(first); n++) {
    const w = tokens[first + n - 1]!;
    if (!w.word || w.sentence !== sentence || [lex.verbs, lex.auxiliaries, lex.boundaries, lex.determiners].some((set) => set.has(w.key)) || lex.isPronoun(w.key)) break;
    const m = ctx.mentionStarting.get(first + n);
    if (m && m.type === 'person') first += n;
  }
  const m = ctx.mentionStarting.get(first);
  // The name itself: what follows it is the sentence's verb ("Thomas Ricard toured the dam and said").
  // ("a U.S. District Court judge sided with …": after a determiner, a body's name and a noun in
  // lower case are the phrase "a State Department official" is.)
  if (m && m.type !== 'person' && opening < first) {
    const p = phraseBeforeVerb(ctx, opening, first);
    if (p?.form === 'phrase' && p.end > m.end) return p;
  }
  if (m) return m.type !== 'place' ? speakerEndingAt(ctx, ctx.tokenAt(m.end - 1)) : undefined;
  const t = tokens[first]!;
  // "He complained about the primary and said he hoped …": a subject pronoun opens the sentence.
  if (lex.isPronoun(t.key) && tokens[first + 1]?.sentence === sentence) return pronounSpeaker(t);
  // "The judge rubbed his chin and then said …": a short noun phrase after a determiner.
  if (opening < first) {
    const p = phraseBeforeVerb(ctx, opening, first);
    const end = p ? ctx.tokenAt(p.end - 1) : -1;
    // Not an opening adverbial ("The next day, he toured the dam, saying …"); a subject pronoun
    // may follow one with no comma ("A few minutes later they … said").
    // (A phrase that ends on an adverb is one: "A few minutes later".)
    const adverbial = end >= 0 && (tokens[end + 1]?.text === ',' || lex.isAdverb(tokens[end]!.key) || tokens.slice(opening, end + 1).some((w) => lex.isCalendar(w.key) || lex.timeWords.has(w.key)));
    const after = tokens[end + 1];
    if (adverbial && after?.word && after.sentence === sentence && lex.pronouns.has(after.key)) return { start: after.start, end: after.end, name: after.text, form: 'pronoun' };
    return p && p.form === 'phrase' && end - opening < 4 && !adverbial ? p : undefined;
  }
  if (!t.cap || lex.boundaries.has(t.key) || lex.determiners.has(t.key) || lex.isPronoun(t.key)) return undefined;
  let last = first;
  while (tokens[last + 1]?.word && tokens[last + 1]!.cap && tokens[last + 1]!.sentence === sentence) last++;
  return { start: t.start, end: tokens[last]!.end, name: ctx.text.slice(t.start, tokens[last]!.end), form: 'phrase' };
}

/**
 * The noun phrase that opens at token `opening` (a determiner; its noun at `first` or after), up to
 * a past form (or a verb of `aspectVerbs`) after its noun, the sentence's verb, when a determiner,
 * a pronoun, a preposition, a particle or a capital follows that form ("The parents revised their
 * plans, saying …", "The United States stepped up pressure"); not an adjective after an adverb or a
 * possessive ("the newly elected mayor", "the city's elected officials").
 */
function phraseBeforeVerb(ctx: SpeakerContext, opening: number, first: number): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const p = speakerStartingAt(ctx, opening);
  if (!p) return undefined;
  const end = ctx.tokenAt(p.end - 1);
  for (let i = first + 1; i <= end; i++) {
    const w = tokens[i]!;
    const before = tokens[i - 1]!;
    const next = tokens[i + 1];
    const object = !!next?.word && next.sentence === w.sentence && (next.cap || lex.isPronoun(next.key) || [lex.determiners, lex.objectPronouns, lex.boundaries, lex.verbParticles].some((set) => set.has(next.key)));
    // (A verb of beginning or going on as written: "The billionaire businessman began by talking …".)
    const verb = lex.isPastForm(w.key) || lex.aspectVerbs.match(keyReader(tokens, w.sentence), i)?.words.length === 1;
    // (A past form before a plain word too, after a noun: "The bank held rates …, saying", "The
    // company raised prices, saying"; not after a determiner: "The revised plan".)
    const past = lex.isPastForm(w.key) && !!next?.word && !next.cap && next.sentence === w.sentence && !lex.auxiliaries.has(next.key) && !lex.determiners.has(before.key) && !ctx.articles.has(before.key);
    if (w.word && !w.cap && verb && (object || past) && before.word && !lex.isAdverb(before.key) && !lex.possessiveClitics.has(before.key)) return { start: p.start, end: before.end, name: ctx.text.slice(p.start, before.end), form: 'phrase' };
  }
  return p;
}

/**
 * "according to figures published on Thursday by the regional health board", « selon des chiffres
 * publiés jeudi par l'agence régionale de santé »: a source's phrase that ends on a past participle
 * (past a day, with or without its preposition) has its agent as the speaker, where the agent ends
 * the clause.
 */
function publishedBy(ctx: SpeakerContext, s: QuoteSpeaker): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const last = ctx.tokenAt(s.end - 1);
  const w = tokens[last];
  if (s.form !== 'phrase' || !w?.word || w.cap || !lex.isPastParticiple(writtenForm(w.text))) return undefined;
  let k = last + 1;
  while (tokens[k]?.word && tokens[k]!.sentence === w.sentence && (lex.isCalendar(tokens[k]!.key) || (lex.boundaries.has(tokens[k]!.key) && !lex.agentPrepositions.has(tokens[k]!.key) && lex.isCalendar(tokens[k + 1]?.key ?? '')))) k++;
  // (Only where the agent ends the clause: after its comma an apposition may follow, which the
  // source's content would then take for its own, « par Al Manar, la chaîne du Hezbollah qui … ».)
  const agent = agentAfter(ctx, k);
  const after = agent ? tokens[ctx.tokenAt(agent.end - 1) + 1] : undefined;
  return agent && (!after || after.sentence !== w.sentence || /^[.;:!?)]$/.test(after.text)) ? agent : undefined;
}

/**
 * The agent of a passive cue after the agent preposition, adverbs between: a name, a role, a
 * pronoun or a noun phrase with its determiner ("by the ministry"; not "by phone", a place or a day).
 * A thing may pass for a speaker ("signalled by a red flag"): nothing tells the two apart yet.
 */
function agentAfter(ctx: SpeakerContext, k: number): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const sentence = tokens[k - 1]!.sentence;
  while (tokens[k]?.word && tokens[k]!.sentence === sentence && lex.isAdverb(tokens[k]!.key) && !ctx.mentionStarting.has(k)) k++;
  // « jugé « irréaliste » par le maire », « qualifié de « … » par », 'described as "reckless" by the
  // mayor': past the quoted words and a preposition before them.
  let p = k;
  if (tokens[p]?.word && !ctx.quoted[p] && (lex.boundaries.has(tokens[p]!.key) || ctx.links.has(tokens[p]!.key) || ctx.links.has(`${tokens[p]!.key}'`))) {
    p++;
    // (« d'« irréaliste » »: the elided link and its apostrophe.)
    if (/^['’]$/.test(tokens[p]?.text ?? '') && !ctx.quoted[p]) p++;
  }
  if (ctx.quoted[p] && tokens[p]!.sentence === sentence) k = p;
  while (ctx.quoted[k] && tokens[k]!.sentence === sentence) k++;
  // (« par la suite » is an adverb.)
  if (!tokens[k]?.word || tokens[k]!.sentence !== sentence || !lex.agentPrepositions.has(tokens[k]!.key) || lex.adverbs.match(keyReader(tokens, sentence), k)) return undefined;
  // ('described by neighbours as "a quiet man"': a plural of speakers with no determiner too.)
  let s = speakerStartingAt(ctx, k + 1) ?? (bareSpeakerAt(ctx, k + 1, k) ? speakerStartingAt(ctx, k + 1, true) : undefined);
  // "was asked by a caller why …": the agent ends before the question.
  for (let i = k + 2; s && i < tokens.length && tokens[i]!.start < s.end; i++) {
    if (lex.interrogatives.has(tokens[i]!.key) || lex.complementizers.has(tokens[i]!.key)) s = { ...s, ...spanTo(ctx, s.start, i - 1) };
  }
  // Not a day or a month ("announced by Friday that").
  return s && s.form !== 'relative' && s.type !== 'place' && !lex.isCalendar(tokens[k + 1]!.key) ? s : undefined;
}

/**
 * « Un porte-parole cité par l'agence Reuters a déclaré »: a speaker found after the agent of a
 * quoting participle (`quotingParticiples`) is the outlet that relays the words; the noun phrase
 * before the participle speaks.
 */
function relayedSubject(ctx: SpeakerContext, s: QuoteSpeaker | undefined): QuoteSpeaker | undefined {
  if (!s) return s;
  const { tokens, lex } = ctx;
  // (Back past up to three words of the outlet's phrase in lower case: « par l'agence Reuters ».)
  let by = ctx.tokenAt(s.start) - 1;
  for (let n = 0; n < 3 && by > 0 && tokens[by]!.word && !tokens[by]!.cap && !lex.agentPrepositions.has(tokens[by]!.key); n++) by--;
  const agent = tokens[by];
  const participle = tokens[by - 1];
  if (!agent?.word || !lex.agentPrepositions.has(agent.key) || !participle?.word || !lex.quotingParticiples.has(participle.key) || participle.sentence !== agent.sentence) return s;
  return speakerEndingAt(ctx, by - 2) ?? s;
}

/**
 * « selon un diplomate cité par l'AFP »: a source's phrase ends before a quoting participle
 * (`quotingParticiples`) and its agent, the outlet that relays it.
 */
function relayedSource(ctx: SpeakerContext, s: QuoteSpeaker | undefined): QuoteSpeaker | undefined {
  if (!s) return s;
  const { tokens, lex } = ctx;
  const last = ctx.tokenAt(s.end - 1);
  const by = tokens[last + 1];
  if (last <= ctx.tokenAt(s.start) || !lex.quotingParticiples.has(tokens[last]!.key) || !by?.word || !lex.agentPrepositions.has(by.key)) return s;
  return { ...s, ...spanTo(ctx, s.start, last - 1) };
}

/**
 * The verb of a noun phrase that starts after token `k`: a participle (a word that is no
 * auxiliary, determiner, preposition, pronoun or reporting verb) with the auxiliaries, and negations in French,
 * before it: « n'a pas caché », « a dressé », "has summed up". Auxiliaries are matched as written,
 * so « à » is none.
 */
function participleBefore(ctx: SpeakerContext, k: number): { from: number; to: number } | undefined {
  const { tokens, lex } = ctx;
  let v = k;
  if (lex.verbParticles.has(tokens[v]?.key ?? '')) v--;
  const t = tokens[v];
  // A reporting verb is a cue of its own (« a proposé la dissolution des Frères : »).
  if (!t?.word || t.cap || t.sentence !== tokens[k]!.sentence || writtenAuxiliaryAt(ctx, v) || [lex.determiners, lex.boundaries, lex.verbs].some((set) => set.has(t.key)) || lex.isPronoun(t.key)) return undefined;
  let from = v;
  while (from > 0 && tokens[from - 1]!.sentence === t.sentence && (writtenAuxiliaryAt(ctx, from - 1) || (tokens[from - 1]!.word && lex.isAdverb(tokens[from - 1]!.key)))) from--;
  return from < v && writtenAuxiliaryAt(ctx, from) ? { from, to: v + 1 } : undefined;
}

/**
 * The first token from `k` past adverbs of one word or of several ("also", « le lendemain », "the
 * next day") in its sentence; not into a name.
 */
function pastAdverbs(ctx: SpeakerContext, k: number): number {
  const { tokens, lex } = ctx;
  const sentence = tokens[k - 1]?.sentence;
  const keys = sentence === undefined ? undefined : keyReader(tokens, sentence);
  for (;;) {
    const t = tokens[k];
    if (!t?.word || t.sentence !== sentence || ctx.mentionStarting.has(k)) return k;
    const several = keys ? lex.adverbs.match(keys, k) : undefined;
    if (several && several.words.length > 1) k += several.words.length;
    else if (lex.isAdverb(t.key)) k++;
    // (A word of time after a day is part of it: « a indiqué mardi soir le ministère ».)
    else if (lex.timeWords.has(t.key) && lex.isCalendar(tokens[k - 1]?.key ?? '')) k++;
    else return k;
  }
}

/**
 * The token after an outlet spoken to (`channelLinks`, an article, a name: « à l'AFP », "to CNN")
 * when a capitalised name or a determiner follows it (« au Monde le maire »), else `k`.
 */
function pastChannel(ctx: SpeakerContext, k: number): number {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t?.word) return k;
  const link = lex.channelLinks.match(keyReader(tokens, t.sentence), k);
  if (!link) return k;
  let i = k + link.words.length;
  if (tokens[i]?.word && (ctx.articles.has(tokens[i]!.key) || lex.determiners.has(tokens[i]!.key)) && !tokens[i]!.cap) i++;
  const outlet = ctx.mentionStarting.get(i);
  // An acronym read as one name with the speaker after it (« l'AFP Paul Roy »): the acronym alone.
  const acronym = !!tokens[i]?.word && /^\p{Lu}{2,}$/u.test(tokens[i]!.text) && !!tokens[i + 1]?.cap;
  const end = acronym ? i + 1 : outlet ? ctx.tokenAt(outlet.end - 1) + 1 : tokens[i]?.cap ? i + 1 : -1;
  if (end < 0 || (outlet?.type === 'person' && !acronym)) return k;
  // Past a day or an adverb after it (« à l'AFP mardi le maire », « à l'AFP le lendemain le maire »);
  // not « à l'AFP ce mardi », whose day opens no speaker.
  if (lex.isCalendar(tokens[end + 1]?.key ?? '')) return k;
  const at = pastAdverbs(ctx, end);
  const next = tokens[at];
  return next?.word && next.sentence === t.sentence && (next.cap || articleToken(ctx, next) || indefiniteAt(ctx, at)) ? at : k;
}

/**
 * « des habitants », « d'anciens élus »: a link that is also a determiner, straight before a plain
 * noun, opens an indefinite phrase (not « de son côté », « de l'avis de … », whose link a
 * determiner or an article follows, nor « pour permettre », « au ministre »).
 */
function indefiniteAt(ctx: SpeakerContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t?.word || !ctx.links.has(t.key) || !lex.determiners.has(t.key) || !next?.word || next.cap || next.sentence !== t.sentence) return false;
  if ([ctx.articles, ctx.links, lex.verbs, lex.boundaries].some((set) => set.has(next.key)) || (lex.determiners.has(next.key) && !lex.quantifiers.has(next.key)) || lex.isCalendar(next.key)) return false;
  // An adverbial phrase, which a noun phrase follows, is no subject (« d'emblée le maire »,
  // « de manière laconique le préfet »); « de nombreux habitants » is one.
  for (let i = k + 2; i <= k + 4 && tokens[i]?.word && tokens[i]!.sentence === t.sentence && !ctx.links.has(tokens[i]!.key) && !lex.boundaries.has(tokens[i]!.key) && !lex.adjunctPrepositions.has(tokens[i]!.key); i++) {
    if (tokens[i]!.cap || articleToken(ctx, tokens[i])) return false;
  }
  return true;
}

/**
 * The first token of the verb or adjective that governs an infinitive whose verb is at `verb` (after
 * one of `catenativeMarkers`), with its auxiliaries, adverbs and words of degree ("have repeatedly
 * tried", "are slightly more likely"), through a chain of them ("wants to be able to"); -1 when
 * there is none, or when the word is a noun's (after a determiner, an article, a possessive or a
 * preposition: "a plan to", "his refusal to", "the right to").
 */
function catenativeHead(ctx: SpeakerContext, verb: number): number {
  const { tokens, lex } = ctx;
  const sentence = tokens[verb]!.sentence;
  // (A split infinitive's adverbs stand after the marker: "was able to consistently tout".)
  let from = verb;
  while (from > verb - 3 && tokens[from - 1]?.word && tokens[from - 1]!.sentence === sentence && !ctx.quoted[from - 1] && lex.isAdverb(tokens[from - 1]!.key) && !lex.boundaries.has(tokens[from - 1]!.key)) from--;
  const marker = tokens[from - 1];
  const head = tokens[from - 2];
  if (!marker?.word || !lex.catenativeMarkers.has(marker.key) || !head?.word || head.cap || head.sentence !== sentence || ctx.quoted[from - 2]) return -1;
  // (A reporting verb's infinitive is its content: "plans to announce …", "wants to say …".)
  // (Nor a copula's: "The goal is to show that …", "are to blame"; "has to show", "had to
  // explain" oblige their subject.)
  const obliged = lex.obligationAuxiliaries.has(head.key);
  if (/\p{N}/u.test(head.text) || (!obliged && [lex.auxiliaries, lex.passiveAuxiliaries].some((set) => set.has(head.key))) || [lex.verbs, lex.boundaries, lex.determiners, lex.quantifiers, lex.relatives, lex.complementizers, lex.coordinators, ctx.links].some((set) => set.has(head.key)) || lex.isPronoun(head.key)) return -1;
  let k = from - 2;
  for (;;) {
    const w = tokens[k - 1];
    if (!w?.word || w.sentence !== sentence || ctx.quoted[k - 1]) break;
    if (lex.auxiliaries.has(w.key) || lex.passiveAuxiliaries.has(w.key) || lex.isAdverb(w.key) || lex.preverbalAdverbs.has(w.key) || lex.degreeWords.has(w.key)) k--;
    else break;
  }
  // A plain form may follow its subject, a pronoun or a person or body named that no preposition
  // or article governs ("He seems to show", "Trump appears to suggest"; not "took to Twitter
  // overnight to accuse", "a Senate subcommittee to defend").
  const name = ctx.mentionEnding.get(k - 1);
  const opener = name ? tokens[ctx.tokenAt(name.start) - 1] : undefined;
  const governed = !!opener?.word && (lex.boundaries.has(opener.key) || ctx.articles.has(opener.key) || lex.determiners.has(opener.key));
  const subjectBefore = tokens[k - 1]?.word && tokens[k - 1]!.sentence === sentence && (lex.isPronoun(tokens[k - 1]!.key) || (!!name && (name.type === 'person' || name.type === 'organisation') && !governed));
  // Else the head is a verb's or an adjective's: a past form or a gerund ("tried", "trying"), or a
  // word after an auxiliary, an adverb or a word of degree ("are quick", "more likely"); a plain
  // word with none is as often a noun, an object ("Rules allow companies to tell", "relied on a TV
  // doctor to discuss").
  if (k === from - 2 && !obliged && !subjectBefore && !lex.isPastParticiple(head.text.toLowerCase()) && !lex.isGerund(head.key)) return -1;
  const outer = catenativeHead(ctx, k);
  if (outer >= 0) return outer;
  const before = tokens[k - 1];
  if (before?.word && before.sentence === sentence && (ctx.articles.has(before.key) || lex.determiners.has(before.key) || lex.nounPrepositions.has(before.key) || lex.possessiveClitics.has(before.key))) return -1;
  return k;
}

/**
 * Phrase `s`, or when it is a verb's phrase, an adverb after an auxiliary and the words after it
 * ("can reasonably campaign"), the subject before the auxiliaries ("Republicans").
 */
function subjectOfVerbPhrase(ctx: SpeakerContext, s: QuoteSpeaker | undefined): QuoteSpeaker | undefined {
  if (s?.form !== 'phrase') return s;
  let at = ctx.tokenAt(s.start);
  const t = ctx.tokens[at]!;
  if (!ctx.lex.isAdverb(t.key) || ctx.lex.isCalendar(t.key) || at === 0 || ctx.tokens[at - 1]!.sentence !== t.sentence || !auxiliaryAt(ctx, at - 1)) return s;
  while (at > 1 && ctx.tokens[at - 1]!.sentence === t.sentence && ctx.tokens[at - 1]!.word && (auxiliaryAt(ctx, at - 1) || ctx.lex.isAdverb(ctx.tokens[at - 1]!.key))) at--;
  return speakerEndingAt(ctx, at - 1);
}
