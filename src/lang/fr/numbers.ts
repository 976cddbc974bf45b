import type { NumberLexicon } from '../types.js';

/** French numbers: "1 500", "1,5 million", "trois mille", "une dizaine", "des milliers", "au moins", "près de". */
export const frNumbers: NumberLexicon = {
  words: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  },
  scales: { cent: 100, cents: 100, mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  wordJoiners: ['et'],
  approximateNouns: {
    dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
    soixantaine: 60, centaine: 100, millier: 1000,
  },
  vague: {
    'des milliers': 1000, 'plusieurs milliers': 1000, 'quelques milliers': 1000, 'des dizaines de milliers': 10000, 'des centaines de milliers': 100000,
    'des centaines': 100, 'plusieurs centaines': 100, 'quelques centaines': 100, 'des dizaines': 10, 'plusieurs dizaines': 10, 'quelques dizaines': 10,
    'des millions': 1e6, 'plusieurs millions': 1e6, 'un petit nombre': null, 'un grand nombre': null, 'un nombre limite': null, 'une poignee': null,
  },
  atLeast: ['au moins', 'plus de', 'pas moins de', 'au minimum', 'minimum', 'davantage que', 'au-dela de', 'au dela de'],
  atMost: ["jusqu'a", 'moins de', 'au plus', 'au maximum', 'pas plus de', 'tout au plus'],
  approx: ['environ', 'quelque', 'pres de', 'presque', 'approximativement', 'autour de', 'quasiment', 'a peu pres', 'pratiquement', 'grosso modo', 'de l\'ordre de', 'un peu plus de', 'un peu moins de', 'plus ou moins', 'pres d\''],
  approxAfter: ['environ'],
  ranges: [['entre', 'et'], ['de', 'a']],
  rangeJoiners: ['a', 'ou', '-'],
  countLinks: ['de', "d'"],
  percent: ['%', 'pour cent', 'pourcent', 'pour cents'],
  currencies: {
    '€': 'EUR', euro: 'EUR', euros: 'EUR', '$': 'USD', dollar: 'USD', dollars: 'USD', 'dollars americains': 'USD', '£': 'GBP', livre: 'GBP', livres: 'GBP',
    'livres sterling': 'GBP', rouble: 'RUB', roubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', won: 'KRW', wons: 'KRW', yuan: 'CNY', yuans: 'CNY',
    yen: 'JPY', yens: 'JPY', 'francs suisses': 'CHF', franc: 'CHF', francs: 'CHF',
  },
  measures: {
    km: 'km', kilometre: 'km', kilometres: 'km', 'kilometres carres': 'km2', km2: 'km2', 'km²': 'km2', m: 'm', metre: 'm', metres: 'm', 'metres carres': 'm2', 'metres cubes': 'm3', 'm3': 'm3', 'm³': 'm3', 'm cubes': 'm3',
    hectare: 'ha', hectares: 'ha', tonne: 't', tonnes: 't', kg: 'kg', kilo: 'kg', kilos: 'kg', kilogramme: 'kg', kilogrammes: 'kg', litre: 'l', litres: 'l',
    degre: 'deg', degres: 'deg', '°': 'deg', mile: 'mi', miles: 'mi', barils: 'bbl', baril: 'bbl', mw: 'MW', gw: 'GW',
  },
  timeUnits: [
    'an', 'ans', 'annee', 'annees', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'heure', 'heures', 'h', 'minute', 'minutes', 'min', 'seconde',
    'secondes', 'siecle', 'siecles', 'decennie', 'decennies', 'nuit', 'nuits',
  ],
  ordinalSuffixes: ['e', 'er', 'ere', 'eme', 'emes', 'es', 'nd', 'nde'],
  nounLinks: ['de', "d'"],
  stops: [
    'a', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'pour', 'par', 'avec', 'sans', 'vers', 'chez', 'contre', 'entre', 'depuis', 'pendant', 'selon',
    'apres', 'avant', 'le', 'la', "l'", 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
    'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'qui', 'que', "qu'", 'dont', 'ou', 'se', "s'", 'ne', "n'", 'y', 'il', 'ils', 'elle', 'elles',
    'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'seraient', 'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'ete',
    'auraient', 'pourraient', 'pourrait', 'doivent', 'doit', 'devraient', 'devrait', 'font', 'fait', 'ainsi', 'alors', 'comme', 'lors',
    'deja', 'encore', 'aussi', 'egalement', 'toujours', 'actuellement', 'parmi', 'dont', 'soit',
  ],
  headFinal: false,
  verbEndings: ['aient', 'ait', 'erent', 'eront', 'erait'],
  concepts: {
    troops: [
      'soldat', 'soldats', 'troupe', 'troupes', 'militaire', 'militaires', 'force', 'forces', 'combattant', 'combattants', 'recrue', 'recrues',
      'reserviste', 'reservistes', 'mercenaire', 'mercenaires', 'conscrit', 'conscrits', 'militaires', 'fantassins', 'hommes de troupe', 'personnels militaires',
    ],
    people: ['personne', 'personnes', 'habitant', 'habitants', 'homme', 'hommes', 'civil', 'civils', 'individus', 'gens'],
    dead: ['mort', 'morts', 'tue', 'tues', 'deces', 'victimes', 'decedes'],
    injured: ['blesse', 'blesses'],
    displaced: ['refugie', 'refugies', 'deplace', 'deplaces', 'evacue', 'evacues', 'evacuee', 'evacuees', 'evacuation', 'sinistres', 'exiles'],
    missing: ['disparu', 'disparus', 'disparue', 'disparues'],
    prisoners: ['prisonnier', 'prisonniers', 'detenu', 'detenus', 'otage', 'otages', 'captifs'],
    missiles: ['missile', 'missiles', 'roquette', 'roquettes', 'obus'],
    drones: ['drone', 'drones'],
    vehicles: ['char', 'chars', 'blindes', 'vehicules', 'tanks'],
    aircraft: ['avion', 'avions', 'chasseur', 'chasseurs', 'helicoptere', 'helicopteres'],
    children: ['enfant', 'enfants', 'mineurs'],
    votes: ['voix', 'votes', 'suffrages', 'electeurs'],
    jobs: ['emploi', 'emplois', 'postes', 'salaries', 'employes'],
    officials: ['diplomate', 'diplomates', 'responsable', 'responsables', 'fonctionnaires'],
  },
};
