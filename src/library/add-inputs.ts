import { buildArticle } from '../ingest/build-article.js';
import { countUnit, expandInputs, readUnit } from '../ingest/read-inputs.js';
import type { IngestError, IngestOptions } from '../ingest/types.js';
import type { Article } from '../model/article.js';
import { articleStages, pipelineVersion } from '../pipeline/pipeline.js';
import { linkArticle, type ProfileCache } from '../provenance/link.js';
import { ensureIndexScheme } from '../provenance/reindex.js';
import type { Store } from '../store/store.js';
import { assignStory } from '../stories/cluster.js';
import { analysisPool, defaultWorkers, inlineAnalyser, type Analyser } from './analysis-pool.js';
import type { PreparedDocument } from './prepare.js';

export interface Progress {
  /** Inputs handled so far (articles and errors). */
  done: number;
  /** Inputs expected in all (records files count their lines). */
  total: number;
  /** The input just handled. */
  input: string;
}

export interface AddOptions extends IngestOptions {
  /** Manifests (JSON Lines or JSON records files) to read besides the inputs. */
  manifests?: readonly string[];
  onProgress?: (p: Progress) => void;
  /**
   * Worker threads for the per-article analysis (the cross-article stages and the store stay in
   * this thread); 0 analyses here. Default: one per core but one, started once a run has more
   * than `POOL_AFTER` articles to analyse, so that a short run pays no start-up.
   */
  workers?: number;
}

/** Articles analysed in this thread before a run starts its workers. */
export const POOL_AFTER = 24;

export interface AddReport {
  /** The ids of the articles read in this run, in input order, each once. */
  articles: string[];
  /** Newly stored. */
  added: number;
  /** Stored before by an older analysis, analysed again. */
  reanalysed: number;
  /** Stored before with a current analysis: nothing to do. */
  unchanged: number;
  /** Inputs that could not be read, each with its reason. */
  errors: IngestError[];
  /** Stored articles whose provenance index was made again first (the index scheme had changed). */
  reindexed: number;
}

/**
 * Read inputs into a store: each input is expanded, read, normalised and analysed, linked to the
 * stored articles it derives from or that derive from it, put in the story it joins (or opens), then written with its layers and links
 * in one transaction. An article already stored with the current analysis is not
 * analysed again; one that fails is reported and the others go on.
 */
export async function addInputs(store: Store, inputs: readonly string[], options: AddOptions = {}): Promise<AddReport> {
  const version = pipelineVersion(articleStages);
  const units = await expandInputs(inputs, options.manifests ?? []);
  let total = 0;
  if (options.onProgress) for (const u of units) total += await countUnit(u);
  // New articles must find the stored ones: their index keys are made again if the scheme changed.
  const reindexed = ensureIndexScheme(store);
  const report: AddReport = { articles: [], added: 0, reanalysed: 0, unchanged: 0, errors: [], reindexed };
  const seen = new Set<string>();
  const profiles: ProfileCache = new Map();
  let done = 0;
  const tick = (input: string) => options.onProgress?.({ done: ++done, total: Math.max(total, done), input });

  // Articles are analysed ahead (in workers when there are any) but linked, clustered and stored
  // one by one in input order, so that the result does not depend on which thread was faster.
  // They are stored BATCH at a time in one transaction: one commit for many articles, each still
  // all or nothing (a savepoint of its own).
  const workers = options.workers ?? defaultWorkers();
  let analyser: Analyser = inlineAnalyser;
  let toAnalyse = 0;
  const queue: Pending[] = [];
  const inFlight = new Set<string>();
  // The workers keep `ahead` articles to analyse while the main thread stores a batch.
  const ahead = Math.max(AHEAD, 16 * workers);

  const storeOne = (p: Pending): void => {
    if (p.doc) {
      const { doc, profile, storyFeatures, linkKeys, encodedLayers } = p.ready!;
      inFlight.delete(p.article.id);
      const links = linkArticle(doc, store, profiles, profile, linkKeys);
      const story = assignStory(doc, store, storyFeatures);
      store.putDocument(doc, version, story ? { ...links, story } : links, encodedLayers);
      if (p.status === 'absent') report.added++;
      else report.reanalysed++;
    } else {
      report.unchanged++;
      store.addSource(p.article.id, p.article.source);
    }
    store.clearError(p.source);
    if (!seen.has(p.article.id)) {
      seen.add(p.article.id);
      report.articles.push(p.article.id);
    }
    tick(p.article.source);
  };
  /**
   * Store queued articles, in order, until `keep` are left: BATCH at a time, once all of them
   * are analysed, in one transaction. Storing articles as each one comes back from a worker
   * would pay a commit (about 2 ms) for one or two articles.
   */
  const drain = async (keep: number): Promise<void> => {
    while (queue.length > keep) {
      const n = Math.min(BATCH, queue.length - keep);
      for (let i = 0; i < n; i++) {
        const p = queue[i]!;
        while (p.doc && !p.ready) {
          // Rather than wait for the workers, analyse here an article they have not started
          // (one needed later), then let their replies in.
          if (!analyser.helpOne()) {
            await p.doc;
            break;
          }
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
      store.batch(() => {
        for (let i = 0; i < n; i++) storeOne(queue.shift()!);
      });
    }
  };

  try {
    for (const unit of units) {
      for await (const item of readUnit(unit, options)) {
        if (!item.ok) {
          report.errors.push(item.error);
          store.recordError(item.error);
          tick(item.error.input);
          continue;
        }
        const built = buildArticle(item.raw);
        if (!built.ok) {
          report.errors.push(built.error);
          store.recordError(built.error);
          tick(built.error.input);
          continue;
        }
        const { article } = built;
        // An article already being analysed in this run is, by the time it is stored, current.
        const status = inFlight.has(article.id) ? 'current' : store.status(article.id, version);
        const pending: Pending = { article, source: item.raw.source, status };
        if (status !== 'current') {
          if (workers > 0 && analyser === inlineAnalyser && ++toAnalyse > POOL_AFTER) analyser = analysisPool(workers);
          inFlight.add(article.id);
          pending.doc = analyser.analyse(article);
          // `drain` awaits a failure in its turn; this only keeps it from counting as unhandled before then.
          pending.doc.then((doc) => (pending.ready = doc)).catch(() => undefined);
        }
        queue.push(pending);
        if (queue.length >= ahead + BATCH) await drain(ahead);
      }
    }
    await drain(0);
  } finally {
    await analyser.close();
  }
  return report;
}

/** Articles stored per transaction, and read ahead of the store (at least; sixteen per worker when more). */
export const ARTICLES_PER_COMMIT = 32;
const BATCH = ARTICLES_PER_COMMIT;
const AHEAD = 32;

/** An article read and waiting to be stored, its analysis under way when it needs one. */
interface Pending {
  article: Article;
  source: string;
  status: 'absent' | 'stale' | 'current';
  doc?: Promise<PreparedDocument>;
  /** The prepared document, once `doc` has given it. */
  ready?: PreparedDocument;
}
