import { agencies } from '../lang/common/agencies.js';
import { bodies } from '../lang/common/bodies.js';
import { countryEntries } from '../lang/common/countries.js';
import type { EntityType } from '../contract/dossier.js';
import { fold } from './fold.js';

/** A known name: what it refers to and how the text must write it to count. */
export interface GazetteerEntry {
  /** A stable id: "country:KP", "org:nato", "seat:kremlin", "city:seoul", "agency:AFP". */
  ref: string;
  type: EntityType;
  /** The name as the data writes it. */
  name: string;
  /** A demonym or nationality adjective: matched in any case, and it stands for its country. */
  demonym: boolean;
  /** The country a body, city or demonym belongs to. */
  country?: string;
  capital?: boolean;
  /** Display names by language. */
  names: Readonly<Record<string, readonly string[]>>;
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** Token count matched. */
  length: number;
}

/**
 * Countries, demonyms, international organisations, government seats, cities and news agencies,
 * by folded name. Names are looked up over up to MAX_WORDS folded words.
 */
export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerEntry[]>();
  /** Every word prefix of a known name ("coree", "coree du"), so that a lookup stops as soon as no name can follow. */
  private readonly prefixes = new Set<string>();
  /** First words of the names that a word not written with a capital may start (demonyms: "américain"). */
  private readonly anyCaseFirst = new Set<string>();
  readonly maxWords: number;

  constructor(entries: Iterable<GazetteerEntry>) {
    let max = 1;
    for (const e of entries) {
      const key = fold(e.name).replace(/'/g, "' ").replace(/\s+/g, ' ').trim();
      const list = this.byKey.get(key);
      if (list) list.push(e);
      else this.byKey.set(key, [e]);
      const words = key.split(' ');
      if (e.demonym || e.name[0] === e.name[0]!.toLowerCase()) this.anyCaseFirst.add(words[0]!);
      max = Math.max(max, words.length);
      for (let n = 1; n < words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
    }
    this.maxWords = max;
  }

  /**
   * Could a name start with this word, written with a capital or not? Most words of a text are
   * lower-case and start no name: they are ruled out before any lookup.
   */
  mayStart(key: string, capitalised: boolean): boolean {
    if (capitalised) return true;
    // A hyphenated token's key holds its words ("sud coreen"): the first one is what counts.
    const space = key.indexOf(' ');
    return this.anyCaseFirst.has(space < 0 ? key : key.slice(0, space));
  }

  /** Could a longer name start with these words? */
  continues(key: string): boolean {
    return this.prefixes.has(key);
  }

  /**
   * The entry for these words as written (`surface`), if the writing fits: an acronym must be
   * in capitals, a name must start with the capital its data gives, a demonym may be any case.
   */
  lookup(key: string, surface: string): GazetteerEntry | undefined {
    const list = this.byKey.get(key);
    if (!list) return undefined;
    for (const e of list) if (fits(e, surface)) return e;
    return undefined;
  }
}

function fits(e: GazetteerEntry, surface: string): boolean {
  if (e.demonym) return true;
  const isAcronym = e.name.length <= 6 && e.name === e.name.toUpperCase() && /\p{Lu}/u.test(e.name);
  if (isAcronym) return surface.replace(/[’']/g, '') === e.name.replace(/[’']/g, '');
  const first = e.name[0]!;
  const upper = first !== first.toLowerCase();
  const s = surface[0]!;
  return upper ? s !== s.toLowerCase() : true;
}

function* entries(): Generator<GazetteerEntry> {
  // Where countries share a demonym ("American": the United States, American Samoa), the largest is meant.
  for (const c of [...countryEntries].sort((a, b) => b.area - a.area)) {
    const ref = `country:${c.code}`;
    for (const names of Object.values(c.names)) for (const name of names) yield { ref, type: 'country', name, demonym: false, country: c.code, names: c.names };
    for (const dems of Object.values(c.demonyms)) for (const name of dems) yield { ref, type: 'country', name, demonym: true, country: c.code, names: c.names };
  }
  for (const b of bodies) {
    const all = [...Object.values(b.names).flat(), ...(b.shared ?? [])];
    for (const name of all) {
      yield { ref: b.id, type: b.type, name, demonym: false, names: b.names, ...(b.country ? { country: b.country } : {}), ...(b.capital ? { capital: true } : {}) };
    }
  }
  for (const a of agencies) {
    for (const name of a.aliases) yield { ref: `${AGENCY}${a.name}`, type: 'organisation', name, demonym: false, names: { fr: [a.name], en: [a.name] } };
  }
}

/** The prefix of a news agency's ref ("agency:AFP"). */
const AGENCY = 'agency:';

/** Is a mention's key or a gazetteer ref a news agency's? */
export function isAgencyRef(ref: string): boolean {
  return ref.startsWith(AGENCY);
}

let names: Map<string, Readonly<Record<string, readonly string[]>>> | undefined;
/** The name the dossier shows for a gazetteer id in a language ("country:KP", "fr" → "Corée du Nord"). */
export function displayName(ref: string, language: string): string | undefined {
  if (!names) {
    names = new Map();
    for (const e of entries()) if (!e.demonym && !names.has(e.ref)) names.set(e.ref, e.names);
  }
  const byLang = names.get(ref);
  if (!byLang) return undefined;
  return byLang[language]?.[0] ?? byLang.en?.[0] ?? Object.values(byLang)[0]?.[0];
}

let shared: Gazetteer | undefined;
/** The gazetteer built from the common data, once per process. */
export function gazetteer(): Gazetteer {
  return (shared ??= new Gazetteer(entries()));
}
