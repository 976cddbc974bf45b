import type { LanguagePack } from '../types.js';
import { frEntities } from './entities.js';
import { frNumbers } from './numbers.js';
import { frSpeech } from './speech.js';
import { frStances } from './stances.js';
import { frTime } from './time.js';

/** French: abbreviations, site furniture and byline forms as seen in French news pages. */
export const fr: LanguagePack = {
  code: 'fr',
  abbreviations: [
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'dr', 'pr', 'st', 'ste',
    'av', 'bd', 'boul', 'apr', 'av. j.-c', 'j.-c', 'cf', 'ex', 'p. ex', 'env', 'etc', 'éd',
    'n°', 'tél', 'hab', 'min', 'max', 'gén', 'col', 'lt', 'cdt', 'cne',
    'u.s', 'u.s.a', 'o.n.u', 'r.-u', 'é.-u', 'c.-à-d', 'c-à-d', 'jan', 'janv', 'fév', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ],
  numberAbbreviations: ['no', 'p', 'pp', 'vol', 'art', 'chap', 'fig'],
  finalAbbreviations: ['etc'],
  // Not the articles: « M. Le Pen », « M. Le Maire ».
  sentenceStarters: ['il', 'elle', 'ils', 'elles', 'on', 'nous', 'je', 'mais', 'et', 'selon', 'cependant', 'pourtant', 'lorsque', 'quand', 'depuis'],
  navigationWords: [
    'accueil', 'actualités', 'actualité', 'actu', 'info', 'infos', 'international', 'monde', 'france', 'europe',
    'politique', 'économie', 'société', 'sport', 'sports', 'culture', 'sciences', 'santé', 'planète', 'environnement',
    'régions', 'idées', 'opinions', 'opinion', 'débats', 'vidéos', 'vidéo', 'podcasts', 'direct', 'en direct',
    'tech', 'technologie', 'médias', 'faits divers', 'justice', 'défense', 'diplomatie', 'guerre en ukraine',
    'asie', 'afrique', 'amériques', 'moyen-orient', 'une', 'la une', 'à la une', 'rubriques', 'menu', 'rechercher',
    'se connecter', "s'abonner", 'abonnés', 'newsletters',
  ],
  // \b is ASCII-only in JavaScript: word edges next to accented letters use (?<!\p{L}) instead.
  promoCues: [
    /^(?:à )?lire aussi(?!\p{L})/iu,
    /^(?:à )?voir aussi(?!\p{L})/iu,
    /^(?:à )?écouter aussi(?!\p{L})/iu,
    /^sur le même sujet(?!\p{L})/iu,
    /^(?:pour )?(?:en )?savoir plus\s*:/iu,
    /(?<!\p{L})(?:contactez|écrivez)[- ]nous(?!\p{L})/iu,
    /^nous contacter$/iu,
    /(?<!\p{L})sponsoring(?!\p{L})/iu,
    /(?<!\p{L})partenariats?\s+(?:commerciaux|publicitaires?)(?!\p{L})/iu,
    /(?<!\p{L})abonnez[- ]vous(?!\p{L})/iu,
    /(?<!\p{L})(?:newsletter|lettre d[’']information)(?!\p{L})/iu,
    /^recevez chaque (?:jour|matin|soir|semaine)(?!\p{L})/iu,
    /^je m[’']inscris$/iu,
    /^suivez[- ]nous(?!\p{L})/iu,
    /(?<!\p{L})tous droits réservés(?!\p{L})/iu,
    /^(?:mentions légales|politique de confidentialité|conditions générales d[’']utilisation|plan du site|les plus lus|les plus partagés)$/iu,
    /^partager(?: sur| cet article|$)/iu,
    /^publicité$/iu,
    /(?<!\p{L})nous utilisons des cookies(?!\p{L})/iu,
    /^(?:tout accepter|tout refuser|paramétrer mes choix|accepter et fermer)$/iu,
    /^(?:crédit )?photos?\s*:/iu,
  ],
  firstPersonCues: [/(?:^|[\s,;])(?:je(?=\s)|j['’](?=\p{L}))/iu, /\b(?:moi-même|mon métier|ma passion)\b/iu],
  authorBlurbCues: [
    /(?<!\p{L})(?:est|était) (?:journaliste|rédact(?:eur|rice)|reporter|correspondante?|envoyée? spéciale?|pigiste|chroniqueu(?:r|se))(?!\p{L})/iu,
  ],
  bylineLines: [
    /^[Pp]ar\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*(?:,\s*[^,.]{2,60})?$/u,
    /^(?:publié|mis à jour|modifié)\s+le(?!\p{L}).{0,60}$/iu,
  ],
  credits: {
    before: /(?:^|[\s(])(?:à|au|aux|selon|d[’']après|auprès d[e’']|cités?|citée?s? par|rapportée?s? par|a indiqué à|a confié à|a déclaré à|ont déclaré à|interrogée?s? par)\s+(?:(?:l[’']|la |le )?(?:agence|chaîne|quotidien|journal|site|radio|télévision)(?: de presse)?(?: (?:américaine?|britannique|française?|allemande?|russe|chinoise?|sud-coréenne?|japonaise?|ukrainienne?|qatarie?|publique))?\s+)?(?:l[’'])?$/iu,
    after: /^\s*(?:a rapporté|rapporte|a révélé|révèle|a indiqué|a annoncé|a appris|cite|citant|, citant)(?!\p{L})/iu,
    line: /^[(—–-]?\s*(?:(?:avec|sources?\s*:|d[’']après)\s*)?(?:l[’'])?$/iu,
    lineJoiners: /^\s*(?:,|et|\/)\s*$/iu,
    contributor: /(?<!\p{L})(?:a|ont) contribué à (?:ce|cet) (?:rapport|reportage|article)(?!\p{L})/iu,
  },
  signatureLines: [/^\((?:avec|rédaction|reportage|édité par|édition)(?!\p{L})[^)]{0,120}\)$/iu],
  entities: frEntities,
  speech: frSpeech,
  time: frTime,
  numbers: frNumbers,
  stances: frStances,
};
