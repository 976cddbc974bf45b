// A worker thread of the provenance scale bench's fill: builds the raw articles it is sent,
// analyses them as far as provenance reads, and sends back what the store keeps of each (the
// article, its encoded layers, its index keys and fingerprint). The main thread writes them in
// the order of the stream, so the store is the same as a fill in one thread.
import { parentPort } from 'node:worker_threads';
import type { RawInput } from '../src/ingest/types.js';
import { buildArticle } from '../src/ingest/build-article.js';
import type { Article } from '../src/model/article.js';
import { analyseArticle, stagesFor } from '../src/pipeline/pipeline.js';
import { encodeFingerprint, fingerprintOf } from '../src/provenance/fingerprint.js';
import { indexKeysOf, SHINGLE_LSH } from '../src/provenance/link.js';
import { PROFILE_LAYERS, profileOf } from '../src/provenance/profile.js';
import { encodeLayers } from '../src/store/layers-codec.js';

export type FillRequest = { task: number; raw: RawInput };
export type FillReply = { task: number; filled: Filled | null };
export interface Filled {
  article: Article;
  encodedLayers: Uint8Array;
  indexKeys: number[];
  fingerprint: Uint8Array;
}

const stages = stagesFor(PROFILE_LAYERS);

/** One raw article as the fill stores it; null when it cannot be built (the fill skips it). */
export function fillOne(raw: RawInput): Filled | null {
  const built = buildArticle(raw);
  if (!built.ok) return null;
  const doc = analyseArticle(built.article, stages);
  const p = profileOf(doc);
  const fingerprint = fingerprintOf(p, SHINGLE_LSH);
  // Copied out of Node's shared buffer pool, so that it can be handed over rather than copied.
  return { article: built.article, encodedLayers: new Uint8Array(encodeLayers(doc.layers)), indexKeys: indexKeysOf(p, fingerprint.signature), fingerprint: new Uint8Array(encodeFingerprint(fingerprint)) };
}

parentPort?.on('message', ({ task, raw }: FillRequest) => {
  const filled = fillOne(raw);
  parentPort!.postMessage({ task, filled } satisfies FillReply, filled ? [filled.encodedLayers.buffer as ArrayBuffer, filled.fingerprint.buffer as ArrayBuffer] : []);
});
