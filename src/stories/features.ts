import { createRequire } from 'node:module';
import type { AnalysedDocument } from '../model/document.js';
import { isLowerAscii, memo } from '../text/memo.js';

/**
 * What makes two articles report the same story: their salient words (folded, cut to a stem),
 * and the language-independent bridges between French and English reports of one event: the
 * entities they name (by entity key), the figures they give and the days they date.
 */

const stopwordLists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const stopwordSets = new Map<string, Set<string>>();

/** The stop words of a language, folded, from the stopwords-iso lists (empty for an unknown code). */
function stopwords(language: string): Set<string> {
  let set = stopwordSets.get(language);
  if (!set) {
    set = new Set((stopwordLists[language] ?? []).map(foldWord));
    stopwordSets.set(language, set);
  }
  return set;
}

const COMBINING = /\p{M}+/gu;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

function foldWord(w: string): string {
  return w.normalize('NFD').replace(COMBINING, '').toLowerCase();
}

const keyMemos = new Map<string, (word: string) => string | null>();

/** A word's feature key ("t:" and its folded stem), or null for a stop word: worked out once per word and language. */
function wordKeys(language: string): (word: string) => string | null {
  let keyOf = keyMemos.get(language);
  if (!keyOf) {
    const stop = stopwords(language);
    keyOf = memo((raw: string) => {
      const w = isLowerAscii(raw) ? raw : foldWord(raw);
      return stop.has(w) ? null : 't:' + w.slice(0, STEM);
    }, 100_000);
    keyMemos.set(language, keyOf);
  }
  return keyOf;
}

/** Words shorter than this carry little of a story; stems are the first STEM letters. */
const MIN_WORD = 4;
const STEM = 6;
/** A title says what the story is; the lead paragraph comes next. */
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const LEAD_CHARS = 600;
/** Entities and figures bridge languages, so they weigh more than one word. */
const ENTITY_WEIGHT = 2;
const FIGURE_WEIGHT = 1.5;
const DAY_WEIGHT = 1;

/** Raw feature counts of one article: "t:" stems, "e:" entity keys, "n:" figures, "d:" days. */
export function storyFeatures(doc: AnalysedDocument): Map<string, number> {
  const { article, layers } = doc;
  const counts = new Map<string, number>();
  const add = (key: string, w: number) => counts.set(key, (counts.get(key) ?? 0) + w);
  const keyOf = wordKeys(article.language);
  const addWords = (text: string, weight: number) => {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      if (m[0].length < MIN_WORD) continue;
      const key = keyOf(m[0]);
      if (key !== null) add(key, weight);
    }
  };
  if (article.title) addWords(article.title, TITLE_WEIGHT);
  addWords(article.text.slice(0, LEAD_CHARS), LEAD_WEIGHT - 1);
  addWords(article.text, 1);
  for (const m of layers.mentions ?? []) {
    if (m.type === 'other' || !m.key) continue;
    add('e:' + m.key, ENTITY_WEIGHT);
  }
  for (const c of layers.claims ?? []) {
    // Small numbers recur in every story; a figure of a hundred or more is specific.
    if (c.value !== null && c.value >= 100 && !c.unit) add('n:' + c.value, FIGURE_WEIGHT);
  }
  for (const t of layers.times ?? []) {
    if (t.granularity === 'day') add('d:' + t.value, DAY_WEIGHT);
  }
  return counts;
}

/** A sparse vector: keys and weights, heaviest first, of unit length. */
export type StoryVector = [key: string, weight: number][];

/**
 * A pseudo-count of articles added to the document frequencies: while the store holds few
 * articles, every feature looks rare and IDF would favour what one article alone says; the
 * prior keeps weights flat until the counts mean something.
 */
const IDF_PRIOR = 10;

/**
 * Weigh raw counts by TF-IDF (sublinear term frequency; inverse document frequency from the
 * counts seen so far in the store), keep the `keep` heaviest and scale to unit length.
 */
export function weigh(counts: ReadonlyMap<string, number>, df: ReadonlyMap<string, number>, docs: number, keep: number): StoryVector {
  const out: StoryVector = [];
  for (const [key, tf] of counts) {
    const idf = Math.log((docs + IDF_PRIOR) / ((df.get(key) ?? 0) + IDF_PRIOR)) + 1;
    out.push([key, (1 + Math.log(tf)) * idf]);
  }
  out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  out.length = Math.min(out.length, keep);
  return normalise(out);
}

export function normalise(v: StoryVector): StoryVector {
  let norm = 0;
  for (const [, w] of v) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return v.map(([k, w]) => [k, w / norm]);
}

/** Cosine of two unit vectors. */
export function cosine(a: StoryVector, b: StoryVector): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const weights = new Map(large);
  let dot = 0;
  for (const [k, w] of small) dot += w * (weights.get(k) ?? 0);
  return dot;
}
