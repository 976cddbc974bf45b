// A worker thread of the analysis pool: prepares the articles it is sent (the per-article stages,
// the provenance profile and index keys, the story features, the layers encoded for the store) and sends them back. All of it is pure, so a
// worker needs nothing but the article.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import { prepareDocument } from './prepare.js';

export type AnalysisRequest = { task: number; article: Article };
export type AnalysisReply =
  | { task: number; profile: unknown; storyFeatures: unknown; linkKeys: unknown; encodedLayers: Uint8Array }
  | { task: number; error: { message: string; stack?: string } };

parentPort?.on('message', ({ task, article }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    const { profile, storyFeatures, linkKeys, encodedLayers } = prepareDocument(article);
    // A small Buffer is a view into Node's shared pool, which cannot be handed over: copy it out.
    const own = encodedLayers.byteOffset === 0 && encodedLayers.byteLength === encodedLayers.buffer.byteLength ? encodedLayers : new Uint8Array(encodedLayers);
    // The layers go as their encoding only (the store's bytes): see `lazyDocument`.
    reply = { task, profile, storyFeatures, linkKeys, encodedLayers: own };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { task, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } };
  }
  // The encoded layers' bytes are handed over, not copied.
  parentPort!.postMessage(reply, 'encodedLayers' in reply ? [reply.encodedLayers.buffer as ArrayBuffer] : []);
});
