import type { TimeLexicon } from '../types.js';

/** French temporal expressions: "mardi", "le 4 novembre", "début octobre", "ce mois-ci", "il y a deux semaines". */
export const frTime: TimeLexicon = {
  extraMonths: { janv: 1, fev: 2, fevr: 2, avr: 4, juil: 7, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  relativeDays: { "aujourd'hui": 0, hier: -1, 'avant hier': -2, demain: 1, 'apres demain': 2 },
  dayParts: ['matin', 'soir', 'apres midi', 'nuit', 'soiree', 'matinee', 'midi'],
  units: { jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', mois: 'month', an: 'year', ans: 'year', annee: 'year', annees: 'year' },
  this: ['ce', 'cet', 'cette'],
  thisAfter: ['ci', 'la'],
  lastBefore: [],
  lastAfter: ['dernier', 'derniere', 'passe', 'passee', 'ecoule', 'ecoulee'],
  nextBefore: [],
  nextAfter: ['prochain', 'prochaine', 'suivant', 'suivante'],
  parts: { debut: 'early', mi: 'mid', fin: 'late', milieu: 'mid' },
  partLinks: ['de', "d'", 'du', 'la', "l'", 'au', 'a'],
  between: [['entre', 'et'], ['du', 'au'], ['de', 'a']],
  agoBefore: ['il y a'],
  agoAfter: [],
  earlier: ['plus tot', 'plus tard'],
  periodPrepositions: ['en', 'depuis', 'des', "jusqu'en", 'avant', 'apres', 'fin', 'debut', 'mi', "d'", 'de', 'mois de', 'au mois de', 'courant', "l'annee", 'annee'],
  dayOrdinals: ['er'],
  numericDates: 'dmy',
  future: /(?<!\p{L})(?:va|vont|devra|devront|doit|doivent|prévoit|prévu|prévue|\p{L}{3,}(?:era|ira|ra|ront))(?!\p{L})/iu,
};
