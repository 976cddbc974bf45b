import type { NumberLexicon } from '../types.js';

/** English numbers: "1,500", "1.5 million", "three thousand", "a dozen", "thousands", "at least", "nearly". */
export const enNumbers: NumberLexicon = {
  words: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
    fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, an: 1,
  },
  scales: { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  wordJoiners: ['and'],
  approximateNouns: { dozen: 12, score: 20 },
  vague: {
    thousands: 1000, 'tens of thousands': 10000, 'hundreds of thousands': 100000, hundreds: 100, dozens: 12, millions: 1e6, scores: 20,
    'a handful': null, 'a small number': null, 'a large number': null, 'a limited number': null,
  },
  atLeast: ['at least', 'more than', 'over', 'upwards of', 'no fewer than', 'no less than', 'a minimum of'],
  atMost: ['up to', 'fewer than', 'less than', 'at most', 'no more than', 'as many as', 'a maximum of'],
  approx: ['about', 'some', 'nearly', 'around', 'approximately', 'roughly', 'almost', 'an estimated', 'close to', 'estimated', 'just over', 'just under', 'more or less'],
  approxAfter: ['or so'],
  ranges: [['between', 'and'], ['from', 'to']],
  rangeJoiners: ['to', 'or', '-'],
  countLinks: ['of'],
  percent: ['%', 'percent', 'per cent', 'pct'],
  currencies: {
    $: 'USD', dollar: 'USD', dollars: 'USD', '€': 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', pound: 'GBP', pounds: 'GBP', rouble: 'RUB', roubles: 'RUB',
    ruble: 'RUB', rubles: 'RUB', won: 'KRW', yuan: 'CNY', yen: 'JPY', hryvnias: 'UAH',
  },
  measures: {
    km: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km', 'square kilometers': 'km2', 'square kilometres': 'km2', 'square miles': 'mi2',
    mile: 'mi', miles: 'mi', meter: 'm', meters: 'm', metre: 'm', metres: 'm', feet: 'ft', foot: 'ft', acres: 'acre', hectares: 'ha', tons: 't', tonnes: 't',
    ton: 't', pounds: 'lb', kg: 'kg', kilograms: 'kg', gallons: 'gal', liters: 'l', litres: 'l', degrees: 'deg', barrels: 'bbl', mw: 'MW', gw: 'GW',
  },
  timeUnits: [
    'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'decade', 'decades',
    'century', 'centuries', 'night', 'nights', 'a.m', 'p.m', 'am', 'pm', 'gmt', 'utc', 'old', 'year old', 'years old',
  ],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  nounLinks: ['of'],
  stops: [
    'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'onto', 'over', 'under', 'near', 'across', 'against', 'during', 'since', 'after',
    'before', 'among', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'and', 'or', 'but', 'so', 'nor',
    'who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'while', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has',
    'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'do', 'does', 'did', 'now', 'already', 'also', 'still', 'there',
    'here', 'had', 'than', 'per', 'each', 'including', 'according',
  ],
  verbEndings: [],
  concepts: {
    troops: ['soldier', 'soldiers', 'troop', 'troops', 'force', 'forces', 'fighter', 'fighters', 'servicemen', 'service members', 'personnel', 'recruits', 'reservists', 'mercenaries', 'conscripts', 'military personnel'],
    people: ['person', 'people', 'persons', 'residents', 'inhabitants', 'men', 'civilians', 'individuals'],
    dead: ['dead', 'deaths', 'killed', 'fatalities', 'victims', 'bodies'],
    injured: ['injured', 'wounded', 'injuries'],
    displaced: ['refugees', 'displaced', 'evacuees', 'migrants', 'asylum seekers'],
    prisoners: ['prisoner', 'prisoners', 'detainees', 'hostages', 'captives'],
    missiles: ['missile', 'missiles', 'rockets', 'shells'],
    drones: ['drone', 'drones'],
    vehicles: ['tank', 'tanks', 'armored vehicles', 'vehicles'],
    aircraft: ['aircraft', 'planes', 'jets', 'helicopters', 'fighter jets'],
    children: ['child', 'children', 'minors'],
    votes: ['votes', 'voters', 'ballots', 'delegates'],
    jobs: ['job', 'jobs', 'workers', 'employees'],
    officials: ['diplomats', 'officials'],
  },
};
