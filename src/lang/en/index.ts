import type { LanguagePack } from '../types.js';
import { enEntities } from './entities.js';
import { enNumbers } from './numbers.js';
import { enSpeech } from './speech.js';
import { enStances } from './stances.js';
import { enTime } from './time.js';

/** English: abbreviations, site furniture and byline forms as seen in English news pages. */
export const en: LanguagePack = {
  code: 'en',
  abbreviations: [
    'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm',
    'gov', 'govs', 'sen', 'sens', 'rep', 'reps', 'pres', 'supt', 'det', 'hon', 'amb',
    'u.s', 'u.s.a', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'e.g', 'i.e', 'etc', 'vs', 'v', 'approx',
    'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'ave', 'blvd', 'rd', 'mt', 'ft',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ill', 'ind', 'kan', 'mass', 'mich', 'minn', 'miss', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'wash', 'wis',
  ],
  numberAbbreviations: ['no', 'nos', 'vol', 'p', 'pp', 'fig', 'est'],
  finalAbbreviations: [
    'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros', 'etc', 'govs', 'sens', 'reps',
    'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ill', 'ind', 'kan', 'mass', 'mich', 'minn', 'miss', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'wash', 'wis',
  ],
  sentenceStarters: [
    'he', 'she', 'it', 'they', 'we', 'you', 'the', 'this', 'these', 'those', 'there', 'but', 'and', 'his', 'its', 'their', 'our',
    'my', 'in', 'after', 'when', 'while', 'if', 'however', 'still', 'meanwhile',
  ],
  navigationWords: [
    'home', 'news', 'world', 'us', 'u.s.', 'politics', 'business', 'economy', 'opinion', 'sport', 'sports', 'culture',
    'science', 'health', 'tech', 'technology', 'climate', 'environment', 'entertainment', 'arts', 'travel', 'video', 'videos',
    'live', 'podcasts', 'europe', 'asia', 'africa', 'americas', 'middle east', 'uk', 'local', 'weather', 'menu', 'search',
    'sign in', 'subscribe', 'newsletters', 'more', 'latest', 'top stories',
  ],
  promoCues: [
    /^read (?:more|also|next)\b/i,
    /^(?:see|watch) also\b/i,
    /^related(?: articles?| stories)?\s*:/i,
    /\bcontact us\b/i,
    /\bsponsor(?:ship|ed content)\b/i,
    /\bsign up (?:for|to) (?:our|the)\b.*\bnewsletter\b/i,
    /\bsubscribe (?:to|now)\b/i,
    /^follow us\b/i,
    /\ball rights reserved\b/i,
    /^share (?:this|on)\b/i,
    /^advertisement$/i,
    /\bwe use cookies\b/i,
    /\baccept (?:all )?cookies\b/i,
    /^(?:photo|image)(?: credit)?\s*:/i,
    /^(?:privacy policy|terms of (?:use|service)|most read|most popular|accept all|manage (?:cookies|preferences))$/i,
  ],
  firstPersonCues: [/(?:^|[\s,;])I(?:['’](?:m|ve|ll|d))?(?=\s)/u, /\b(?:my (?:work|passion|job)|myself)\b/iu],
  authorBlurbCues: [/\b(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}(?:reporter|writer|correspondent|journalist|editor|columnist)\b/i],
  bylineLines: [
    /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*(?:(?:,| and)\s*[^.]{2,60})?$/u,
    /^(?:published|updated|posted)\s*:?\s.{0,60}$/iu,
  ],
  credits: {
    before: /(?:^|[\s(])(?:according to|told|spoke to|speaking to|said to|confirmed to|cited by|quoted by|reported by|in an interview with|an interview with)\s+(?:the\s+)?(?:(?:news agency|broadcaster|network|newspaper)\s+)?$/i,
    after: /^(?:\s+(?:reported|reports|quoted|quotes|cited|cites|has reported|news agency reported|said in a report|first reported|was first to report)\b|[’']s\s+(?:report|reporting)\b)/i,
    line: /^[(—–-]?\s*(?:(?:with|sources?\s*:)\s*)?(?:the\s+)?$/i,
    lineJoiners: /^\s*(?:,|and|\/)\s*$/i,
    contributor: /\bcontributed to this (?:report|story|article)\b/i,
  },
  signatureLines: [/^\((?:reporting|additional reporting|writing|editing|compiled) by\b[^)]{0,160}\)$/i],
  entities: enEntities,
  speech: enSpeech,
  time: enTime,
  numbers: enNumbers,
  stances: enStances,
};
