import type { Derivation, Entity, Story } from '../contract/dossier.js';
import type { AnalysedDocument } from '../model/document.js';
import { independentGroups } from '../provenance/independence.js';
import type { Store, StoryRecord } from '../store/store.js';
import { entityLookup } from '../dossier/entity-index.js';
import { articleVector } from './cluster.js';
import { cosine, normalise } from './features.js';

const LABEL_CHARS = 120;
const KEYWORDS = 5;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > LABEL_CHARS ? one.slice(0, LABEL_CHARS - 1).replace(/\s\S*$/, '') + '…' : one;
}

/**
 * A story's label, made from its articles: the headline of the member closest to the story's
 * centroid; with no headline, the first sentence of the earliest article.
 */
function label(members: readonly AnalysedDocument[], record: StoryRecord | undefined, store: Store): string {
  const titled = members.filter((d) => d.article.title);
  if (titled.length) {
    if (!record || titled.length === 1) return clip(titled[0]!.article.title!);
    const centroid = normalise(record.centroid);
    let best = titled[0]!;
    let bestFit = -1;
    for (const d of titled) {
      const f = cosine(articleVector(d, store).vector, centroid);
      if (f > bestFit) [best, bestFit] = [d, f];
    }
    return clip(best.article.title!);
  }
  const first = members[0]!;
  const sentence = first.layers.sentences?.[0];
  return clip(sentence ? first.article.text.slice(sentence.start, sentence.end) : first.article.text.slice(0, LABEL_CHARS));
}

/** The entities among a story's heaviest keys, by name: what the story is about, across languages. */
function keywords(members: readonly AnalysedDocument[], record: StoryRecord | undefined, entities: readonly Entity[]): string[] {
  if (!record) return [];
  const lookup = entityLookup(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const nameOfKey = new Map<string, string>();
  for (const d of members) {
    for (const m of d.layers.mentions ?? []) {
      const key = 'e:' + m.key;
      if (nameOfKey.has(key)) continue;
      const id = lookup(d.article.id, m);
      const e = id ? byId.get(id) : undefined;
      if (e) nameOfKey.set(key, e.name);
    }
  }
  const names: string[] = [];
  for (const [key] of record.centroid) {
    const name = nameOfKey.get(key);
    if (name && !names.includes(name)) names.push(name);
    if (names.length === KEYWORDS) break;
  }
  return names;
}

/**
 * The stories of a dossier's articles, as the store's streaming clustering grouped them, each
 * with its independent sources (articles merged along derivations). Articles are given in
 * publication order; an article stored before stories existed stands as its own story.
 */
export function dossierStories(store: Store, docs: readonly AnalysedDocument[], derivations: readonly Derivation[], entities: readonly Entity[]): Story[] {
  const ids = docs.map((d) => d.article.id);
  const storyOf = store.storyOf(ids);
  const members = new Map<string, AnalysedDocument[]>();
  for (const d of docs) {
    const s = storyOf.get(d.article.id) ?? 'story-' + d.article.id;
    const list = members.get(s) ?? [];
    list.push(d);
    members.set(s, list);
  }
  const records = new Map(store.getStories([...members.keys()]).map((r) => [r.id, r]));
  const stories: Story[] = [];
  for (const [id, docsOf] of members) {
    const articles = docsOf.map((d) => d.article.id);
    const record = records.get(id);
    stories.push({
      id,
      title: label(docsOf, record, store),
      articles,
      independentSources: independentGroups(articles, derivations).length,
      keywords: keywords(docsOf, record, entities),
    });
  }
  return stories.sort((a, b) => b.articles.length - a.articles.length);
}
