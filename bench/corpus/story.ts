import type { Lang, Pair } from './format.js';
import { firstName, provinceName, riverName, surname, townName } from './names.js';
import { Rng } from './prng.js';

/** A person: a name (empty for an unnamed witness), gender (0 = man, 1 = woman) and role. */
export interface Person {
  readonly name: string;
  readonly g: 0 | 1;
  /** French masculine, French feminine, English (without article). */
  readonly role: readonly [string, string, string];
}

/** The kind of event a story is about, rendered with the story's place names. */
export interface EventFacts {
  /** The full definite noun phrase: "la crue de la Brenonne", "the flooding of the Brenonne river". */
  readonly np: Pair;
  /** The short one: "la crue", "the flood". */
  readonly short: Pair;
  /** French gender of the short noun phrase, for agreement ("survenue"). */
  readonly g: 'm' | 'f';
  /** For headlines: "Crue", "flood". */
  readonly noun: Pair;
  /** What caused it: "des pluies diluviennes", "torrential rain". */
  readonly cause: Pair;
  /** What it destroyed, with the figure in it. */
  readonly extent: readonly [(n: string) => string, (n: string) => string];
  /** The risk still feared. */
  readonly risk: Pair;
  /** What a report had warned of. */
  readonly warning: Pair;
  /** French masculine, French feminine, English: the expert asked about it. */
  readonly expert: readonly [string, string, string];
}

/** The facts of one story, shared by every article about it, in both languages. */
export interface StoryFacts {
  readonly index: number;
  readonly place: string;
  readonly river: string;
  readonly province: string;
  readonly city: string;
  readonly district: string;
  readonly event: EventFacts;
  /** The day of the event, at UTC midnight. */
  readonly date: Date;
  readonly alert: readonly [hour: number, minute: number];
  readonly dead: number;
  readonly injured: number;
  readonly evacuated: number;
  readonly missing: number;
  readonly responders: number;
  readonly extent: number;
  readonly hospitalised: number;
  readonly serious: number;
  readonly damage: number;
  readonly aid: number;
  readonly roads: number;
  readonly population: number;
  readonly pastYear: number;
  readonly reportYear: number;
  readonly households: number;
  readonly sheltered: number;
  readonly businesses: number;
  readonly minister: Person;
  readonly mayor: Person;
  readonly governor: Person;
  readonly spokesperson: Person;
  readonly opposition: Person;
  readonly director: Person;
  readonly expert: Person;
  readonly prosecutor: Person;
}

/** What one report says when it was written: tolls rise over the days after the event. */
export interface ReportFacts {
  /** Days after the event the article is written. */
  readonly day: number;
  readonly dead: number;
  readonly injured: number;
}

interface Names {
  place: string;
  river: string;
  province: string;
  storm: string;
}

type EventKind = (n: Names) => EventFacts;

const EVENT_KINDS: readonly EventKind[] = [
  (n) => ({
    np: [`la crue de la ${n.river}`, `the flooding of the ${n.river} river`],
    short: ['la crue', 'the flood'],
    g: 'f',
    noun: ['Crue', 'flood'],
    cause: ['des pluies diluviennes tombées pendant trois jours', 'three days of torrential rain'],
    extent: [(x) => `${x} maisons ont été inondées`, (x) => `${x} homes were flooded`],
    risk: ['la décrue devrait être lente dans les zones les plus basses', 'the water is expected to recede slowly in the lowest areas'],
    warning: ['la fragilité des digues le long de la rivière', 'the weakness of the levees along the river'],
    expert: ["l'hydrologue", "l'hydrologue", 'hydrologist'],
  }),
  (n) => ({
    np: [`l'incendie de la forêt de ${n.place}`, `the ${n.place} forest fire`],
    short: ["l'incendie", 'the fire'],
    g: 'm',
    noun: ['Incendie', 'fire'],
    cause: ['une sécheresse prolongée et des vents violents', 'a long drought and strong winds'],
    extent: [(x) => `${x} hectares de forêt sont partis en fumée`, (x) => `${x} hectares of forest went up in smoke`],
    risk: ["le feu n'était toujours pas fixé sur son flanc est", 'the fire was still not contained on its eastern flank'],
    warning: ["l'absence de coupe-feu autour des hameaux", 'the lack of firebreaks around the hamlets'],
    expert: ['le spécialiste des forêts', 'la spécialiste des forêts', 'forestry specialist'],
  }),
  (n) => ({
    np: [`l'explosion de l'usine chimique de ${n.place}`, `the explosion at the ${n.place} chemical plant`],
    short: ["l'explosion", 'the blast'],
    g: 'f',
    noun: ['Explosion', 'blast'],
    cause: ['une fuite de gaz dans un entrepôt de stockage', 'a gas leak in a storage depot'],
    extent: [(x) => `${x} bâtiments ont été endommagés dans un rayon de deux kilomètres`, (x) => `${x} buildings were damaged within a radius of two kilometres`],
    risk: ["des analyses de l'air étaient toujours en cours", 'air quality tests were still under way'],
    warning: ['des défauts de maintenance sur le site', 'maintenance failings at the site'],
    expert: ["l'ingénieur chimiste", "l'ingénieure chimiste", 'chemical engineer'],
  }),
  (n) => ({
    np: [`le glissement de terrain de ${n.place}`, `the ${n.place} landslide`],
    short: ['le glissement de terrain', 'the landslide'],
    g: 'm',
    noun: ['Glissement de terrain', 'landslide'],
    cause: ['des semaines de pluie sur des sols déjà saturés', 'weeks of rain on already saturated ground'],
    extent: [(x) => `${x} habitations ont été emportées ou ensevelies`, (x) => `${x} houses were swept away or buried`],
    risk: ["de nouveaux mouvements de terrain n'étaient pas exclus", 'further ground movements could not be ruled out'],
    warning: ['l\'instabilité du versant au-dessus du village', 'the instability of the slope above the village'],
    expert: ['le géologue', 'la géologue', 'geologist'],
  }),
  (n) => ({
    np: [`la rupture du barrage de ${n.place}`, `the collapse of the ${n.place} dam`],
    short: ['la rupture du barrage', 'the dam collapse'],
    g: 'f',
    noun: ['Rupture de barrage', 'dam collapse'],
    cause: ['une brèche apparue après des pluies exceptionnelles', 'a breach that opened after exceptional rain'],
    extent: [(x) => `${x} maisons ont été submergées en aval de l'ouvrage`, (x) => `${x} homes were submerged downstream of the dam`],
    risk: ['le niveau de la rivière restait surveillé heure par heure', 'the river level was still being monitored hour by hour'],
    warning: ["des fissures dans le mur de l'ouvrage", 'cracks in the wall of the dam'],
    expert: ["l'ingénieur en hydraulique", "l'ingénieure en hydraulique", 'hydraulic engineer'],
  }),
  (n) => ({
    np: [`la tempête ${n.storm}`, `Storm ${n.storm}`],
    short: ['la tempête', 'the storm'],
    g: 'f',
    noun: ['Tempête', 'storm'],
    cause: ['une dépression d\'une intensité rare pour la saison', 'a low-pressure system of rare intensity for the season'],
    extent: [(x) => `${x} toitures ont été arrachées par les rafales`, (x) => `${x} roofs were torn off by the gusts`],
    risk: ['de nouvelles rafales étaient attendues dans la nuit', 'more strong gusts were expected overnight'],
    warning: ['le mauvais état des lignes électriques aériennes', 'the poor state of overhead power lines'],
    expert: ['le météorologue', 'la météorologue', 'meteorologist'],
  }),
  (n) => ({
    np: [`l'effondrement d'un immeuble à ${n.place}`, `the collapse of a building in ${n.place}`],
    short: ["l'effondrement", 'the collapse'],
    g: 'm',
    noun: ['Effondrement', 'building collapse'],
    cause: ['des travaux menés sans autorisation au rez-de-chaussée', 'unauthorised building work on the ground floor'],
    extent: [(x) => `${x} logements ont été déclarés inhabitables dans le quartier`, (x) => `${x} flats in the neighbourhood were declared unfit to live in`],
    risk: ['les immeubles voisins restaient sous surveillance', 'neighbouring buildings remained under watch'],
    warning: ['des fissures signalées par des locataires', 'cracks reported by tenants'],
    expert: ["l'architecte", "l'architecte", 'architect'],
  }),
];

function person(r: Rng, role: (g: 0 | 1) => readonly [string, string, string]): Person {
  const { first, g } = firstName(r);
  return { name: `${first} ${surname(r)}`, g, role: role(g) };
}

function same(frM: string, frF: string, en: string): () => readonly [string, string, string] {
  return () => [frM, frF, en];
}

/** A story's facts, the same for the same story seed. */
export function makeStory(index: number, seed: number): StoryFacts {
  const r = new Rng(seed);
  const place = townName(r);
  const river = riverName(r);
  const province = provinceName(r);
  let city = townName(r);
  if (city === place) city = townName(r);
  const district = townName(r) + (r.chance(0.5) ? '-Haut' : '-Nord');
  const event = r.pick(EVENT_KINDS)({ place, river, province, storm: firstName(r).first });
  // A day between 2019 and 2025.
  const date = new Date(Date.UTC(2019, 0, 1) + r.int(0, 7 * 365) * 86_400_000);
  const dead = r.int(3, 140);
  const injured = dead + r.int(5, 400);
  const hospitalised = Math.max(2, Math.floor(injured * (0.2 + r.next() * 0.5)));
  const damage = r.int(2, 900);
  return {
    index,
    place,
    river,
    province,
    city,
    district,
    event,
    date,
    alert: [r.int(0, 23), r.pick([0, 5, 10, 15, 20, 30, 40, 45, 50])],
    dead,
    injured,
    evacuated: r.int(2, 90) * 100 + r.pick([0, 0, 50]),
    missing: r.int(2, 60),
    responders: r.int(3, 40) * 50,
    extent: r.int(20, 4000),
    hospitalised,
    serious: Math.max(1, Math.floor(hospitalised * (0.1 + r.next() * 0.3))),
    damage,
    aid: Math.max(1, Math.floor(damage * (0.05 + r.next() * 0.2))),
    roads: r.int(3, 60),
    population: r.int(12, 400) * 100,
    pastYear: r.int(1951, 2012),
    reportYear: r.int(2008, 2018),
    households: r.int(5, 200) * 100,
    sheltered: r.int(2, 50) * 40,
    businesses: r.int(10, 600),
    minister: person(r, same("le ministre de l'Intérieur", "la ministre de l'Intérieur", 'interior minister')),
    mayor: person(r, same(`le maire de ${place}`, `la maire de ${place}`, `mayor of ${place}`)),
    governor: person(r, same(`le gouverneur de la province de ${province}`, `la gouverneure de la province de ${province}`, `governor of ${province} province`)),
    spokesperson: person(r, same('le porte-parole des pompiers', 'la porte-parole des pompiers', 'fire service spokesperson')),
    opposition: person(r, same("le chef de l'opposition", "la cheffe de l'opposition", 'opposition leader')),
    director: person(r, same(`le directeur de l'hôpital de ${city}`, `la directrice de l'hôpital de ${city}`, `director of ${city} hospital`)),
    expert: person(r, () => event.expert),
    prosecutor: person(r, same(`le procureur de ${city}`, `la procureure de ${city}`, `${city} prosecutor`)),
  };
}

/** The role of a person in a language, with its article in French ("la maire de X", "mayor of X"). */
export function roleOf(L: Lang, p: Person): string {
  return L === 0 ? p.role[p.g] : p.role[2];
}
