import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Layers } from '../model/layers.js';

/**
 * How a store keeps an article's layers: the JSON of all of them, deflated. Level 1 keeps most of
 * the gain (about a sixth of the JSON's size on news articles) for a fraction of the time of the
 * higher levels. The encoding is the store's, but it is a pure function of the layers, so the
 * thread that analysed an article can encode them and the store only writes the bytes.
 */
export const LAYERS_ENCODING = 'deflate-json';

export function encodeLayers(layers: Layers): Uint8Array {
  return deflateRawSync(JSON.stringify(layers), { level: 1 });
}

/** Layers as stored under an encoding: 'deflate-json', or plain 'json' (stores made before it). */
export function decodeLayers(encoding: string, data: Uint8Array | string): Layers {
  if (encoding === 'json') return JSON.parse(typeof data === 'string' ? data : Buffer.from(data).toString()) as Layers;
  if (encoding === LAYERS_ENCODING && typeof data !== 'string') return JSON.parse(inflateRawSync(data).toString()) as Layers;
  throw new Error(`layers stored as "${encoding}", an encoding this recoupe does not read; upgrade recoupe`);
}
