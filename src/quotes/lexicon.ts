import type { SpeechLexicon, VerbClass } from '../lang/types.js';
import type { Gender } from '../model/layers.js';
import { fold } from '../entities/fold.js';
import { calendarNames } from '../lang/common/calendar.js';

/** Weekday and month names: "said Tuesday", "a déclaré mardi". */
const calendar = new Set([...calendarNames('long'), ...calendarNames('short')].map((n) => fold(n.replace(/\.$/, ''))));

/** A phrase as the keys of the tokens it is made of: "d'après" is ["d'", "apres"], "lui-même" is ["lui meme"]. */
export function phraseKeys(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    const elided = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu.exec(part);
    if (elided) {
      out.push(`${fold(elided[1]!)}'`);
      out.push(fold(part.slice(elided[0].length)));
    } else out.push(/['’]$/.test(part) ? `${fold(part.slice(0, -1))}'` : fold(part));
  }
  return out;
}

/** Words of each gender, by key. */
function genderMap(lists: { readonly feminine: readonly string[]; readonly masculine: readonly string[] }): Map<string, Gender> {
  return new Map<string, Gender>([...lists.feminine.map((p) => [phraseKeys(p).join(' '), 'feminine'] as const), ...lists.masculine.map((p) => [phraseKeys(p).join(' '), 'masculine'] as const)]);
}

export interface VerbEntry {
  words: string[];
  class: VerbClass;
  bare: boolean;
  /** Its bare clause must hold a verb of its own (`ReportingVerb.bareNeedsVerb`). */
  bareNeedsVerb: boolean;
  /** A present participle or gerund ("soulignant", "saying"): it has no subject of its own. */
  participle: boolean;
  /** Names or characterises ("called it “shameful”"): a cue for quoted words only. */
  naming: boolean;
  /** Takes a position or states an aim ("supported", "wants"): `ReportingVerb.stance`. */
  stance: boolean;
  /** Tells that the writer learned something from a source named after it (`ReportingVerb.learned`). */
  learned: boolean;
  /** A cue only with a document, a message or a report as subject (`ReportingVerb.documentSubject`). */
  documentSubject: boolean;
  /** A cue only after a reflexive pronoun (`ReportingVerb.reflexive`). */
  reflexive: boolean;
  /** Its object may be what it reports ("denied the allegations"). */
  object: boolean;
  /** Keys one of which must come within the object for it to be reported (`ReportingVerb.objectNeeds`). */
  objectNeeds?: ReadonlySet<string>;
  /** Phrases after it that give it a sense that reports nothing (`ReportingVerb.otherSenses`). */
  otherSenses?: PhraseIndex<{ words: string[] }>;
  /** Phrases right after it that give it a sense that reports nothing (`ReportingVerb.objectSenses`). */
  objectSenses?: PhraseIndex<{ words: string[] }>;
  /**
   * A one-word form with one of `writtenEndings` that no other listed form shares its key with:
   * once keys fold accents it would read other words (« critiqués », « demandés » fold to
   * « critiques », « demandes »), so it is a verb only as written, lower case.
   */
  written?: string;
}

/** Phrases indexed by their first token key, longest first. */
export class PhraseIndex<T extends { words: string[] }> {
  private readonly byFirst = new Map<string, T[]>();
  constructor(entries: readonly T[]) {
    for (const e of entries) {
      const list = this.byFirst.get(e.words[0]!) ?? [];
      list.push(e);
      this.byFirst.set(e.words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  /** The longest entry whose words are the keys from `i` on. */
  match(keys: (i: number) => string | undefined, i: number): T | undefined {
    const first = keys(i);
    if (first === undefined) return undefined;
    const list = this.byFirst.get(first);
    if (!list) return undefined;
    outer: for (const e of list) {
      for (let k = 1; k < e.words.length; k++) if (keys(i + k) !== e.words[k]) continue outer;
      return e;
    }
    return undefined;
  }
  has(word: string): boolean {
    return this.byFirst.has(word);
  }
}

const phrases = (list: readonly string[]) => new PhraseIndex(list.map((p) => ({ words: phraseKeys(p) })));

/** A speech lexicon made ready for matching: every list as folded keys or phrase indexes. */
export interface CompiledSpeech {
  verbs: PhraseIndex<VerbEntry>;
  /** Infinitives of reporting verbs (`ReportingVerb.infinitive`): a cue only after a governor. */
  infinitives: PhraseIndex<VerbEntry>;
  /**
   * The forms of `ReportingVerb.intransitive` entries, apart from `verbs` so that no other reading
   * takes them for verbs ("A statement read on state television said …" keeps its subject).
   */
  intransitives: PhraseIndex<VerbEntry>;
  /** The gender each gendered subject pronoun agrees with (« elle »: feminine). */
  pronounGenders: Map<string, Gender>;
  articleGenders: Map<string, Gender>;
  auxiliaries: Set<string>;
  /** The auxiliaries as written, lower case: keys fold accents, and « à » folds to the key of « a ». */
  auxiliaryForms: Set<string>;
  adverbs: PhraseIndex<{ words: string[] }>;
  preverbalAdverbs: Set<string>;
  floatingQuantifiers: PhraseIndex<{ words: string[] }>;
  pronouns: Set<string>;
  pluralPronouns: Set<string>;
  originPrepositions: Set<string>;
  latterPhrases: Map<string, Gender>;
  selfPronouns: Set<string>;
  objectPronouns: Set<string>;
  relatives: Set<string>;
  complementizers: Set<string>;
  relativeComplementizers: Set<string>;
  sourceCues: PhraseIndex<{ words: string[] }>;
  sourceCueHeads: Set<string>;
  pluralVerbEndings: readonly string[];
  demonstratives: Set<string>;
  timeDeterminers: Set<string>;
  contractedLinks: Set<string>;
  linkArticles: Set<string>;
  initialSourceCues: PhraseIndex<{ words: string[] }>;
  documentSourceCues: PhraseIndex<{ words: string[] }>;
  documentNouns: Set<string>;
  messageNouns: Set<string>;
  verbParticles: Set<string>;
  speechEventNouns: PhraseIndex<{ words: string[] }>;
  speechEventPrepositions: PhraseIndex<{ words: string[] }>;
  determiners: Set<string>;
  appositionArticles: Set<string>;
  quantifiers: Set<string>;
  boundaries: Set<string>;
  titleCues: Set<string>;
  titleHeads: Set<string>;
  channelLinks: PhraseIndex<{ words: string[] }>;
  coordinators: Set<string>;
  verbConjunctions: Set<string>;
  contrastNegations: Set<string>;
  chargePrepositions: Set<string>;
  exceptiveParticles: Set<string>;
  plainNegations: Set<string>;
  contrastAdverbs: Set<string>;
  comparisonWords: Set<string>;
  expletiveSubjects: Set<string>;
  recipientVerbs: Set<string>;
  contentBreaks: PhraseIndex<{ words: string[] }>;
  sayingAfter: PhraseIndex<{ words: string[] }>;
  contrastClauses: PhraseIndex<{ words: string[] }>;
  infinitiveMarkers: Set<string>;
  /** The infinitive markers as written, lower case (« à », not the auxiliary « a »). */
  infinitiveMarkerForms: Set<string>;
  governors: PhraseIndex<{ words: string[]; refusal: boolean }>;
  gerundPrepositions: PhraseIndex<{ words: string[] }>;
  exceptionHeads: Set<string>;
  passiveAuxiliaries: Set<string>;
  passiveContractions: readonly string[];
  reflexives: Set<string>;
  reflexiveNonReporting: Set<string>;
  nounCompounds: PhraseIndex<{ words: string[] }>;
  nounPrepositions: Set<string>;
  singularArticles: Set<string>;
  indefiniteArticles: Set<string>;
  possessiveDeterminers: Set<string>;
  catenativeMarkers: Set<string>;
  durationPrepositions: Set<string>;
  circumstancePrepositions: Set<string>;
  answerWords: Set<string>;
  degreeWords: Set<string>;
  obligationAuxiliaries: Set<string>;
  collectiveNouns: Set<string>;
  timeWords: Set<string>;
  timeQualifiers: Set<string>;
  speakerNouns: Set<string>;
  rubrics: Set<string>;
  agentEndings: readonly string[];
  exampleMarkers: PhraseIndex<{ words: string[] }>;
  approximators: PhraseIndex<{ words: string[] }>;
  amountWords: Set<string>;
  conditionals: Set<string>;
  questionWords: Set<string>;
  questionTopics: Set<string>;
  aspectVerbs: PhraseIndex<{ words: string[] }>;
  askingVerbs: Set<string>;
  attributeVerbs: Set<string>;
  activeOnly: Set<string>;
  infinitiveAuxiliaries: Set<string>;
  modalAuxiliaries: Set<string>;
  meansPrepositions: PhraseIndex<{ words: string[] }>;
  /** A plain infinitive as written, one that needs no marker after a verb of saying (`infinitiveEndings`). */
  isBareInfinitive: (key: string) => boolean;
  negationWords: Set<string>;
  subordinators: PhraseIndex<{ words: string[] }>;
  accordClauses: PhraseIndex<{ words: string[] }>;
  auxiliaryClitics: Set<string>;
  objectClitics: Set<string>;
  articleClitics: Set<string>;
  indefinitePronouns: Set<string>;
  indefiniteSourceLinks: PhraseIndex<{ words: string[] }>;
  /** Folded `subjectCliticEndings`. */
  subjectCliticEndings: string[];
  impersonalPronouns: Set<string>;
  ageDescriptions: RegExp;
  negativeSubjects: PhraseIndex<{ words: string[] }>;
  personNouns: Set<string>;
  possessiveClitics: Set<string>;
  adjunctPrepositions: PhraseIndex<{ words: string[] }>;
  /** The first words of `adjunctPrepositions` as written, lower case (« dès », not the article « des »). */
  adjunctPrepositionForms: Set<string>;
  /** One-word verb forms that may also be nouns: the form and the form plus "s" are both listed ("report", "remarks"). */
  nounLike: Set<string>;
  /** The keys of the one-word forms of `verbs` (not of `infinitives`). */
  oneWordVerbs: Set<string>;
  interrogatives: Set<string>;
  freeRelatives: Set<string>;
  sourceRelatives: Set<string>;
  reportNouns: Set<string>;
  clauseNouns: Set<string>;
  /** Is this token key a present participle ("adding", "soulignant")? */
  isGerund: (key: string) => boolean;
  /** A gerund form, prepositions such as "considering" included. */
  isProgressive: (key: string) => boolean;
  stateParticiples: Set<string>;
  agentPrepositions: Set<string>;
  authorPrepositions: Set<string>;
  participlesApart: boolean;
  inciseInversion: boolean;
  headFirst: boolean;
  complementizerRepeated: boolean;
  quotingParticiples: Set<string>;
  relayingVerbs: Set<string>;
  relayLinks: Set<string>;
  nounAuxiliaries: Set<string>;
  /**
   * Is the key a listed verb's plain form: an infinitive by its ending where the language gives
   * one (« défendre »), else the form whose "-s" form is listed too ("defend", "defends")?
   */
  isPlainForm: (key: string) => boolean;
  /** Is the key a listed verb's form of the present's third person singular (`presentSingularEndings`: "supports", not "press")? */
  isPresentSingular: (key: string) => boolean;
  /** Does the key end as the present's third person singular does, listed or not ("drinks")? */
  presentSingularEnding: (key: string) => boolean;
  /** Does the key end as a verb of narration does (`narrationEndings`: "drives", « façonne »)? */
  narrationEnding: (key: string) => boolean;
  /** Does the key end as a finite verb does (`finiteEndings`: « tiendrait », « appartenaient »)? */
  finiteEnding: (key: string) => boolean;
  presentSingularAuxiliaries: Set<string>;
  pluralAuxiliaries: Set<string>;
  pluralNouns: Set<string>;
  receivingVerbs: Set<string>;
  /** Is this token key a past participle by its ending ("conducted")? */
  isPastParticiple: (key: string) => boolean;
  /** A past form: a participle by its ending, or one of `irregularPasts` ("held", "cut"). */
  isPastForm: (key: string) => boolean;
  /** `irregularParticiples` and their inflections, as written and as keys. */
  irregularParticiples: Set<string>;
  /** Is this token key an adverb (listed, or by its ending) or a weekday or month name? */
  isAdverb: (key: string) => boolean;
  /** Is this token key an adverb by its ending only, not listed (« gouvernement » may be a noun; `notAdverbs` never are)? */
  adverbByEnding: (key: string) => boolean;
  /** `focusAdverbs`, as keys. */
  focusAdverbs: Set<string>;
  /** `complementAdjectives`, as keys. */
  complementAdjectives: Set<string>;
  /** A day or month name of four letters or more ("mardi", "Tuesday"); shorter ones are often words ("may", "sun"). */
  isCalendar: (key: string) => boolean;
  /** A day or month name (`isCalendar`) or one of `timeWords` ("week", « soir »): a word of a time phrase. */
  isTimeWord: (key: string) => boolean;
  /** Is this token key a subject pronoun, contracted or not ("he", "he'd", "she's")? */
  isPronoun: (key: string) => boolean;
  /** A word that is never a name's: a reporting verb, an auxiliary, a pronoun, a determiner, a conjunction, a preposition. */
  grammatical: (key: string) => boolean;
}

const compiled = new WeakMap<SpeechLexicon, CompiledSpeech>();
const keySet = (list: readonly string[]) => new Set(list.map((w) => phraseKeys(w).join(' ')));

/** A word as written, lower case with a straight apostrophe: what the `…Forms` sets hold (« à » is not « a »). */
export const writtenForm = (text: string) => text.toLowerCase().replace(/’/g, "'");
const formSet = (list: readonly string[]) => new Set(list.map(writtenForm));

/** The words that are never a name's, made once: tokenising every article asks for each capitalised word. */
function grammaticalTest(c: Omit<CompiledSpeech, 'grammatical'>): (key: string) => boolean {
  const closed = new Set([c.auxiliaries, c.determiners, c.quantifiers, c.relatives, c.complementizers, c.coordinators, c.objectPronouns, c.infinitiveMarkers].flatMap((set) => [...set]));
  return (key) => closed.has(key) || c.verbs.has(key) || c.isPronoun(key) || c.adjunctPrepositions.has(key);
}

export function compileSpeech(lex: SpeechLexicon): CompiledSpeech {
  let c = compiled.get(lex);
  if (c) return c;
  const seen = new Set<string>();
  const gerund = lex.gerundEndings.map(fold);
  // As written, in lower case: folding would make French « -é » every « -e ».
  const pastParticiple = lex.pastParticipleEndings.map((e) => e.toLowerCase());
  // "thing", "king" are no participles: three letters before the ending at least.
  // A key has lost its diacritics: French endings need the word as written, in lower case.
  const isPastParticiple = (key: string) => pastParticiple.some((e) => key.length >= e.length + 3 && key.endsWith(e));
  const irregularPasts = keySet(lex.irregularPasts);
  // Each form as written and as a key, since callers ask with either, with the endings of gender
  // and number (« élue », « élus », « élues »).
  const inflected = lex.irregularParticiples.flatMap((w) => [w, ...lex.participleInflections.map((e) => w + e)]);
  const irregularParticiples = new Set([...formSet(inflected), ...keySet(inflected)]);
  const verbs: VerbEntry[] = [];
  // Infinitives are kept apart: they are verbs only after a governor, and nowhere else (not as a
  // boundary of a speaker or of content).
  const infinitives: VerbEntry[] = [];
  const intransitives: VerbEntry[] = [];
  // Spellings of each folded one-word form: a key spelt one way only is matched as written.
  const spellings = new Map<string, Set<string>>();
  for (const v of lex.verbs) {
    if (v.intransitive) continue;
    for (const form of v.forms) {
      if (/\s/.test(form)) continue;
      const lower = form.toLowerCase();
      const key = fold(lower);
      spellings.set(key, (spellings.get(key) ?? new Set()).add(lower));
    }
  }
  for (const v of lex.verbs) {
    const senses = v.otherSenses ? phrases(v.otherSenses) : undefined;
    const objectSenses = v.objectSenses ? phrases(v.objectSenses) : undefined;
    for (const form of v.forms) {
      const words = phraseKeys(form);
      const id = words.join(' ');
      // The first class a form is listed under wins ("declared" is said before it is asserted);
      // infinitives are listed apart ("say" is also the English infinitive).
      const seenId = v.infinitive ? `to ${id}` : id;
      if (seen.has(seenId)) continue;
      seen.add(seenId);
      const lower = form.toLowerCase();
      const written = words.length === 1 && lex.writtenEndings.some((e) => lower.endsWith(e)) && spellings.get(fold(lower))?.size === 1 ? { written: lower } : {};
      (v.infinitive ? infinitives : v.intransitive ? intransitives : verbs).push({ words, class: v.class, bare: v.bare ?? false, bareNeedsVerb: v.bareNeedsVerb ?? false, participle: gerund.some((e) => words[0]!.endsWith(e)), naming: v.naming ?? false, stance: v.stance ?? false, learned: v.learned ?? false, documentSubject: v.documentSubject ?? false, reflexive: v.reflexive ?? false, object: v.object ?? false, ...(v.objectNeeds ? { objectNeeds: keySet(v.objectNeeds) } : {}), ...(senses ? { otherSenses: senses } : {}), ...(objectSenses ? { objectSenses } : {}), ...written });
    }
  }
  // (An ending, not the same letter twice: "drives", not "press".)
  const endsAs = (endings: readonly string[]) => (key: string) => endings.some((e) => key.endsWith(e) && !key.endsWith(e + e));
  const presentSingularEnding = endsAs(lex.presentSingularEndings);
  const oneWordVerbs = new Set(verbs.filter((v) => v.words.length === 1).map((v) => v.words[0]!));
  // Forms that may be nouns: a form whose plural is a form too, or which is one ("report"/"reports",
  // "remarks"); not "said", "told", whose "'s" before them is "has".
  const oneWord = new Set(spellings.keys());
  const nounLike = new Set([...oneWord].filter((f) => oneWord.has(`${f}s`) || (f.endsWith('s') && oneWord.has(f.slice(0, -1)))));
  const adverbs = new Set(lex.adverbs.filter((a) => !/\s/.test(a)).map(fold));
  const endings = lex.adverbEndings.map(fold);
  const pronouns = keySet(lex.pronouns);
  const timeWords = keySet(lex.timeWords);
  const participlePrepositions = keySet(lex.participlePrepositions);
  const infinitiveAuxiliaries = keySet(lex.infinitiveAuxiliaries);
  // A short word with the ending is no gerund ("thing", "bring"), unless it is an auxiliary of the passive ("being").
  const passiveAuxiliaries = keySet(lex.passiveAuxiliaries);
  const isProgressive = (key: string) => gerund.some((e) => key.endsWith(e) && (key.length >= e.length + 3 || (key.length > e.length && passiveAuxiliaries.has(key))));
  // An adverb's ending on a word of six letters or more (« clairement », "quickly").
  const notAdverbs = keySet(lex.notAdverbs);
  const adverbEnding = (key: string) => key.length > 5 && endings.some((e) => key.endsWith(e)) && !notAdverbs.has(key);
  const base: Omit<CompiledSpeech, 'grammatical'> = {
    verbs: new PhraseIndex(verbs),
    infinitives: new PhraseIndex(infinitives),
    intransitives: new PhraseIndex(intransitives),
    articleGenders: genderMap(lex.articleGenders),
    pronounGenders: genderMap(lex.pronounGenders),
    auxiliaries: keySet(lex.auxiliaries),
    auxiliaryForms: formSet(lex.auxiliaries),
    adverbs: phrases(lex.adverbs),
    preverbalAdverbs: keySet(lex.preverbalAdverbs),
    floatingQuantifiers: phrases(lex.floatingQuantifiers),
    pronouns: keySet(lex.pronouns),
    pluralPronouns: keySet(lex.pluralPronouns),
    originPrepositions: keySet(lex.originPrepositions),
    latterPhrases: genderMap(lex.latterPhrases),
    selfPronouns: keySet(lex.selfPronouns),
    objectPronouns: keySet(lex.objectPronouns),
    relatives: keySet(lex.relatives),
    complementizers: keySet(lex.complementizers),
    relativeComplementizers: keySet(lex.relativeComplementizers),
    sourceCues: phrases(lex.sourceCues),
    sourceCueHeads: keySet(lex.sourceCueHeads),
    pluralVerbEndings: lex.pluralVerbEndings,
    demonstratives: keySet(lex.demonstratives),
    timeDeterminers: keySet(lex.timeDeterminers),
    contractedLinks: keySet(lex.contractedLinks),
    linkArticles: keySet(lex.linkArticles),
    initialSourceCues: phrases(lex.initialSourceCues),
    documentSourceCues: phrases(lex.documentSourceCues),
    documentNouns: keySet(lex.documentNouns),
    messageNouns: keySet(lex.messageNouns),
    verbParticles: keySet(lex.verbParticles),
    speechEventNouns: phrases(lex.speechEventNouns),
    speechEventPrepositions: phrases(lex.speechEventPrepositions),
    determiners: keySet(lex.determiners),
    appositionArticles: keySet(lex.appositionArticles),
    quantifiers: keySet(lex.quantifiers),
    boundaries: keySet(lex.boundaries),
    titleCues: keySet(lex.titleCues),
    titleHeads: keySet(lex.titleHeads),
    channelLinks: phrases(lex.channelLinks),
    coordinators: keySet(lex.coordinators),
    verbConjunctions: keySet(lex.verbConjunctions),
    contrastNegations: keySet(lex.contrastNegations),
    chargePrepositions: keySet(lex.chargePrepositions),
    exceptiveParticles: keySet(lex.exceptiveParticles),
    plainNegations: keySet(lex.plainNegations),
    contrastAdverbs: keySet(lex.contrastAdverbs),
    comparisonWords: keySet(lex.comparisonWords),
    expletiveSubjects: keySet(lex.expletiveSubjects),
    recipientVerbs: keySet(lex.recipientVerbs),
    contentBreaks: phrases(lex.contentBreaks),
    sayingAfter: phrases(lex.sayingAfter),
    contrastClauses: phrases(lex.contrastClauses),
    infinitiveMarkers: keySet(lex.infinitiveMarkers),
    infinitiveMarkerForms: formSet(lex.infinitiveMarkers),
    governors: new PhraseIndex([...lex.governors.refusals.map((p) => ({ words: phraseKeys(p), refusal: true })), ...lex.governors.modals.map((p) => ({ words: phraseKeys(p), refusal: false }))]),
    gerundPrepositions: phrases(lex.gerundPrepositions),
    passiveAuxiliaries,
    passiveContractions: lex.passiveContractions,
    reflexives: keySet(lex.reflexives),
    reflexiveNonReporting: keySet(lex.reflexiveNonReporting),
    nounCompounds: phrases(lex.nounCompounds),
    nounPrepositions: keySet(lex.nounPrepositions),
    singularArticles: keySet(lex.singularArticles),
    indefiniteArticles: keySet(lex.indefiniteArticles),
    possessiveDeterminers: keySet(lex.possessiveDeterminers),
    catenativeMarkers: keySet(lex.catenativeMarkers),
    durationPrepositions: keySet(lex.durationPrepositions),
    circumstancePrepositions: keySet(lex.circumstancePrepositions),
    answerWords: keySet(lex.answerWords),
    degreeWords: keySet(lex.degreeWords),
    obligationAuxiliaries: keySet(lex.obligationAuxiliaries),
    collectiveNouns: keySet(lex.collectiveNouns),
    timeWords,
    timeQualifiers: keySet(lex.timeQualifiers),
    speakerNouns: keySet(lex.speakerNouns),
    rubrics: keySet(lex.rubrics),
    agentEndings: lex.agentEndings.map((e) => phraseKeys(e).join(' ')),
    exampleMarkers: phrases(lex.exampleMarkers),
    approximators: phrases(lex.approximators),
    amountWords: keySet(lex.amountWords),
    conditionals: keySet(lex.conditionals),
    exceptionHeads: new Set(lex.exceptionHeads.map((h) => phraseKeys(h).at(-1)!)),
    questionWords: keySet(lex.questionWords),
    questionTopics: keySet(lex.questionTopics),
    aspectVerbs: phrases(lex.aspectVerbs),
    askingVerbs: keySet(lex.askingVerbs),
    attributeVerbs: keySet(lex.attributeVerbs),
    activeOnly: keySet(lex.activeOnly),
    infinitiveAuxiliaries,
    modalAuxiliaries: keySet(lex.modalAuxiliaries),
    meansPrepositions: phrases(lex.meansPrepositions),
    // (Four letters at least: « dire », « voir ».)
    // (None where the infinitive takes a marker: "have" is no infinitive after "said".)
    isBareInfinitive: (key) => lex.infinitiveEndings.length > 0 && (infinitiveAuxiliaries.has(key) || (key.length >= 4 && lex.infinitiveEndings.some((e) => key.endsWith(e)))),
    negationWords: keySet(lex.negationWords),
    subordinators: phrases(lex.subordinators),
    accordClauses: phrases(lex.accordClauses),
    auxiliaryClitics: keySet(lex.auxiliaryClitics),
    objectClitics: keySet(lex.objectClitics),
    articleClitics: keySet(lex.articleClitics),
    indefinitePronouns: keySet(lex.indefinitePronouns),
    indefiniteSourceLinks: phrases(lex.indefiniteSourceLinks),
    subjectCliticEndings: lex.subjectCliticEndings.map(fold),
    impersonalPronouns: keySet(lex.impersonalPronouns),
    ageDescriptions: lex.ageDescriptions,
    negativeSubjects: phrases(lex.negativeSubjects),
    personNouns: keySet(lex.personNouns),
    possessiveClitics: keySet(lex.possessiveClitics),
    adjunctPrepositions: phrases(lex.adjunctPrepositions),
    adjunctPrepositionForms: formSet(lex.adjunctPrepositions.map((p) => p.split(' ')[0]!)),
    nounLike,
    oneWordVerbs,
    interrogatives: keySet(lex.interrogatives),
    freeRelatives: keySet(lex.freeRelatives),
    sourceRelatives: keySet(lex.sourceRelatives),
    reportNouns: keySet(lex.reportNouns),
    clauseNouns: keySet(lex.clauseNouns),
    presentSingularAuxiliaries: keySet(lex.presentSingularAuxiliaries),
    pluralAuxiliaries: keySet(lex.pluralAuxiliaries),
    pluralNouns: keySet(lex.pluralNouns),
    receivingVerbs: keySet(lex.receivingVerbs),
    isPresentSingular: (key) => presentSingularEnding(key) && oneWordVerbs.has(key),
    isPlainForm: (key) => oneWordVerbs.has(key) && (lex.infinitiveEndings.length > 0 ? lex.infinitiveEndings.some((e) => key.endsWith(e)) : lex.presentSingularEndings.some((e) => oneWordVerbs.has(key + e))),
    presentSingularEnding,
    narrationEnding: endsAs(lex.narrationEndings),
    finiteEnding: endsAs(lex.finiteEndings),
    isPastParticiple,
    isPastForm: (key) => isPastParticiple(key) || irregularPasts.has(key),
    irregularParticiples,
    isGerund: (key) => !participlePrepositions.has(key) && isProgressive(key),
    isProgressive,
    stateParticiples: keySet(lex.stateParticiples),
    agentPrepositions: keySet(lex.agentPrepositions),
    authorPrepositions: keySet(lex.authorPrepositions),
    participlesApart: lex.participlesApart,
    inciseInversion: lex.inciseInversion,
    headFirst: lex.headFirst,
    complementizerRepeated: lex.complementizerRepeated,
    quotingParticiples: keySet(lex.quotingParticiples),
    relayingVerbs: keySet(lex.relayingVerbs),
    relayLinks: keySet(lex.relayLinks),
    nounAuxiliaries: keySet(lex.nounAuxiliaries),
    focusAdverbs: keySet(lex.focusAdverbs),
    complementAdjectives: keySet(lex.complementAdjectives),
    isAdverb: (key) => adverbs.has(key) || calendar.has(key) || adverbEnding(key),
    adverbByEnding: (key) => !adverbs.has(key) && !calendar.has(key) && adverbEnding(key),
    isCalendar: (key) => key.length > 3 && calendar.has(key),
    isTimeWord: (key) => (key.length > 3 && calendar.has(key)) || timeWords.has(key),
    isPronoun: (key) => pronouns.has(key) || pronouns.has(key.split("'")[0]!),
  };
  c = { ...base, grammatical: grammaticalTest(base) };
  compiled.set(lex, c);
  return c;
}
