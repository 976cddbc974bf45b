import { fnv1a, intersectionSize } from './features.js';
import { minhash } from './minhash.js';
import type { Profile } from './profile.js';

/**
 * What the linker reads back for each candidate before deciding to load it: the shingle count
 * and MinHash signature (an estimate of resemblance and containment), the hashed anchors and the
 * credits. About 0.5 KB an article; loading a whole article costs far more.
 */
export interface Fingerprint {
  shingleCount: number;
  signature: Uint32Array;
  anchors: Uint32Array;
  credits: string[];
}

/**
 * MinHash values in a fingerprint: enough for the containment estimate below (63 values: a
 * standard error of about 0.06 at 0.5); the shingle index's bands are made from the first ones.
 */
export const SIGNATURE_HASHES = 63;

export function fingerprintOf(p: Profile, hashes = SIGNATURE_HASHES): Fingerprint {
  return {
    shingleCount: p.shingles.length,
    signature: minhash(p.shingles, hashes),
    anchors: Uint32Array.from(new Set([...p.anchorKeys].map(fnv1a))).sort(),
    credits: [...p.credits].filter((c) => c !== p.agency),
  };
}

/** Layout: shingle count, signature length, signature, anchor count, anchors, then credits as UTF-8 JSON. */
export function encodeFingerprint(f: Fingerprint): Uint8Array {
  const head = new Uint32Array(3 + f.signature.length + f.anchors.length);
  head[0] = f.shingleCount;
  head[1] = f.signature.length;
  head.set(f.signature, 2);
  head[2 + f.signature.length] = f.anchors.length;
  head.set(f.anchors, 3 + f.signature.length);
  const credits = Buffer.from(JSON.stringify(f.credits), 'utf8');
  return Buffer.concat([Buffer.from(head.buffer, head.byteOffset, head.byteLength), credits]);
}

export function decodeFingerprint(bytes: Uint8Array): Fingerprint {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (i: number) => buf.readUInt32LE(i * 4);
  const shingleCount = u32(0);
  const sigLength = u32(1);
  const signature = new Uint32Array(sigLength);
  for (let i = 0; i < sigLength; i++) signature[i] = u32(2 + i);
  const anchorCount = u32(2 + sigLength);
  const anchors = new Uint32Array(anchorCount);
  for (let i = 0; i < anchorCount; i++) anchors[i] = u32(3 + sigLength + i);
  const credits = JSON.parse(buf.subarray((3 + sigLength + anchorCount) * 4).toString('utf8')) as string[];
  return { shingleCount, signature, anchors, credits };
}

/**
 * Can these two be linked, judging by fingerprints alone? Generous on purpose (it only spares
 * loading articles that cannot qualify): a shared credit, an estimated containment of at least
 * `minContainment` with slack for the estimate's error, or most anchors shared.
 */
export function fingerprintsMayLink(a: Fingerprint, b: Fingerprint, minAnchorOverlap: number, minContainment: number): boolean {
  if (a.credits.some((c) => b.credits.includes(c))) return true;
  let same = 0;
  for (let i = 0; i < a.signature.length; i++) if (a.signature[i] === b.signature[i]) same++;
  const r = same / Math.max(1, a.signature.length);
  const smaller = Math.max(1, Math.min(a.shingleCount, b.shingleCount));
  const containment = (r * (a.shingleCount + b.shingleCount)) / ((1 + r) * smaller);
  if (containment >= minContainment - CONTAINMENT_SLACK) return true;
  const shared = intersectionSize(a.anchors, b.anchors);
  const fewer = Math.min(a.anchors.length, b.anchors.length);
  return fewer > 0 && shared / fewer >= minAnchorOverlap;
}

/** Room for MinHash's estimation error (63 values: a standard error of about 0.06 at 0.5). */
const CONTAINMENT_SLACK = 0.15;
