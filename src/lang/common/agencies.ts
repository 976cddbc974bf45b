/**
 * News agencies and major outlets that articles credit or draw on, with the names they are
 * written under. Facts, kept as data; matching is case-sensitive so that "AP" or "Le Monde" are
 * not found in ordinary words. Add an entry, not a rule, to recognise another one.
 */
export interface AgencyEntry {
  /** The name the dossier reports ("AP", not "Associated Press"). */
  readonly name: string;
  readonly aliases: readonly string[];
}

export const agencies: readonly AgencyEntry[] = [
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'France-Presse', 'France Presse'] },
  { name: 'AP', aliases: ['AP', 'Associated Press'] },
  { name: 'Reuters', aliases: ['Reuters'] },
  { name: 'Bloomberg', aliases: ['Bloomberg'] },
  { name: 'DPA', aliases: ['DPA', 'dpa', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', aliases: ['EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Belga', aliases: ['Belga'] },
  { name: 'ATS', aliases: ['ATS', 'Keystone-ATS'] },
  { name: 'PA Media', aliases: ['PA Media', 'Press Association'] },
  { name: 'Canadian Press', aliases: ['Canadian Press', 'La Presse canadienne'] },
  { name: 'AAP', aliases: ['AAP', 'Australian Associated Press'] },
  { name: 'Yonhap', aliases: ['Yonhap'] },
  { name: 'Kyodo', aliases: ['Kyodo'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'Chine nouvelle'] },
  { name: 'TASS', aliases: ['TASS', 'Tass'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti'] },
  { name: 'Interfax', aliases: ['Interfax'] },
  { name: 'KCNA', aliases: ['KCNA', 'Korean Central News Agency', 'Agence centrale de presse coréenne'] },
  { name: 'Ukrinform', aliases: ['Ukrinform'] },
  { name: 'Anadolu', aliases: ['Anadolu'] },
  { name: 'CNN', aliases: ['CNN'] },
  { name: 'BBC', aliases: ['BBC'] },
  { name: 'NBC News', aliases: ['NBC News', 'NBC'] },
  { name: 'CBS News', aliases: ['CBS News', 'CBS'] },
  { name: 'ABC News', aliases: ['ABC News'] },
  { name: 'Fox News', aliases: ['Fox News'] },
  { name: 'NPR', aliases: ['NPR'] },
  { name: 'Sky News', aliases: ['Sky News'] },
  { name: 'Al Jazeera', aliases: ['Al Jazeera', 'Al-Jazeera'] },
  { name: 'France 24', aliases: ['France 24'] },
  { name: 'RFI', aliases: ['RFI'] },
  { name: 'Euronews', aliases: ['Euronews'] },
  { name: 'The New York Times', aliases: ['The New York Times', 'New York Times'] },
  { name: 'The Washington Post', aliases: ['The Washington Post', 'Washington Post'] },
  { name: 'The Wall Street Journal', aliases: ['The Wall Street Journal', 'Wall Street Journal'] },
  { name: 'Financial Times', aliases: ['Financial Times'] },
  { name: 'Politico', aliases: ['Politico'] },
  { name: 'Axios', aliases: ['Axios'] },
  { name: 'Le Monde', aliases: ['Le Monde'] },
  { name: 'Le Figaro', aliases: ['Le Figaro'] },
  { name: 'Libération', aliases: ['Libération'] },
  { name: 'Le Parisien', aliases: ['Le Parisien'] },
  { name: 'Der Spiegel', aliases: ['Der Spiegel'] },
  { name: 'El País', aliases: ['El País'] },
];

const byLowerAlias = new Map(agencies.flatMap((a) => a.aliases.map((alias): [string, string] => [alias.toLowerCase(), a.name])));

/** The agency an outlet name stands for ("Agence France-Presse" gives "AFP"), if any. */
export function agencyOfOutlet(outlet: string | undefined): string | undefined {
  return outlet ? byLowerAlias.get(outlet.trim().toLowerCase()) : undefined;
}
