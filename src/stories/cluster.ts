import type { AnalysedDocument } from '../model/document.js';
import type { Store, StoryRecord, StoryUpdate } from '../store/store.js';
import { storyFeatures, weigh, type StoryVector } from './features.js';

/**
 * Streaming story clustering: each new article joins the stored story it resembles most, or
 * opens one. Candidates come from an inverted index of each story's heaviest features, limited
 * to stories active near the article's date, so the cost per article does not grow with the
 * store. A story is the sum of its members' vectors (its centroid), trimmed to its heaviest keys.
 */

/** Features kept per article and per story centroid. */
const ARTICLE_KEEP = 150;
const CENTROID_KEEP = 200;
/** The article's heaviest features that query the index, and the story keys stored in it. */
const QUERY_KEYS = 12;
const STORY_KEYS = 20;
const MAX_CANDIDATES = 24;
/** The least similarity for an article to join a story. */
export const JOIN_SIMILARITY = 0.22;
/**
 * Entities, figures and days are what French and English reports of one event share; their
 * similarity alone counts, a little discounted, so that a translation can join its story.
 */
const BRIDGE_DISCOUNT = 0.8;
/** Days around a story's dates within which time does not count against joining it. */
const GRACE_DAYS = 7;
/** Beyond the grace, similarity decays by e every DECAY_DAYS; stories idle for WINDOW_DAYS are not candidates. */
const DECAY_DAYS = 10;
const WINDOW_DAYS = 45;
const DAY = 86_400_000;

export type StoryIndex = Pick<Store, 'storyOf' | 'storyCandidates' | 'documentFrequencies'>;

/** The day an article is dated by: its publication, else the date it was inferred from its text. */
export function articleDay(doc: AnalysedDocument): string | null {
  const published = doc.article.publishedAt;
  if (published) return published.slice(0, 10);
  const inferred = (doc.layers.times ?? []).find((t) => t.anchorSource === 'inferred')?.anchor;
  return inferred ?? null;
}

/** The article's weighted vector against the store's current document frequencies. */
export function articleVector(doc: AnalysedDocument, index: Pick<Store, 'documentFrequencies'>, counts = storyFeatures(doc)): { vector: StoryVector; features: string[] } {
  const features = [...counts.keys()];
  const { docs, df } = index.documentFrequencies(features);
  return { vector: weigh(counts, df, docs, ARTICLE_KEEP), features };
}

/** How far apart a day is from a story's span, in days (0 inside it, or when either is undated). */
function gapDays(day: string | null, story: StoryRecord): number {
  if (!day || !story.firstAt || !story.lastAt) return 0;
  const t = Date.parse(day);
  const first = Date.parse(story.firstAt);
  const last = Date.parse(story.lastAt);
  return t < first ? (first - t) / DAY : t > last ? (t - last) / DAY : 0;
}

/** A bridge feature: anything but a plain term ("t:…"), which one language alone has. */
const isBridge = (key: string) => !key.startsWith('t:');

/**
 * How well an article fits a story: the better of the cosine over all features and, a little
 * discounted, the cosine over the language bridges alone, decayed by time. Made once per
 * article: its weights are looked up by key for every candidate story, and both cosines and
 * both norms of a centroid come from one walk over it (no normalised copies).
 */
function fitter(vector: StoryVector, day: string | null): (story: StoryRecord) => number {
  const weights = new Map(vector);
  let bridgeNorm = 0;
  for (const [k, w] of vector) if (isBridge(k)) bridgeNorm += w * w;
  bridgeNorm = Math.sqrt(bridgeNorm);
  return (story) => {
    let dot = 0;
    let bridgeDot = 0;
    let norm = 0;
    let storyBridgeNorm = 0;
    for (const [k, w] of story.centroid) {
      norm += w * w;
      const bridge = isBridge(k);
      if (bridge) storyBridgeNorm += w * w;
      const a = weights.get(k);
      if (a === undefined) continue;
      dot += a * w;
      if (bridge) bridgeDot += a * w;
    }
    const all = norm > 0 ? dot / Math.sqrt(norm) : 0;
    const bridges = bridgeNorm > 0 && storyBridgeNorm > 0 ? bridgeDot / (bridgeNorm * Math.sqrt(storyBridgeNorm)) : 0;
    const similarity = Math.max(all, BRIDGE_DISCOUNT * bridges);
    const gap = gapDays(day, story);
    return gap <= GRACE_DAYS ? similarity : similarity * Math.exp(-(gap - GRACE_DAYS) / DECAY_DAYS);
  };
}

/** Add a member's vector to a story and widen its dates. */
function absorb(story: StoryRecord, vector: StoryVector, day: string | null): StoryRecord {
  const sum = new Map(story.centroid);
  for (const [k, w] of vector) sum.set(k, (sum.get(k) ?? 0) + w);
  const centroid = [...sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CENTROID_KEEP);
  const firstAt = day && (!story.firstAt || day < story.firstAt) ? day : story.firstAt;
  const lastAt = day && (!story.lastAt || day > story.lastAt) ? day : story.lastAt;
  return { id: story.id, size: story.size + 1, firstAt, lastAt, centroid };
}

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(day) - days * DAY).toISOString().slice(0, 10);
}

/**
 * The story a new article joins (or opens), as it will be stored with the article. An article
 * that already belongs to a story keeps it: re-analysing an article does not move it. The
 * article's feature counts may come made (by the thread that analysed it).
 */
export function assignStory(doc: AnalysedDocument, index: StoryIndex, counts?: Map<string, number>): StoryUpdate | undefined {
  if (index.storyOf([doc.article.id]).size) return undefined;
  const day = articleDay(doc);
  const { vector, features } = articleVector(doc, index, counts ?? storyFeatures(doc));
  const query = vector.slice(0, QUERY_KEYS).map(([k]) => k);
  let best: StoryRecord | undefined;
  let bestFit = JOIN_SIMILARITY;
  const fitOf = fitter(vector, day);
  for (const story of index.storyCandidates(query, day ? daysBefore(day, WINDOW_DAYS) : null, MAX_CANDIDATES)) {
    const f = fitOf(story);
    if (f >= bestFit) {
      best = story;
      bestFit = f;
    }
  }
  const base: StoryRecord = best ?? { id: 'story-' + doc.article.id, size: 0, firstAt: null, lastAt: null, centroid: [] };
  const story = absorb(base, vector, day);
  return { story, keys: story.centroid.slice(0, STORY_KEYS).map(([k]) => k), features };
}
