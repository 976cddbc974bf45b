import type { IngestError } from '../ingest/types.js';
import type { AlignedPassage, DerivationKind } from '../contract/dossier.js';
import type { AnalysedDocument } from '../model/document.js';

/** A derivation found between two stored articles, with the rule that decided its direction. */
export interface StoredLink {
  source: string;
  copy: string;
  kind: DerivationKind;
  score: number;
  rule: string;
  evidence: AlignedPassage[];
}

/** An article proposed by the candidate index. */
export interface Candidate {
  id: string;
  fingerprint: Uint8Array;
}

/** What the cross-article stages found for one article, written with it in its transaction. */
export interface ArticleLinks {
  /** The article's keys in the candidate index. */
  indexKeys: readonly number[];
  /** A compact summary the linker reads back for candidates before loading them (opaque here). */
  fingerprint: Uint8Array;
  /** Links between this article and articles stored before it. */
  links: readonly StoredLink[];
  /** The story the article joins or opens, as it stands with the article in it. */
  story?: StoryUpdate;
}

/** A story as the clustering keeps it: its size, its dates and its centroid. */
export interface StoryRecord {
  id: string;
  size: number;
  /** The first and last days of its members (YYYY-MM-DD), when any is dated. */
  firstAt: string | null;
  lastAt: string | null;
  /** The sum of its members' feature vectors, heaviest keys first (opaque here). */
  centroid: [key: string, weight: number][];
}

/** A story written with the article that joins it. */
export interface StoryUpdate {
  story: StoryRecord;
  /** The story's keys in the story index, replacing its older ones. */
  keys: readonly string[];
  /** The article's distinct features: each one's document frequency grows by one. */
  features: readonly string[];
}

/** Where an article stands in a store, for a given pipeline version. */
export type StoredStatus = 'absent' | 'stale' | 'current';

/**
 * The narrow storage interface everything above it uses. SQLite implements it now; a PostgreSQL
 * implementation must keep the same guarantees: an article and its layers are written in one
 * transaction, so a crash leaves either all of it or none, and a re-run completes the work.
 */
export interface Store {
  /** The file or address of the store, for messages. */
  readonly location: string;
  /** Whether the article is stored, and analysed by this pipeline version. */
  status(id: string, pipelineVersion: string): StoredStatus;
  /**
   * Store an article with its layers and its links, replacing an older analysis of the same
   * article (and the links that analysis found), atomically. `encodedLayers`, when given, is
   * `encodeLayers(doc.layers)` made beforehand (by the thread that analysed the article).
   */
  putDocument(doc: AnalysedDocument, pipelineVersion: string, links?: ArticleLinks, encodedLayers?: Uint8Array): void;
  /**
   * Run `work` as one transaction: the writes inside it are all kept or, when it throws, all
   * dropped. Bulk loads use it to pay for one commit instead of one per article.
   */
  batch<T>(work: () => T): T;
  /**
   * Stored articles that share two or more of these index keys, most keys shared first, at most
   * `limit`; while fewer than `fill` (by default `limit`) are found, articles that share one key
   * make up the number, the most recently stored first. Each with the fingerprint stored with it.
   */
  candidates(keys: readonly number[], limit: number, fill?: number): Candidate[];
  /**
   * Stories that have any of these keys, most keys shared first, at most `limit`; only those
   * active on or after `since` (a day) when it is given.
   */
  storyCandidates(keys: readonly string[], since: string | null, limit: number): StoryRecord[];
  /** How many stored articles have each feature, and how many articles were counted. */
  documentFrequencies(features: readonly string[]): { docs: number; df: Map<string, number> };
  /** The story of each of these articles that belongs to one. */
  storyOf(ids: readonly string[]): Map<string, string>;
  /** Stored stories by id. */
  getStories(ids: readonly string[]): StoryRecord[];
  /** The links stored between articles of this set. */
  linksAmong(ids: readonly string[]): StoredLink[];
  /** Remember one more place the same article was read from. */
  addSource(id: string, source: string): void;
  getDocument(id: string): AnalysedDocument | undefined;
  /**
   * Replace the index keys and fingerprint of a stored article (its links stay): used when the
   * index scheme changes. False when the article is not stored.
   */
  putIndex(id: string, indexKeys: readonly number[], fingerprint: Uint8Array): boolean;
  /** A named setting of the store, or undefined. */
  getSetting(name: string): string | undefined;
  putSetting(name: string, value: string): void;
  /** Every stored article id, in the order they were first added. */
  articleIds(): string[];
  countArticles(): number;
  /** Remember an input that could not be read (replacing an older error for the same input). */
  recordError(error: IngestError): void;
  /** Forget the error of an input that has now been read. */
  clearError(input: string): void;
  errors(): IngestError[];
  close(): void;
}

/** A store that cannot be opened or used, with a plain reason. */
export class StoreError extends Error {
  constructor(
    readonly location: string,
    reason: string,
  ) {
    super(`${location}: ${reason}`);
    this.name = 'StoreError';
  }
}
