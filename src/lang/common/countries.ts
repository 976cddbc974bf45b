import worldCountries, { type Country } from 'world-countries';

// The package is CommonJS whose module.exports is the array; the types describe an ES default export.
const countries = worldCountries as unknown as readonly Country[];

/**
 * Countries with their names and demonyms in French and English, from world-countries (names,
 * demonyms, capitals) and the platform's Intl.DisplayNames (region names as each locale writes
 * them). Nothing here is typed by hand but the acronyms below.
 */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** Names by language code; the first is the one the dossier shows in that language. */
  readonly names: Readonly<Record<string, readonly string[]>>;
  /** Demonyms and adjectives by language code, every gender and number ("nord-coréennes"). */
  readonly demonyms: Readonly<Record<string, readonly string[]>>;
  /** Area in km², to choose between countries that share a demonym. */
  readonly area: number;
}

/** Acronyms the press uses for a country, where world-countries has none. */
const EXTRA_NAMES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  US: { en: ['US', 'U.S.', 'USA', 'America'], fr: ['USA', 'Amérique'] },
  GB: { en: ['UK', 'Britain'], fr: ['Royaume-Uni', 'Grande-Bretagne'] },
  KP: { en: ['DPRK'], fr: ['RPDC'] },
};

/** Some entries of the data are empty or a stray letter. */
const real = (d: string): boolean => d.replace(/s$/, '').length >= 3;

function frenchPlurals(word: string): string[] {
  const w = word.toLowerCase();
  return /[sx]$/.test(w) ? [w] : [w, w + 's'];
}

function build(): CountryEntry[] {
  const display = { fr: new Intl.DisplayNames(['fr'], { type: 'region' }), en: new Intl.DisplayNames(['en'], { type: 'region' }) };
  const out: CountryEntry[] = [];
  for (const c of countries) {
    const code = c.cca2;
    const names: Record<string, string[]> = { fr: [], en: [] };
    // Display names fall back to the bare code ("KR") where a locale has none: not a name.
    const add = (lang: 'fr' | 'en', name: string | undefined, acronym = false) => {
      if (name && (acronym || name !== code) && !names[lang]!.includes(name)) names[lang]!.push(name);
    };
    add('fr', c.translations.fra?.common);
    add('fr', safeDisplay(display.fr, code));
    add('en', c.name.common);
    add('en', safeDisplay(display.en, code));
    add('en', c.name.official);
    for (const lang of ['fr', 'en'] as const) for (const extra of EXTRA_NAMES[code]?.[lang] ?? []) add(lang, extra, true);
    const dem = c.demonyms;
    const demonyms: Record<string, string[]> = {
      fr: dem?.fra ? [...new Set([...frenchPlurals(dem.fra.m), ...frenchPlurals(dem.fra.f)])].filter(real) : [],
      en: dem?.eng ? [...new Set([dem.eng.m, dem.eng.f, dem.eng.m + 's'].map((d) => d.toLowerCase()))].filter(real) : [],
    };
    out.push({ code, names, demonyms, area: c.area });
  }
  return out;
}

function safeDisplay(d: Intl.DisplayNames, code: string): string | undefined {
  try {
    return d.of(code);
  } catch {
    return undefined;
  }
}

export const countryEntries: readonly CountryEntry[] = build();
