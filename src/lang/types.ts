import type { VerbClass } from '../contract/dossier.js';

/**
 * What recoupe knows about one language, as data. Stages read it from the context and never test
 * the language code themselves, so adding a language is adding a folder.
 */
export interface LanguagePack {
  /** ISO 639-1 code; "und" for the fallback pack used for languages without a folder. */
  readonly code: string;
  /**
   * Words that end with a period without ending a sentence, lower-cased and without their final
   * period ("m", "mme", "dr", "u.s", "p. ex"). Single letters (initials) are handled generically.
   */
  readonly abbreviations: readonly string[];
  /**
   * Abbreviations that hold only before a number ("No. 5", "p. 12", « art. 3 »): elsewhere their
   * period ends the sentence ("the mayor said no.", « c'est de l'art. »).
   */
  readonly numberAbbreviations: readonly string[];
  /**
   * Abbreviations that may end a sentence (a name's suffix, a company's, "etc."), unlike a title
   * before a name: after one, a sentence starter opens a new sentence ("said John Smith Jr. He added").
   */
  readonly finalAbbreviations: readonly string[];
  /**
   * Words that start a sentence and never continue a name, so that capitalised after an
   * abbreviation or a dotted acronym they open a new sentence ("attacks in the U.S. He says").
   */
  readonly sentenceStarters: readonly string[];
  /** Section names that site navigation is made of ("Actualités", "International", "World"). */
  readonly navigationWords: readonly string[];
  /**
   * Cues of promotional or site lines ("Lire aussi", "contactez-nous", "Tous droits réservés"):
   * a short paragraph that matches one is removed from the text.
   */
  readonly promoCues: readonly RegExp[];
  /** First-person singular forms that mark an author's blurb when found outside quotation marks. */
  readonly firstPersonCues: readonly RegExp[];
  /** Third-person author notes ("X est journaliste au service Société") that end an article. */
  readonly authorBlurbCues: readonly RegExp[];
  /** A byline or date line at the top of an article ("Par Jeanne Dupont", "Published 3 March"). */
  readonly bylineLines: readonly RegExp[];
  /** Editorial sign-offs at the bottom ("(Reporting by X; Editing by Y)"). */
  readonly signatureLines: readonly RegExp[];
  /** How an article credits an agency or outlet it names; see `CreditCues`. */
  readonly credits: CreditCues;
  /** What recognising people, organisations and places needs; see `EntityLexicon`. */
  readonly entities: EntityLexicon;
  /** Reporting verbs and the words around reported speech; see `SpeechLexicon`. */
  readonly speech: SpeechLexicon;
  /** Temporal expressions; see `TimeLexicon`. */
  readonly time: TimeLexicon;
  /** Numbers, hedges and what figures count; see `NumberLexicon`. */
  readonly numbers: NumberLexicon;
  /** Confirming, denying and disputing; see `StanceLexicon`. */
  readonly stances: StanceLexicon;
}

export type TimeUnit = 'day' | 'week' | 'month' | 'year';
export type PeriodPart = 'early' | 'mid' | 'late';

/**
 * Words of temporal expressions. Month and weekday names come from the platform (Intl) for the
 * pack's code; everything here is lower case and compared without diacritics, hyphens split
 * words ("mi-octobre" is "mi" + "octobre", "ce mois-ci" is "ce mois" + "ci").
 */
export interface TimeLexicon {
  /** Month spellings the platform does not give ("sept", "fevr"), with their number (1-12). */
  readonly extraMonths: Readonly<Record<string, number>>;
  /** Days named relative to the publication day ("hier": -1, "today": 0, "avant hier": -2). */
  readonly relativeDays: Readonly<Record<string, number>>;
  /** Parts of a day that may follow or precede a day ("soir", "matin", "night"), kept in the span. */
  readonly dayParts: readonly string[];
  /** Calendar units, singular and plural ("semaine", "mois", "ans", "weeks"). */
  readonly units: Readonly<Record<string, TimeUnit>>;
  /** Demonstratives before a unit or weekday ("ce", "cette", "this"). */
  readonly this: readonly string[];
  /** What may follow a unit after a demonstrative ("ci" in "ce mois-ci", "la" in "cette semaine-là"). */
  readonly thisAfter: readonly string[];
  /** "Last" before a unit or weekday ("last", "past") and after it ("dernier", "passé"). */
  readonly lastBefore: readonly string[];
  readonly lastAfter: readonly string[];
  /** "Next" before a unit or weekday ("next", "coming") and after it ("prochain"). */
  readonly nextBefore: readonly string[];
  readonly nextAfter: readonly string[];
  /** Parts of a month or year ("debut": early, "mi": mid, "fin": late, "early", "the end"). */
  readonly parts: Readonly<Record<string, PeriodPart>>;
  /** Words allowed between a part and its period ("de", "d'", "du", "of", "the"). */
  readonly partLinks: readonly string[];
  /** Words that open and join an interval ([["entre", "et"], ["between", "and"]]). */
  readonly between: readonly (readonly [string, string])[];
  /** "Ago" before the amount ("il y a") or after it ("ago"). */
  readonly agoBefore: readonly string[];
  readonly agoAfter: readonly string[];
  /** Words before a time that only make it vaguer ("plus tot", "earlier"), kept in the span. */
  readonly earlier: readonly string[];
  /** Words after which a month alone or a bare year is a date ("en", "depuis", "in", "since"). */
  readonly periodPrepositions: readonly string[];
  /** Day numbers written as ordinals ("1er", "1st", "2nd"): the suffixes. */
  readonly dayOrdinals: readonly string[];
  /** The order of numeric dates ("30/10/2024" is day-month-year in French, "10/30/2024" month-day-year in English). */
  readonly numericDates: 'dmy' | 'mdy';
  /** A future verb near a weekday: the weekday is the coming one ("se rendra", "will"). */
  readonly future: RegExp;
}

/**
 * Numbers written in words, hedges, units and what a figure counts. Word lists are lower case
 * and compared without diacritics; phrases are space-separated words.
 */
export interface NumberLexicon {
  /** Cardinal words below a hundred and their values ("deux": 2, "vingt": 20, "ninety": 90). */
  readonly words: Readonly<Record<string, number>>;
  /** Multipliers ("cent": 100, "mille": 1000, "million": 1e6, "thousand": 1e3). */
  readonly scales: Readonly<Record<string, number>>;
  /** Words that join number words ("et" in "vingt et un", "and" in "two hundred and five"). */
  readonly wordJoiners: readonly string[];
  /** Approximate-number nouns ("dizaine": 10, "millier": 1000, "dozen": 12). */
  readonly approximateNouns: Readonly<Record<string, number>>;
  /** Vague quantities kept as claims without a value ("des milliers", "un petit nombre", "thousands"). */
  readonly vague: Readonly<Record<string, number | null>>;
  /** Hedges before a figure, by the qualifier they give. */
  readonly atLeast: readonly string[];
  readonly atMost: readonly string[];
  readonly approx: readonly string[];
  /** Hedges after a figure ("environ" in "3 000 environ", "or so"). */
  readonly approxAfter: readonly string[];
  /** Words that open and join a range ([["entre", "et"], ["between", "and"]]) and that join two figures ("à", "to", "ou"). */
  readonly ranges: readonly (readonly [string, string])[];
  readonly rangeJoiners: readonly string[];
  /** Words between a figure and what it counts ("de" in "un million de", "of" in "thousands of"). */
  readonly countLinks: readonly string[];
  /** Percent signs and words ("%", "pour cent", "percent"). */
  readonly percent: readonly string[];
  /** Currency signs and words by ISO code ("$": "USD", "euros": "EUR"). */
  readonly currencies: Readonly<Record<string, string>>;
  /** Units of measure by symbol ("kilometres carres": "km2", "tonnes": "t", "miles": "mi"). */
  readonly measures: Readonly<Record<string, string>>;
  /** Durations, ages and clock times: a figure before one is not a claim ("ans", "heures", "years", "h"). */
  readonly timeUnits: readonly string[];
  /** Ordinal suffixes written right after digits ("e", "er", "eme", "st", "th"). */
  readonly ordinalSuffixes: readonly string[];
  /** Words that may continue what is counted ("de", "d'", "of"): "forces d'opérations spéciales". */
  readonly nounLinks: readonly string[];
  /** Words that end what is counted: prepositions, determiners, pronouns, conjunctions, auxiliaries. */
  readonly stops: readonly string[];
  /** Endings of finite verbs, which end what is counted ("travaillaient"). */
  readonly verbEndings: readonly string[];
  /**
   * Noun phrases end with their head ("North Korean troops"): what is counted ends after the
   * first plural or known noun, unless a link follows ("thousands of people lost power").
   */
  readonly headFinal: boolean;
  /** Concepts and the nouns that name them ("troops": ["soldat", "soldats", "troupes", ...]). */
  readonly concepts: Readonly<Record<string, readonly string[]>>;
}

/** What confirms, denies, disputes or declines to confirm, besides the deny/confirm reporting verbs. */
export interface StanceLexicon {
  /** Negations around a verb ("ne", "n'", "pas", "not", "n't", "never"): a negated confirmation declines to confirm. */
  readonly negations: readonly string[];
  /**
   * Negation particles that negate only with a second negation word: « ne … pas » negates, « ne
   * … que » means "only" (« n'a annoncé que 300 évacuations »).
   */
  readonly negationParticles: readonly string[];
  /** Words that complete such a particle and negate only with it (« ne … plus », « personne n'a », « ne … rien »). */
  readonly negationCompletions: readonly string[];
  /** Verbs of refusing before a confirmation ("would not", « a refusé de »), besides the speech lexicon's refusing `governors`. */
  readonly refusals: readonly string[];
  /** Verbs that dispute a report ("contester", "dismissed", "qualifié") ... */
  readonly disputeVerbs: readonly string[];
  /** ... when their object is one of these nouns ("informations", "accusations", "reports", "claims"). */
  readonly reportNouns: readonly string[];
}

/**
 * What a reporting verb does: the claims and contradictions stages read `deny` and `confirm`.
 * `say` is neutral reporting; `assert` insists; `estimate` gives an opinion or an expectation.
 */
export type { VerbClass };

/** A reporting verb: its class and every form the language writes it in. */
export interface ReportingVerb {
  readonly class: VerbClass;
  /**
   * Inflected forms, lower case, one or several words ("déclaré", "déclare", "mis en garde",
   * "said", "called for"). Participles and finite forms are not told apart: an auxiliary before
   * a form is taken into the cue whichever it is.
   */
  readonly forms: readonly string[];
  /** The verb may take its content without "que"/"that" ("he said he would", "je pense il faut"). */
  readonly bare?: boolean;
  /**
   * With `bare`: the clause with no "that" must hold a verb of its own, an auxiliary or a past form
   * ("Officials fear the toll could rise"); a noun phrase after the verb is what it is about, no
   * report ("Residents feared the worst").
   */
  readonly bareNeedsVerb?: boolean;
  /**
   * The verb names or characterises ("called it “shameful”", "a qualifié la décision
   * d'« inacceptable »"): it gives its speaker to the quoted words after its object, and
   * reports no speech of its own.
   */
  readonly naming?: boolean;
  /**
   * The verb takes a position toward its object rather than saying anything ("supported the plan",
   * "backed Sanders", "opposed the levee"): a document that opens the sentence still speaks for the
   * clause ("In a poll released Monday, 62 percent backed a new levee").
   */
  readonly stance?: boolean;
  /**
   * The verb tells that the writer, or the impersonal « on », learned what the sentence says
   * (« a-t-on appris », « a appris l'AFP »): it is a cue only before a source phrase
   * (`sourceCues` or `channelLinks`: « de source policière », « auprès de la préfecture »), and
   * that source speaks.
   */
  readonly learned?: boolean;
  /**
   * A cue only when a document, a message or a report is its subject (`documentNouns`,
   * `messageNouns`, `reportNouns`): « Une étude montre que … », « Les chiffres montrent que … »;
   * « Cela montre que … » is the writer's own reasoning.
   */
  readonly documentSubject?: boolean;
  /** A cue only after a reflexive pronoun (« s'est engagé à relancer … », not « a engagé des poursuites »). */
  readonly reflexive?: boolean;
  /**
   * A cue only where no word follows it, a mark or a quotation (`'The statement read: "…"'`, `'"…,"
   * the sign read'`): with an object, the words quoted are the object's ('Hale read the statement
   * of the ministry: "…"').
   */
  readonly intransitive?: boolean;
  /**
   * What the verb reports may be its object, when no clause follows ("denied the allegations",
   * "called for an inquiry", "a démenti les informations").
   */
  readonly object?: boolean;
  /**
   * Words one of which must come within the object, twelve tokens at most after the verb, for the
   * object to be reported: « a appelé les habitants à quitter la vallée », « appelle à la grève »;
   * « Sarkozy appelle Bachar Al-Assad » is a telephone call, « ce qu'ils appellent le pharaon » a name.
   */
  readonly objectNeeds?: readonly string[];
  /**
   * Phrases that, after the verb in its clause (twelve tokens at most, before a comma), give it a
   * sense that reports nothing: « a condamné le prévenu à deux ans de prison » is a court's
   * sentence, while « a condamné l'attaque » reports.
   */
  readonly otherSenses?: readonly string[];
  /**
   * Phrases that, right after the verb, give it a sense that reports nothing: "said goodbye",
   * "showed no emotion", "declared a state of emergency" (while "declared the plan was dead" and
   * "said nothing would change" report).
   */
  readonly objectSenses?: readonly string[];
  /**
   * The forms are infinitives (« confirmer », "say"): a cue only right after one of the
   * `governors` (« a refusé de confirmer », "declined to say"), and the only verbs there.
   */
  readonly infinitive?: boolean;
}

/**
 * Reported speech: the verbs, and the words that sit around a speaker and what they said.
 * Every list is lower case and compared without diacritics.
 */
export interface SpeechLexicon {
  readonly verbs: readonly ReportingVerb[];
  /** Auxiliaries and modals before a participle ("a", "ont", "avait", "has", "had", "would"). */
  readonly auxiliaries: readonly string[];
  /** Adverbs that may stand inside a cue ("également", "en outre", "also", "later"). */
  readonly adverbs: readonly string[];
  /** Adverbs that stand between a subject and its verb only ("Sharpton just said"): after a verb they are content ("said just because …"). */
  readonly preverbalAdverbs: readonly string[];
  /**
   * Quantifiers that float between a plural subject and its verb ("Residents all said", "The mayor
   * and the chief both said"), or between its auxiliary and its participle (« ont tous deux
   * jugé »); with no noun before them they are the subject ("all agreed").
   */
  readonly floatingQuantifiers: readonly string[];
  /** Subject pronouns that may be a speaker ("il", "elle", "he", "she", "they"). */
  readonly pronouns: readonly string[];
  /** Those of them, and object pronouns after a source preposition (« selon lui », "according to him"), that agree with a person's gender (`EntityLexicon.genders`): « elle » is never « M. Roy ». */
  readonly pronounGenders: { readonly feminine: readonly string[]; readonly masculine: readonly string[] };
  /**
   * Articles whose noun's grammatical gender a gendered pronoun then takes (« la banque … Elle
   * précise », « le ministère … a-t-il ajouté »): a body named so is what a later pronoun of that
   * gender may stand for. Empty where pronouns follow sex, not grammar (English "it").
   */
  readonly articleGenders: { readonly feminine: readonly string[]; readonly masculine: readonly string[] };
  /**
   * Phrases that stand for the person named last before them, with the gender they agree with (« ce
   * dernier », « cette dernière »: "the latter"): « … accuse le promoteur Bastien Lorrain. Ce
   * dernier a assuré … » is Bastien Lorrain's.
   */
  readonly latterPhrases: { readonly feminine: readonly string[]; readonly masculine: readonly string[] };
  /**
   * Prepositions of where a person comes from, after which a name completes the noun before it as a
   * link's does: "A resident from Pennock said" is the resident's (French « de » is a link already).
   */
  readonly originPrepositions: readonly string[];
  /** Those of them that name the writer or the audience, never resolved to a name ("je", "nous", "I", "we", "you"). */
  readonly selfPronouns: readonly string[];
  /** Those of them that stand for a group ("ils", "they", "we"). */
  readonly pluralPronouns: readonly string[];
  /** Object and stressed pronouns after a source cue ("selon lui", "according to him"). */
  readonly objectPronouns: readonly string[];
  /** Relative pronouns whose antecedent is the speaker ("qui", "who"). */
  readonly relatives: readonly string[];
  /** Words that open reported content after a verb ("que", "qu'", "that"). */
  readonly complementizers: readonly string[];
  /**
   * Complementizers that are also a subject's relative pronoun right after a noun and before its
   * verb ("a letter that says", "the report that found"): English "that", not French « que ».
   */
  readonly relativeComplementizers: readonly string[];
  /** Prepositions that name a source before or after what it said ("selon", "d'après", "according to"). */
  readonly sourceCues: readonly string[];
  /**
   * Last words of a source cue that are also the head of the source it names: « de source
   * policière » is said by a « source policière », not by « policière ».
   */
  readonly sourceCueHeads: readonly string[];
  /**
   * Endings of a verb of the third person plural (« ont », « affirment »): after a comma, an
   * indefinite subject after the verb (« …, ont indiqué des habitants ») agrees with one.
   */
  readonly pluralVerbEndings: readonly string[];
  /**
   * Determiners that also stand alone as pronouns ("this", "that", « ce »): a word in "-ly" after
   * one may be an adverb ("This certainly is …"), not a noun.
   */
  readonly demonstratives: readonly string[];
  /**
   * Determiners that, before a day or a word of time, make a time phrase that may stand between a
   * verb and what it reports ("said this week that", « a annoncé ce mardi que »).
   */
  readonly timeDeterminers: readonly string[];
  /**
   * Words of `channelLinks` that hold their article (« au », « aux »): a plain noun after one is the
   * people spoken to (« a démenti aux journalistes la fermeture … »).
   */
  readonly contractedLinks: readonly string[];
  /**
   * Links of a name's role that are also articles, indefinite or partitive (« des », « du »): right
   * after a verb they open its object (« dénonce des violences », « réclame du temps »), not a
   * role's complement (« le ministre des Affaires étrangères »).
   */
  readonly linkArticles: readonly string[];
  /** Source prepositions that only count at the start of a sentence ("pour" in "Pour le ministre, …"). */
  readonly initialSourceCues: readonly string[];
  /**
   * Prepositions that open a sentence with the document its words come from ("In a CBS News poll,
   * …", « Dans un communiqué, … »): a source when their noun phrase holds one of `documentNouns`.
   */
  readonly documentSourceCues: readonly string[];
  /** Nouns of documents that state findings themselves ("poll", "report", « sondage », « bilan »), not a person's channel ("interview"). */
  readonly documentNouns: readonly string[];
  /**
   * Nouns of a message that its author sends (statement, letter, tweet; « communiqué »): a
   * participle after one speaks for the sender ("The town released a statement saying …").
   */
  readonly messageNouns: readonly string[];
  /**
   * Where and how someone spoke ("interview", "statement", "rally", "Twitter", « communiqué »,
   * « entretien »): a phrase opened by a preposition with one of these at the end of reported
   * content after an object is the verb's adjunct ("accused Trump of lying in an interview with
   * CNN"), not content.
   */
  readonly speechEventNouns: readonly string[];
  /** The prepositions that open such a phrase ("in", "at", "during", "on", « dans », « lors de », « sur »). */
  readonly speechEventPrepositions: readonly string[];
  /** Determiners and quantifiers that may open a speaker's noun phrase ("le", "des", "the", "two"). */
  readonly determiners: readonly string[];
  /**
   * Articles that open the writer's apposition after the last comma of a sentence ("…, a move that
   * could split the alliance"): reported content ends before it.
   */
  readonly appositionArticles: readonly string[];
  /**
   * Articles of one thing ("a", "an"), where a verb agrees with its subject's number by its form:
   * after one and its adjectives, a plain form whose "-s" form is listed too is a noun ("a forceful
   * call for", "an impassioned appeal"); a singular subject takes "calls". Empty where the verb's
   * form does not tell (« un responsable estime »).
   */
  readonly singularArticles: readonly string[];
  /**
   * Indefinite articles of one ("a", « un », « une »): a role's phrase that one opens ("a spokesman
   * for the firm", « un militant ») stands for one person whom the text does not name, whom a later
   * "he" or « il » may stand for.
   */
  readonly indefiniteArticles: readonly string[];
  /** Possessive determiners ("its", « son »): « de son côté », "for its part" are no body's complement. */
  readonly possessiveDeterminers: readonly string[];
  /**
   * Markers of an infinitive that a verb or an adjective governs, whose subject is the speaker
   * ("tried to argue", "are quick to point out", "more likely to say"). Empty where a reporting
   * infinitive has a form of its own and the governors list the verbs that take it (« a tenu à
   * préciser »).
   */
  readonly catenativeMarkers: readonly string[];
  /** Words of degree before an adjective that governs such an infinitive ("more likely to say"). */
  readonly degreeWords: readonly string[];
  /** Auxiliaries that, before one of `catenativeMarkers`, oblige their subject ("has to show", "had to explain"). */
  readonly obligationAuxiliaries: readonly string[];
  /** Prepositions of a duration, before a word of time that ends an object ("supported the cuts for years", « depuis des années »). */
  readonly durationPrepositions: readonly string[];
  /**
   * Prepositions of time or circumstance that end an object of names and pronouns, with or without
   * a clause after them ("criticized Sanders and Clinton after the event", "defends Trump amid …",
   * « a salué Paul Roy malgré les critiques »); a noun's they may qualify ("the violence after the match").
   */
  readonly circumstancePrepositions: readonly string[];
  /** One-word answers that a verb of saying reports alone ("said yes", "said so", « a dit oui »). */
  readonly answerWords: readonly string[];
  /** Nouns of a share or a group, which may take a plural verb after a singular article ("a third say", "a majority believe"). */
  readonly collectiveNouns: readonly string[];
  /** Those of the determiners that may stand alone as a subject ("two said", "many fear", "plusieurs estiment"). */
  readonly quantifiers: readonly string[];
  /** Words that end a speaker's noun phrase read leftwards: conjunctions, clause openers ("mais", "because"). */
  readonly boundaries: readonly string[];
  /** Nouns and participles before a quoted title, name or slogan ("film", "baptisé", "dubbed"). */
  readonly titleCues: readonly string[];
  /** First words of a quoted title of a document or plan ("traité", "accord", "plan"). */
  readonly titleHeads: readonly string[];
  /** Prepositions that introduce the channel after a verb ("à" in "a déclaré à CNN", "to"). */
  readonly channelLinks: readonly string[];
  /** Verb forms whose object is the person spoken to, before the content ("told reporters he", "warned them that"). */
  readonly recipientVerbs: readonly string[];
  /** Endings of adverbs that may stand between a subject and its verb ("publicly", "clairement"). */
  readonly adverbEndings: readonly string[];
  /**
   * Adjectives whose preposition's phrase stays with the noun they follow in a speaker's phrase ("a
   * person familiar with the matter", "a source close to the talks"); French links do this alone
   * (« une source proche du dossier »).
   */
  readonly complementAdjectives: readonly string[];
  /** Words with one of `adverbEndings` that are no adverbs: adjectives and nouns ("quarterly", "elderly", "family", "supply"). */
  readonly notAdverbs: readonly string[];
  /**
   * Adverbs that bear on the number after them, which a report's content keeps ("said only 12
   * people", « a déclaré seulement 12 blessés »), as it keeps `approximators` ("said nearly half").
   */
  readonly focusAdverbs: readonly string[];
  /** Words that join two speakers ("et", "and"). */
  readonly coordinators: readonly string[];
  /** Conjunctions that join a second verb to the same subject besides the coordinators ("but said", "mais a ajouté"). */
  readonly verbConjunctions: readonly string[];
  /**
   * Negations that a contrasting conjunction may answer in one content ("not for what I did, but
   * because of who I am", « non pas pour l'argent, mais pour … »).
   */
  readonly contrastNegations: readonly string[];
  /**
   * Prepositions of a charge or a cause between a verb's object and a gerund, which the object
   * speaks: "accused Trump of suggesting", "criticized him for saying".
   */
  readonly chargePrepositions: readonly string[];
  /**
   * Particles of negation that a later complementizer, with no completion between, makes exceptive
   * ("only"): « n'a donné que son prénom », « ne fait que répéter ». Such a « que » opens no content.
   */
  readonly exceptiveParticles: readonly string[];
  /** Words that make such a particle a plain negation, before or after it (« pas », « jamais », « personne n'a dit que »). */
  readonly plainNegations: readonly string[];
  /** Adverbs after that conjunction that carry on a negated content ("not only …, but also", "but rather", « mais plutôt »). */
  readonly contrastAdverbs: readonly string[];
  /** Words that make such an adverb a comparison, no contrast ("rather than"; French uses its complementizer, « plutôt que »). */
  readonly comparisonWords: readonly string[];
  /** Subjects with no referent that open a clause ("that there is more to do"). */
  readonly expletiveSubjects: readonly string[];
  /**
   * Particles of phrasal verbs ("showed up", "add up", "found out"): after a verb they are part of
   * it, so no bare clause starts with one. Empty where the language has none.
   */
  readonly verbParticles: readonly string[];
  /** Endings of present participles, which take the subject of the verb before them ("soulignant", "adding"). */
  readonly gerundEndings: readonly string[];
  /**
   * Endings of past participles that open a phrase after a comma ("The survey, conducted by the
   * institute, finds …", « Le maire, contacté par l'AFP, a assuré »): the subject is before the
   * phrase. Matched on the word as written, in lower case, where the ending has a diacritic
   * (French « -é », « -és » would fold to "e", "es"); on a folded key such an ending never matches.
   */
  readonly pastParticipleEndings: readonly string[];
  /**
   * Endings of the present's third person singular ("supports"): such a verb of the lexicon, joined
   * by a conjunction to a content whose cue is in another form ("said", "say", "has said"), agrees
   * with the content's subject and goes on with it ("said the group is not an advocacy group and
   * supports candidates"). Empty where the forms do not tell (French).
   */
  readonly presentSingularEndings: readonly string[];
  /**
   * Endings of a verb of narration in the third person singular, present or imperfect, by which a
   * word in lower case right after a name that opens its sentence is that name's verb ("Germaine
   * Tissot drives", « Henri Castagnet façonne », « vend », « vendait »): the name is then a subject
   * a later pronoun may stand for.
   */
  readonly narrationEndings: readonly string[];
  /**
   * Endings of a finite verb in the imperfect, the conditional or the future (« tiendrait »,
   * « appartenaient », « tiendront »), by which a clause is known to have its verb. Only where
   * `complementizerRepeated` asks for it.
   */
  readonly finiteEndings: readonly string[];
  /** Auxiliaries in the present's third person singular ("is", "has", "does"), the finite verbs a content must hold for `presentSingularEndings` to go on with it. */
  readonly presentSingularAuxiliaries: readonly string[];
  /**
   * Auxiliaries whose form is plural ("are", "were", "have"): a verb's "-s" form before one is a
   * plural noun ("His comments were echoed"). Modals and forms of any number are not listed: "a
   * trend the foundation predicts will continue" keeps its verb.
   */
  readonly pluralAuxiliaries: readonly string[];
  /**
   * Forms of the verbs that are also plural nouns ("attacks", "claims", "comments"): `pluralNoun`
   * reads them as nouns after a verb ("repeated claims") or before a plural verb ("His comments were
   * echoed"). Not the forms that are only verbs ("says", "warns"). Empty where the forms differ.
   */
  readonly pluralNouns: readonly string[];
  /**
   * Verbs whose subject meets what others said, not says it ("faced calls to resign", "rejected
   * calls for an inquiry"): a form of `pluralNouns` right after one is a noun, and no report of the
   * subject's. (Not verbs that cause others' words, which a preposition may name: "sparked fears
   * among economists that …".) Empty where such nouns are no cues.
   */
  readonly receivingVerbs: readonly string[];
  /**
   * Past participles that no ending of `pastParticipleEndings` gives, in their plain form ("known",
   * "taken", « élu », « mis »; French feminine and plural forms are made from it). Read only where
   * one opens a parenthesis after a comma ("The man, known locally as …, said", « Le maire, élu en
   * 2020, affirme »), since many are also nouns elsewhere (« les élus », « une mise au point »). Not
   * forms of reporting verbs.
   */
  readonly irregularParticiples: readonly string[];
  /** Endings of gender and number added to `irregularParticiples` (« -e », « -s », « -es »). */
  readonly participleInflections: readonly string[];
  /**
   * Past tense forms that no ending of `pastParticipleEndings` gives ("held", "cut", "kept"): where
   * a plain word follows one after a noun, it is the sentence's verb and ends the subject before it
   * ("The bank held rates on Wednesday, saying …"). French writes its past with an auxiliary.
   */
  readonly irregularPasts: readonly string[];
  /**
   * Words that, after a comma, open a clause of the writer's and so end reported content ("…, but
   * critics say", "…, which", "…, mais", "…, alors que"). A present participle after a comma ends
   * it too ("…, adding that").
   */
  readonly contentBreaks: readonly string[];
  /**
   * Words that, after a comma, end reported content only before a verb of saying, an infinitive
   * or a gerund, which reports anew (« …, avant d'ajouter que … », "…, before adding that …"); not
   * before any other verb, whose clause is still the speaker's (« …, avant de la prendre d'assaut »).
   */
  readonly sayingAfter: readonly string[];
  /**
   * Those of `contentBreaks` that open a contrast or concession which the reported clause may own:
   * "said the plan was late, but the money was there", "…, while fewer backed it", "…, although
   * it is costly". After a comma, a clause's content (one with an auxiliary or a past form before
   * the comma, not an infinitive: "promised to reopen the bridge in May, but …" ends at "May") goes
   * on through one when a clause's subject follows it (a determiner, a name, a number, a pronoun
   * that is not singular, the speaker's own: not "…, but she has bristled at …"; not an adverb, a
   * preposition, a verb or a participle: "…, but ultimately …", "…, but declined to say", "…, while
   * acknowledging …") and no reporting verb follows in the sentence ("…, while critics say …").
   */
  readonly contrastClauses: readonly string[];
  /**
   * Words that open an infinitive reported as content, kept in it ("vowed to resign", "urged
   * Congress to act", "a promis de démissionner", "a appelé à la retenue").
   */
  readonly infinitiveMarkers: readonly string[];
  /**
   * Verbs that govern a reporting verb's infinitive, with its marker, and join its cue: `refusals`
   * ("declined to say", "refused to comment on", « a refusé de confirmer ») and `modals` (« a tenu
   * à préciser », « n'a pas souhaité commenter »). The subject before them speaks; a refusal, or a
   * negation among them, makes the quotation not said, and one who refuses reports nothing before
   * the verb nor stands for a later pronoun.
   */
  readonly governors: { readonly refusals: readonly string[]; readonly modals: readonly string[] };
  /** Words that open a reported question, kept in it ("asked whether", "a demandé si"). */
  readonly questionWords: readonly string[];
  /**
   * Prepositions that open the topic of a question after a verb of asking; the topic after them is
   * the content, read as an object ("Asked about Cruz's charges, Rubio said …", "asked Carson about
   * his ties to …").
   */
  readonly questionTopics: readonly string[];
  /**
   * Verbs of beginning, going on and stopping whose object is a gerund ("began writing", "kept
   * saying"): after a coordinator, such a verb and its gerund are the sentence subject's next
   * predicate ("decamped to Citigroup and began writing op-eds defending …").
   */
  readonly aspectVerbs: readonly string[];
  /**
   * Prepositions after which a gerund speaks for the subject of its clause ("opened the meeting by
   * warning that", « en affirmant que »); not "from" or "without" ("banned officials from saying").
   */
  readonly gerundPrepositions: readonly string[];
  /**
   * Auxiliaries of the passive: a cue in the passive makes no speaker of the subject before it,
   * who is told, asked or spoken of ("He was told that", "It is said that", « il est précisé
   * que », « a été annoncé »).
   */
  readonly passiveAuxiliaries: readonly string[];
  /**
   * Passive auxiliaries contracted onto the pronoun before the cue ("I'm told", "we're asked");
   * not one that is also "has" ("he's told reporters").
   */
  readonly passiveContractions: readonly string[];
  /**
   * Reflexive pronouns: with one, « être » is no passive (« s'est dit »); a stance verb after one
   * is no stance ("se" in « si elle se confirmait »).
   */
  readonly reflexives: readonly string[];
  /** The subordinators of a condition ("if", « si »): a report after one is part of the content before it. */
  readonly conditionals: readonly string[];
  /** Verb forms that report nothing after a reflexive pronoun (« les discussions se poursuivent », « tout se résume à »). */
  readonly reflexiveNonReporting: readonly string[];
  /** Nouns that open with a reporting verb's form ("think tank"): no cue. */
  readonly nounCompounds: readonly string[];
  /**
   * Prepositions that no finite verb follows ("of", "in", "with"): after one, a form that may be a
   * noun is one ("an analysis of reports shows", "a series of attacks").
   */
  readonly nounPrepositions: readonly string[];
  /**
   * Nouns and words of a time phrase ("day", "weeks", "ago", « semaine »): a noun phrase that holds
   * one after a verb of saying says when, and a "that" after it is the verb's ("said a few days ago
   * that"), not a relative pronoun.
   */
  readonly timeWords: readonly string[];
  /**
   * Words that qualify a time phrase after them ("late on Monday", "early Tuesday", « tard dans la
   * soirée »): one ends an inverted speaker's phrase before a preposition or a word of time ("said
   * officials late on Monday").
   */
  readonly timeQualifiers: readonly string[];
  /**
   * Nouns of those who speak for themselves, beyond the roles and the heads of bodies' names of
   * the entity lexicon ("club", "firm", "workers", « parquet », « préfecture »): with those, sources
   * and documents, what heads a phrase inverted after a verb that an adjunct follows, for it to speak
   * ("…, said the club in a statement"; not "The firm hired 200 workers, announced a new plant in
   * Ohio", a list of predicates).
   */
  readonly speakerNouns: readonly string[];
  /**
   * Labels of a section or of an article's genre ("Analysis", "Opinion", « Enquête », « Bilan »):
   * before a headline's colon they name the kind of piece, not a source ("Analysis: …"; "Poll: …" is one).
   */
  readonly rubrics: readonly string[];
  /**
   * Endings of plural nouns of agents ("traders", "economists", "historians"): with no determiner,
   * right after an inverted verb that a comma or a quotation precedes, such a noun opens its speaker
   * ("…, said traders in London") when the sentence or a preposition follows it.
   */
  readonly agentEndings: readonly string[];
  /** Words that open examples after a comma, which go on with the noun phrase before ("such as", "including", « notamment »). */
  readonly exampleMarkers: readonly string[];
  /**
   * Words before an amount that make it approximate ("about half", « environ 300 »): a clause may
   * open with them after a verb that takes one ("said about half of the adjustment reflected …").
   * The language's `approx`, `atLeast` and `atMost` number words.
   */
  readonly approximators: readonly string[];
  /** Amounts written in words that may follow an approximation ("at least six", « près de trois »): the language's number `words`, `scales` and `approximateNouns`. */
  readonly amountWords: readonly string[];
  /** Auxiliaries that are also nouns, read as nouns after a determiner (« cet été » is the season; "Some were told" keeps its passive). */
  readonly nounAuxiliaries: readonly string[];
  /** The preposition of a passive's agent, who speaks ("was denied by the ministry", « a été démentie par le ministère »). */
  readonly agentPrepositions: readonly string[];
  /**
   * Prepositions that name the author after a document's or a report's noun, which the source's
   * phrase keeps ("according to a report by the Fairwork Institute", "a study from the University
   * of Eastmere"); French names its author with a link (« un rapport de l'Institut »), which the
   * phrase keeps anyway.
   */
  readonly authorPrepositions: readonly string[];
  /**
   * The past participle (`pastParticipleEndings`) is written apart from every finite form (French
   * « annoncé », « annonça », « annonce »), so one with no auxiliary is passive or an adjective:
   * « les deux ennemis jurés », « Rifaat, souvent accusé d'avoir … », « la résolution condamnée
   * la veille par l'Assemblée »; it reports only with its agent, who speaks. Not English, whose
   * past tense is written as its participle ("officials warned").
   */
  readonly participlesApart: boolean;
  /**
   * Any verb of saying set after what it reports takes its subject after it, one that takes an
   * object too (« Trois personnes ont été tuées, a annoncé le ministère de la Santé »). Not
   * English, which inverts only verbs with no object ("…, said the ministry").
   */
  readonly inciseInversion: boolean;
  /**
   * Adjectives follow the noun they qualify (« une intervention armée », « la société
   * civile »): a noun phrase's head is its first word past its determiners, not any of its words
   * ("the health ministry").
   */
  readonly headFirst: boolean;
  /**
   * A clause joined to a complementizer's clause repeats the complementizer (« a dit qu'il
   * viendrait et qu'il resterait »): a coordinator then a clause with its own subject and verb
   * (« a dit que la digue tiendrait et il est reparti ») is the writer's, and ends the content. Not
   * English, which drops the second "that" ("said the dam would hold and the town was safe").
   */
  readonly complementizerRepeated: boolean;
  /**
   * Participles of quoting (« cité », « citée »): with no auxiliary, their agent is an outlet that
   * relays the words of the noun before them (« juge Andrew Tabler, cité par le Figaro Magazine »).
   */
  readonly quotingParticiples: readonly string[];
  /**
   * Verbs whose object speaks the words that a reporting participle after it gives, past one of
   * `relayLinks` ("Reuters quoted a police official as saying that …", « L'AFP cite un témoin
   * affirmant que … »), or that a colon after it opens ("The report quoted a nurse: “…”"): the
   * verb's subject only relays them.
   */
  readonly relayingVerbs: readonly string[];
  /** Words between a relaying verb's object and the participle that gives its words ("as"). */
  readonly relayLinks: readonly string[];
  /** Participles of the lexicon that after "be" say a state of mind, not a passive: "is worried that" is its subject's. */
  readonly stateParticiples: readonly string[];
  /** Words after which a conjunction means "except" ("nobody but the mayor knew"): no second report follows. */
  readonly exceptionHeads: readonly string[];
  /** Prepositions that end like a present participle, which they are not ("including", "during", "pendant"). */
  readonly participlePrepositions: readonly string[];
  /** Auxiliaries in the infinitive, which may open what a verb reports ("dément avoir négligé"). */
  readonly infinitiveAuxiliaries: readonly string[];
  /**
   * Auxiliaries of a future, a condition or a possibility ("would", "will", « pourrait »): a verb
   * they lead inside another's report tells what may be said, not what was, so quoted words after
   * it are the reporting speaker's ("said her campaign would continue “to break barriers”").
   */
  readonly modalAuxiliaries: readonly string[];
  /** Prepositions before a gerund that tell how the speaker acted ("by reminding voters that …", « en précisant que … »): they end an object. */
  readonly meansPrepositions: readonly string[];
  /**
   * Endings of an infinitive that needs no marker after a verb of saying (« a dit avoir abattu 12
   * drones », « affirme ignorer … »): what the verb reports. Empty where the infinitive takes a
   * marker ("claimed to have").
   */
  readonly infinitiveEndings: readonly string[];
  /**
   * Words of negation that may stand between a verb and what it reports, or before such an
   * infinitive (« ne dénonce pas l'attaque », « dit ne pas savoir », « disent n'avoir ni eau »).
   */
  readonly negationWords: readonly string[];
  /** Words that open a subordinate clause ("when", "because", "lorsque"): a report inside one ends at its comma. */
  readonly subordinators: readonly string[];
  /** Verb forms that take a question opened by any interrogative ("asked what", "a demandé pourquoi"). */
  readonly askingVerbs: readonly string[];
  /**
   * Verb forms that, after a reflexive pronoun, report the attribute that follows them (« s'est dit
   * prêt à négocier », « se sont déclarés favorables au projet », « s'estime lésé »).
   */
  readonly attributeVerbs: readonly string[];
  /**
   * Participles of reporting verbs whose passive means something else (« l'enquête a été confiée à
   * la police », « un appel a été lancé », « l'ambassadeur a été rappelé »): in the passive they
   * report only a clause that a complementizer opens (« il a été rappelé que … »).
   */
  readonly activeOnly: readonly string[];
  /** Interrogatives that open a reported question after an asking verb ("what", "why", "pourquoi"). */
  readonly interrogatives: readonly string[];
  /** Words that open a free relative clause, a noun phrase of its own ("focused on what he said were the failures"). */
  readonly freeRelatives: readonly string[];
  /**
   * Relative pronouns after a source preposition: the noun before the preposition is the source and
   * the clause after the pronoun what it says (« des témoignages selon lesquels des insurgés se
   * sont servis de gaz sarin », "a poll according to which most voters …").
   */
  readonly sourceRelatives: readonly string[];
  /**
   * Nouns of reports and claims ("reports", "allegations", « informations », « témoignages »): the
   * antecedent a source relative needs (« des témoignages selon lesquels … », not « le calendrier
   * selon lequel »); the stance lexicon's `reportNouns` are these.
   */
  readonly reportNouns: readonly string[];
  /**
   * Nouns of a position held, whose "that"/« que » opens what is held, not a relative clause
   * ("maintained its position that …", « a maintenu sa position que … »).
   */
  readonly clauseNouns: readonly string[];
  /**
   * Words that open a clause agreeing with a report ("As the mayor noted, …", « Comme l'a rappelé
   * le préfet, … »): the main clause after its comma is what was reported.
   */
  readonly accordClauses: readonly string[];
  /**
   * Prepositions that open an adverbial phrase ("In a 1963 speech", « Lors de la réunion »): one
   * with no verb and no comma before a trailing cue is not what was said.
   */
  readonly adjunctPrepositions: readonly string[];
  /** Auxiliaries written as a clitic after a pronoun, split off by the tokenizer ("he's said": "s"). */
  readonly auxiliaryClitics: readonly string[];
  /**
   * Object pronouns written before the verb (« il m'a dit », « je lui ai dit », « le maire leur a
   * assuré »): after a word of the clause they join the cue, and the subject is before them.
   */
  readonly objectClitics: readonly string[];
  /**
   * Object pronouns that are articles too (« le maire l'a qualifié de … », « le préfet les a
   * accusés »): they join the cue only right before an auxiliary, where no article stands (« la
   * menace », « l'annonce » are nouns after them).
   */
  readonly articleClitics: readonly string[];
  /**
   * Subject pronouns that name no one (« on »): an inverted verb with one inside a quotation
   * (« Le maire, dit-on, est furieux ») is the quoted speaker's hearsay, no incise of the writer's.
   */
  readonly indefinitePronouns: readonly string[];
  /**
   * Prepositions after an inverted indefinite pronoun that give where it speaks from, the speaker
   * then (« indique-t-on chez Alvéa », « assure-t-on du côté de l'Élysée »). Empty where the
   * language has no such pronoun.
   */
  readonly indefiniteSourceLinks: readonly string[];
  /**
   * Endings of a verb or auxiliary that agrees with a clitic that may also be a subject (« nous
   * avons », « vous avez », « nous sommes »): before one, the clitic is the subject.
   */
  readonly subjectCliticEndings: readonly string[];
  /**
   * Endings whose accent tells a verb form from a noun once keys fold accents (« -és »:
   * « critiqués », not « critiques »): a form with one is a verb only as written.
   */
  readonly writtenEndings: readonly string[];
  /** Clitics that, after an apostrophe, make a possessive ("the party's nominee": "s"). */
  readonly possessiveClitics: readonly string[];
  /** Pronouns that stand for no one ("it's said that"): an auxiliary clitic after them makes no speaker. */
  readonly impersonalPronouns: readonly string[];
  /**
   * A speaker's whole phrase that describes a person named before by their age ("the 19-year-old",
   * « la joueuse de 19 ans »): it stands for that person as a pronoun would.
   */
  readonly ageDescriptions: RegExp;
  /**
   * Subjects that say no one speaks ("Nobody knows what …", « Personne ne s'attendait à … »,
   * "None of the officials said"): the verb they are the subject of is negated.
   */
  readonly negativeSubjects: readonly string[];
  /**
   * Nouns of a person other than a role ("victim", « défunte », "defendant"): after a link inside a
   * speaker's phrase, a name in apposition after the phrase is theirs ("the mother of the victim,
   * Lucas Blanc").
   */
  readonly personNouns: readonly string[];
}

/**
 * Words and patterns for recognising people, organisations and places and the roles given to
 * people. Every word list is lower-case and compared without diacritics.
 */
export interface EntityLexicon {
  /** Honorifics before a name ("m", "mme", "mr", "dr"), without a final period. */
  readonly honorifics: readonly string[];
  /**
   * Words that mark a person's gender: an honorific before the name (« Mme », « M. », "Mrs", "Mr"),
   * or a role's head, else the determiner before the role (« présidente », « la » in « la maire,
   * Claire Morel », "spokeswoman"). A role gives only a feminine gender, as masculine role words
   * are said of women too; a masculine head keeps its determiner from being read. A person marked
   * both ways has none.
   */
  readonly genders: { readonly feminine: readonly string[]; readonly masculine: readonly string[] };
  /** Head nouns of roles and titles ("président", "porte-parole", "secretary"). */
  readonly roleHeads: readonly string[];
  /** Words that qualify a head inside a role ("vice", "nouveau", "général", "deputy", "former"). */
  readonly roleQualifiers: readonly string[];
  /** Ministerial portfolios and similar complements ("défense", "affaires étrangères", "foreign"). */
  readonly portfolios: readonly string[];
  /** Lower-case nouns a role may name after a link ("chef de la diplomatie", "head of intelligence"). */
  readonly roleComplements: readonly string[];
  /** Links inside a role ("de", "de la", "à", "of"), longest first when they overlap. */
  readonly roleLinks: readonly string[];
  /** Heads that name the same kind of office, for "le ministre" after "the secretary" ([["ministre", "secrétaire"]]). */
  readonly roleEquivalents: readonly (readonly string[])[];
  /** Determiners and possessives before a role with no name ("le", "son", "the", "his"). */
  readonly determiners: readonly string[];
  /** Closed-class words that are capitalised only because they start a sentence ("les", "selon", "the"). */
  readonly functionWords: readonly string[];
  /**
   * Names may qualify a noun after them ("a chief Democratic negotiator", "his official Twitter
   * feed"): one name after a role in lower case is then a person's only before punctuation or a
   * function word. Not in French, where « le maire Dupuis est arrivé » names the mayor.
   */
  readonly namesBeforeNouns: boolean;
  /** Head words of organisation names ("ministère", "agence", "ministry", "party"). */
  readonly organisationHeads: readonly string[];
  /**
   * Nouns that describe a firm ("company", "carmaker", « groupe », « constructeur »), and words that
   * mark a firm's name ("Holdings", "Inc"): "the company said" stands for the firm named before.
   */
  readonly firmNouns: readonly string[];
  /** Words that make a body's noun stand for one named before ("the", "this", « le », « cette »). */
  readonly anaphoricDeterminers: readonly string[];
  /**
   * Links inside an organisation's name, between its head and a capitalised complement ("of", "for",
   * "on": "Bureau of Labor Statistics", "Observatory for Human Rights", "Council on Foreign Relations").
   */
  readonly organisationLinks: readonly string[];
  /** Prepositions that make a capital city a place rather than its government ("à", "in"). */
  readonly locatives: readonly string[];
  /**
   * Locatives of where something is, not whom it goes to ("in", "at", « dans »): a name right after
   * one, before a reporting verb, is no evidence of a person ("Officials in Ohio said"; "An aide to
   * Berg said" still is). A subset of `locatives`.
   */
  readonly placeLocatives: readonly string[];
  /**
   * Do a noun's modifiers follow it (« Conseil national syrien »), so that no body's name opens on
   * a country after an article? Then capitalised words right after « la Syrie » are a name in
   * apposition (« l'émissaire pour la Syrie Lakhdar Brahimi »); in English, "the United States
   * Elections Project" is one name.
   */
  readonly modifiersFollowHead: boolean;
  /** Nouns after which a capitalised name is a place ("région de Koursk", "the region of"). */
  readonly placeCues: RegExp;
  /** What follows a speaker right after their name ("a déclaré", "said"): evidence of a person. */
  readonly speechAfter: RegExp;
  /** Particles inside names ("al", "bin", "van", "de"), joined to the capitalised words around them. */
  readonly nameParticles: readonly string[];
  /** What precedes a speaker named after the verb ("a déclaré ", "said ", "according to "). */
  readonly speechBefore: RegExp;
  /** What follows a person's name and only a person's ("Josiane Perrin, 71 ans", "Thomas Ricard, 34,"). */
  readonly personAfter: RegExp;
  /** A relative pronoun said of persons only, after a name's comma ("Marsh, who"). */
  readonly personRelative: RegExp;
  /** The shape of a place name ("Saint-Aubin-sur-Sarne", "Haute-Sarne", "Port Arthur"). */
  readonly placeShape: RegExp;
  /**
   * The shape of a party and state tag set after a person's name ("Sen. Paul Roy, D-Valmont, said",
   * "(R-Texas)"): no name of anyone. Never matching where the press has no such tag.
   */
  readonly affiliationShape: RegExp;
}

/**
 * Cues that turn a mention of an agency or outlet into a credit. Each is tested on the text
 * around the mention, so that "a déclaré à CNN" credits CNN and "CNN's director resigned" does not.
 */
export interface CreditCues {
  /** Ends of the text just before the mention: "selon ", "à l'agence ", "according to ", "told ". */
  readonly before: RegExp;
  /** Starts of the text just after the mention: " a rapporté", " reported". */
  readonly after: RegExp;
  /**
   * What may stand before the name in a paragraph that is only a credit line ("Avec ", "Source : ",
   * "— "); after the name only other names, "et"/"and", commas and closing punctuation may follow.
   */
  readonly line: RegExp;
  /** Words that join names in a credit line ("et", "and"). */
  readonly lineJoiners: RegExp;
  /** A contributor line: "L'écrivain d'Associated Press X a contribué à ce rapport". */
  readonly contributor: RegExp;
}
