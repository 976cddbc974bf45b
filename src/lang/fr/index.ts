import type { LanguagePack } from '../types.js';

/** French: abbreviations, site furniture and byline forms as seen in French news pages. */
export const fr: LanguagePack = {
  code: 'fr',
  abbreviations: [
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'dr', 'pr', 'st', 'ste',
    'av', 'bd', 'boul', 'apr', 'av. j.-c', 'j.-c', 'cf', 'ex', 'p. ex', 'env', 'etc', 'éd', 'vol',
    'p', 'pp', 'n°', 'no', 'art', 'chap', 'fig', 'tél', 'hab', 'min', 'max', 'gén', 'col', 'lt', 'cdt', 'cne',
    'u.s', 'u.s.a', 'o.n.u', 'r.-u', 'é.-u', 'c.-à-d', 'c-à-d', 'jan', 'janv', 'fév', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ],
  navigationWords: [
    'accueil', 'actualités', 'actualité', 'actu', 'info', 'infos', 'international', 'monde', 'france', 'europe',
    'politique', 'économie', 'société', 'sport', 'sports', 'culture', 'sciences', 'santé', 'planète', 'environnement',
    'régions', 'idées', 'opinions', 'opinion', 'débats', 'vidéos', 'vidéo', 'podcasts', 'direct', 'en direct',
    'tech', 'technologie', 'médias', 'faits divers', 'justice', 'défense', 'diplomatie', 'guerre en ukraine',
    'asie', 'afrique', 'amériques', 'moyen-orient', 'une', 'la une', 'à la une', 'rubriques', 'menu', 'rechercher',
    'se connecter', "s'abonner", 'abonnés', 'newsletters',
  ],
  promoCues: [
    /^(?:à )?lire aussi\b/i,
    /^(?:à )?voir aussi\b/i,
    /^(?:à )?écouter aussi\b/i,
    /^sur le même sujet\b/i,
    /^(?:pour )?(?:en )?savoir plus\s*:/i,
    /\bcontactez[- ]nous\b/i,
    /\bécrivez[- ]nous\b/i,
    /\b(?:options? de )?sponsoring\b/i,
    /\bpartenariats?\s+(?:commerciaux|publicitaires?)\b/i,
    /\babonnez[- ]vous\b/i,
    /\binscrivez[- ]vous\b.*\bnewsletter\b/i,
    /\bnewsletter\b.*\binscri/i,
    /^suivez[- ]nous\b/i,
    /\btous droits réservés\b/i,
    /^partager(?: sur| cet article|$)/i,
    /^publicité$/i,
    /\bnous utilisons des cookies\b/i,
    /\baccepter (?:les|tous les) cookies\b/i,
    /^(?:crédit )?photos?\s*:/i,
  ],
  firstPersonCues: [/(?:^|[\s,;])(?:je|j['’])(?=\s|\p{L})/iu, /\b(?:moi-même|mon métier|ma passion)\b/iu],
  bylineLines: [
    /^par\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,5}(?:,\s*[^,.]{2,60})?$/u,
    /^(?:publié|mis à jour|modifié)\s+le\b.{0,60}$/iu,
  ],
};
