/**
 * Named bodies and places that news writes about under several names, as data: international
 * organisations, the buildings that stand for a government ("le Kremlin", "the Pentagon"), and
 * cities with their French and English names. Countries come from `countries.ts`. Facts, not
 * rules: add an entry to recognise another one.
 */
export interface BodyEntry {
  /** A stable id ("org:nato", "seat:kremlin", "city:seoul"). */
  readonly id: string;
  readonly type: 'organisation' | 'place';
  /** Names by language code; the first is the one the dossier shows in that language. */
  readonly names: Readonly<Record<string, readonly string[]>>;
  /** Language-independent names (acronyms written the same in every language). */
  readonly shared?: readonly string[];
  /** The country the body belongs to or the city is in (ISO 3166-1 alpha-2). */
  readonly country?: string;
  /** A capital city: without a locative preposition it stands for its country's government ("Séoul a protesté"). */
  readonly capital?: boolean;
}

const org = (id: string, fr: readonly string[], en: readonly string[], shared: readonly string[] = [], country?: string): BodyEntry => ({
  id: `org:${id}`,
  type: 'organisation',
  names: { fr, en },
  shared,
  ...(country ? { country } : {}),
});
const seat = (id: string, country: string, fr: readonly string[], en: readonly string[]): BodyEntry => ({ id: `seat:${id}`, type: 'organisation', names: { fr, en }, country });
const city = (id: string, country: string, fr: readonly string[], en: readonly string[], capital = false): BodyEntry => ({
  id: `city:${id}`,
  type: 'place',
  names: { fr, en },
  country,
  ...(capital ? { capital } : {}),
});

export const bodies: readonly BodyEntry[] = [
  // International organisations.
  org('nato', ['Otan', 'OTAN', 'Organisation du traité de l’Atlantique nord', 'Alliance atlantique'], ['NATO', 'North Atlantic Treaty Organization', 'Atlantic Alliance']),
  org('un', ['ONU', 'Organisation des Nations unies', 'Nations unies'], ['UN', 'United Nations', 'U.N.']),
  org('unsc', ['Conseil de sécurité de l’ONU', 'Conseil de sécurité'], ['UN Security Council', 'Security Council']),
  org('eu', ['UE', 'Union européenne'], ['EU', 'European Union']),
  org('ec', ['Commission européenne'], ['European Commission']),
  org('iaea', ['AIEA', 'Agence internationale de l’énergie atomique'], ['IAEA', 'International Atomic Energy Agency']),
  org('who', ['OMS', 'Organisation mondiale de la santé'], ['WHO', 'World Health Organization']),
  org('imf', ['FMI', 'Fonds monétaire international'], ['IMF', 'International Monetary Fund']),
  org('wb', ['Banque mondiale'], ['World Bank']),
  org('ecb', ['BCE', 'Banque centrale européenne'], ['ECB', 'European Central Bank']),
  org('osce', ['OSCE'], ['OSCE'], ['OSCE']),
  org('au', ['Union africaine', 'UA'], ['African Union', 'AU']),
  org('asean', ['Asean', 'ASEAN'], ['ASEAN'], ['ASEAN']),
  org('g7', ['G7'], ['G7'], ['G7']),
  org('g20', ['G20'], ['G20'], ['G20']),
  org('icrc', ['CICR', 'Comité international de la Croix-Rouge', 'Croix-Rouge'], ['ICRC', 'International Committee of the Red Cross', 'Red Cross']),
  org('icc', ['CPI', 'Cour pénale internationale'], ['ICC', 'International Criminal Court']),
  org('unhcr', ['HCR', 'Haut-Commissariat des Nations unies pour les réfugiés'], ['UNHCR', 'UN refugee agency']),
  org('unicef', ['Unicef', 'UNICEF'], ['UNICEF', 'Unicef']),
  org('opec', ['Opep', 'OPEP'], ['OPEC']),
  org('wto', ['OMC', 'Organisation mondiale du commerce'], ['WTO', 'World Trade Organization']),
  // Intelligence and defence bodies often cited as sources.
  org('kr-nis', ['NIS', 'Service national du renseignement', 'Service national de renseignement'], ['NIS', 'National Intelligence Service'], [], 'KR'),
  org('us-cia', ['CIA'], ['CIA'], ['CIA'], 'US'),
  org('us-fbi', ['FBI'], ['FBI'], ['FBI'], 'US'),
  org('us-state', ['Département d’État', 'département d’État'], ['State Department', 'Department of State'], [], 'US'),
  org('kr-jcs', ['état-major interarmées sud-coréen'], ['Joint Chiefs of Staff'], ['JCS'], 'KR'),
  org('ru-fsb', ['FSB'], ['FSB'], ['FSB'], 'RU'),
  org('ua-gur', ['GUR'], ['GUR'], ['GUR'], 'UA'),
  // Buildings and addresses that stand for a government or one of its departments.
  seat('kremlin', 'RU', ['Kremlin'], ['Kremlin']),
  seat('white-house', 'US', ['Maison Blanche', 'Maison-Blanche'], ['White House']),
  seat('pentagon', 'US', ['Pentagone'], ['Pentagon']),
  seat('elysee', 'FR', ['Élysée', 'Elysée'], ['Elysee', 'Élysée']),
  seat('matignon', 'FR', ['Matignon'], ['Matignon']),
  seat('quai-dorsay', 'FR', ['Quai d’Orsay'], ['Quai d’Orsay']),
  seat('downing-street', 'GB', ['Downing Street'], ['Downing Street']),
  seat('blue-house', 'KR', ['Maison bleue'], ['Blue House']),
  seat('bankova', 'UA', ['Bankova'], ['Bankova']),
  seat('zhongnanhai', 'CN', ['Zhongnanhai'], ['Zhongnanhai']),
  seat('berlaymont', 'EU', ['Berlaymont'], ['Berlaymont']),
  // Capitals and major cities, French and English names.
  city('moscow', 'RU', ['Moscou'], ['Moscow'], true),
  city('kyiv', 'UA', ['Kiev', 'Kyiv'], ['Kyiv', 'Kiev'], true),
  city('washington', 'US', ['Washington'], ['Washington'], true),
  city('seoul', 'KR', ['Séoul'], ['Seoul'], true),
  city('pyongyang', 'KP', ['Pyongyang'], ['Pyongyang'], true),
  city('beijing', 'CN', ['Pékin', 'Beijing'], ['Beijing', 'Peking'], true),
  city('tokyo', 'JP', ['Tokyo'], ['Tokyo'], true),
  city('paris', 'FR', ['Paris'], ['Paris'], true),
  city('london', 'GB', ['Londres'], ['London'], true),
  city('berlin', 'DE', ['Berlin'], ['Berlin'], true),
  city('brussels', 'BE', ['Bruxelles'], ['Brussels'], true),
  city('rome', 'IT', ['Rome'], ['Rome'], true),
  city('madrid', 'ES', ['Madrid'], ['Madrid'], true),
  city('lisbon', 'PT', ['Lisbonne'], ['Lisbon'], true),
  city('vienna', 'AT', ['Vienne'], ['Vienna'], true),
  city('warsaw', 'PL', ['Varsovie'], ['Warsaw'], true),
  city('athens', 'GR', ['Athènes'], ['Athens'], true),
  city('ankara', 'TR', ['Ankara'], ['Ankara'], true),
  city('istanbul', 'TR', ['Istanbul'], ['Istanbul']),
  city('tehran', 'IR', ['Téhéran'], ['Tehran'], true),
  city('baghdad', 'IQ', ['Bagdad'], ['Baghdad'], true),
  city('damascus', 'SY', ['Damas'], ['Damascus'], true),
  city('beirut', 'LB', ['Beyrouth'], ['Beirut'], true),
  city('jerusalem', 'IL', ['Jérusalem'], ['Jerusalem']),
  city('cairo', 'EG', ['Le Caire'], ['Cairo'], true),
  city('new-delhi', 'IN', ['New Delhi'], ['New Delhi'], true),
  city('minsk', 'BY', ['Minsk'], ['Minsk'], true),
  city('tbilisi', 'GE', ['Tbilissi'], ['Tbilisi'], true),
  city('ottawa', 'CA', ['Ottawa'], ['Ottawa'], true),
  city('geneva', 'CH', ['Genève'], ['Geneva']),
  city('new-york', 'US', ['New York'], ['New York']),
  city('kharkiv', 'UA', ['Kharkiv', 'Kharkov'], ['Kharkiv', 'Kharkov']),
  city('odesa', 'UA', ['Odessa'], ['Odesa', 'Odessa']),
  city('kursk', 'RU', ['Koursk'], ['Kursk']),
  city('vladivostok', 'RU', ['Vladivostok'], ['Vladivostok']),
  city('saint-petersburg', 'RU', ['Saint-Pétersbourg'], ['Saint Petersburg', 'St Petersburg']),
];
