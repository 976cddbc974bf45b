// A worker thread of the provenance scale bench's fill: builds the raw articles it is sent,
// analyses them as far as provenance reads, and sends back what the store keeps of each (the
// article, its encoded layers, its index keys and fingerprint). The main thread writes them in
// the order of the stream, so the store is the same as a fill in one thread.
import { parentPort } from 'node:worker_threads';
import type { RawInput } from '../src/ingest/types.js';
import { buildArticle } from '../src/ingest/build-article.js';
import type { Article } from '../src/model/article.js';
import type { AnalysedDocument } from '../src/model/document.js';
import { analyseArticle, stagesFor } from '../src/pipeline/pipeline.js';
import { encodeFingerprint, fingerprintOf } from '../src/provenance/fingerprint.js';
import { indexKeysOf } from '../src/provenance/link.js';
import { PROFILE_LAYERS, profileOf, type Profile } from '../src/provenance/profile.js';
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

/** What the store indexes of an article analysed as far as provenance reads: its profile, index keys and fingerprint. */
export function fillKeys(doc: AnalysedDocument): { profile: Profile; indexKeys: number[]; fingerprint: Uint8Array } {
  const profile = profileOf(doc);
  const fingerprint = fingerprintOf(profile);
  return { profile, indexKeys: indexKeysOf(profile, fingerprint.signature), fingerprint: encodeFingerprint(fingerprint) };
}

/** One raw article as the fill stores it; null when it cannot be built (the fill skips it). */
export function fillOne(raw: RawInput): Filled | null {
  const built = buildArticle(raw);
  if (!built.ok) return null;
  const doc = analyseArticle(built.article, stages);
  const { indexKeys, fingerprint } = fillKeys(doc);
  // Copied out of Node's shared buffer pool, so that it can be handed over rather than copied.
  return { article: built.article, encodedLayers: new Uint8Array(encodeLayers(doc.layers)), indexKeys, fingerprint: new Uint8Array(fingerprint) };
}

parentPort?.on('message', ({ task, raw }: FillRequest) => {
  const filled = fillOne(raw);
  parentPort!.postMessage({ task, filled } satisfies FillReply, filled ? [filled.encodedLayers.buffer as ArrayBuffer, filled.fingerprint.buffer as ArrayBuffer] : []);
});
