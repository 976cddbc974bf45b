import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { AnalysedDocument } from '../model/document.js';
import { reviveProfile, type Profile } from '../provenance/profile.js';
import type { LinkKeys } from '../provenance/link.js';
import type { Layers } from '../model/layers.js';
import { decodeLayers, LAYERS_ENCODING } from '../store/layers-codec.js';
import type { AnalysisReply } from './analysis-worker.js';
import { prepareDocument, type PreparedDocument } from './prepare.js';

/** Prepares articles (`prepareDocument`), in this thread or in worker threads. */
export interface Analyser {
  analyse(article: Article): Promise<PreparedDocument>;
  /**
   * Analyse in this thread one article that no worker has started, the one asked for last:
   * what a thread waiting on the workers can do meanwhile. False when there is none.
   */
  helpOne(): boolean;
  /** Stop the workers; analyses still running are rejected. */
  close(): Promise<void>;
}

/**
 * The number of workers `auto` gives: one per core the process may use but one, which the thread
 * that links, clusters and stores keeps busy (on two cores, one worker beats two: 16.5 s against
 * 20.3 s for 1,899 synthetic articles); none on one core.
 */
export function defaultWorkers(): number {
  return availableParallelism() - 1;
}

/** Analysis in this thread, one article at a time. */
export const inlineAnalyser: Analyser = {
  analyse: (article) => Promise.resolve(prepareDocument(article)),
  helpOne: () => false,
  close: () => Promise.resolve(),
};

interface Task {
  id: number;
  article: Article;
  resolve: (prepared: PreparedDocument) => void;
  reject: (e: Error) => void;
}

/**
 * Articles sent to a worker ahead of its replies: enough to keep it busy while the thread that
 * stores is busy with a batch (32 articles, about 0.2 s), few enough that the articles asked for
 * last are still here for that thread to take when it would otherwise wait.
 */
export const WORKER_QUEUE = 32;

/**
 * A pool of worker threads that each run `prepareDocument`. Articles wait here and go to the
 * worker with the fewest outstanding, up to `WORKER_QUEUE` each; `helpOne` analyses the last
 * one still waiting in this thread. The document comes back with its layers frozen, as the
 * inline runner gives it (decoded when first read). The stages are pure, so the result is the
 * same whichever thread ran them.
 */
export function analysisPool(size: number): Analyser {
  const workers: { worker: Worker; tasks: Map<number, Task> }[] = [];
  const waiting: Task[] = [];
  let next = 0;
  let closed = false;
  const dispatch = () => {
    while (waiting.length > 0) {
      let entry = workers[0]!;
      for (const w of workers) if (w.tasks.size < entry.tasks.size) entry = w;
      if (entry.tasks.size >= WORKER_QUEUE) return;
      const task = waiting.shift()!;
      entry.tasks.set(task.id, task);
      entry.worker.postMessage({ task: task.id, article: task.article });
    }
  };
  for (let i = 0; i < Math.max(1, size); i++) {
    const worker = new Worker(new URL('./analysis-worker.js', import.meta.url));
    const entry = { worker, tasks: new Map<number, Task>() };
    worker.on('message', (reply: AnalysisReply) => {
      const task = entry.tasks.get(reply.task);
      if (!task) return;
      entry.tasks.delete(reply.task);
      dispatch();
      if ('error' in reply) {
        const e = new Error(reply.error.message);
        if (reply.error.stack) e.stack = reply.error.stack;
        task.reject(e);
      } else {
        const doc = lazyDocument(task.article, reply.encodedLayers);
        task.resolve({ doc, profile: reviveProfile(reply.profile as Profile), storyFeatures: reply.storyFeatures as Map<string, number>, linkKeys: reply.linkKeys as LinkKeys, encodedLayers: reply.encodedLayers });
      }
    });
    const fail = (e: Error) => {
      for (const t of entry.tasks.values()) t.reject(e);
      entry.tasks.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closed) fail(new Error(`an analysis worker stopped (exit code ${code})`));
    });
    workers.push(entry);
  }
  return {
    analyse(article) {
      if (closed) return Promise.reject(new Error('the analysis pool is closed'));
      return new Promise<PreparedDocument>((resolve, reject) => {
        waiting.push({ id: next++, article, resolve, reject });
        dispatch();
      });
    },
    helpOne() {
      const task = waiting.pop();
      if (!task) return false;
      try {
        task.resolve(prepareDocument(task.article));
      } catch (e) {
        task.reject(e instanceof Error ? e : new Error(String(e)));
      }
      return true;
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
      for (const t of waiting.splice(0)) t.reject(new Error('the analysis pool was closed'));
      for (const w of workers) for (const t of w.tasks.values()) t.reject(new Error('the analysis pool was closed'));
    },
  };
}

/**
 * The document as `analyseArticle` returns it (the sent article, not a copy, and frozen layers),
 * its layers decoded from the encoded bytes the first time they are read. Linking, clustering
 * and storing an article read its profile, features and encoded layers, rarely its layers (the
 * times of an undated article): copying them across threads cost the storing thread more than
 * decoding the few that are read.
 */
function lazyDocument(article: Article, encoded: Uint8Array): AnalysedDocument {
  let layers: Layers | undefined;
  return {
    article,
    get layers(): Layers {
      if (!layers) {
        const decoded = decodeLayers(LAYERS_ENCODING, encoded) as Record<string, readonly unknown[]>;
        for (const name of Object.keys(decoded)) Object.freeze(decoded[name]);
        layers = Object.freeze(decoded);
      }
      return layers;
    },
  };
}
