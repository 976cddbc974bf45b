import type { LanguagePack } from '../types.js';

/**
 * The fallback for languages that have no folder yet (Spanish, Italian...): no abbreviations
 * beyond initials, no site-furniture cues. Articles in such languages are still read and split.
 */
export const und: LanguagePack = {
  code: 'und',
  abbreviations: ['dr', 'st', 'sr', 'sra', 'dott', 'ing', 'prof', 'etc'],
  navigationWords: [],
  promoCues: [],
  firstPersonCues: [],
  authorBlurbCues: [],
  bylineLines: [],
  signatureLines: [],
  credits: { before: /(?!)/, after: /(?!)/, line: /(?!)/, lineJoiners: /(?!)/, contributor: /(?!)/ },
  // Names are still found (gazetteer, capitalised words, honorifics); no role or speech cues.
  entities: {
    honorifics: ['dr', 'prof'],
    roleHeads: [],
    roleQualifiers: [],
    portfolios: [],
    roleComplements: [],
    roleLinks: [],
    roleEquivalents: [],
    determiners: [],
    functionWords: [],
    organisationHeads: [],
    locatives: [],
    placeCues: /(?!)/,
    speechAfter: /(?!)/,
    nameParticles: ['al', 'el', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'di'],
    speechBefore: /(?!)/,
    personAfter: /(?!)/,
    placeShape: /(?!)/,
  },
  // Quoted words are still found by their marks; with no verbs, speakers come only from "X:" and carry-over.
  speech: {
    verbs: [],
    auxiliaries: [],
    adverbs: [],
    pronouns: [],
    pluralPronouns: [],
    selfPronouns: [],
    objectPronouns: [],
    relatives: [],
    complementizers: [],
    sourceCues: [],
    initialSourceCues: [],
    determiners: [],
    quantifiers: [],
    boundaries: [],
    titleCues: [],
    titleHeads: [],
    channelLinks: [],
    recipientVerbs: [],
    adverbEndings: [],
    coordinators: [],
    verbConjunctions: [],
    gerundEndings: [],
    contentBreaks: [],
    infinitiveMarkers: [],
    questionWords: [],
    subordinators: [],
    askingVerbs: [],
    interrogatives: [],
  },
  // Digits are still read as figures and ISO dates as times; no words, hedges or concepts.
  time: {
    extraMonths: {}, relativeDays: {}, dayParts: [], units: {}, this: [], thisAfter: [], lastBefore: [], lastAfter: [], nextBefore: [], nextAfter: [],
    parts: {}, partLinks: [], between: [], agoBefore: [], agoAfter: [], earlier: [], periodPrepositions: [], dayOrdinals: [], numericDates: 'dmy', future: /(?!)/,
  },
  numbers: {
    words: {}, scales: {}, wordJoiners: [], approximateNouns: {}, vague: {}, atLeast: [], atMost: [], approx: [], approxAfter: [], ranges: [],
    rangeJoiners: ['-'], countLinks: [], percent: ['%'], currencies: { '€': 'EUR', $: 'USD', '£': 'GBP' }, measures: {}, timeUnits: [], ordinalSuffixes: [],
    nounLinks: [], stops: [], verbEndings: [], headFinal: false, concepts: {},
  },
  stances: { negations: [], refusals: [], disputeVerbs: [], reportNouns: [], reflexives: [] },
};
