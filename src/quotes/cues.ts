import type { VerbClass } from '../lang/types.js';
import type { Token } from '../entities/tokens.js';
import type { CompiledSpeech, VerbEntry } from './lexicon.js';

/** A reporting cue found in the text, by token indexes (`to` exclusive). */
export interface Cue {
  from: number;
  to: number;
  kind: 'verb' | 'source' | 'colon';
  class?: VerbClass;
  verb?: VerbEntry;
  /** A source preposition that opens a sentence ("Pour le ministre, …"). */
  initial?: boolean;
  /** A preposition that opens a sentence with a document ("In a CBS News poll, …"): its noun's token. */
  documentNoun?: number;
  /**
   * The verb is an infinitive after one of `governors`: a refusal ("declined to say", « a refusé
   * de dire »), which reports no words before it, or a modal (« a tenu à préciser »).
   */
  governed?: 'refusal' | 'modal';
  /** The cue is a noun after this singular article's token ("made a forceful call to …"). */
  article?: number;
  /** The pronoun of an inverted verb ("a-t-il déclaré", "dit-elle"), as character offsets. */
  pronoun?: { start: number; end: number; key: string };
  /**
   * A participle with no auxiliary read as a verb in the active (`participleCue`): it shares the
   * auxiliary of a cue before it (« a rejeté … et accusé », « Paris a mis en garde …, Moscou
   * exigé … »), or its agent is an outlet credited (« un militant cité par l'AFP »), so that the
   * noun before it speaks and the outlet relays it.
   */
  active?: true;
  /** A colon after a headline's topic, a common noun that names no one (« Inondations : »). */
  topic?: true;
}

/**
 * Is the form at token `i` the noun of a phrase that says where the cue `last` spoke, opened by one
 * of `speechEventPrepositions` right after it: "said in her opening remarks", "told CNN in his
 * latest comments", "said in an Instagram post" (a determiner, then two words at most, plain or
 * names)?
 */
function inSpeechEvent(tokens: readonly Token[], quoted: Uint8Array, i: number, lex: CompiledSpeech, last: Cue | undefined): boolean {
  if (!last || last.kind !== 'verb') return false;
  const sentence = tokens[i]!.sentence;
  let k = i - 1;
  for (let n = 0; n < 2 && k > last.to && tokens[k]?.word && !quoted[k] && ![lex.determiners, lex.boundaries, lex.verbs, lex.auxiliaries, lex.pronouns].some((set) => set.has(tokens[k]!.key)); n++) k--;
  if (!tokens[k]?.word || !lex.determiners.has(tokens[k]!.key)) return false;
  k--;
  const p = tokens[k];
  if (!p?.word || p.sentence !== sentence || quoted[k]) return false;
  // (Past what the cue took before: "told CNN in …", "said on Tuesday in …".)
  const m = lex.speechEventPrepositions.match(keyReader(tokens, sentence), k);
  if (!m || m.words.length !== 1) return false;
  let j = last.to;
  while (j < k && tokens[j]!.word && tokens[j]!.cap) j++;
  return j === k;
}

/** The first token of a floating quantifier (`floatingQuantifiers`) that ends at token `j`, or -1: "all", « tous deux ». */
export function floatingStart(tokens: readonly Token[], j: number, lex: CompiledSpeech): number {
  const t = tokens[j];
  if (!t?.word) return -1;
  const keys = keyReader(tokens, t.sentence);
  for (let s = Math.max(0, j - 2); s <= j; s++) if (lex.floatingQuantifiers.match(keys, s)?.words.length === j - s + 1) return s;
  return -1;
}

/** Key of the token at `i`, or undefined past the end or across a sentence end. */
export function keyReader(tokens: readonly Token[], sentence: number): (i: number) => string | undefined {
  return (i) => {
    const t = tokens[i];
    return t && t.sentence === sentence ? t.key : undefined;
  };
}

/** Is there an adverb phrase of the lexicon that ends at token `j`? Gives its first token. */
export function adverbEndingAt(tokens: readonly Token[], j: number, lex: CompiledSpeech): number | undefined {
  const t = tokens[j];
  if (!t?.word) return undefined;
  const keys = keyReader(tokens, t.sentence);
  for (let from = Math.max(0, j - 3); from <= j; from++) {
    const m = lex.adverbs.match(keys, from);
    if (m && from + m.words.length - 1 === j) return from;
  }
  return undefined;
}

/**
 * The token after a source cue of `words` that starts at token `i`, less its last word when that
 * heads the source it names (`sourceCueHeads`: « de source policière » is said by « source
 * policière »).
 */
export function sourceCueEnd(lex: CompiledSpeech, i: number, words: readonly string[]): number {
  return i + words.length - (words.length > 1 && lex.sourceCueHeads.has(words.at(-1)!) ? 1 : 0);
}

/**
 * "the director of the UCLA Anderson Report", "the Drudge Report": a capitalised plain form right
 * after another capitalised word, in a sentence written in lower case (not a headline's "Trump Says
 * He Will …"), is the end of a name that the entities did not find, not a verb.
 */
function nameTail(tokens: readonly Token[], quoted: Uint8Array, i: number, lowerCase: Map<number, boolean>, lex: CompiledSpeech): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!t.cap || t.initial || !prev?.word || !prev.cap || prev.sentence !== t.sentence || quoted[i - 1]) return false;
  // (Only a plain form, whose "-s" form is listed too, as a name's noun is: "Report", "Show"; not
  // "Said", "Warned", "Says", which a writer's capital may start.)
  if (!lex.verbs.has(`${t.key}s`)) return false;
  // (Whether the sentence is written mostly in lower case, worked out once per sentence.)
  let lower = lowerCase.get(t.sentence);
  if (lower === undefined) {
    let words = 0;
    let caps = 0;
    let k = i;
    while (k > 0 && tokens[k - 1]!.sentence === t.sentence) k--;
    for (; k < tokens.length && tokens[k]!.sentence === t.sentence; k++) {
      if (!tokens[k]!.word) continue;
      words++;
      if (tokens[k]!.cap) caps++;
    }
    // (The word itself is left out of the count, as a capital it would tip a short sentence.)
    lower = (caps - 1) * 2 < words - 1;
    lowerCase.set(t.sentence, lower);
  }
  return lower;
}

/** A closing quotation mark (a straight one closes where a verb follows it). */
const CLOSING = /^[»”"’']$/;
const OPENING_MARK = /^[«“"‘]$/;

/**
 * Does a quotation close right before token `i`, past a comma, in its sentence: a closing mark, or
 * a quoted token where `quoted` is known ('"…," laughs Florence Pugh', « « … », sourit-elle »)?
 */
function afterQuotation(tokens: readonly Token[], i: number, quoted?: Uint8Array): boolean {
  const p = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  return p >= 0 && (quoted?.[p] === 1 || CLOSING.test(tokens[p]!.text)) && tokens[p]!.sentence === tokens[i]!.sentence;
}

/**
 * May a verb of `intransitives` at token `i`, whose words end before token `n`, report? Right after
 * a quotation, its speaker inverted after it ('"…," laughs Florence Pugh', « « … », rit Virginie
 * Efira », not « il sourit timidement, … »); else only with no word after it ("The statement
 * read:", not "Hale read the statement of the ministry:") and a colon or a quotation after it (past
 * a comma and a few words: 'it reads, "…"', 'read, in part: "…"'), or one right before its
 * subject ('"…," the sign read.'; not « les autres rigolent, la « niquent » », « de "déséquilibré"
 * pour les délinquants, la France entière rigole »).
 */
function reportsAlone(tokens: readonly Token[], quoted: Uint8Array, i: number, n: number): boolean {
  if (afterQuotation(tokens, i, quoted)) return true;
  const sentence = tokens[i]!.sentence;
  const next = tokens[n];
  if (next?.word && next.sentence === sentence && !quoted[n]) return false;
  const opens = (k: number) => !!tokens[k] && tokens[k].sentence === sentence && (quoted[k] === 1 || OPENING_MARK.test(tokens[k].text));
  if (next && next.sentence === sentence && (next.text === ':' || opens(n) || (next.text === ',' && opens(n + 1)))) return true;
  // ('The statement read, in part: "…"', 'The letter read, in part, "…"': words then a colon, or a
  // comma and a quotation; not « les autres rigolent, la « niquent » ».)
  if (next?.text === ',') {
    let k = n + 1;
    while (k <= n + 3 && tokens[k]?.word && tokens[k]!.sentence === sentence && !quoted[k]) k++;
    if (k > n + 1 && tokens[k]?.sentence === sentence && (tokens[k]!.text === ':' || (tokens[k]!.text === ',' && opens(k + 1)))) return true;
  }
  // (Its subject right after the quotation that opens the sentence: up to eight words, no comma of
  // their own; not 'Asked about the "deal", he shrugged', « Face aux « normes absurdes », les
  // agriculteurs râlent ».)
  for (let p = i - 1, words = 0; p >= 0 && tokens[p]!.sentence === sentence && words <= 8; p--) {
    if (quoted[p] === 1) {
      while (p > 0 && tokens[p - 1]!.sentence === sentence && (quoted[p - 1] === 1 || !tokens[p - 1]!.word)) p--;
      return p === 0 || tokens[p - 1]!.sentence !== sentence;
    }
    if (tokens[p]!.word) words++;
    else if (tokens[p]!.text === ',' && !CLOSING.test(tokens[p - 1]?.text ?? '') && quoted[p - 1] !== 1) return false;
  }
  return false;
}

/** Does one of `gerundPrepositions` (of one or two words) end right before token `at` (« en », « tout en », "by")? */
export function gerundPrepositionBefore(lex: CompiledSpeech, keys: (k: number) => string | undefined, at: number): boolean {
  return [1, 2].some((n) => lex.gerundPrepositions.match(keys, at - n)?.words.length === n);
}

/** Classes of verbs whose object is a person: accusing, urging, warning (« en les accusant de … »). */
const PERSON_OBJECT_CLASSES: ReadonlySet<string> = new Set(['accuse', 'demand', 'warn']);

/**
 * Reporting cues of an article, outside quoted passages: reporting verbs with the auxiliaries and
 * adverbs before them ("a en outre souligné", "has also said"), inverted verbs with their
 * pronoun ("a-t-il déclaré", "ajoute-t-elle"), source prepositions ("selon", "according to") and
 * colons after a name. A verb form right after a determiner is a noun ("l'annonce", "the report"),
 * and a capitalised word inside a name (`named`) is part of it ("the United States").
 */
export function findCues(tokens: readonly Token[], quoted: Uint8Array, lex: CompiledSpeech, nounDeterminers: ReadonlySet<string>, named?: Uint8Array): Cue[] {
  const out: Cue[] = [];
  const lowerCase = new Map<number, boolean>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (quoted[i]) continue;
    if (!t.word) {
      // (Not glued to what follows, as in "http://…" or "10:30", unless a quotation mark opens there.)
      const next = tokens[i + 1];
      const glued = !!next && next.start === t.end && !/^[«“"‘']/.test(next.text);
      if (t.text === ':' && tokens[i - 1]?.word && !quoted[i - 1] && !glued) out.push({ from: i, to: i + 1, kind: 'colon' });
      continue;
    }
    const keys = keyReader(tokens, t.sentence);
    const inverted = invertedAt(tokens, i, lex);
    if (inverted) {
      out.push(inverted);
      i = inverted.to - 1;
      continue;
    }
    // After a governor ("declined to", « a refusé de »), only an infinitive of the `infinitive` verb
    // entries is a verb ("refused to continue the talks" reports nothing), and the governor joins
    // its cue, before the auxiliaries.
    // ("a liberal think tank": a compound noun.)
    // (A verb of `intransitives` reports only where `reportsAlone` says.)
    // (From its auxiliaries: « « … », a savouré l'entraîneur ».)
    let head = i;
    while (head > i - 2 && tokens[head - 1]?.word && tokens[head - 1]!.sentence === t.sentence && !quoted[head - 1] && lex.auxiliaries.has(tokens[head - 1]!.key)) head--;
    const alone = (v: VerbEntry | undefined) => (v && reportsAlone(tokens, quoted, head, i + v.words.length) ? v : undefined);
    const listed = named?.[i] || lex.nounCompounds.match(keys, i) || nameTail(tokens, quoted, i, lowerCase, lex) ? undefined : (lex.verbs.match(keys, i) ?? alone(lex.intransitives.match(keys, i)));
    // (« les critiques », « des demandes »: a form whose accent tells it from a noun, as written only.)
    const finite = listed?.written && t.text.toLowerCase().normalize('NFC') !== listed.written.normalize('NFC') ? undefined : listed;
    const infinitive = named?.[i] ? undefined : lex.infinitives.match(keys, i);
    const governor = infinitive || finite ? governorEndingAt(keys, i, lex) : undefined;
    const verb = governor ? infinitive : finite;
    if (verb) {
      const prev = tokens[i - 1];
      // « de » is a determiner too, but not after a governor (« a refusé de dire »); nor « leur », an
      // object pronoun too, after a word that may end a subject (« Il leur affirme que », « le maire
      // leur a assuré »), not after a preposition, a verb or an auxiliary (« à leur demande »).
      const pp = tokens[i - 2];
      const clitic = !!prev && lex.objectClitics.has(prev.key) && !!pp?.word && pp.sentence === t.sentence && !quoted[i - 2] && ![lex.boundaries, lex.coordinators, lex.determiners, lex.complementizers, lex.infinitiveMarkers, lex.verbs, lex.auxiliaries, nounDeterminers].some((set) => set.has(pp.key));
      // (Nor a finite form after a "that" that is a relative pronoun, right after a noun: "a letter
      // that says", "a report that found"; not "That says a lot", "said that says".)
      const subjectRelative = !!prev && lex.relativeComplementizers.has(prev.key) && !!pp?.word && pp.sentence === t.sentence && !pp.cap && !quoted[i - 2] && (lex.isPresentSingular(t.key) || lex.isPastForm(t.key)) && ![lex.verbs, lex.boundaries, lex.auxiliaries, lex.determiners, lex.coordinators, lex.objectPronouns].some((set) => set.has(pp.key)) && !lex.isPronoun(pp.key) && !lex.isAdverb(pp.key);
      // (Nor an article between a gerund's preposition and the gerund of a verb whose object is a
      // person: « en l'accusant », « en les appelant à », an object pronoun; « en le disant » reports
      // the pronoun only.)
      const gerundObject = PERSON_OBJECT_CLASSES.has(verb.class) && lex.isGerund(t.key) && gerundPrepositionBefore(lex, keys, i - 1);
      if (!governor && prev && prev.sentence === t.sentence && nounDeterminers.has(prev.key) && !clitic && !subjectRelative && !gerundObject) continue;
      // "They should be very, very worried", « le projet est très contesté »: a past participle
      // after a copula and a word of degree (past its repetition and comma) is an adjective; not
      // after a negation ("was not told", « n'est plus contesté »), nor with no copula ("largely
      // agreed").
      const degree = prev;
      const copula = tokens[i - 2]?.text === ',' && tokens[i - 3]?.key === prev?.key ? tokens[i - 4] : tokens[i - 2];
      if (!governor && verb.words.length === 1 && degree?.word && copula?.word && copula.sentence === t.sentence && lex.degreeWords.has(degree.key) && !lex.negationWords.has(degree.key) && !lex.contrastNegations.has(degree.key) && lex.passiveAuxiliaries.has(copula.key) && lex.isPastParticiple(t.text.toLowerCase())) continue;
      // A clause or an infinitive after a form that may be a noun is what it reports ("Trump's claim
      // that …", "a forceful call to …").
      const next = tokens[i + verb.words.length];
      const reported = !!next && (lex.complementizers.has(next.key) || lex.infinitiveMarkers.has(next.key));
      // "made a forceful call to strengthen unions": a noun that reports (or, for a verb that takes
      // an object, that a preposition's phrase follows: "an early call for …") is a cue whose speaker
      // is the subject of the verb before it (`article`).
      const reports = verb.words.length > 1 || reported || (!!verb.object && !!next?.word && lex.nounPrepositions.has(next.key));
      // (The singular article that makes the form a noun, looked up once for the three tests below.)
      const articleBefore = governor ? -1 : singularArticleBefore(tokens, i, lex);
      const article = governor || !reports ? -1 : singularNoun(tokens, articleBefore, i, lex);
      // ("said on a conference call that …", "in a phone call that …": a noun of where the speaker
      // spoke in a preposition's phrase is no cue; a message still is: "began with a tweet that …".)
      const nounAt = verb.words.length > 1 ? -1 : articleBefore;
      const inPhrase = nounAt > 0 && lex.speechEventNouns.match(keys, i)?.words.length === 1 && !lex.messageNouns.has(t.key) && tokens[nounAt - 1]!.word && tokens[nounAt - 1]!.sentence === t.sentence && lex.boundaries.has(tokens[nounAt - 1]!.key) && !lex.complementizers.has(tokens[nounAt - 1]!.key) && !lex.coordinators.has(tokens[nounAt - 1]!.key);
      if (inPhrase) continue;
      // ("According to a police report obtained by …": in a source's phrase, a noun that reports
      // nothing is no verb.)
      if (!governor && !reports && verb.words.length === 1 && sourceBefore(tokens, articleBefore, lex)) continue;
      // ("made a strong claim in the debate", "praised a bipartisan appeal, citing …": after a
      // singular article and words of its own, a form that reports nothing here is a noun.)
      if (!governor && !reports && verb.words.length === 1 && (articleBefore >= 0 || singularPhraseNoun(tokens, quoted, i, lex))) continue;
      // After a preposition no finite verb follows: "an analysis of reports shows", "a series of
      // attacks" (a noun that a clause follows still reports it: "amid fears that …", "on reports that …").
      // Not a preposition left at the end of a relative clause: "The people he spoke with say …".
      const afterPreposition = !governor && prev?.word && prev.sentence === t.sentence && !quoted[i - 1] && lex.nounPrepositions.has(prev.key) && lex.nounLike.has(t.key) && verb.words.length === 1;
      const stranded = () => !!tokens[i - 2]?.word && (lex.verbs.has(tokens[i - 2]!.key) || lex.isPastParticiple(tokens[i - 2]!.text.toLowerCase()));
      if (afterPreposition && !lex.complementizers.has(tokens[i + 1]?.key ?? '') && !stranded()) continue;
      // "said in her opening remarks that …": a plural in the phrase of where a verb cue spoke (its
      // preposition right after the cue, a determiner and two words at most, plain or names: "in an
      // Instagram post") is a noun, and the clause after it is the verb's.
      if (!governor && verb.words.length === 1 && lex.nounLike.has(t.key) && inSpeechEvent(tokens, quoted, i, lex, out[out.length - 1])) continue;
      // "said in a video posted online that …": a past participle right after that phrase's noun
      // qualifies it, and the clause after it is the verb's.
      if (!governor && verb.words.length === 1 && lex.isPastParticiple(t.text.toLowerCase()) && !!lex.speechEventNouns.match(keys, i - 1) && inSpeechEvent(tokens, quoted, i - 1, lex, out[out.length - 1])) continue;
      // "The funds promised by the state never arrived", « les fonds promis par l'État »: a past
      // participle right after a plain noun in lower case, before an agent's preposition, qualifies
      // that noun in the passive; it reports nothing of its own. Not a participle that quotes (« un
      // militant cité par l'AFP ») nor one that names ("strikes described by the regime as …").
      if (!governor && verb.words.length === 1 && !verb.naming && !lex.quotingParticiples.has(t.key) && (lex.isPastParticiple(t.text.toLowerCase()) || lex.irregularParticiples.has(t.key)) && passiveQualifier(tokens, quoted, i, lex)) continue;
      // "several reports reveal that", "Media reports say the …": a plural noun, the subject of the
      // verb after it (`pluralSubject`).
      if (!governor && verb.words.length === 1 && pluralSubject(tokens, i, lex)) continue;
      if (!governor && verb.words.length === 1 && !reports && pluralNoun(tokens, quoted, i, lex)) continue;
      // "faced calls to resign", "rejected calls for an inquiry": a plural noun right after a verb
      // of `receivingVerbs` (past an adverb) is others' words, which the subject meets, not its own.
      // (So is a form that may be a noun: "has faced ridicule online".)
      if (!governor && (lex.pluralNouns.has(t.key) || (lex.nounLike.has(t.key) && verb.words.length === 1)) && receivedAt(tokens, quoted, i, lex)) continue;
      if (!governor && verb.words.length === 1 && subjectNoun(tokens, quoted, i, lex)) continue;
      if (!governor && verb.words.length === 1 && contentSubject(tokens, quoted, i, lex)) continue;
      // 'the "Safe Valley" report': a form that may be a noun after a quoted title that a
      // determiner opens is that noun.
      if (!governor && verb.words.length === 1 && lex.nounLike.has(t.key) && titledNoun(tokens, quoted, i, lex, nounDeterminers)) continue;
      // After a possessive, a form that may be a noun is one ("Trump's remarks", "the governor's
      // report"), unless a clause or an infinitive follows, which it reports ("Trump's claim that
      // …", "his call to ban …"). Before any other form the clitic is an auxiliary ("Clinton's
      // called for", "Hale's said"), as after a pronoun ("he's said").
      const afterPossessive = !governor && !!prev && lex.possessiveClitics.has(prev.key) && /^['’]$/.test(tokens[i - 2]?.text ?? '') && prev.start === tokens[i - 2]!.end && !lex.pronouns.has(tokens[i - 3]?.key ?? '') && verb.words.length === 1;
      if (afterPossessive && lex.nounLike.has(t.key) && !reported) continue;
      // So is a past participle before a plain word in lower case, its noun ("the leadership's
      // repeated refusal", "the mayor's promised review"; not "Hale's said the dam …").
      const noun = tokens[i + 1];
      if (afterPossessive && lex.isPastParticiple(t.text.toLowerCase()) && noun?.word && !noun.cap && noun.sentence === t.sentence && !quoted[i + 1] && ![lex.determiners, lex.boundaries, lex.pronouns, lex.objectPronouns, lex.complementizers, lex.relatives, lex.auxiliaries, lex.verbParticles].some((set) => set.has(noun.key)) && !lex.isAdverb(noun.key)) continue;
      // "said defending champion Lara Quinn": a gerund right after a verb cue, before a plain noun
      // and a name, qualifies that noun, the inverted speaker's title; so does a form that may be a
      // noun ("said project scientist Yuki Tanaka", "said report author Jane Hill").
      const last = out[out.length - 1];
      const title = tokens[i + 1];
      if (!governor && (verb.participle || (lex.nounLike.has(t.key) && verb.words.length === 1)) && last?.kind === 'verb' && last.to === i && !last.verb?.participle && title?.word && !title.cap && title.sentence === t.sentence && !quoted[i + 1] && ![lex.determiners, lex.boundaries, lex.pronouns, lex.objectPronouns, lex.complementizers, lex.auxiliaries].some((set) => set.has(title.key)) && tokens[i + 2]?.cap && tokens[i + 2]!.sentence === t.sentence) continue;
      let from = i - (governor?.length ?? 0);
      for (;;) {
        const p = tokens[from - 1];
        if (!p || p.sentence !== t.sentence || quoted[from - 1]) break;
        // (The passive's "being" is no auxiliary elsewhere: "told a meeting being held in …"; a
        // capitalised word inside a name is none: "Theresa May said".)
        if (p.word && !named?.[from - 1] && (lex.auxiliaries.has(p.key) || lex.passiveAuxiliaries.has(p.key))) {
          from--;
          continue;
        }
        // "He's said", "she’s not saying": an auxiliary clitic after a pronoun and an apostrophe.
        const pronoun = tokens[from - 3]?.key ?? '';
        // So after a name when the form cannot be a noun ("Hale's said", "Berg's called for").
        const afterName = !!tokens[from - 3]?.cap && !lex.isPronoun(pronoun) && !lex.nounLike.has(t.key) && from === i;
        if (p.word && lex.auxiliaryClitics.has(p.key) && /^['’]$/.test(tokens[from - 2]?.text ?? '') && ((lex.pronouns.has(pronoun) && !lex.impersonalPronouns.has(pronoun)) || afterName)) {
          from -= 2;
          continue;
        }
        // « ont toutes été rejetées », "have all said": a quantifier between two auxiliaries; « ont
        // tous deux jugé »: a floating one after an auxiliary.
        if (p.word && lex.quantifiers.has(p.key) && lex.auxiliaries.has(tokens[from - 2]?.key ?? '') && tokens[from - 2]!.sentence === t.sentence) {
          from--;
          continue;
        }
        const floating = floatingStart(tokens, from - 1, lex);
        if (floating > 0 && floating < from && tokens[floating - 1]!.sentence === t.sentence && tokens[floating - 1]!.word && lex.auxiliaries.has(tokens[floating - 1]!.key)) {
          from = floating;
          continue;
        }
        // « Il m'a dit », « le maire leur a assuré »: an object pronoun before the verb, after a word
        // of the clause (« Nous avons dit » has none); not an infinitive's (« accusé de lui avoir
        // lancé »), nor a subject that the verb agrees with (« Hier nous avons annoncé »).
        const before = tokens[from - 2];
        // (Or after a quotation and its comma, the subject inverted after the verb: « « … », nous a
        // indiqué la direction », « « … », m'a confié le maire ».)
        const afterQuote = before?.text === ',' && /^[»”"’]$/.test(tokens[from - 3]?.text ?? '');
        const clitic = lex.objectClitics.has(p.key) || (lex.articleClitics.has(p.key) && lex.auxiliaries.has(tokens[from]!.key));
        if (p.word && clitic && !lex.subjectCliticEndings.some((e) => tokens[from]!.key.endsWith(e)) && (afterQuote || (before?.word && before.sentence === t.sentence && !quoted[from - 2] && ![lex.coordinators, lex.boundaries, lex.complementizers, lex.infinitiveMarkers].some((set) => set.has(before.key))))) {
          from--;
          continue;
        }
        const adv = adverbEndingAt(tokens, from - 1, lex);
        // An adverb joins the cue only between an auxiliary and the verb, or right before the verb
        // (with a degree before it: "has very often said").
        if (adv !== undefined && adv < from && lex.auxiliaries.has(tokens[adv - 1]?.key ?? '')) {
          from = adv;
          continue;
        }
        if (adv !== undefined && adv < from && lex.degreeWords.has(tokens[adv - 1]?.key ?? '') && lex.auxiliaries.has(tokens[adv - 2]?.key ?? '') && tokens[adv - 2]!.sentence === t.sentence) {
          from = adv - 1;
          continue;
        }
        break;
      }
      // « Les discussions se poursuivent », « tout se résume à »: no report after a reflexive (one
      // that is no object clitic as well: « il nous annonçait que » reports).
      let reflexive = false;
      let ownReflexive = false;
      for (let k = from; k < i; k++) {
        if (!lex.reflexives.has(tokens[k]!.key)) continue;
        reflexive = true;
        ownReflexive ||= !lex.objectClitics.has(tokens[k]!.key);
      }
      if (ownReflexive && lex.reflexiveNonReporting.has(t.key)) continue;
      if (verb.reflexive && !reflexive) continue;
      // (A reflexive verb with no object takes no noun after its infinitive's marker: not « s'engage
      // à hauteur de 5 millions », « s'est engagé à 18 ans dans la Légion », while « à relancer »,
      // « à ne pas », « à lui fournir », « à "continuer" » report.)
      if (verb.reflexive && !verb.object) {
        const marker = tokens[i + verb.words.length];
        const then = tokens[i + verb.words.length + 1];
        const verbal = !then?.word || lex.isBareInfinitive(then.key) || [lex.negationWords, lex.reflexives, lex.objectClitics, lex.objectPronouns].some((set) => set.has(then.key));
        if (!!marker?.word && lex.infinitiveMarkers.has(marker.key) && !verbal) continue;
      }
      // « a condamné le prévenu à deux ans de prison »: a phrase after the verb in its clause gives it
      // a sense that reports nothing (`otherSenses`).
      if (verb.otherSenses) {
        let other = false;
        for (let k = i + verb.words.length; k <= i + verb.words.length + 12 && keys(k) !== undefined && tokens[k]!.text !== ',' && !other; k++) other = !!verb.otherSenses.match(keys, k);
        if (other) continue;
      }
      // "said goodbye", "declared a state of emergency": a phrase of `objectSenses` right after the
      // verb gives it a sense that reports nothing, unless it is a clause's subject, an auxiliary or
      // a past form after no determiner following it before punctuation, a preposition or a clause
      // word ("said nothing more needed to be said", "declared war crimes would be punished").
      const sense = verb.objectSenses?.match(keys, i + verb.words.length);
      if (sense) {
        let clause = false;
        for (let k = i + verb.words.length + sense.words.length, n = 0; n < 5 && !clause && tokens[k]?.word && tokens[k]!.sentence === t.sentence; k++, n++) {
          const w = tokens[k]!;
          if ([lex.relatives, lex.complementizers, lex.coordinators, lex.boundaries].some((set) => set.has(w.key)) || lex.subordinators.match(keys, k)) break;
          // (Not a form after a determiner: "a packed hall", "the cost".)
          const after = tokens[k - 1]!;
          clause = !w.cap && (lex.auxiliaries.has(w.key) || (lex.isPastForm(w.key) && !lex.determiners.has(after.key)));
        }
        if (!clause) continue;
      }
      // "backing down", "backed away from": a particle makes another verb of a stance.
      if (verb.stance && lex.verbParticles.has(tokens[i + verb.words.length]?.key ?? '')) continue;
      // « n'a pas souhaité commenter », « n'a pas voulu s'exprimer »: a negated modal refuses.
      let refusal = !!governor?.refusal;
      for (let k = Math.max(0, from - 2); k < i && governor && !refusal; k++) refusal = !!tokens[k]?.word && tokens[k]!.sentence === t.sentence && lex.negationWords.has(tokens[k]!.key);
      out.push({ from, to: i + verb.words.length, kind: 'verb', class: verb.class, verb, ...(governor ? { governed: refusal ? 'refusal' : 'modal' } : {}), ...(article >= 0 ? { article } : {}) });
      i += verb.words.length - 1;
      continue;
    }
    const documentSource = t.initial ? documentCue(tokens, i, lex) : namedDocumentAfter(tokens, i, lex);
    if (documentSource) {
      out.push(documentSource);
      continue;
    }
    const source = lex.sourceCues.match(keys, i) ?? (t.initial ? lex.initialSourceCues.match(keys, i) : undefined);
    if (source) {
      const initial = !lex.sourceCues.match(keys, i);
      const to = sourceCueEnd(lex, i, source.words);
      out.push({ from: i, to, kind: 'source', ...(initial ? { initial } : {}) });
      i = to - 1;
    }
  }
  return out;
}

/**
 * "made a forceful call for", "delivered an impassioned appeal to": a plain form (whose "-s" form
 * is listed too) after a singular article and up to three adjectives in lower case is a noun, since
 * a singular subject would take the "-s" form (`singularArticles`); the article follows a verb of
 * its own, a word in lower case that is no auxiliary, reporting verb or function word (not "A panel
 * of experts warn", "It was a forceful call"). Given that article's token `k` (from
 * `singularArticleBefore`) for the form at `i`, gives it back, or -1.
 */
function singularNoun(tokens: readonly Token[], k: number, i: number, lex: CompiledSpeech): number {
  if (k < 0) return -1;
  const verb = tokens[k - 1];
  // (A reporting verb is one when its form starts there: "made clear" is one, "made a" is not.)
  const plain = !!verb?.word && !verb.cap && verb.sentence === tokens[i]!.sentence && !lex.verbs.match(keyReader(tokens, tokens[i]!.sentence), k - 1) && ![lex.auxiliaries, lex.boundaries, lex.coordinators, lex.determiners, lex.pronouns, lex.relatives, lex.complementizers, lex.nounPrepositions, lex.infinitiveMarkers].some((set) => set.has(verb.key));
  return plain ? k : -1;
}

/** Does a source preposition ("according to", « selon ») end right before token `at` (not -1)? */
function sourceBefore(tokens: readonly Token[], at: number, lex: CompiledSpeech): boolean {
  if (at <= 0) return false;
  const keys = keyReader(tokens, tokens[at]!.sentence);
  for (let n = 1; n <= 4 && at - n >= 0; n++) if (lex.sourceCues.match(keys, at - n)?.words.length === n) return true;
  return false;
}

/**
 * "a police report", "a forceful call": the singular article (`singularArticles`) before a plain
 * form whose "-s" form is listed too, past one to three words in lower case, which is then a noun
 * (a singular subject would take the "-s" form). Gives the article's token, or -1.
 */
function singularArticleBefore(tokens: readonly Token[], i: number, lex: CompiledSpeech): number {
  const t = tokens[i]!;
  if (!lex.singularArticles.size || !lex.nounLike.has(t.key) || !lex.nounLike.has(`${t.key}s`)) return -1;
  for (let k = i - 1; k >= i - 4; k--) {
    const w = tokens[k];
    if (!w?.word || w.sentence !== t.sentence) return -1;
    // (An article in capitals only opens the sentence: not "F.A.A. records show".)
    if (lex.singularArticles.has(w.key)) return k < i - 1 && (!w.cap || w.initial) ? k : -1;
    // (Not a share, which takes a plural verb: "a third say", "a slim majority say that", "a mere 9 percent say".)
    if (w.cap || /\p{N}/u.test(w.text) || [lex.auxiliaries, lex.boundaries, lex.coordinators, lex.determiners, lex.pronouns, lex.verbs, lex.relatives, lex.quantifiers, lex.collectiveNouns, lex.nounPrepositions].some((set) => set.has(w.key))) return -1;
  }
  return -1;
}

/**
 * "praised the bipartisan appeal, citing …", "his strong appeal for calm": a plain form (whose
 * "-s" form is listed too) after a determiner ("the", a possessive; no quantifier, which may count
 * a plural, nor "that", a complementizer too) and one or two words in lower case that are
 * no plural, before a comma, a stop or a noun's preposition, is a noun too: a singular subject would
 * take the "-s" form, and no clause follows. (Only where a language has `singularArticles`.)
 */
function singularPhraseNoun(tokens: readonly Token[], quoted: Uint8Array, i: number, lex: CompiledSpeech): boolean {
  const t = tokens[i]!;
  if (!lex.singularArticles.size || !lex.nounLike.has(t.key) || !lex.nounLike.has(`${t.key}s`)) return false;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && (next.word ? !lex.nounPrepositions.has(next.key) : !/^[,.;]$/.test(next.text))) return false;
  for (let k = i - 1; k >= i - 3; k--) {
    const w = tokens[k];
    if (!w?.word || w.sentence !== t.sentence || quoted[k]) return false;
    const possessive = lex.possessiveClitics.has(w.key) && /^['’]$/.test(tokens[k - 1]?.text ?? '');
    if ((lex.determiners.has(w.key) && ![lex.complementizers, lex.quantifiers].some((set) => set.has(w.key))) || lex.possessiveDeterminers.has(w.key) || possessive) return k < i - 1;
    if (w.cap || /\p{N}/u.test(w.text) || w.key.endsWith('s') || lex.isAdverb(w.key) || [lex.auxiliaries, lex.boundaries, lex.coordinators, lex.determiners, lex.pronouns, lex.objectPronouns, lex.verbs, lex.relatives, lex.quantifiers, lex.collectiveNouns, lex.nounPrepositions].some((set) => set.has(w.key))) return false;
  }
  return false;
}

/** The most words of a governor ("went so far as to"). */
const GOVERNOR_WORDS = 5;

/** The governor (`governors`) that ends right before token `at`, if one does: its length, and whether it refuses. */
function governorEndingAt(keys: (i: number) => string | undefined, at: number, lex: CompiledSpeech): { length: number; refusal: boolean } | undefined {
  for (let n = 1; n <= GOVERNOR_WORDS && at - n >= 0; n++) {
    const g = lex.governors.match(keys, at - n);
    if (g?.words.length === n) return { length: n, refusal: g.refusal };
  }
  return undefined;
}

/** The most words between a document preposition and its comma ("In an NBC News/Wall Street Journal poll released Monday,"). */
const DOCUMENT_WORDS = 10;

/**
 * "In a CBS News poll, she led …", « Dans un bilan publié mardi, la préfecture … »: a preposition
 * that opens the sentence, and a document noun heading its phrase, before any link or preposition
 * ("In the wake of the report", « Dans le cadre de l'étude » are adjuncts) and before the comma.
 */
function documentCue(tokens: readonly Token[], i: number, lex: CompiledSpeech): Cue | undefined {
  const m = lex.documentSourceCues.match(keyReader(tokens, tokens[i]!.sentence), i);
  if (!m) return undefined;
  const to = i + m.words.length;
  for (let k = to; k < to + DOCUMENT_WORDS && tokens[k] && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
    // A preposition, or a second determiner after a link ("the wake of the report"), ends the head
    // phrase; not one right after the first ("the most recent survey").
    if (tokens[k]!.text === ',' || lex.boundaries.has(tokens[k]!.key) || (k > to && lex.determiners.has(tokens[k]!.key) && !lex.determiners.has(tokens[k - 1]!.key))) return undefined;
    if (lex.documentNouns.has(tokens[k]!.key)) return { from: i, to, kind: 'source', initial: true, documentNoun: k };
  }
  return undefined;
}

/**
 * An inverted verb: one hyphenated token whose last part is a subject pronoun ("a-t-il",
 * "dit-elle", "ajoute-t-il"), followed by the participle when the first part is an auxiliary.
 */
export function invertedAt(tokens: readonly Token[], i: number, lex: CompiledSpeech): Cue | undefined {
  const t = tokens[i]!;
  const inversion = inversionAt(tokens, i, lex);
  if (!inversion) return undefined;
  const { head, last, pronoun } = inversion;
  const keys = keyReader(tokens, t.sentence);
  // (A verb of `intransitives` only right after a quotation: « « … », sourit-elle », not « De Gaulle riait-il ? ».)
  const direct = lex.verbs.match((k) => (k === 0 ? head : undefined), 0) ?? (afterQuotation(tokens, i) ? lex.intransitives.match((k) => (k === 0 ? head : undefined), 0) : undefined);
  if (direct) return { from: i, to: last + 1, kind: 'verb', class: direct.class, verb: direct, pronoun };
  if (!lex.auxiliaries.has(head)) return undefined;
  let j = last + 1;
  // (Past adverbs and a negation's second word: « n'a-t-il pas déclaré », « a-t-elle vraiment dit ».)
  for (let n = 0; n < 3; n++) {
    const adv = lex.adverbs.match(keys, j);
    if (adv) j += adv.words.length;
    else if (tokens[j]?.word && tokens[j]!.sentence === t.sentence && (lex.negationWords.has(tokens[j]!.key) || lex.isAdverb(tokens[j]!.key))) j++;
    else break;
  }
  const verb = lex.verbs.match(keys, j);
  if (verb) return { from: i, to: j + verb.words.length, kind: 'verb', class: verb.class, verb, pronoun };
  // « s'est-il contenté de répondre », « a-t-il refusé de dire »: a governor, then an infinitive.
  const governor = lex.governors.match(keys, j);
  const infinitive = governor ? lex.infinitives.match(keys, j + governor.words.length) : undefined;
  if (!governor || !infinitive) return undefined;
  return { from: i, to: j + governor.words.length + infinitive.words.length, kind: 'verb', class: infinitive.class, verb: infinitive, pronoun, governed: governor.refusal ? 'refusal' : 'modal' };
}

/**
 * A verb inverted with its subject pronoun at token `i`: one hyphenated token ("a-t-il", its head
 * "a"), or, as some write it, a verb and a dash glued to the pronoun after it (« n'a –il pas »);
 * the verb's key, the pronoun's last token and the pronoun.
 */
export function inversionAt(tokens: readonly Token[], i: number, lex: CompiledSpeech): { head: string; last: number; pronoun: { start: number; end: number; key: string } } | undefined {
  const t = tokens[i]!;
  let last = i;
  if (!t.key.includes(' ')) {
    const dash = tokens[i + 1];
    const pron = tokens[i + 2];
    // (Integer tests first: this runs at every token.)
    if (!t.word || !dash || !pron?.word || dash.end !== pron.start || dash.start === t.end || pron.sentence !== t.sentence || !DASH_MARK.test(dash.text)) return undefined;
    last = i + 2;
  }
  const key = tokens[last]!.key.split(' ').pop()!;
  if (!lex.pronouns.has(key)) return undefined;
  return { head: last === i ? t.key.split(' ')[0]! : t.key, last, pronoun: { start: tokens[last]!.end - key.length, end: tokens[last]!.end, key } };
}
const DASH_MARK = /^[-‐‑–—]$/;

/**
 * Does a quoted title of four words at most, opened by a determiner, end right before token `i`
 * ('the "Safe Valley" report', 'her "dry feet" plan')?
 */
function titledNoun(tokens: readonly Token[], quoted: Uint8Array, i: number, lex: CompiledSpeech, nounDeterminers: ReadonlySet<string>): boolean {
  let j = i - 1;
  while (j >= 0 && !tokens[j]!.word && /^['’”"»]+$/.test(tokens[j]!.text)) j--;
  if (j === i - 1 || j < 0 || !quoted[j]) return false;
  let words = 0;
  while (j >= 0 && quoted[j] && tokens[j]!.sentence === tokens[i]!.sentence) if (tokens[j--]!.word) words++;
  while (j >= 0 && !tokens[j]!.word && /^['‘“"«]+$/.test(tokens[j]!.text)) j--;
  const det = tokens[j];
  return words >= 1 && words <= 4 && !!det?.word && det.sentence === tokens[i]!.sentence && (nounDeterminers.has(det.key) || lex.determiners.has(det.key));
}

/** Is `key` the "-s" form of a listed verb whose plain form is listed too ("reports", "claims")? */
export function pluralForm(key: string, lex: CompiledSpeech): boolean {
  return key.endsWith('s') && lex.oneWordVerbs.has(key) && lex.oneWordVerbs.has(key.slice(0, -1));
}

/**
 * Do the capitalised words that end at token `j` open their sentence or a clause after a comma, after
 * a determiner or a quantifier at most ("Local reports", "Some GOP figures", "On Monday, Russian
 * reports"; not "the payments Smith claims")?
 */
function capitalisedOpening(tokens: readonly Token[], j: number, lex: CompiledSpeech): boolean {
  let k = j;
  while (k > 0 && tokens[k - 1]!.word && tokens[k - 1]!.cap && tokens[k - 1]!.sentence === tokens[j]!.sentence) k--;
  if (tokens[k]!.initial) return true;
  const before = tokens[k - 1];
  if (before?.text === ',' && before.sentence === tokens[j]!.sentence) return true;
  return !!before?.word && before.sentence === tokens[j]!.sentence && (lex.determiners.has(before.key) || lex.quantifiers.has(before.key)) && (before.initial || before.cap);
}

/**
 * "several reports reveal that", "Media reports say the …": the "-s" form of a listed verb whose
 * plain form is listed too is a plural noun, the subject of the verb after it, when that verb is a
 * listed form that is no "-s" form or gerund before a clause's first word (a complementizer, a
 * determiner, a pronoun, or, after a plain form whose "-s" form is listed, a capital or a number;
 * not "says attack ads are …"), and the noun opens
 * its sentence or follows a word in lower case that is no pronoun, auxiliary, adverb or function
 * word, or capitalised words that open the sentence (`capitalisedOpening`).
 */
export function pluralSubject(tokens: readonly Token[], i: number, lex: CompiledSpeech): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const clause = tokens[i + 2];
  // (A capitalised word after it is a name's: "says Hope Hicks never saw", "says Signal Hill residents".)
  if (!pluralForm(t.key, lex) || !next?.word || next.cap || next.sentence !== t.sentence || next.key.endsWith('s')) return false;
  if (!clause?.word || clause.sentence !== t.sentence || !(clause.cap || /^\p{N}/u.test(clause.text) || lex.isPronoun(clause.key) || [lex.complementizers, lex.determiners].some((set) => set.has(clause.key)))) return false;
  // (Or any other form of one but a gerund, before a complementizer, a determiner or a pronoun:
  // "Local reports said the …", "Party figures claimed that …"; not "Moscow claims alleged
  // Ukrainian saboteurs …", whose past form is an adjective.)
  if (!lex.oneWordVerbs.has(next.key) || lex.isGerund(next.key)) return false;
  if (!lex.oneWordVerbs.has(`${next.key}s`) && (clause.cap || /^\p{N}/u.test(clause.text))) return false;
  if (t.initial) return true;
  const prev = tokens[i - 1];
  if (!prev?.word || prev.sentence !== t.sentence) return false;
  if (prev.cap) return capitalisedOpening(tokens, i - 1, lex);
  return !lex.isPronoun(prev.key) && !lex.isAdverb(prev.key) && ![lex.auxiliaries, lex.boundaries, lex.coordinators, lex.relatives, lex.complementizers, lex.objectPronouns, lex.verbs].some((set) => set.has(prev.key));
}

/**
 * "The inspection report said …", "the police report quoted a nurse": a form that may be a noun,
 * right before a listed verb in a past or an "-s" form, is that verb's subject's noun (no verb takes
 * another finite one right after it). Only where a noun's head comes last (not `headFirst`: «
 * Le président considère avoir »).
 */
export function subjectNoun(tokens: readonly Token[], quoted: Uint8Array, i: number, lex: CompiledSpeech): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (lex.headFirst || !lex.nounLike.has(t.key) || !next?.word || next.cap || next.sentence !== t.sentence || quoted[i + 1]) return false;
  // (A form with no "-s" form of its own is not the plain one: "said", "quoted", "says".)
  return lex.oneWordVerbs.has(next.key) && !lex.oneWordVerbs.has(`${next.key}s`) && !lex.isGerund(next.key);
}

/**
 * "The company said demand had collapsed", "said demand for mortgages was weak": a form that may
 * be a noun right after a reporting verb's form (no auxiliary nor gerund) is the subject of the
 * clause the verb reports when an auxiliary follows it (`nounBeforeAuxiliary`).
 */
export function contentSubject(tokens: readonly Token[], quoted: Uint8Array, i: number, lex: CompiledSpeech): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev?.word || prev.cap || prev.sentence !== t.sentence || quoted[i - 1] || !lex.verbs.has(prev.key) || lex.auxiliaries.has(prev.key) || lex.isGerund(prev.key)) return false;
  return nounBeforeAuxiliary(tokens, quoted, i, lex);
}

/**
 * Is token `i` a form that may be a noun ("demand", "comment") before a finite auxiliary in lower
 * case, right after it or past a preposition's phrase of three plain words at most ("demand for
 * mortgages was")?
 */
export function nounBeforeAuxiliary(tokens: readonly Token[], quoted: Uint8Array, i: number, lex: CompiledSpeech): boolean {
  const t = tokens[i]!;
  if (!lex.nounLike.has(t.key)) return false;
  let k = i + 1;
  if (tokens[k]?.word && lex.nounPrepositions.has(tokens[k]!.key)) {
    const stop = k + 4;
    for (k++; k < stop && tokens[k]?.word && !tokens[k]!.cap && tokens[k]!.sentence === t.sentence && ![lex.auxiliaries, lex.verbs, lex.boundaries, lex.relatives].some((set) => set.has(tokens[k]!.key)); k++);
  }
  const aux = tokens[k];
  return !!aux?.word && !aux.cap && aux.sentence === t.sentence && !quoted[k] && lex.auxiliaries.has(aux.key);
}

/** Is token `k` a word in lower case that may be a noun, in the sentence of the token after it: no function word, verb, adverb, past form or gerund? */
export function plainNoun(tokens: readonly Token[], k: number, lex: CompiledSpeech): boolean {
  const w = tokens[k];
  return !!w?.word && w.sentence === tokens[k + 1]?.sentence && !w.cap && !lex.isAdverb(w.key) && !lex.isPastForm(w.key) && !lex.isGerund(w.key) && ![lex.determiners, lex.boundaries, lex.auxiliaries, lex.verbs, lex.pronouns, lex.objectPronouns, lex.relatives, lex.complementizers, lex.coordinators, lex.quantifiers].some((set) => set.has(w.key));
}

/**
 * "Trump repeated claims Clinton made", "denying reports of a rift", "The terror attacks changed
 * the campaign", "His comments were echoed": a form of `pluralNouns` is a plural noun, not a verb,
 * right after a verb form in lower case (a past form that no passive auxiliary precedes and that is
 * no relative clause's verb, or a gerund; "the man who was arrested claims", "The nurse who resigned
 * claims" keep their verb), or before an auxiliary of `pluralAuxiliaries` or a past form then a
 * determiner, a complementizer or a preposition (`pastBeforeClause`), after a word in lower case that
 * is no pronoun or adverb, nor a determiner after a noun ("the documents Clinton claims were stolen",
 * "the ones he now claims are secret", "payments the minister claims were legal" are a verb's, with
 * a gap); at the sentence's opening, past capitalised words, the auxiliary or past form after it
 * decides alone ("Official figures released on Monday showed").
 */
export function pluralNoun(tokens: readonly Token[], quoted: Uint8Array, i: number, lex: CompiledSpeech): boolean {
  const t = tokens[i]!;
  // (Words of the sentence in lower case, outside quotations.)
  const plain = (k: number) => !!tokens[k]?.word && tokens[k].sentence === t.sentence && !quoted[k] && !tokens[k].cap;
  if (!lex.pluralNouns.has(t.key)) return false;
  // (Or the sentence's first word, or after capitalised words that open it: "Figures released on
  // Monday showed", "Official figures released …", which the verb after decides alone.)
  const prev = tokens[i - 1];
  const opening = t.initial || (!!prev?.word && prev.sentence === t.sentence && !quoted[i - 1] && prev.cap && capitalisedOpening(tokens, i - 1, lex));
  if (opening) return plain(i + 1) && (lex.pluralAuxiliaries.has(tokens[i + 1]!.key) || pastBeforeClause(tokens, i + 1, lex));
  if (!prev || !plain(i - 1)) return false;
  const before = tokens[i - 2];
  // (A gerund only where it opens its phrase, after a comma, a preposition or an auxiliary: "by
  // repeating claims", "was denying reports"; "Exit polling shows" is a noun's.)
  const opens = !!before && before.sentence === t.sentence && (before.text === ',' || (before.word && [lex.boundaries, lex.auxiliaries, lex.passiveAuxiliaries].some((set) => set.has(before.key))));
  // (Not a participle of a passive, or one that may qualify the noun before it: "the man who was
  // arrested claims", "The man arrested claims he is innocent"; unless it is a verb whose object may
  // be what it reports: "The mayor dismissed claims the dam leaked".)
  const qualifies = lex.determiners.has(tokens[i - 3]?.key ?? '') && !lex.grammatical(before!.key) && !lex.verbs.match(keyReader(tokens, t.sentence), i - 1)?.object;
  const passive = plain(i - 2) && (lex.passiveAuxiliaries.has(before!.key) || qualifies);
  // (Nor the verb of a relative clause, its pronoun's or one with a gap, "The nurse who resigned
  // claims she …", "The man she married claims …", unless it reports an object: "the official who
  // dismissed claims of fraud".)
  const relative = !!before?.word && before.sentence === t.sentence && (lex.relatives.has(before.key) || (lex.pronouns.has(before.key) && plainNoun(tokens, i - 3, lex))) && !lex.verbs.match(keyReader(tokens, t.sentence), i - 1)?.object;
  if (!lex.auxiliaries.has(prev.key) && ((lex.isGerund(prev.key) && opens) || (lex.isPastForm(prev.key) && !passive && !relative))) return true;
  if (lex.isPronoun(prev.key) || lex.isAdverb(prev.key) || !plain(i + 1)) return false;
  // (Nor a noun phrase right after a noun, a relative clause's subject with a gap: "payments the
  // minister claims were legal".)
  if (lex.determiners.has(before?.key ?? '') && plainNoun(tokens, i - 3, lex)) return false;
  const next = tokens[i + 1]!;
  if (lex.auxiliaries.has(next.key)) return lex.pluralAuxiliaries.has(next.key);
  return pastBeforeClause(tokens, i + 1, lex);
}

/** Is token `i` between a plain noun in lower case (no pronoun, determiner, auxiliary, adverb or grammatical word) and an agent's preposition, in its sentence and outside quotations, with no quotation after it in the sentence? */
function passiveQualifier(tokens: readonly Token[], quoted: Uint8Array, i: number, lex: CompiledSpeech): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev?.word || prev.cap || quoted[i - 1] || prev.sentence !== tokens[i]!.sentence || !next?.word || quoted[i + 1] || next.sentence !== prev.sentence) return false;
  if (!lex.agentPrepositions.has(next.key) || lex.grammatical(prev.key) || lex.isPronoun(prev.key) || lex.isAdverb(prev.key) || [lex.determiners, lex.auxiliaries, lex.passiveAuxiliaries, lex.objectPronouns, lex.verbs, lex.boundaries, lex.coordinators, lex.relatives, lex.complementizers].some((set) => set.has(prev.key)) || lex.subordinators.match(keyReader(tokens, prev.sentence), i - 1)) return false;
  // (Not before a quotation in its sentence, the words the agent gave the noun: « des accusations
  // qualifiées par le régime de « tentative désespérée » ».)
  for (let k = i + 2; tokens[k] && tokens[k]!.sentence === prev.sentence; k++) if (quoted[k]) return false;
  return true;
}

/** Is token `i` right after a verb of `receivingVerbs` in lower case, past one adverb at most, in its sentence and outside quotations? */
function receivedAt(tokens: readonly Token[], quoted: Uint8Array, i: number, lex: CompiledSpeech): boolean {
  let k = i - 1;
  if (tokens[k]?.word && lex.isAdverb(tokens[k]!.key)) k--;
  const v = tokens[k];
  return !!v?.word && !v.cap && !quoted[k] && v.sentence === tokens[i]!.sentence && lex.receivingVerbs.has(v.key);
}

/**
 * Is token `k` a past form before a determiner or a complementizer (a verb and its object or
 * clause: "figures showed the", "reports claimed that"), or before a preposition (a participle
 * that qualifies the noun before it: "figures released on Monday", "reports published by")?
 */
function pastBeforeClause(tokens: readonly Token[], k: number, lex: CompiledSpeech): boolean {
  const next = tokens[k]!;
  const then = tokens[k + 1];
  if (!lex.isPastForm(next.key) || !then?.word || then.sentence !== next.sentence) return false;
  const preposition = lex.boundaries.has(then.key) && ![lex.complementizers, lex.coordinators, lex.infinitiveMarkers].some((set) => set.has(then.key));
  return lex.determiners.has(then.key) || lex.complementizers.has(then.key) || preposition;
}

/**
 * "Trump leads by 5 points in a Quinnipiac poll released Tuesday", "…, in the latest CNN/ORC
 * poll.": a document preposition after the clause it sources, then a document that a capitalised
 * word names, at the end of the sentence (past a participle's phrase: "released Tuesday"). A plain
 * "in the polls" is as often the writer's own summary, and is left out; `indirectSpeech` reads the
 * clause only when it holds a figure ("The question was included in a Quinnipiac poll" is none).
 */
function namedDocumentAfter(tokens: readonly Token[], i: number, lex: CompiledSpeech): Cue | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence || !(prev.word || prev.text === ',' || prev.text === '%')) return undefined;
  const m = lex.documentSourceCues.match(keyReader(tokens, t.sentence), i);
  if (!m) return undefined;
  const to = i + m.words.length;
  let named = false;
  for (let k = to; k < to + DOCUMENT_WORDS && tokens[k] && tokens[k]!.sentence === t.sentence; k++) {
    const w = tokens[k]!;
    if (w.text === ',' || lex.boundaries.has(w.key) || (k > to && lex.determiners.has(w.key) && !lex.determiners.has(tokens[k - 1]!.key))) return undefined;
    named ||= w.word && w.cap;
    if (!lex.documentNouns.has(w.key)) continue;
    if (!named) return undefined;
    const next = tokens[k + 1];
    if (!next || next.sentence !== t.sentence || /^[.!?;,]$/.test(next.text) || (next.word && !next.cap && lex.isPastParticiple(next.key))) return { from: i, to, kind: 'source', documentNoun: k };
    return undefined;
  }
  return undefined;
}
