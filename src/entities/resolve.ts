import type { Entity, EntityType } from '../contract/dossier.js';
import type { MentionAnnotation } from '../model/layers.js';
import { displayName } from './gazetteer.js';
import { fold, nameKey } from './fold.js';

/** One article's mentions, as the cross-article resolution reads them. */
export interface ArticleMentions {
  article: string;
  language: string;
  text: string;
  mentions: readonly MentionAnnotation[];
}

interface Group {
  id: string;
  type: EntityType;
  key: string;
  names: Map<string, number>;
  surfaces: Set<string>;
  roles: Map<string, { role: string; article: string }>;
  mentions: Array<{ article: string; start: number; end: number }>;
  languages: Map<string, number>;
}

/**
 * Entities across the articles of a story and across languages: gazetteer mentions by their id
 * (so "Corée du Nord", "North Korea" and Pyongyang-as-government are one), people by the
 * transliteration key of their full name (so "Zelensky", "Zelenskyy" and "Zelenskiy" are one, and
 * Kim Jong Un, Kim Yong-hyun and Kim Hong Kyun stay three). A one-word name an article leaves
 * unresolved joins the one person of the story whose full name has that word, or is dropped when
 * several do; a candidate name becomes a person when another article shows it is one.
 */
export function resolveEntities(articles: readonly ArticleMentions[]): Entity[] {
  const groups = new Map<string, Group>();
  const group = (id: string, type: EntityType, key: string): Group => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, type, key, names: new Map(), surfaces: new Set(), roles: new Map(), mentions: [], languages: new Map() }));
    return g;
  };
  const add = (g: Group, a: ArticleMentions, m: MentionAnnotation, fullName: boolean) => {
    // A role standing for a name ("le ministre américain") is a mention, not another name.
    if (m.form !== 'role') g.surfaces.add(a.text.slice(m.start, m.end));
    if (fullName) g.names.set(m.name, (g.names.get(m.name) ?? 0) + 1);
    g.languages.set(a.language, (g.languages.get(a.language) ?? 0) + 1);
    g.mentions.push({ article: a.article, start: m.start, end: m.end });
    if (m.role) g.roles.set(`${a.article}\u0000${fold(m.role.text)}`, { role: m.role.text, article: a.article });
  };

  // Full names first, so that short forms and candidates can find them.
  const later: Array<[ArticleMentions, MentionAnnotation]> = [];
  for (const a of articles) {
    for (const m of a.mentions) {
      if (m.type === 'person') {
        const single = !/\s/.test(m.name.trim());
        if (single && m.form === 'short') later.push([a, m]);
        else add(group(`person:${m.key}`, 'person', m.key), a, m, m.form === 'name' || m.form === 'known-name');
      } else if (m.form === 'candidate') later.push([a, m]);
      else add(group(m.key, m.type, m.key), a, m, false);
    }
  }
  const people = [...groups.values()].filter((g) => g.type === 'person');
  // The people each word of a full name belongs to, in the order the people were met.
  const holdersOf = new Map<string, Group[]>();
  for (const g of people) {
    for (const w of new Set([...g.names.keys()].flatMap((n) => [...n.split(/\s+/), ...n.split(/[\s-]+/)].map(nameKey)))) {
      const list = holdersOf.get(w);
      if (list) list.push(g);
      else holdersOf.set(w, [g]);
    }
  }
  for (const [a, m] of later) {
    const key = nameKey(a.text.slice(m.start, m.end));
    const exact = groups.get(`person:${key}`);
    if (exact) {
      add(exact, a, m, m.form !== 'candidate');
      continue;
    }
    if (/\s/.test(m.name.trim()) && m.form === 'candidate') continue;
    const holders = holdersOf.get(key) ?? [];
    if (holders.length === 1) add(holders[0]!, a, m, false);
    else if (holders.length === 0 && m.type === 'person') add(group(`person:${key}`, 'person', key), a, m, true);
  }

  const out: Entity[] = [];
  for (const g of groups.values()) {
    const language = [...g.languages].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'en';
    const name = displayName(g.key, language) ?? bestName(g);
    out.push({
      id: g.id,
      type: g.type,
      name,
      aliases: [...g.surfaces].filter((s) => s !== name).sort(),
      roles: [...g.roles.values()],
      mentions: g.mentions.sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start)),
    });
  }
  return out.sort((x, y) => y.mentions.length - x.mentions.length || (x.name < y.name ? -1 : 1));
}

/** The fullest name: the most frequent full form, then the longest. */
function bestName(g: Group): string {
  const named = [...g.names].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length);
  if (named.length) return named[0]![0];
  return [...g.surfaces].sort((x, y) => y.length - x.length)[0] ?? g.key;
}
