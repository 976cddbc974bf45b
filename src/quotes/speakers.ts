import type { Token } from '../entities/tokens.js';
import { phraseAt } from '../entities/roles.js';
import type { MentionAnnotation, QuoteSpeaker, SpeakerRef } from '../model/layers.js';
import type { CompiledSpeech } from './lexicon.js';
import { keyReader, plainNoun, pluralNoun, pluralSubject, subjectNoun } from './cues.js';
import { DASH, anyAuxiliaryAt, auxiliaryAt } from './draft.js';
import { writtenForm } from './lexicon.js';

/** What finding a speaker needs: the tokens, the mentions by the tokens they start and end at. */
export interface SpeakerContext {
  text: string;
  tokens: readonly Token[];
  lex: CompiledSpeech;
  /** Mentions by the index of their last token. */
  mentionEnding: ReadonlyMap<number, MentionAnnotation>;
  /** Mentions by the index of their first token, and of the first token of the role before them. */
  mentionStarting: ReadonlyMap<number, MentionAnnotation>;
  /** Token index of each mention's first token, by mention start offset. */
  tokenAt: (offset: number) => number;
  quoted: Uint8Array;
  /** Articles and possessives that may open a noun phrase (not the prepositions "de", "of"). */
  articles: ReadonlySet<string>;
  /** Links inside a noun phrase ("de", "de la", "of"): "le porte-parole de la préfecture". */
  links: ReadonlySet<string>;
  /** Honorifics of the language's entity lexicon, folded ("mr", "sen", « m », « mme »). */
  honorifics: ReadonlySet<string>;
  /** One-word role heads of the language's entity lexicon, folded (« ministre », « procureur », "spokesman"). */
  roleHeads: ReadonlySet<string>;
  /** One-word heads of bodies' names of the language's entity lexicon, folded ("ministry", « mairie »). */
  bodyHeads: ReadonlySet<string>;
  /** One-word qualifiers of roles of the language's entity lexicon, folded ("former", « ancien »). */
  roleQualifiers: ReadonlySet<string>;
  /** Role heads of several words by their first word, longest first (« metteuse en scène »). */
  longRoleHeads: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const MAX_PHRASE = 7;

/** An article or a determiner that is not also a link (« le », "the"; not « de », « du »). */
export function articleToken(ctx: SpeakerContext, t: Token | undefined): boolean {
  return !!t?.word && (ctx.articles.has(t.key) || ctx.lex.determiners.has(t.key)) && !ctx.links.has(t.key);
}

/**
 * Does a phrase name a person by a role: a role head (`roleHeads`) or its plural in its first two
 * words past its article, before any link (« le procureur », « le nouveau ministre », « les
 * experts »; not « le procès du maire », whose role is a complement's)?
 */
export function roleHeaded(ctx: SpeakerContext, s: QuoteSpeaker): boolean {
  let i = ctx.tokenAt(s.start);
  const last = ctx.tokenAt(s.end - 1);
  if (articleToken(ctx, ctx.tokens[i])) i++;
  for (const end = Math.min(last, i + 1); i <= end; i++) {
    const t = ctx.tokens[i]!;
    if (!t.word || ctx.links.has(t.key)) return false;
    if (roleWord(ctx, t.key)) return true;
  }
  return false;
}

/** A role head (`roleHeads`) or its plural: « préfet », "mayors". */
export function roleWord(ctx: SpeakerContext, key: string): boolean {
  return ctx.roleHeads.has(key) || (/[sx]$/u.test(key) && ctx.roleHeads.has(key.slice(0, -1)));
}

/**
 * A noun of one who speaks: a role (or its French feminine, where the lexicon lists the
 * masculine: « l'ingénieure », « l'avocate »), a person's noun, a body's head, one of
 * `speakerNouns`, a source, a document or a message, or the plural of one; with `agents`, no
 * source, document or message, which may be what is confirmed or denied.
 */
export function speakerWord(ctx: SpeakerContext, key: string, agents = false): boolean {
  const { lex } = ctx;
  const singular = /[sx]$/u.test(key) ? key.slice(0, -1) : key;
  const heads = agents ? [ctx.bodyHeads, lex.speakerNouns, lex.personNouns] : [ctx.bodyHeads, lex.speakerNouns, lex.sourceCueHeads, lex.reportNouns, lex.documentNouns, lex.messageNouns, lex.personNouns];
  return roleWord(ctx, key) || ctx.roleHeads.has(key.replace(/es?$/u, '')) || heads.some((set) => set.has(key) || set.has(singular));
}

/** A capitalised honorific of the language's entity lexicon ("Ms.", « M. », « Mme »)? */
export function honorificToken(ctx: SpeakerContext, t: Token | undefined): boolean {
  return !!t?.word && t.cap && ctx.honorifics.has(t.key);
}

/** Is token `i` a capitalised word after another in its sentence, a name's whatever its form ("Harwick Rail", "Midland Rail")? */
export function inCapitalRun(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i];
  const p = tokens[i - 1];
  return !!w?.word && w.cap && !w.initial && !!p?.word && p.cap && p.sentence === w.sentence;
}

/** Is token `i` the apostrophe of a possessive ("the party’s", "Trump's": the clitic after it)? */
export function possessiveAt(ctx: SpeakerContext, i: number): boolean {
  return /^['’]$/.test(ctx.tokens[i]?.text ?? '') && ctx.lex.possessiveClitics.has(ctx.tokens[i + 1]?.key ?? '');
}

export function refOf(m: MentionAnnotation): SpeakerRef {
  return { start: m.start, end: m.end, name: m.name, key: m.key, type: m.type };
}

/** A speaker from a mention, its span widened to the role given before the name and to a determiner. */
function fromMention(ctx: SpeakerContext, m: MentionAnnotation): QuoteSpeaker {
  let start = m.role && m.role.end <= m.start && m.start - m.role.end <= 3 ? m.role.start : m.start;
  // "Homeland Security Deputy Secretary Alejandro Mayorkas": capitalised words run on before a
  // role in capitals are part of it (the recogniser may have left "Homeland" a candidate name).
  if (start !== m.start && ctx.tokens[ctx.tokenAt(start)]?.cap) {
    const { lex } = ctx;
    for (let i = ctx.tokenAt(start) - 1, n = 0; i >= 0 && n < 3; i--, n++) {
      const p = ctx.tokens[i]!;
      const named = ctx.mentionEnding.get(i);
      if (!p.word || !p.cap || p.initial || p.sentence !== ctx.tokens[ctx.tokenAt(start)]!.sentence || start - p.end > 1 || ctx.quoted[i] || lex.isCalendar(p.key) || lex.isAdverb(p.key) || (named && named.form !== 'candidate') || [lex.boundaries, lex.determiners, lex.coordinators, lex.pronouns].some((set) => set.has(p.key))) break;
      start = p.start;
    }
  }
  // An honorific the name leaves out ("Ms. Acosta", "Sen. Ted Cruz", « M. Yoon », « Mme Morel »),
  // with the capitalised words run on before it ("Former Sen. Bob Dole", "Retired Army Lt. Gen. Tom
  // Hale", "Ohio Gov. John Kasich"; not a day or a function word: "On Monday Sen. Ted Cruz").
  const title = ctx.tokens[ctx.tokenAt(start) - 1];
  if (honorificToken(ctx, title) && start - title!.end <= 1) {
    start = title!.start;
    const { lex } = ctx;
    for (let i = ctx.tokenAt(start) - 1, n = 0; i >= 0 && n < 4; i--, n++) {
      const p = ctx.tokens[i]!;
      if (!p.word || !p.cap || p.sentence !== title!.sentence || start - p.end > 1 || ctx.quoted[i] || lex.isCalendar(p.key) || lex.isAdverb(p.key) || ctx.mentionEnding.has(i) || [lex.boundaries, lex.determiners, lex.coordinators, lex.pronouns].some((set) => set.has(p.key))) break;
      start = p.start;
    }
  }
  // A role in capitals right before the name, which the recogniser leaves out ("Mayor Anna Berg",
  // "Governor Tom Hale"), or one in lower case after an article (« le préfet Jean Klein »).
  const role = ctx.tokens[ctx.tokenAt(start) - 1];
  if (start === m.start && m.type === 'person' && role?.word && (role.cap || articleToken(ctx, ctx.tokens[ctx.tokenAt(start) - 2])) && role.sentence === ctx.tokens[ctx.tokenAt(start)]!.sentence && start - role.end <= 1 && ctx.roleHeads.has(role.key) && !ctx.mentionEnding.has(ctx.tokenAt(start) - 1)) start = role.start;
  const first = ctx.tokenAt(start);
  const det = ctx.tokens[first - 1];
  if (det?.word && ctx.articles.has(det.key) && start - det.end <= 1) start = det.start;
  return { start, end: m.end, name: m.name, key: m.key, type: m.type, form: m.form === 'role' ? 'role' : 'name', ref: refOf(m) };
}

function phrase(ctx: SpeakerContext, from: number, to: number): QuoteSpeaker {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to - 1]!.end;
  return { start, end, name: ctx.text.slice(start, end), form: 'phrase' };
}

/**
 * Is token `i` a word of `timeQualifiers` that qualifies a time after it (a preposition, a
 * determiner or a word of time follows: "late on Monday", "early Tuesday", « tôt ce matin », « tard
 * dans la soirée ») or ends its sentence ("later.")?
 */
export function timeQualifierAt(ctx: SpeakerContext, i: number): boolean {
  const { tokens, lex } = ctx;
  const w = tokens[i];
  const next = tokens[i + 1];
  return !!w?.word && lex.timeQualifiers.has(w.key) && (!next?.word || next.sentence !== w.sentence || lex.boundaries.has(next.key) || lex.determiners.has(next.key) || lex.isTimeWord(next.key));
}

/** Is token `i` a body's name of one capitalised word, the head of a longer name in lower case (« la Cour de cassation »)? */
function bodyHead(ctx: SpeakerContext, i: number): boolean {
  const m = ctx.mentionEnding.get(i);
  return !!m && m.type === 'organisation' && m.start === ctx.tokens[i]!.start && !!ctx.tokens[i]!.cap;
}

/** A speaker's kind for joining: a person, a country, another body; none for a name the recogniser could not type. */
const speakerKind = (x: { type?: string; form?: string }) => (x.form === 'candidate' ? undefined : x.type === 'person' ? 'person' : x.type === 'country' ? 'country' : 'body');

/** Is token `i` a share's sign after its number ("26%", « 40 % »)? */
function shareSign(tokens: readonly Token[], i: number): boolean {
  return /^[%‰]$/.test(tokens[i]?.text ?? '') && /^\p{N}/u.test(tokens[i - 1]?.text ?? '');
}

/** Several speakers joined by "et"/"and" and commas, ending with `last` ("Washington et Séoul"). */
function withCoordinated(ctx: SpeakerContext, last: QuoteSpeaker): QuoteSpeaker {
  const members: QuoteSpeaker[] = [last];
  let first = ctx.tokenAt(last.start);
  for (;;) {
    const link = ctx.tokens[first - 1];
    if (!link || (!ctx.lex.coordinators.has(link.key) && link.text !== ',')) break;
    const m = ctx.mentionEnding.get(first - 2);
    // Members are of one kind (people, countries, other bodies): "la Corée du Sud, Lloyd Austin et …"
    // is an apposition. Only "et"/"and" joins two kinds (« Paul Roy et le ministère de la Santé »),
    // and only where the first opens the clause ("Police arrested Paul Roy and the ministry said",
    // « ont frappé Paris et le ministère a déclaré »: an object). A place joins no one.
    if (!m || m.type === 'place' || last.type === 'place') break;
    const s = fromMention(ctx, m);
    const person = (m.type === 'person' || m.form === 'candidate') !== (last.type === 'person');
    const next = members[0]!;
    const mixed = !!speakerKind(m) && !!speakerKind(next) && speakerKind(m) !== speakerKind(next);
    const at = ctx.tokenAt(s.start);
    const before = ctx.tokens[at - 1];
    const opens = !before || before.sentence !== ctx.tokens[at]!.sentence || (!before.word && before.text !== "'" && before.text !== '’');
    if ((person && link.text === ',') || (mixed && !opens)) break;
    members.unshift(s);
    first = ctx.tokenAt(s.start);
  }
  if (members.length === 1) return last;
  // A list with commas only is an apposition, not a group ("Austin, the secretary").
  const joined = ctx.lex.coordinators.has(ctx.tokens[ctx.tokenAt(members[members.length - 1]!.start) - 1]?.key ?? '');
  if (!joined || objectBefore(ctx, ctx.tokenAt(members[0]!.start))) return last;
  const start = members[0]!.start;
  return {
    start,
    end: last.end,
    name: ctx.text.slice(start, last.end),
    form: 'name',
    members: members.map((m) => m.ref ?? m),
  };
}

/**
 * "Police arrested Mayor Tom Hale and Governor Anna Berg said …": a list right after a verb form in
 * lower case (not a subordinating word: "after Hale and Berg said") is that verb's object, and only
 * its last member speaks. (Not after a preposition, whose phrase may be a speaker's complement: « Le
 * pouvoir en Syrie, l'Algérie et les monarchies du Golfe ont condamné ».)
 */
function objectBefore(ctx: SpeakerContext, first: number): boolean {
  const { tokens, lex } = ctx;
  // (Past a role in capitals or an honorific before the name: "went to Mayor Berg".)
  let i = first - 1;
  while (i > 0 && tokens[i]!.cap && tokens[i]!.sentence === tokens[first]!.sentence && (ctx.roleHeads.has(tokens[i]!.key) || honorificToken(ctx, tokens[i]))) i--;
  const w = tokens[i];
  if (!w?.word || w.cap || w.sentence !== tokens[first]!.sentence || lex.subordinators.match(keyReader(tokens, w.sentence), i) || lex.complementizers.has(w.key) || lex.coordinators.has(w.key)) return false;
  // (An irregular participle after its auxiliary too: « ont élu Président Macron et … ».)
  const participle = lex.irregularParticiples.has(w.key) && !!tokens[i - 1]?.word && auxiliaryAt(ctx, i - 1);
  return lex.verbs.has(w.key) || lex.isPastParticiple(w.text.toLowerCase()) || participle;
}

/** Speakers joined after `first` by "et"/"and" ("selon Washington et Séoul"). */
function withFollowing(ctx: SpeakerContext, first: QuoteSpeaker): QuoteSpeaker {
  const members: QuoteSpeaker[] = [first];
  // (A name the recogniser left a candidate joins a person or another candidate: « ont déclaré
  // conjointement Hélène Castaing et Jens Mahler ».)
  const own = ctx.mentionStarting.get(ctx.tokenAt(first.ref?.start ?? first.start));
  const person = first.type === 'person' || own?.form === 'candidate';
  let last = ctx.tokenAt(first.end - 1);
  let joined = false;
  for (;;) {
    const link = ctx.tokens[last + 1];
    if (!link || (!ctx.lex.coordinators.has(link.key) && link.text !== ',')) break;
    const at = ctx.articles.has(ctx.tokens[last + 2]?.key ?? '') ? last + 3 : last + 2;
    const m = ctx.mentionStarting.get(at);
    if (!m || m.type === 'place' || (m.type === 'person' || m.form === 'candidate') !== person) break;
    members.push(fromMention(ctx, m));
    joined = ctx.lex.coordinators.has(link.key);
    last = ctx.tokenAt(m.end - 1);
    if (joined) break;
  }
  if (members.length === 1 || !joined) return first;
  const end = members[members.length - 1]!.end;
  return { start: first.start, end, name: ctx.text.slice(first.start, end), form: 'name', members: members.map((x) => x.ref ?? x) };
}

/** A number or a quantifier ("two", "one") in the sentence of `t`: one side of "two in three". */
function isShare(ctx: SpeakerContext, w: Token | undefined, t: Token): boolean {
  return !!w?.word && w.sentence === t.sentence && (/^\p{N}/u.test(w.text) || ctx.lex.quantifiers.has(w.key));
}

/**
 * Is the mention ending at token `j` a demonym after a noun, its adjective ("l'agence de
 * renseignement sud-coréenne", « des autorités américaines et sud-coréennes »)? Then the noun
 * phrase speaks, not the country.
 */
function demonymAdjective(ctx: SpeakerContext, j: number): boolean {
  const { tokens, lex } = ctx;
  const m = ctx.mentionEnding.get(j);
  if (m?.form !== 'demonym' || m.start !== tokens[j]!.start) return false;
  const joined = lex.coordinators.has(tokens[j - 1]?.key ?? '') && ctx.mentionEnding.get(j - 2)?.form === 'demonym' ? 2 : 0;
  const before = tokens[j - 1 - joined];
  return !!before?.word && !before.cap && !lex.determiners.has(before.key) && !lex.boundaries.has(before.key);
}

/**
 * Does one of `adjunctPrepositions` or `channelLinks` (as written) end right before token `at`,
 * past an article? Such a name ends a parenthesis after the subject and does not speak: « Le maire,
 * en visite à Lyon, a assuré », « Le préfet, parlant à l'AFP, a affirmé », « …, en poste auprès de
 * Jean Dupont, … », "The mayor, speaking to CNN, said", "…, speaking at the United Nations, said".
 */
function prepositionBefore(ctx: SpeakerContext, at: number): boolean {
  const { tokens, lex } = ctx;
  const sentence = tokens[at]!.sentence;
  const keys = keyReader(tokens, sentence);
  // The phrase ends right before the name, or before its article (« de » is both: « auprès de »).
  const ends = [at - 1];
  if (articleToken(ctx, tokens[at - 1]) || lex.determiners.has(tokens[at - 1]?.key ?? '')) ends.push(at - 2);
  for (const end of ends) {
    for (let p = end; p >= Math.max(0, end - 2); p--) {
      const w = tokens[p];
      if (!w?.word || w.sentence !== sentence) break;
      for (const index of [lex.adjunctPrepositions, lex.channelLinks]) {
        const phrase = index.match(keys, p);
        // (A preposition as written: the article « des » is no « dès ».)
        if (phrase && p + phrase.words.length - 1 === end && (index !== lex.adjunctPrepositions || lex.adjunctPrepositionForms.has(writtenForm(tokens[p]!.text)))) return true;
      }
    }
  }
  return false;
}

/**
 * Is token `at` inside a relative clause opened since the last comma of its sentence ("Jair
 * Bolsonaro, qui n'a pas félicité Joe Biden de son élection à la présidence des États-Unis, a
 * averti": the name ends the relative clause, not the subject)?
 */
export function inRelative(ctx: SpeakerContext, at: number): boolean {
  const { tokens, lex } = ctx;
  for (let k = at - 1; k >= 0 && tokens[k]!.sentence === tokens[at]!.sentence && tokens[k]!.text !== ','; k--) if (lex.relatives.has(tokens[k]!.key) && !ctx.quoted[k]) return true;
  return false;
}

/** A pronoun that speaks, without the auxiliary contracted onto it ("They" of "They’ve said"). */
export function pronounSpeaker(t: Token): QuoteSpeaker {
  // (Not an elided pronoun, whose apostrophe ends it: « j' ».)
  const cut = t.text.search(/['’]/);
  const text = cut > 0 && cut < t.text.length - 1 ? t.text.slice(0, cut) : t.text;
  return { start: t.start, end: t.start + text.length, name: text, form: 'pronoun' };
}

/**
 * May token `k` be the head of a compound, after a body's name or a singular noun that a determiner
 * opens ("the IMF report", "A 2014 House Intelligence Committee report", "The inspection report";
 * not "the officials report that", "Dieu dit")?
 */
function compoundHead(ctx: SpeakerContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const modifier = tokens[k - 1];
  if (!modifier?.word || modifier.key.endsWith('s')) return false;
  const m = ctx.mentionEnding.get(k - 1);
  const first = m ? ctx.tokenAt(m.start) : k - 1;
  if (m ? m.type === 'person' : !plainNoun(tokens, k - 1, lex)) return false;
  // (A number between: "A 2014 … report".)
  let d = first - 1;
  if (/^\p{N}+$/u.test(tokens[d]?.text ?? '')) d--;
  const det = tokens[d];
  return !!det?.word && det.sentence === modifier.sentence && (lex.determiners.has(det.key) || ctx.articles.has(det.key));
}

/**
 * The speaker that ends at token `j`, read leftwards: a mention (with any speakers joined to it by
 * "et"/"and"), a subject pronoun, a relative pronoun (whose antecedent is the mention before it),
 * or a short noun phrase ("des sources proches du dossier", "two US officials").
 */
export function speakerEndingAt(ctx: SpeakerContext, j: number): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const t = tokens[j];
  if (!t || ctx.quoted[j]) return undefined;
  // "Dmitri Peskov, a déclaré", "Trump, who": a comma between the name and what follows.
  if (t.text === ',') {
    const m = ctx.mentionEnding.get(j - 1);
    return m && m.type !== 'place' && !prepositionBefore(ctx, ctx.tokenAt(m.start)) && !inRelative(ctx, ctx.tokenAt(m.start)) && !inParticiple(ctx, ctx.tokenAt(m.start)) ? withCoordinated(ctx, fromMention(ctx, m)) : undefined;
  }
  // "42% say …", "18 percent who say …": a share of people polled.
  if (t.text === '%' && /^\p{N}/u.test(tokens[j - 1]?.text ?? '') && tokens[j - 1]!.sentence === t.sentence) return phrase(ctx, j - 1, j + 1);
  if (!t.word) return undefined;
  // "Two in three said …", "one in five say …": a share of people polled, in words.
  if (isShare(ctx, t, t) && isShare(ctx, tokens[j - 2], t) && lex.boundaries.has(tokens[j - 1]?.key ?? '')) return phrase(ctx, j - 2, j + 1);
  // "Several said …", "others say", « certains estiment », "while another says": a quantifier
  // alone that opens its clause.
  const opener = tokens[j - 1];
  if (lex.quantifiers.has(t.key) && !/^\p{N}/u.test(t.text) && (!opener || opener.sentence !== t.sentence || !opener.word || lex.coordinators.has(opener.key) || lex.verbConjunctions.has(opener.key) || lex.subordinators.match(keyReader(tokens, t.sentence), j - 1)?.words.length === 1)) return phrase(ctx, j, j + 1);
  // A place right before the verb speaks for its authorities ("Valmont a démenti"); a demonym
  // after a noun is its adjective ("l'agence de renseignement sud-coréenne"): the phrase speaks.
  const m = ctx.mentionEnding.get(j);
  if (m && !demonymAdjective(ctx, j)) {
    // « la mairie de Saint-Aubin-sur-Sarne », « le ministère de la Santé », "the lawyer of Paul
    // Roy": a name after a link (and an article) is the complement of the noun before it, and the
    // whole phrase speaks.
    // (Before the name's title and role: "aides to Mr. Trump".)
    let at = ctx.tokenAt(fromMention(ctx, m).start) - 1;
    // "A diplomat based in Brussels, who …": a name that is no person's, after a participle's
    // preposition (not an agent's), is the participle's complement; the noun phrase before the
    // participle speaks, with it.
    const participle = tokens[at - 1];
    if (m.type !== 'person' && tokens[at]?.word && lex.boundaries.has(tokens[at]!.key) && !lex.agentPrepositions.has(tokens[at]!.key) && participle?.word && !participle.cap && participle.sentence === t.sentence && !lex.verbs.has(participle.key) && lex.isPastParticiple(participle.text.toLowerCase())) {
      const np = speakerEndingAt(ctx, at - 2);
      if (np && np.form !== 'pronoun' && np.form !== 'relative') return { start: np.start, end: m.end, name: ctx.text.slice(np.start, m.end), form: 'phrase' };
    }
    // (Past one role word in lower case: "the family of climber Rhys Harper", « la famille de
    // l'alpiniste Rémi Harpin »; not any two, « un roman au sujet duquel Louis Aragon ».)
    const roleWords = (i: number) => {
      const w = tokens[i];
      return !!w?.word && !w.cap && w.sentence === t.sentence && !ctx.quoted[i] && ![ctx.links, ctx.articles, lex.determiners, lex.boundaries, lex.verbs, lex.auxiliaries, lex.pronouns, lex.coordinators, lex.relatives, lex.sourceRelatives, lex.interrogatives].some((set) => set.has(w.key)) && !lex.isPastForm(w.key) && !lex.isGerund(w.key) && !lex.isAdverb(w.key);
    };
    const named = at;
    if (roleWords(at)) at--;
    // (Two when the last is a role and a link comes before them: "the widow of late singer Paul
    // Corrigan", "supporters of opposition leader Lena Vossberg".)
    if (at < named && roleWords(at) && roleWord(ctx, tokens[named]!.key) && ctx.links.has(tokens[at - 1]?.key ?? '')) at--;
    const article = tokens[at];
    if (articleToken(ctx, article)) at--;
    if (at < named && !ctx.links.has(tokens[at]?.key ?? '') && !lex.originPrepositions.has(tokens[at]?.key ?? '')) at = named;
    const link = tokens[at];
    const head = tokens[at - 1];
    // (Or a preposition of origin after a noun, not after a verb's past form: "A resident from
    // Pennock said", not "Aid arrived from Oxfam, said …".)
    const origin = !!link?.word && lex.originPrepositions.has(link.key) && !!head?.word && !lex.isPastForm(head.key) && !lex.isGerund(head.key);
    if (link?.word && (ctx.links.has(link.key) || origin) && head?.word && (!head.cap || head.initial) && head.sentence === t.sentence && ![lex.determiners, lex.boundaries, lex.verbs, lex.auxiliaries, lex.pronouns].some((set) => set.has(head.key))) {
      // The head's phrase opens with its determiner and holds no relative clause (not "page du
      // quotidien qui appartient à l'Etat", « y a un petit livre de … »).
      // (A lone noun that opens the sentence is no speaker by itself, but is a head: "Aides to Mr. Trump".)
      const np = speakerEndingAt(ctx, at - 1) ?? (head.initial ? phrase(ctx, at - 1, at) : undefined);
      const from = np ? ctx.tokenAt(np.start) : -1;
      // (Or a share: « 40 % des habitants de Valmont »; or a bare noun that opens the sentence, or of
      // two words at most after a comma: "people close to the vice president", "aides to Mr. Trump";
      // not after a conjunction, which may join two of the head's adjectives: « économiques et sociaux des Nations unies ».)
      const opener = tokens[from - 1];
      // (Also after a quotation whose comma is inside its marks: '"…," organisers of the festival said'.)
      const afterQuotation = !!opener && !opener.word && /^[”"»]$/.test(opener.text) && tokens[from - 2]?.text === ',';
      const bare = !opener || opener.sentence !== t.sentence || ((opener.text === ',' || afterQuotation) && from >= at - 2);
      const opens = from >= 0 && (lex.determiners.has(tokens[from]!.key) || ctx.articles.has(tokens[from]!.key) || /^[%‰]$/.test(tokens[from + 1]?.text ?? '') || bare);
      let relative = false;
      for (let i = from; opens && i < at && !relative; i++) relative = lex.relatives.has(tokens[i]!.key);
      if (np?.form === 'phrase' && opens && !relative) return withCoordinated(ctx, { start: np.start, end: m.end, name: ctx.text.slice(np.start, m.end), form: 'phrase' });
    }
    return withCoordinated(ctx, fromMention(ctx, m));
  }
  // "a source close to him said", "people familiar with them say": a pronoun after a preposition
  // ends the noun phrase that speaks (not a subject pronoun, « un communiqué où elle évoque », nor a
  // clitic before a gerund, « en lui demandant »).
  const link = tokens[j - 1];
  const gerund = !!tokens[j + 1]?.word && lex.isGerund(tokens[j + 1]!.key);
  if (lex.objectPronouns.has(t.key) && !lex.pronouns.has(t.key) && !gerund && link?.word && link.sentence === t.sentence && (ctx.links.has(link.key) || lex.boundaries.has(link.key)) && !lex.complementizers.has(link.key)) {
    const np = speakerEndingAt(ctx, j - 2);
    if (np?.form === 'phrase' && lex.determiners.has(tokens[ctx.tokenAt(np.start)]!.key)) return { start: np.start, end: t.end, name: ctx.text.slice(np.start, t.end), form: 'phrase' };
  }
  if (lex.isPronoun(t.key) || lex.objectPronouns.has(t.key)) return pronounSpeaker(t);
  // "He released a letter that says he is healthy", "a report that found …": a complementizer
  // that is also a relative pronoun, right after a noun phrase, is the subject of the verb after it;
  // that phrase speaks.
  if (lex.relativeComplementizers.has(t.key) && tokens[j - 1]?.word && tokens[j - 1]!.sentence === t.sentence) {
    const np = speakerEndingAt(ctx, beforeTime(ctx, j - 1));
    if (np && np.form !== 'pronoun' && np.form !== 'relative') return np;
  }
  if (lex.relatives.has(t.key)) {
    // (After a comma, or a dash that closes no parenthesis: "compared to 38 percent — who said",
    // "Graham—who had previously endorsed …—", not « deux résolutions - octobre 2011 et février
    // 2012 - qui condamnaient ».)
    let opened = false;
    for (let i = j - 2; i >= 0 && tokens[i]!.sentence === t.sentence && !opened; i--) opened = DASH.test(tokens[i]!.text);
    // (Nor after a verb form: "the hospital where the president is staying — which would show …".)
    const verbBefore = !!tokens[j - 2]?.word && (lex.isGerund(tokens[j - 2]!.key) || lex.isPastParticiple(tokens[j - 2]!.key) || lex.verbs.has(tokens[j - 2]!.key));
    if (verbBefore) opened = true;
    const at = tokens[j - 1]?.text === ',' || (DASH.test(tokens[j - 1]?.text ?? '') && !opened) ? j - 2 : j - 1;
    const before = demonymAdjective(ctx, at) ? undefined : ctx.mentionEnding.get(at);
    if (before) return { start: t.start, end: t.end, name: before.name, key: before.key, type: before.type, form: 'relative', ref: refOf(before) };
    // "a young child, who said …", "23 percent who said …": the noun phrase before the relative.
    // (Or a share: "including 18% who say".)
    const phrase = ((tokens[at]?.word && !lex.relatives.has(tokens[at].key)) || shareSign(tokens, at)) && tokens[at]!.sentence === t.sentence ? speakerEndingAt(ctx, beforeTime(ctx, at)) : undefined;
    // ("according to Sam Okafor, a union official, who said …": a phrase set after a person named
    // and a comma is that person's apposition; the person is the relative's antecedent.)
    const comma = phrase ? ctx.tokenAt(phrase.start) - 1 : -1;
    const named = phrase?.form === 'phrase' && tokens[comma]?.text === ',' && articleToken(ctx, tokens[comma + 1]) ? ctx.mentionEnding.get(comma - 1) : undefined;
    if (named?.type === 'person' && tokens[comma - 1]!.sentence === t.sentence) return { start: t.start, end: t.end, name: named.name, key: named.key, type: named.type, form: 'relative', ref: refOf(named) };
    if (phrase?.form === 'phrase') return phrase;
    // "some who warned …", "Among those who said …": a quantifier or a determiner standing alone.
    const alone = tokens[at];
    const head = tokens[at - 1];
    const standing = !!alone?.word && alone.sentence === t.sentence && (lex.quantifiers.has(alone.key) || lex.determiners.has(alone.key)) && !ctx.articles.has(alone.key) && !/^\p{N}/u.test(alone.text) && !(head?.word && head.sentence === t.sentence && (lex.determiners.has(head.key) || ctx.articles.has(head.key)));
    return standing ? { start: alone.start, end: alone.end, name: alone.text, form: 'phrase' } : undefined;
  }
  // A noun phrase: words back to a determiner, a boundary word or punctuation.
  let k = j;
  let n = 0;
  while (k >= 0 && n < MAX_PHRASE) {
    const w = tokens[k]!;
    // A possessive inside the phrase: "Sanders’ campaign", "the party’s nominee".
    if (!w.word && /^['’]$/.test(w.text) && k > 0 && tokens[k - 1]!.word && w.sentence === t.sentence) {
      k--;
      continue;
    }
    if (w.word && possessiveAt(ctx, k - 1)) {
      k -= 2;
      continue;
    }
    // A share's sign and its number open the phrase: "26% of farmers", « 40 % des habitants »
    // (not "Last year 26% of farmers").
    if (!w.word && shareSign(tokens, k) && w.sentence === t.sentence) {
      k -= 2;
      n++;
      break;
    }
    if (!w.word || w.sentence !== t.sentence || ctx.quoted[k]) break;
    // "l'agence de renseignement sud-coréenne": a link between two nouns stays inside the phrase,
    // and so does one after a body's head that is a name of one word (« la Cour de cassation »).
    const head = tokens[k - 1];
    // (Not after a word of time, an adjunct's: « a parlé lundi aux habitants, qui ».)
    if (k < j && ctx.links.has(w.key) && head?.word && (!head.cap || bodyHead(ctx, k - 1)) && head.sentence === t.sentence && ![lex.determiners, lex.boundaries, lex.verbs, lex.auxiliaries].some((set) => set.has(head.key)) && !lex.isPastParticiple(head.key) && !lex.isTimeWord(head.key)) {
      n++;
      k--;
      continue;
    }
    // « américaines et sud-coréennes »: a coordinator between two demonyms stays inside the phrase.
    if (k < j && lex.coordinators.has(w.key) && ctx.mentionStarting.get(k + 1)?.form === 'demonym' && ctx.mentionEnding.get(k - 1)?.form === 'demonym') {
      n++;
      k--;
      continue;
    }
    // A verb form that may be a noun is one after a determiner or a preposition ("an analysis of
    // reports", "the report"), and so is an "-s" form listed only with its preposition after it
    // ("a source familiar with the talks"; "talks about" is the verb).
    const before = tokens[k - 1];
    // (Not after an auxiliary whose key is a link's: « a déclaré », where « a » folds to « à »;
    // nor after an infinitive's marker: "went so far as to say".)
    // (Or the plural subject of the cue: "Media reports say", "Local reports said the …".)
    const afterDeterminer = (lex.nounLike.has(w.key) || (!lex.oneWordVerbs.has(w.key) && w.key.endsWith('s'))) && !!before?.word && before.sentence === t.sentence && !lex.auxiliaryForms.has(writtenForm(before.text)) && !lex.infinitiveMarkers.has(before.key) && (lex.determiners.has(before.key) || ctx.articles.has(before.key) || lex.nounPrepositions.has(before.key) || ctx.links.has(before.key));
    // (Or the head of a compound: "the IMF report stated", "The inspection report, released …, said".)
    const compound = k === j && !lex.headFirst && lex.nounLike.has(w.key) && compoundHead(ctx, k);
    // (Or before the participle that ends the phrase: "Figures released on Monday showed".)
    // (Or the noun that `findCues` read before the verb: "One sweeping question asked whether".)
    const noun = afterDeterminer || compound || (k === j && subjectNoun(tokens, ctx.quoted, k, lex)) || ((k === j || (k === j - 1 && lex.isPastForm(tokens[j]!.key))) && (pluralSubject(tokens, k, lex) || pluralNoun(tokens, ctx.quoted, k, lex)));
    // "The man she married claims …": a subject pronoun between a noun and the past form that ends
    // the phrase opens a relative clause with a gap, part of the phrase.
    const gap = k === j - 1 && lex.pronouns.has(w.key) && !t.cap && lex.isPastForm(t.key) && plainNoun(tokens, k - 1, lex);
    // (A capitalised word after another is a name's, whatever its form: "The boss of Harwick Rail said".)
    const named = inCapitalRun(tokens, k);
    if (!gap && (lex.boundaries.has(w.key) || lex.pronouns.has(w.key) || (lex.verbs.has(w.key) && !noun && !named) || lex.auxiliaries.has(w.key) || lex.complementizers.has(w.key))) break;
    n++;
    k--;
    if (lex.determiners.has(w.key)) {
      // « 40 % des habitants »: a share before a link that is also a determiner.
      if (ctx.links.has(w.key) && shareSign(tokens, k)) {
        k -= 2;
        n++;
        break;
      }
      // « l'Autorité des marchés financiers »: a determiner that is also a link, after a body's head.
      if (ctx.links.has(w.key) && bodyHead(ctx, k) && tokens[k]!.sentence === t.sentence) continue;
      // "le porte-parole de la préfecture": go on past a link to the head noun before it.
      const link = tokens[k];
      const plain = (i: number) => !!tokens[i]?.word && tokens[i].sentence === t.sentence && !lex.boundaries.has(tokens[i].key) && !lex.verbs.has(tokens[i].key);
      if (link?.word && ctx.links.has(link.key) && plain(k - 1)) {
        k--;
        n++;
        continue;
      }
      // « le parti de la justice et de la liberté », « des droits de l'homme et du citoyen »: a
      // second complement joined to a first one (the link is before the determiner, or is it).
      const at = ctx.links.has(w.key) ? k + 1 : k;
      if (tokens[at]?.word && ctx.links.has(tokens[at].key) && lex.coordinators.has(tokens[at - 1]?.key ?? '') && plain(at - 2)) {
        let first = at - 3;
        while (first >= at - 5 && tokens[first]?.word && !ctx.links.has(tokens[first]!.key) && plain(first)) first--;
        if (tokens[first]?.word && ctx.links.has(tokens[first]!.key) && plain(first - 1)) {
          n += 2;
          k = first - 1;
          continue;
        }
      }
      break;
    }
  }
  if (n === 0 || lex.determiners.has(t.key)) return undefined;
  const from = k + 1;
  // Words capitalised only because they start the sentence, and nothing else, are no speaker.
  if (n === 1 && tokens[from]!.initial && !tokens[from]!.cap) return undefined;
  return withCoordinatedRole(ctx, phrase(ctx, from, j + 1));
}

/**
 * "The governor and the mayor said", « Le préfet et le maire ont annoncé »: a phrase of a role
 * opened by an article, after a conjunction and other such phrases with their commas, speaks with
 * them from the first that opens its clause ("The governor, the mayor and the sheriff said"; not
 * an object: "Police arrested the mayor and the governor said …").
 */
function withCoordinatedRole(ctx: SpeakerContext, np: QuoteSpeaker): QuoteSpeaker {
  const { tokens, lex } = ctx;
  const from = ctx.tokenAt(np.start);
  const link = tokens[from - 1];
  // (Or a plural of people or bodies, with no article or one: "Farmers and conservation groups said".)
  const group = (p: QuoteSpeaker) => {
    const first = ctx.tokenAt(p.start);
    const last = ctx.tokenAt(p.end - 1);
    const head = tokens[last]!;
    // (Three words at most, no verb among them: not "Police arrested protesters and residents said".)
    if (!head.word || (head.cap && (last !== first || tokens[first - 1]?.sentence === head.sentence)) || !/s$/u.test(head.key) || last - first > 2) return false;
    for (let k = first; k <= last; k++) if (!tokens[k]!.word || lex.verbs.has(tokens[k]!.key) || lex.auxiliaries.has(tokens[k]!.key) || (k > first && lex.isPastForm(tokens[k]!.key))) return false;
    return speakerWord(ctx, head.key, true) || lex.agentEndings.some((e) => head.key.endsWith(e));
  };
  const role = (p: QuoteSpeaker) => articleToken(ctx, tokens[ctx.tokenAt(p.start)]) && roleHeaded(ctx, p);
  const member = (p: QuoteSpeaker) => role(p) || group(p);
  if (!link?.word || !lex.coordinators.has(link.key) || link.sentence !== tokens[from]!.sentence || !member(np)) return np;
  const rolePhrase = (end: number) => {
    const p = speakerEndingAt(ctx, end);
    return p?.form === 'phrase' && member(p) ? p : undefined;
  };
  // Past more role phrases and their commas ("The governor, the mayor and the sheriff said"), the
  // first one opening its clause: after the sentence's start or punctuation ("Unlike the governor,
  // the mayor and the sheriff said" is the mayor's and the sheriff's).
  const opens = (p: QuoteSpeaker) => {
    const before = tokens[ctx.tokenAt(p.start) - 1];
    return !before || before.sentence !== link.sentence || !before.word;
  };
  let first: QuoteSpeaker | undefined;
  for (let p = rolePhrase(from - 2); p; ) {
    if (opens(p)) first = p;
    const at: number = ctx.tokenAt(p.start);
    p = tokens[at - 1]?.text === ',' && tokens[at - 1]!.sentence === link.sentence ? rolePhrase(at - 2) : undefined;
  }
  // (A list of plurals that goes on before the first one found, past a comma, is left to the
  // reading of lists: "Police, firefighters and paramedics said".)
  const before = first ? tokens[ctx.tokenAt(first.start) - 1] : undefined;
  if (first && !role(first) && before?.text === ',' && before.sentence === link.sentence) return np;
  return first ? { start: first.start, end: np.end, name: ctx.text.slice(first.start, np.end), form: 'phrase' } : np;
}

/**
 * The speaker that starts at token `k`, after an inverted verb ("a déclaré le porte-parole",
 * "said Smith"): a mention (or the role before it), a pronoun, or a noun phrase up to
 * punctuation or a boundary word.
 */
export function speakerStartingAt(ctx: SpeakerContext, k: number, bareNoun = false): QuoteSpeaker | undefined {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t?.word || ctx.quoted[k]) return undefined;
  if (lex.complementizers.has(t.key)) return undefined;
  // « témoignent de l'extrême sensibilité »: a phrase opened by a link is the verb's complement.
  if (!bareNoun && ctx.links.has(t.key)) return undefined;
  for (const at of [k, k + 1]) {
    // After a determiner or an abbreviated honorific ("le Pentagone", "M. Yoon").
    if (at === k + 1 && !lex.determiners.has(t.key) && !honorificToken(ctx, t)) break;
    const m = ctx.mentionStarting.get(at);
    if (m && m.type !== 'place') {
      // "Ohio State University professor Paul Beck": the person named after the body and role words
      // (three at most: "Veltro chief technology officer Arjun Nair"; two more past a coordinator
      // between role words: "Delmar chairman and chief executive Ravi Menon").
      const end = ctx.tokenAt(m.end - 1);
      let reach = end + 4;
      for (let i = end + 1; m.type !== 'person' && i <= reach && tokens[i]?.word && tokens[i]!.sentence === t.sentence; i++) {
        const p = ctx.mentionStarting.get(i);
        // (A name with no evidence of its own after role words too, "Republican strategist Hank Roy",
        // not after a link: "The Star-Ledger of Newark".)
        if (p?.type === 'person' || (p?.form === 'candidate' && i > end + 1 && !tokens.slice(end + 1, i).some((w) => w.cap || ctx.links.has(w.key) || lex.isGerund(w.key)))) return { ...fromMention(ctx, p), start: t.start };
        const w = tokens[i]!;
        if (reach === end + 4 && i > end + 1 && lex.coordinators.has(w.key) && !tokens[i - 1]!.cap && tokens[i + 1]?.word && !tokens[i + 1]!.cap && !lex.determiners.has(tokens[i + 1]!.key)) {
          reach += 2;
          continue;
        }
        if (lex.boundaries.has(w.key) || lex.verbs.has(w.key)) break;
      }
      const s = fromMention(ctx, m);
      // "a State Department official", "an ABC News poll": the noun after the body is the speaker.
      let j = end + 1;
      const plain = (w: (typeof tokens)[number] | undefined) => !!w?.word && !w.cap && w.sentence === t.sentence && ![lex.boundaries, lex.verbs, lex.auxiliaries, lex.complementizers, lex.relatives, lex.pronouns, lex.determiners].some((set) => set.has(w.key));
      // (Not past a word that qualifies a time: "said a UN spokesman late Tuesday".)
      while (m.type !== 'person' && j <= end + 2 && plain(tokens[j]) && !timeQualifierAt(ctx, j)) j++;
      // « a annoncé la Commission de régulation de l'énergie », « selon l'Agence régionale de
      // santé »: a body's head of one capitalised word goes on with the complements that end its
      // clause (a link, an article, a word), as the phrase before a verb does (`bodyHead`).
      if (bodyHead(ctx, end)) {
        const word = (i: number) => plain(tokens[i]) && !ctx.links.has(tokens[i]!.key) && !lex.isCalendar(tokens[i]!.key) && !lex.isTimeWord(tokens[i]!.key);
        // (A link of a complement, no preposition of the clause's: not "said the Union for its
        // part", « a tranché la Fédération pour sa part », « … de son côté ».)
        const link = (i: number) => !!tokens[i]?.word && ctx.links.has(tokens[i].key) && !lex.boundaries.has(tokens[i].key) && tokens[i].sentence === t.sentence;
        let e = j;
        for (let n = 0; n < 3 && link(e); n++) {
          const det = tokens[e + 1];
          if (det?.word && lex.possessiveDeterminers.has(det.key)) break;
          const at = articleToken(ctx, det) || /['’]$/.test(det?.text ?? '') ? e + 2 : e + 1;
          // (A capitalised complement too: « le Conseil des droits de l'Homme ».)
          const named = tokens[at]?.word && tokens[at].cap && tokens[at].sentence === t.sentence && !ctx.quoted[at];
          if (!word(at) && !named) break;
          e = at + 1;
          while (e <= at + 2 && word(e)) e++;
        }
        // (Only a complement that ends the clause: « a annoncé la Commission de régulation de
        // l'énergie. », not « … la Commission de régulation pour la première fois ».)
        // (Or before an adjunct's preposition: « souligne la Direction de l'aviation civile dans un
        // communiqué ».)
        const after = tokens[e];
        const adjunct = !!after?.word && after.sentence === t.sentence && !ctx.links.has(after.key) && !!lex.adjunctPrepositions.match(keyReader(tokens, t.sentence), e);
        if (e > j && (!after || after.sentence !== t.sentence || /^[,.;:!?()»”"—–-]$/.test(after.text) || adjunct)) j = e;
      }
      if (j > end + 1) return phrase(ctx, k, j);
      return withFollowing(ctx, { ...s, start: Math.min(s.start, t.start) });
    }
  }
  // ("according to her, …"; not the possessive of "According to her plan", 'her "clawback" plan'.)
  const possessive = lex.determiners.has(t.key) && (!!tokens[k + 1]?.word || !!ctx.quoted[k + 1]) && tokens[k + 1]!.sentence === t.sentence && !lex.boundaries.has(tokens[k + 1]!.key);
  if (lex.isPronoun(t.key) && !possessive) return pronounSpeaker(t);
  // "says political scientist Dossym Satpayev", "said campaign manager Terry Sullivan": role words
  // in lower case, then the name.
  // (Capitalised words may follow the first: "said former Wisconsin Gov. Jim Doyle".)
  // (Two roles joined by a coordinator: "said lobbyist and GOP strategist Charlie Black".)
  let joined = false;
  for (let at = k; at <= k + (joined ? 5 : 3) && tokens[at]?.word && (!tokens[at]!.cap || at > k) && tokens[at]!.sentence === t.sentence; at++) {
    const w = tokens[at]!;
    if (!joined && at > k && lex.coordinators.has(w.key) && !tokens[at - 1]!.cap && !!tokens[at + 1]?.word && !lex.determiners.has(tokens[at + 1]!.key)) {
      joined = true;
      continue;
    }
    // (A gerund first qualifies the role word after it: "said defending champion Lara Quinn".)
    // (So does a verb's form that may be a noun: "said project scientist Yuki Tanaka".)
    const qualifier = at === k && (lex.isGerund(w.key) || lex.nounLike.has(w.key)) && !!tokens[at + 1]?.word && !tokens[at + 1]!.cap;
    if (ctx.quoted[at] || auxiliaryAt(ctx, at) || [lex.boundaries, lex.determiners, lex.complementizers, lex.relatives].some((set) => set.has(w.key)) || (lex.verbs.has(w.key) && !qualifier) || lex.isAdverb(w.key) || lex.isCalendar(w.key)) break;
    const m = ctx.mentionStarting.get(at + 1);
    if (m && m.start === tokens[at + 1]!.start && (m.type === 'person' || m.form === 'candidate')) return { ...fromMention(ctx, m), start: t.start };
  }
  let e = k;
  // Inside a name that starts a few tokens before ("of the Upper Sarne dam").
  const inName = (i: number) => {
    for (let j = i - 1; j >= i - 3 && j > k; j--) {
      const m = ctx.mentionStarting.get(j);
      if (m) return tokens[i]!.start < m.end;
    }
    return false;
  };
  // A complement the limit would cut goes on to its noun (« le chef de l'Observatoire syrien des
  // droits de l'homme »), and so does a name.
  const limit = (i: number) => i - k < MAX_PHRASE + 1 || (i - k < MAX_PHRASE + 5 && (ctx.links.has(tokens[i - 1]?.key ?? '') || ctx.links.has(tokens[i - 2]?.key ?? '') || inName(i)));
  let titled = false;
  while (e < tokens.length && limit(e)) {
    const w = tokens[e]!;
    // 'according to the "Medicare for all" document he released', 'According to her "clawback"
    // plan': a title or scare quote of four words at most before the phrase's noun in lower case.
    if (e > k && ctx.quoted[e] && w.sentence === t.sentence) {
      let j = e;
      let words = 0;
      while (j < e + 8 && ctx.quoted[j] && tokens[j]!.sentence === t.sentence) if (tokens[j++]!.word) words++;
      while (j < e + 9 && tokens[j] && !tokens[j]!.word && !ctx.quoted[j] && /^['’”"»]+$/.test(tokens[j]!.text) && tokens[j]!.sentence === t.sentence) j++;
      const noun = tokens[j];
      // (A verb form that may be a noun is one there: 'the "Safe Valley" report'.)
      if (words >= 1 && words <= 4 && noun?.word && !noun.cap && noun.sentence === t.sentence && !ctx.quoted[j] && (!lex.verbs.has(noun.key) || lex.nounLike.has(noun.key)) && ![lex.boundaries, lex.auxiliaries, lex.complementizers, lex.relatives].some((set) => set.has(noun.key))) {
        e = j;
        titled = true;
        continue;
      }
    }
    if (!w.word || w.sentence !== t.sentence || ctx.quoted[e]) break;
    // (A role head of several words right after the determiner is one noun: « a reconnu la
    // metteuse en scène Nour Haddad »; not a complement's, « le mari de la metteuse en scène … ».)
    const long = e === k + 1 && lex.determiners.has(t.key) ? phraseAt(tokens, e, ctx.longRoleHeads) : 0;
    if (long) {
      e += long;
      continue;
    }
    // (Two role heads joined by a coordinator, with no complement after the second: « a déclaré le
    // président et fondateur Tom Reyes »; not « le politologue et directeur de l'Observatoire …,
    // Antoine Basbous », whose name the longer phrase would leave behind.)
    if (e > k && lex.coordinators.has(w.key) && ctx.roleHeads.has(tokens[e - 1]!.key) && ctx.roleHeads.has(tokens[e + 1]?.key ?? '') && tokens[e + 1]!.sentence === t.sentence && !ctx.links.has(tokens[e + 2]?.key ?? '')) {
      e += 2;
      continue;
    }
    // A verb form right after a determiner is a noun ("a report", "le communiqué"), and so is
    // one inside a source preposition's noun phrase ("according to an inspection report").
    // (Not a capitalised word after another, a name's: "said a spokeswoman for Midland Rail".)
    const verb = lex.verbs.has(w.key) && !lex.determiners.has(tokens[e - 1]!.key) && !bareNoun && !(e > k && inCapitalRun(tokens, e));
    // "a déclaré le maire mardi": a day ends the phrase (not a month right after its determiner:
    // "according to a January 2016 study").
    const month = e === k + 1 && lex.determiners.has(t.key) && /^\p{Lu}/u.test(w.text);
    // (A subject pronoun opens a relative clause with no relative pronoun: "the document he
    // released"; not after a link: « l'une d'elles ».)
    const relativeSubject = lex.pronouns.has(w.key) && !ctx.links.has(tokens[e - 1]!.key) && !lex.boundaries.has(tokens[e - 1]!.key);
    // (An object pronoun before the verb is the verb's: « Le policier m'a dit », « Le maire lui a
    // répondu ».)
    const clitic = lex.objectClitics.has(w.key) && (anyAuxiliaryAt(ctx, e + 1) || lex.verbs.has(tokens[e + 1]?.key ?? ''));
    // ("un militant basé à Alep", "an activist based in Aleppo": a participle's preposition goes on
    // with its complement, and so does one of `complementAdjectives`: "a person familiar with the
    // matter"; not a time: "a report released on Monday".)
    const complement = () => {
      const n = tokens[lex.determiners.has(tokens[e + 1]?.key ?? '') ? e + 2 : e + 1];
      const p = tokens[e - 1]!;
      return e > k + 1 && !!n?.word && !lex.isTimeWord(n.key) && !/^\p{N}/u.test(n.text) && !lex.complementizers.has(w.key) && !lex.relatives.has(w.key) && !lex.verbs.has(p.key) && (lex.isPastParticiple(p.text.toLowerCase()) || lex.complementAdjectives.has(p.key)) && !p.cap;
    };
    // ("said officials late on Monday", « a déclaré le ministre tard dans la soirée »: a word that
    // qualifies a time ends the phrase.)
    const timed = timeQualifierAt(ctx, e);
    // ("according to a report by the Fairwork Institute": the author after a document's noun, a
    // name or a noun phrase, stays.)
    const authored = () => {
      const p = tokens[e - 1]!;
      const n = tokens[articleToken(ctx, tokens[e + 1]) || lex.determiners.has(tokens[e + 1]?.key ?? '') ? e + 2 : e + 1];
      return lex.authorPrepositions.has(w.key) && !p.cap && [lex.reportNouns, lex.documentNouns].some((set) => set.has(p.key)) && !!n?.word && n.sentence === t.sentence && !ctx.quoted[e + 1] && !lex.isTimeWord(n.key) && !lex.isCalendar(n.key) && !/^\p{N}/u.test(n.text);
    };
    if (e > k && ((lex.boundaries.has(w.key) && !complement() && !authored()) || verb || timed || (lex.isCalendar(w.key) && !month) || (lex.auxiliaries.has(w.key) && !ctx.links.has(w.key)) || lex.complementizers.has(w.key) || lex.relatives.has(w.key) || relativeSubject || clitic)) break;
    e++;
  }
  // (A phrase that the limit cuts ends on a word of its own, not a link, an article or a preposition:
  // « une source ayant ses entrées dans l' ».)
  while (e - 1 > k && [ctx.links, ctx.articles, lex.determiners, lex.boundaries].some((set) => set.has(tokens[e - 1]!.key))) e--;
  if (e === k || (e - k === 1 && lex.determiners.has(t.key))) return undefined;
  // The phrase must have a noun: a determiner first, or a capitalised word; after a source
  // preposition any noun phrase names the source ("according to state records").
  if (!lex.determiners.has(t.key) && !t.cap && !bareNoun) return undefined;
  // (A name inside a quoted title is the title's: 'the "Safe Valley" report'.)
  if (titled) return phrase(ctx, k, e);
  // "l'ingénieur Thomas Ricard", "Upper Sarne prefect Paul Ferrand": the name inside the phrase;
  // not a name after a link, the complement of the phrase's noun ("a resident of Valmont", « un
  // ancien assistant de Bachar El-Assad », « de la Quadrature du Net »), but for a person's particle
  // after a capitalised honorific (« Mme de Sarnez »).
  const head = tokens[lex.determiners.has(t.key) || ctx.articles.has(t.key) ? k + 1 : k];
  const personHead = !!head?.word && (roleWord(ctx, head.key) || lex.personNouns.has(head.key));
  for (let i = e - 1; i >= k; i--) {
    const m = ctx.mentionEnding.get(i);
    const at = m ? ctx.tokenAt(m.start) : -1;
    // (Past an article: « les services de l'État ».)
    // (Past role words too, two at most, after a person's head: "the lawyer of climber Rhys Harper",
    // « l'avocat de l'alpiniste Rémi Harpin »; the words of one are theirs: « selon les termes du
    // sociologue Michel Seurat ».)
    let r = at - 1;
    while (personHead && r > k && r >= at - 2 && !!tokens[r]?.word && !tokens[r]!.cap && roleWord(ctx, tokens[r]!.key)) r--;
    const before = tokens[r];
    const article = articleToken(ctx, before) && r - 1 > k;
    const link = tokens[article ? r - 1 : r];
    // (Past role words, only a link: not « le président et fondateur Tom Reyes ».)
    const complement = !!m && m.start > t.start && !!link?.word && (ctx.links.has(link.key) || (r === at - 1 && lex.boundaries.has(link.key))) && !(m.type === 'person' && tokens[article ? r - 2 : r - 1]?.cap);
    if (m && (m.type === 'person' || m.form === 'candidate') && m.start >= t.start && !complement) return { ...fromMention(ctx, m), start: t.start };
  }
  // (Past a role's complement that the phrase stopped at: « a réagi l'adjoint à la sécurité,
  // Frédéric Noël », "said the mayor of Valmont, Tom Reed": plain words up to the comma.)
  let comma = e;
  if (ctx.links.has(tokens[e]?.key ?? '') || lex.boundaries.has(tokens[e]?.key ?? '')) {
    while (comma < k + 10 && tokens[comma]?.word && tokens[comma]!.sentence === t.sentence && !ctx.quoted[comma] && ![lex.verbs, lex.auxiliaries, lex.complementizers, lex.relatives, lex.coordinators].some((set) => set.has(tokens[comma]!.key))) comma++;
  }
  // (Only when the name ends the sentence, or its comma opens no verb: « L'ambassadrice des
  // Etats-Unis en Egypte, Anne Patterson, a beau … » opens a clause whose subject the phrase is
  // read as; « l'adjointe à la culture, Maryvonne Le Corre, après la dégradation », « …, qui dit … »
  // do not.)
  const past = comma > e && roleHeaded(ctx, phrase(ctx, k, e)) ? apposedName(ctx, k, comma) : undefined;
  const close = past ? ctx.tokenAt(past.end - 1) + 1 : -1;
  const then = tokens[close + 1];
  const ended = /^[.!?]$/.test(tokens[close]?.text ?? '.') || (tokens[close]?.text === ',' && !!then?.word && then.sentence === t.sentence && !then.cap && ![lex.verbs, lex.auxiliaries].some((set) => set.has(then.key)) && !auxiliaryAt(ctx, close + 1));
  const apposed = apposedName(ctx, k, e) ?? (past && ended ? past : undefined);
  if (apposed) return apposed;
  return withFollowingRole(ctx, phrase(ctx, k, e));
}

/**
 * « a déclaré le maire, Jeanne Pellerin. », "said the mayor, Anna Berg, who …": a short phrase from
 * token `k`, opened by a determiner, and a person named in apposition after its comma at token `e`
 * (the recogniser leaves a bare role head unattached), or a name of two words or more that it
 * left a candidate, a person's name for all the text tells (« a ajouté le directeur sportif, Stéphane
 * Lenoir », « raconte un éleveur, Jacques Morin », "said the study's lead author, Dr. Nina Patel of
 * Eastlake University"). The name speaks, the phrase before it included.
 */
export function apposedName(ctx: SpeakerContext, k: number, e: number): QuoteSpeaker | undefined {
  const { tokens } = ctx;
  const t = tokens[k]!;
  // (Past an abbreviated honorific: "Dr. Nina Patel".)
  const at = honorificToken(ctx, tokens[e + 1]) ? e + 2 : e + 1;
  // (A role head of several words counts as one: « le metteur en scène de la pièce, Yann Le Bihan ».)
  const long = Math.max(0, phraseAt(tokens, k + 1, ctx.longRoleHeads) - 1);
  // (Or a possessor's phrase with no article: "said Ravi Menon's spokeswoman, Lea Brun".)
  let possessed = false;
  for (let i = k + 1; i < e && !possessed; i++) possessed = possessiveAt(ctx, i);
  // (The possessive's apostrophe and clitic are no words of the phrase: "said chief executive Ravi
  // Menon's spokeswoman, Lea Brun".)
  const apposed = tokens[e]?.text === ',' && e - k - long - (possessed ? 2 : 0) <= 6 && (articleToken(ctx, t) || possessed) ? ctx.mentionStarting.get(at) : undefined;
  // (A first name alone after a person's noun that ends the sentence: '"…," added his wife, Delyth.'.)
  const alone = () => !!apposed && ctx.lex.personNouns.has(tokens[e - 1]?.key ?? '') && /^[.!?]$/.test(tokens[ctx.tokenAt(apposed.end - 1) + 1]?.text ?? '.');
  const named = apposed?.type === 'person' || (apposed?.form === 'candidate' && (/\s/u.test(apposed.name.trim()) || alone()));
  if (!apposed || !named || apposed.start !== tokens[at]!.start) return undefined;
  // (Not after a link to a person, whose name it is: "the mother of the victim, Lucas Blanc", « un
  // conseiller du président, Paul Roy »; « la porte-parole du collectif, Léa Fabre » speaks.)
  // (A group after the link leaves the name to the phrase's head: « le commandant des pompiers, Marc
  // Duval »; so the complement's head is a singular role or a person noun, within two words.)
  for (let i = k + 1; i < e; i++) {
    if (!ctx.links.has(tokens[i]!.key)) continue;
    for (let h = i + 1; h <= i + 3 && h < e && tokens[h]!.word && !ctx.links.has(tokens[h]!.key); h++) if (ctx.roleHeads.has(tokens[h]!.key) || ctx.lex.personNouns.has(tokens[h]!.key)) return undefined;
  }
  const after = tokens[ctx.tokenAt(apposed.end - 1) + 1];
  // (Up to the end of the clause, or a link to where the person is from.)
  const ends = !after || after.sentence !== t.sentence || /^[,.;!?]$/.test(after.text) || (ctx.links.has(after.key) && !!tokens[ctx.tokenAt(apposed.end - 1) + 2]?.cap);
  return ends ? { ...fromMention(ctx, apposed), start: t.start } : undefined;
}

/**
 * « selon le préfet et le maire », "said the governor, the mayor and the sheriff": further phrases
 * of a role, with their commas and a conjunction, speak with the first; the last keeps a complement
 * that ends the clause (« et le commandant des pompiers. »).
 */
function withFollowingRole(ctx: SpeakerContext, np: QuoteSpeaker): QuoteSpeaker {
  const { tokens, lex } = ctx;
  const from = ctx.tokenAt(np.start);
  const sentence = tokens[from]!.sentence;
  if (!articleToken(ctx, tokens[from]) || !roleHeaded(ctx, np)) return np;
  // (A further phrase: its article, up to one word, and a role head.)
  const role = (i: number) => !!tokens[i]?.word && tokens[i].sentence === sentence && !tokens[i].cap && roleWord(ctx, tokens[i].key);
  const headAfter = (at: number) => (!articleToken(ctx, tokens[at]) ? -1 : role(at + 1) ? at + 1 : role(at + 2) && tokens[at + 1]?.word ? at + 2 : -1);
  // Past more role phrases and their commas, up to the conjunction ("said the governor, the mayor and the sheriff").
  let l = ctx.tokenAt(np.end - 1) + 1;
  while (tokens[l]?.text === ',' && tokens[l]!.sentence === sentence) {
    const head = headAfter(l + 1);
    if (head < 0) return np;
    l = head + 1;
  }
  const link = tokens[l];
  if (!link?.word || !lex.coordinators.has(link.key) || link.sentence !== sentence) return np;
  const at = l + 1;
  const head = headAfter(at);
  if (head < 0) return np;
  // (Not the subject of a clause that goes on: '"…," said the engineer and the mayor agreed', « et
  // la préfète a confirmé », "and the mayor's office confirmed".)
  const next = tokens[head + 1];
  const ends = !next?.word || next.sentence !== link.sentence || ((lex.boundaries.has(next.key) || ctx.links.has(next.key)) && !lex.auxiliaryForms.has(writtenForm(next.text)));
  if (!ends || possessiveAt(ctx, head + 1)) return np;
  // (The last role keeps its complement when the clause ends after it: « ont déclaré le maire, le
  // préfet et le commandant des pompiers. », "said the governor and the chief of police.")
  let end = head + 1;
  if (next?.word && ctx.links.has(next.key) && next.sentence === sentence) {
    let k = head + 2;
    if (articleToken(ctx, tokens[k])) k++;
    while (k < head + 6 && tokens[k]?.word && tokens[k]!.sentence === sentence && ![lex.verbs, lex.auxiliaries, lex.boundaries, lex.complementizers, lex.relatives, lex.coordinators].some((set) => set.has(tokens[k]!.key))) k++;
    if (k > head + 2 && (!tokens[k] || tokens[k]!.sentence !== sentence || /^[.!?;,]$/.test(tokens[k]!.text))) end = k;
  }
  const last = tokens[end - 1]!.end;
  return { start: np.start, end: last, name: ctx.text.slice(np.start, last), form: 'phrase' };
}

/**
 * A plain antecedent for a pronoun found outside quotations: the last person or body named
 * before it (quotations resolve theirs in text order with turns; stances and claims use this).
 */
export function lastNamedBefore(mentions: readonly MentionAnnotation[], offset: number): SpeakerRef | undefined {
  let best: MentionAnnotation | undefined;
  for (const m of mentions) if (m.end <= offset && m.type !== 'place' && m.form !== 'candidate' && (!best || m.start > best.start)) best = m;
  return best && refOf(best);
}

/**
 * Is token `i` inside a participle's phrase that a comma opens before it in its sentence ("The
 * survey, conducted for the advocacy group America's Voice, found")? The name is the participle's
 * complement, not the subject.
 */
function inParticiple(ctx: SpeakerContext, i: number): boolean {
  const { tokens, lex } = ctx;
  for (let k = i - 1; k > 0 && i - k <= 12 && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (ctx.quoted[k]) return false;
    if (tokens[k]!.text !== ',') continue;
    const w = tokens[k + 1];
    return !!w?.word && !w.cap && k + 1 < i && (lex.isGerund(w.key) || lex.isPastParticiple(w.text.toLowerCase()));
  }
  return false;
}

/**
 * Do the tokens from `from` to before `end` describe a person by a role: a role head, a role's
 * qualifier (« délégué », « adjoint ») or a body's head among the first three words in lower case,
 * with no determiner before them (« délégué syndical », « chercheur au CNRS », "lead author of the
 * report"), or an agent noun first (`agentEndings`: « vendeur de souvenirs »), or past a possessor
 * ("the report's lead author"), and no verb before a link, pronoun or complementizer?
 */
export function roleDescription(ctx: SpeakerContext, from: number, end: number): boolean {
  const { tokens, lex } = ctx;
  let k = from;
  // (Past a possessor: an article, a noun or two, and "'s".)
  for (let p = from + 1; p <= from + 3 && p < end; p++) if (possessiveAt(ctx, p)) k = p + 1;
  while (k < end && !tokens[k]!.word) k++;
  let head = false;
  // (Past a link, verb forms are nouns: "author of the report".)
  let linked = false;
  for (let i = k; i < end; i++) {
    const w = tokens[i]!;
    if (!w.word) continue;
    if (w.cap && i === k) return false;
    linked ||= i > k && (ctx.links.has(w.key) || lex.nounPrepositions.has(w.key));
    if (auxiliaryAt(ctx, i) || lex.isPronoun(w.key) || [lex.complementizers, lex.relatives].some((set) => set.has(w.key)) || (!linked && lex.verbs.has(w.key))) return false;
    if (i === k && (lex.determiners.has(w.key) || ctx.articles.has(w.key))) return false;
    if (i < k + 3 && !w.cap && (roleWord(ctx, w.key) || ctx.roleQualifiers.has(w.key) || ctx.bodyHeads.has(w.key))) head = true;
    // (Or an agent noun first: the singular of one of `agentEndings` whose singular has three
    // letters at least ("-eur", "-ist", not "-er"), on a word three letters longer than that
    // singular: « Selon Paul Morel, vendeur de souvenirs depuis 45 ans, … », "…, historian at …".)
    if (i === k && !w.cap && !lex.verbs.has(w.key) && !lex.isAdverb(w.key) && lex.agentEndings.some((e) => e.length >= 4 && w.key.length >= e.length + 2 && w.key.endsWith(e.slice(0, -1)))) head = true;
  }
  return head;
}

/**
 * The last token before the words of time that end at token `k` ("a letter from his doctor Friday
 * afternoon that says", « une lettre de son médecin vendredi qui affirme »): a relative's
 * antecedent leaves them out. `k` itself when no such word ends there, or when nothing but them
 * is left in the sentence.
 */
function beforeTime(ctx: SpeakerContext, k: number): number {
  const { tokens, lex } = ctx;
  let i = k;
  let day = false;
  while (i > 0 && tokens[i]!.word && lex.isTimeWord(tokens[i]!.key) && tokens[i - 1]!.sentence === tokens[k]!.sentence) {
    day ||= lex.isCalendar(tokens[i]!.key);
    i--;
  }
  // (A day or a month among them, "Friday afternoon", « jeudi soir »: not "last week", « 50 ans ».)
  return day && tokens[i]!.word && !/^\p{N}/u.test(tokens[i]!.text) && ![lex.boundaries, lex.determiners, lex.timeDeterminers].some((set) => set.has(tokens[i]!.key)) ? i : k;
}
