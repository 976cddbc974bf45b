import { HEDGES, NBSP, clock, de, hedged, millions, num, onDate, onDay, weekday, type Lang, type Pair } from './format.js';
import { firstName, surname } from './names.js';
import type { Rng } from './prng.js';
import { roleOf, type Person, type ReportFacts, type StoryFacts } from './story.js';

/**
 * Sentence templates. Each template is written once for both languages: it draws every random
 * choice first, in the same order whatever the language, then builds the French or the English
 * sentence from the same choices. Rendering a template with the same seed in the other language
 * therefore gives a translation with the same names, figures and dates.
 */

/** A statement: an optional adverbial before, the clause, an optional attribution after. */
export interface Plain {
  readonly kind: 'plain';
  readonly pre?: string;
  readonly core: string;
  readonly post?: string;
}

/** A quotation with its speaker; `pronoun` when the speaker was just introduced. */
export interface Quote {
  readonly kind: 'quote';
  readonly who: Person;
  readonly q: string;
  readonly verb: number;
  readonly pronoun: boolean;
}

export type Sentence = Plain | Quote;

export interface Ctx {
  readonly L: Lang;
  readonly f: StoryFacts;
  readonly a: ReportFacts;
  readonly r: Rng;
}

export interface Template {
  readonly id: string;
  readonly weight: number;
  make(c: Ctx): Sentence[];
}

/** Quotation verbs: French past participle, English verb. */
export const QUOTE_VERBS: readonly Pair[] = [
  ['déclaré', 'said'],
  ['affirmé', 'said'],
  ['expliqué', 'explained'],
  ['assuré', 'said'],
  ['ajouté', 'added'],
  ['souligné', 'stressed'],
  ['confié', 'told reporters'],
  ['estimé', 'said'],
];

const SOURCES: readonly Pair[] = [
  ['selon les autorités locales', 'according to local authorities'],
  ['selon la protection civile', 'according to civil protection officials'],
  ['selon la mairie', 'according to the town hall'],
  ["d'après les services du gouverneur", "according to the governor's office"],
  ['selon un communiqué des secours', 'according to a statement from the emergency services'],
];

const HIT: readonly Pair[] = [
  ['a frappé', 'hit'],
  ['a dévasté', 'devastated'],
  ['a touché', 'struck'],
  ['a ravagé', 'ravaged'],
];

const ALERT_SOURCES: readonly Pair[] = [
  ['un habitant', 'a resident'],
  ['une patrouille de police', 'a police patrol'],
  ['le centre de surveillance régional', 'the regional monitoring centre'],
  ['un automobiliste', 'a passing driver'],
];

const CHARGES: readonly Pair[] = [
  ['homicides involontaires', 'involuntary manslaughter'],
  ["mise en danger de la vie d'autrui", 'endangering the lives of others'],
  ['blessures involontaires', 'unintentional injuries'],
];

const CRITICISMS: readonly Pair[] = [
  ['le manque de moyens des services de secours', 'the lack of resources for the emergency services'],
  ['la lenteur de la réaction des autorités', 'the slow response of the authorities'],
  ["des années de sous-investissement dans les infrastructures", 'years of underinvestment in infrastructure'],
];

const OCCUPATIONS: readonly (readonly [string, string, string])[] = [
  ['boulanger', 'boulangère', 'baker'],
  ['retraité', 'retraitée', 'retiree'],
  ['agriculteur', 'agricultrice', 'farmer'],
  ['enseignant', 'enseignante', 'teacher'],
  ['infirmier', 'infirmière', 'nurse'],
  ['commerçant', 'commerçante', 'shopkeeper'],
  ['étudiant', 'étudiante', 'student'],
  ['chauffeur de bus', 'chauffeuse de bus', 'bus driver'],
  ['électricien', 'électricienne', 'electrician'],
  ['pharmacien', 'pharmacienne', 'pharmacist'],
];

const ACTIONS: readonly Pair[] = [
  ['a passé la nuit chez des voisins', "spent the night at a neighbour's house"],
  ['a tout perdu en quelques heures', 'lost everything in a few hours'],
  ['a aidé plusieurs familles à quitter leur immeuble', 'helped several families leave their building'],
  ["attend toujours des nouvelles d'un proche", 'is still waiting for news of a relative'],
  ['dort depuis deux nuits dans un gymnase', 'has been sleeping in a gymnasium for two nights'],
  ['a vu la catastrophe depuis une fenêtre du premier étage', 'watched the disaster from a first-floor window'],
  ['raconte avoir entendu les sirènes au milieu de la nuit', 'says the sirens went off in the middle of the night'],
  ['fait partie des premiers habitants autorisés à revenir', 'was among the first residents allowed to return'],
];

const OFFICIAL_QUOTES: readonly Pair[] = [
  ["L'État sera aux côtés des familles aussi longtemps qu'il le faudra", 'The state will stand by the families for as long as it takes'],
  ['Nous mobilisons tous les moyens disponibles pour retrouver les disparus', 'We are mobilising every available resource to find the missing'],
  ["Le temps des explications viendra. L'urgence, aujourd'hui, est de secourir", 'The time for explanations will come. Today the priority is rescue'],
  ["Je pense d'abord aux victimes et à leurs proches", 'My thoughts are first with the victims and their loved ones'],
  ['Aucune piste ne sera écartée et toute la lumière sera faite', 'No line of inquiry will be ruled out and the full truth will come out'],
];

const MAYOR_QUOTES: readonly Pair[] = [
  ["Notre commune n'a jamais connu une chose pareille", 'Our town has never seen anything like this'],
  ['Des quartiers entiers sont à reconstruire', 'Entire neighbourhoods will have to be rebuilt'],
  ["Nous avons besoin d'aide, et vite", 'We need help, and we need it fast'],
  ["Les habitants ont fait preuve d'un courage admirable", 'Residents have shown admirable courage'],
];

const SPOKES_QUOTES: readonly Pair[] = [
  ["Les conditions d'intervention restent très difficiles", 'Conditions for the rescue teams remain very difficult'],
  ['Nos équipes travaillent sans relâche depuis plus de vingt-quatre heures', 'Our teams have been working non-stop for more than twenty-four hours'],
  ['Nous ne pouvons pas exclure une nouvelle hausse du bilan', 'We cannot rule out a further rise in the toll'],
];

const WITNESS_QUOTES: readonly Pair[] = [
  ["Tout s'est passé en quelques minutes. Nous n'avons rien pu emporter", 'It all happened in a few minutes. We could not take anything with us'],
  ['On a entendu un bruit énorme, puis plus rien', 'We heard a huge noise, then nothing'],
  ['Je ne sais pas où nous allons dormir ce soir', 'I do not know where we will sleep tonight'],
  ["Personne ne nous avait prévenus", 'Nobody had warned us'],
  ['Les voisins ont été formidables, ils nous ont hébergés tout de suite', 'The neighbours were wonderful, they took us in straight away'],
  ["Ça fait quarante ans que je vis ici. Je n'avais jamais vu ça", 'I have lived here for forty years. I had never seen anything like it'],
];

const OPPOSITION_QUOTES: readonly Pair[] = [
  ['Ce drame était prévisible et il a été ignoré', 'This tragedy was foreseeable and it was ignored'],
  ['Le gouvernement devra rendre des comptes', 'The government will have to answer for this'],
  ['Les promesses ne suffisent plus, il faut des actes', 'Promises are no longer enough, we need action'],
];

const PROSECUTOR_QUOTES: readonly Pair[] = [
  ["Les investigations s'annoncent longues et complexes", 'The investigation is expected to be long and complex'],
  ['Il est trop tôt pour désigner des responsables', 'It is too early to assign blame'],
];

const EXPERT_QUOTES: readonly Pair[] = [
  ['Ce type d’événement va devenir plus fréquent dans la région', 'Events of this kind will become more frequent in the region'],
  ['Les signaux d’alerte étaient connus depuis des années', 'The warning signs had been known for years'],
  ["Il faudra des mois pour comprendre l'enchaînement exact des faits", 'It will take months to understand exactly how things unfolded'],
];

/** Subheadings, [fr, en]: short lines without final punctuation. */
export const HEADINGS: readonly Pair[] = [
  ['Des secours débordés', 'Rescuers overwhelmed'],
  ['Une enquête ouverte', 'An investigation opened'],
  ['La colère des habitants', "Residents' anger"],
  ['Un lourd bilan', 'A heavy toll'],
  ['Des alertes ignorées', 'Ignored warnings'],
  ["L'heure de la reconstruction", 'Time to rebuild'],
  ['Une région sous le choc', 'A region in shock'],
  ['Des milliers de sinistrés', 'Thousands affected'],
  ['Polémique sur les moyens', 'Row over resources'],
  ["Une nuit d'angoisse", 'A night of fear'],
];

const plain = (core: string, pre?: string, post?: string): Plain => ({ kind: 'plain', pre, core, post });
const quote = (who: Person, q: string, verb: number, pronoun: boolean): Quote => ({ kind: 'quote', who, q, verb, pronoun });

function hedge(c: Ctx): number {
  return c.r.index(HEDGES.length);
}

/** "Paul Dorvan, the interior minister" / "le ministre de l'Intérieur, Paul Dorvan". */
function named(L: Lang, p: Person): string {
  return L === 0 ? `${roleOf(L, p)}, ${p.name}` : `${p.name}, the ${roleOf(L, p)}`;
}

/** The attribution "selon ..." / "according to ..." naming a person. */
function according(L: Lang, p: Person): string {
  return L === 0 ? `selon ${roleOf(L, p)}, ${p.name}` : `according to ${p.name}, the ${roleOf(L, p)}`;
}

function article(word: string): string {
  return /^(?:[aeiou]|8|11-|18-)/i.test(word) ? `an ${word}` : `a ${word}`;
}

function agree(g: 'm' | 'f', masculine: string, feminine: string): string {
  return g === 'f' ? feminine : masculine;
}

/** A day between the event and the report. */
function someDay(c: Ctx): number {
  return c.r.int(0, c.a.day);
}

function pickPair(c: Ctx, bank: readonly Pair[]): string {
  return c.r.pick(bank)[c.L];
}

/** The first sentences of an article: what, where, when, how many. */
export const LEADS: readonly Template[] = [
  {
    id: 'lead-toll',
    weight: 3,
    make(c) {
      const { L, f, a } = c;
      const h = hedge(c);
      const hit = pickPair(c, HIT);
      return L === 0
        ? [plain(`${hedged(L, h, a.dead)} personnes ont été tuées et ${num(L, a.injured)} blessées dans ${f.event.short[L]} qui ${hit} ${f.place}, dans la province de ${f.province}`, onDay(L, f.date), 'selon un bilan provisoire des autorités')]
        : [plain(`${hedged(L, h, a.dead)} people were killed and ${num(L, a.injured)} injured in ${f.event.short[L]} that ${hit} ${f.place}, in ${f.province} province`, onDay(L, f.date), 'according to a provisional toll from the authorities')];
    },
  },
  {
    id: 'lead-event',
    weight: 2,
    make(c) {
      const { L, f, a } = c;
      const h = hedge(c);
      const src = pickPair(c, SOURCES);
      return L === 0
        ? [plain(`${f.event.np[0]} ${agree(f.event.g, 'survenu', 'survenue')} ${weekday(L, f.date)} a fait ${hedged(L, h, a.dead)} morts et ${num(L, a.injured)} blessés`, undefined, src)]
        : [plain(`${f.event.np[1]} on ${weekday(L, f.date)} left ${hedged(L, h, a.dead)} people dead and ${num(L, a.injured)} injured`, undefined, src)];
    },
  },
  {
    id: 'lead-night',
    weight: 2,
    make(c) {
      const { L, f, a } = c;
      const h1 = hedge(c);
      const h2 = hedge(c);
      return L === 0
        ? [
            plain(`${f.event.short[0]} a semé la désolation à ${f.place}, où ${hedged(L, h1, f.evacuated)} habitants ont dû être évacués`, `dans la nuit de ${weekday(L, f.date, -1)} à ${weekday(L, f.date)}`),
            plain(`les autorités dénombrent désormais ${hedged(L, h2, a.dead)} morts et ${num(L, a.injured)} blessés`),
          ]
        : [
            plain(`${f.event.short[1]} brought devastation to ${f.place}, where ${hedged(L, h1, f.evacuated)} residents had to be evacuated`, `in the early hours of ${weekday(L, f.date)}`),
            plain(`the authorities now count ${hedged(L, h2, a.dead)} dead and ${num(L, a.injured)} injured`),
          ];
    },
  },
];

/** Everything after the lead. */
export const BODY: readonly Template[] = [
  {
    id: 'evacuations',
    weight: 3,
    make(c) {
      const { L, f } = c;
      const h = hedge(c);
      const d = someDay(c);
      const src = pickPair(c, SOURCES);
      return L === 0
        ? [plain(`${hedged(L, h, f.evacuated)} habitants de ${f.place} et des communes voisines ont été évacués`, onDay(L, f.date, d), src)]
        : [plain(`${hedged(L, h, f.evacuated)} residents of ${f.place} and nearby towns were evacuated`, onDay(L, f.date, d), src)];
    },
  },
  {
    id: 'responders',
    weight: 2,
    make(c) {
      const { L, f } = c;
      const d = someDay(c);
      return L === 0
        ? [plain(`${num(L, f.responders)} pompiers, secouristes et militaires étaient mobilisés sur le terrain`, onDay(L, f.date, d))]
        : [plain(`${num(L, f.responders)} firefighters, rescue workers and soldiers were deployed on the ground`, onDay(L, f.date, d))];
    },
  },
  {
    id: 'extent',
    weight: 2,
    make(c) {
      const { L, f } = c;
      const h = hedge(c);
      const src = pickPair(c, SOURCES);
      return [plain(f.event.extent[L](hedged(L, h, f.extent)), undefined, src)];
    },
  },
  {
    id: 'hospital',
    weight: 2,
    make(c) {
      const { L, f } = c;
      return L === 0
        ? [plain(`${num(L, f.hospitalised)} blessés ont été hospitalisés, dont ${num(L, f.serious)} dans un état grave`, undefined, according(L, f.director))]
        : [plain(`${num(L, f.hospitalised)} of the injured were taken to hospital, ${num(L, f.serious)} of them in a serious condition`, undefined, according(L, f.director))];
    },
  },
  {
    id: 'missing',
    weight: 2,
    make(c) {
      const { L, f } = c;
      const h = hedge(c);
      const d = someDay(c);
      return L === 0
        ? [plain(`${hedged(L, h, f.missing)} personnes étaient toujours portées disparues`, `${weekday(L, f.date, d)} soir`, according(L, f.spokesperson))]
        : [plain(`${hedged(L, h, f.missing)} people were still missing`, `on ${weekday(L, f.date, d)} evening`, according(L, f.spokesperson))];
    },
  },
  {
    id: 'damage',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const h = HEDGES[hedge(c)]![L];
      const amount = (h ? h + ' ' : '') + millions(L, f.damage);
      return L === 0
        ? [plain(`les dégâts pourraient atteindre ${amount}`, undefined, 'selon les premières estimations des assureurs')]
        : [plain(`the damage could reach ${amount}`, undefined, "according to insurers' first estimates")];
    },
  },
  {
    id: 'minister-aid',
    weight: 2,
    make(c) {
      const { L, f } = c;
      const d = someDay(c);
      const withQuote = c.r.chance(0.6);
      const q = pickPair(c, OFFICIAL_QUOTES);
      const verb = c.r.index(QUOTE_VERBS.length);
      const out: Sentence[] = [
        L === 0
          ? plain(`${named(L, f.minister)}, a annoncé une aide d'urgence de ${millions(L, f.aid)}`, onDay(L, f.date, d))
          : plain(`${named(L, f.minister)}, announced ${millions(L, f.aid)} in emergency aid`, onDay(L, f.date, d)),
      ];
      if (withQuote) out.push(quote(f.minister, q, verb, true));
      return out;
    },
  },
  {
    id: 'minister-visit',
    weight: 2,
    make(c) {
      const { L, f } = c;
      const d = someDay(c);
      const q = pickPair(c, OFFICIAL_QUOTES);
      const verb = c.r.index(QUOTE_VERBS.length);
      const m = f.minister;
      return [
        L === 0 ? plain(`${named(L, m)}, s'est ${m.g ? 'rendue' : 'rendu'} sur place ${onDay(L, f.date, d)}`) : plain(`${named(L, m)}, visited the scene ${onDay(L, f.date, d)}`),
        quote(m, q, verb, true),
      ];
    },
  },
  {
    id: 'mayor-quote',
    weight: 2,
    make(c) {
      const q = pickPair(c, MAYOR_QUOTES);
      return [quote(c.f.mayor, q, c.r.index(QUOTE_VERBS.length), false)];
    },
  },
  {
    id: 'witness',
    weight: 4,
    make(c) {
      const { L, f } = c;
      const { first, g } = firstName(c.r);
      const last = surname(c.r);
      const job = c.r.pick(OCCUPATIONS);
      const age = c.r.int(18, 88);
      const action = pickPair(c, ACTIONS);
      const q = pickPair(c, WITNESS_QUOTES);
      const verb = c.r.index(QUOTE_VERBS.length);
      const who: Person = { name: `${first} ${last}`, g, role: job };
      return [
        L === 0
          ? plain(`${who.name}, ${age} ans, ${job[g]} dans le quartier de ${f.district}, ${action}`)
          : plain(`${who.name}, ${article(`${age}-year-old`)} ${job[2]} from the ${f.district} district, ${action}`),
        quote(who, q, verb, true),
      ];
    },
  },
  {
    id: 'anonymous-witness',
    weight: 2,
    make(c) {
      const { f } = c;
      const g = c.r.chance(0.5) ? 1 : 0;
      const q = pickPair(c, WITNESS_QUOTES);
      const who: Person = { name: '', g, role: [`un habitant du quartier de ${f.district}`, `une habitante du quartier de ${f.district}`, `a resident of the ${f.district} district`] };
      return [quote(who, q, c.r.index(QUOTE_VERBS.length), false)];
    },
  },
  {
    id: 'expert-cause',
    weight: 2,
    make(c) {
      const { L, f } = c;
      const withQuote = c.r.chance(0.5);
      const q = pickPair(c, EXPERT_QUOTES);
      const verb = c.r.index(QUOTE_VERBS.length);
      const e = f.expert;
      const out: Sentence[] = [
        L === 0
          ? plain(`${f.event.short[0]} s'explique par ${f.event.cause[0]}`, undefined, `selon ${roleOf(L, e)} ${e.name}, ${de(`l'université de ${f.city}`)}`)
          : plain(`${f.event.short[1]} was caused by ${f.event.cause[1]}`, undefined, `according to ${e.name}, ${article(roleOf(L, e))} at the University of ${f.city}`),
      ];
      if (withQuote) out.push(quote(e, q, verb, true));
      return out;
    },
  },
  {
    id: 'inquiry',
    weight: 2,
    make(c) {
      const { L, f } = c;
      const d = someDay(c);
      const charge = pickPair(c, CHARGES);
      const withQuote = c.r.chance(0.5);
      const q = pickPair(c, PROSECUTOR_QUOTES);
      const verb = c.r.index(QUOTE_VERBS.length);
      const out: Sentence[] = [
        L === 0
          ? plain(`le parquet de ${f.city} a ouvert une enquête pour ${charge}`, onDay(L, f.date, d))
          : plain(`prosecutors in ${f.city} opened an investigation into ${charge}`, onDay(L, f.date, d)),
      ];
      if (withQuote) out.push(quote(f.prosecutor, q, verb, false));
      return out;
    },
  },
  {
    id: 'opposition',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const crit = pickPair(c, CRITICISMS);
      const withQuote = c.r.chance(0.7);
      const q = pickPair(c, OPPOSITION_QUOTES);
      const verb = c.r.index(QUOTE_VERBS.length);
      const out: Sentence[] = [L === 0 ? plain(`${named(L, f.opposition)}, a dénoncé ${crit}`) : plain(`${named(L, f.opposition)}, criticised ${crit}`)];
      if (withQuote) out.push(quote(f.opposition, q, verb, true));
      return out;
    },
  },
  {
    id: 'background',
    weight: 1,
    make(c) {
      const { L, f } = c;
      return L === 0
        ? [plain(`${f.place}, une commune de ${num(L, f.population)} habitants située au bord de la ${f.river}, avait déjà été frappée par une catastrophe semblable en ${f.pastYear}`)]
        : [plain(`${f.place}, a town of ${num(L, f.population)} people on the banks of the ${f.river} river, had already been hit by a similar disaster in ${f.pastYear}`)];
    },
  },
  {
    id: 'alert',
    weight: 2,
    make(c) {
      const { L, f } = c;
      const src = pickPair(c, ALERT_SOURCES);
      const [hh, mm] = f.alert;
      return L === 0
        ? [plain(`l'alerte a été donnée par ${src}`, `${weekday(L, f.date)} vers ${clock(L, hh, mm)}`)]
        : [plain(`the alarm was raised by ${src}`, `at around ${clock(L, hh, mm)} on ${weekday(L, f.date)}`)];
    },
  },
  {
    id: 'roads',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const d = someDay(c);
      return L === 0
        ? [plain(`${num(L, f.roads)} routes restaient coupées et les écoles de ${f.place} resteront fermées jusqu'à nouvel ordre`, onDay(L, f.date, d))]
        : [plain(`${num(L, f.roads)} roads were still closed and schools in ${f.place} will stay shut until further notice`, onDay(L, f.date, d))];
    },
  },
  {
    id: 'power',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const h = hedge(c);
      const d = someDay(c);
      return L === 0
        ? [plain(`${hedged(L, h, f.households)} foyers étaient toujours privés d'électricité`, onDay(L, f.date, d), 'selon le gestionnaire du réseau électrique')]
        : [plain(`${hedged(L, h, f.households)} households were still without power`, onDay(L, f.date, d), 'according to the power grid operator')];
    },
  },
  {
    id: 'shelter',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const h = hedge(c);
      return L === 0
        ? [plain(`${hedged(L, h, f.sheltered)} personnes ont passé la nuit dans des gymnases et des salles communales`, `dans la nuit de ${weekday(L, f.date)} à ${weekday(L, f.date, 1)}`)]
        : [plain(`${hedged(L, h, f.sheltered)} people spent the night in gymnasiums and community halls`, `on ${weekday(L, f.date)} night`)];
    },
  },
  {
    id: 'fundraiser',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const d = someDay(c);
      const raised = c.r.int(5, 400) * 100;
      return L === 0
        ? [plain(`une cagnotte lancée par des habitants avait recueilli ${num(L, raised)} euros`, `${weekday(L, f.date, d)} soir`)]
        : [plain(`a fundraiser set up by residents had raised ${num(L, raised)} euros`, `by ${weekday(L, f.date, d)} evening`)];
    },
  },
  {
    id: 'risk',
    weight: 2,
    make(c) {
      const { L, f } = c;
      const bySpokesperson = c.r.chance(0.5);
      const src = pickPair(c, SOURCES);
      return [plain(f.event.risk[L], undefined, bySpokesperson ? according(L, f.spokesperson) : src)];
    },
  },
  {
    id: 'spokesperson-quote',
    weight: 2,
    make(c) {
      const q = pickPair(c, SPOKES_QUOTES);
      return [quote(c.f.spokesperson, q, c.r.index(QUOTE_VERBS.length), false)];
    },
  },
  {
    id: 'toll-rise',
    weight: 1,
    make(c) {
      const { L, f, a } = c;
      const found = c.r.int(2, 9);
      return L === 0
        ? [plain(`le bilan s'est alourdi à ${num(L, a.dead)} morts après la découverte de ${found} nouveaux corps`, onDay(L, f.date, a.day))]
        : [plain(`the death toll rose to ${num(L, a.dead)} after ${found} more bodies were found`, onDay(L, f.date, a.day))];
    },
  },
  {
    id: 'reinforcements',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const d = someDay(c);
      return L === 0
        ? [plain(`des équipes venues des provinces voisines sont arrivées en renfort à ${f.place}`, onDay(L, f.date, d))]
        : [plain(`teams from neighbouring provinces arrived in ${f.place} as reinforcements`, onDay(L, f.date, d))];
    },
  },
  {
    id: 'governor',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const withQuote = c.r.chance(0.5);
      const q = pickPair(c, OFFICIAL_QUOTES);
      const verb = c.r.index(QUOTE_VERBS.length);
      const out: Sentence[] = [
        L === 0 ? plain(`${named(L, f.governor)}, a décrété l'état de catastrophe naturelle`) : plain(`${named(L, f.governor)}, declared a state of natural disaster`),
      ];
      if (withQuote) out.push(quote(f.governor, q, verb, true));
      return out;
    },
  },
  {
    id: 'mourning',
    weight: 1,
    make(c) {
      const { L, f, a } = c;
      return L === 0
        ? [plain(`une journée de deuil sera observée ${onDate(L, f.date, a.day + 2)} dans toute la province de ${f.province}`)]
        : [plain(`a day of mourning will be observed ${onDate(L, f.date, a.day + 2)} across ${f.province} province`)];
    },
  },
  {
    id: 'economy',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const h = hedge(c);
      return L === 0
        ? [plain(`${hedged(L, h, f.businesses)} entreprises de la zone ont dû suspendre leur activité`, undefined, 'selon la chambre de commerce de la province')]
        : [plain(`${hedged(L, h, f.businesses)} businesses in the area had to suspend operations`, undefined, 'according to the provincial chamber of commerce')];
    },
  },
  {
    id: 'warnings',
    weight: 1,
    make(c) {
      const { L, f } = c;
      return L === 0
        ? [plain(`un rapport publié en ${f.reportYear} avait pourtant alerté sur ${f.event.warning[0]}`)]
        : [plain(`a report published in ${f.reportYear} had warned of ${f.event.warning[1]}`)];
    },
  },
  {
    id: 'deadliest',
    weight: 1,
    make(c) {
      const { L, f } = c;
      const e = f.event;
      return L === 0
        ? [plain(`${e.short[0]} ${agree(e.g, 'survenu', 'survenue')} ${onDate(L, f.date)} est ${agree(e.g, 'le plus meurtrier', 'la plus meurtrière')} qu'ait ${agree(e.g, 'connu', 'connue')} la province depuis ${f.pastYear}`)]
        : [plain(`${e.short[1]} ${onDate(L, f.date)} was the deadliest the province has seen since ${f.pastYear}`)];
    },
  },
];

/** Headlines, each for both languages. */
export const TITLES: readonly ((L: Lang, f: StoryFacts, a: ReportFacts) => string)[] = [
  (L, f, a) => (L === 0 ? `${f.event.noun[0]} à ${f.place}${NBSP}: au moins ${num(L, a.dead)} morts` : `At least ${num(L, a.dead)} dead in ${f.place} ${f.event.noun[1]}`),
  (L, f) => (L === 0 ? `${f.place}${NBSP}: le bilan ${de(f.event.short[0])} s'alourdit` : `${f.place} ${f.event.noun[1]} toll rises`),
  (L, f) => (L === 0 ? `${f.event.noun[0]} à ${f.place}${NBSP}: le gouvernement promet ${millions(L, f.aid)}` : `Government pledges ${millions(L, f.aid)} after ${f.place} ${f.event.noun[1]}`),
  (L, f) => (L === 0 ? `${f.event.noun[0]} à ${f.place}${NBSP}: les habitants sous le choc` : `Shock in ${f.place} after ${f.event.short[1]}`),
  (L, f) => (L === 0 ? `${f.event.noun[0]} à ${f.place}${NBSP}: le parquet ouvre une enquête` : `Prosecutors open inquiry into ${f.place} ${f.event.noun[1]}`),
  (L, f) => (L === 0 ? `${f.event.noun[0]} à ${f.place}${NBSP}: ${num(L, f.evacuated)} personnes évacuées` : `${num(L, f.evacuated)} evacuated as ${f.event.short[1]} hits ${f.place}`),
];
