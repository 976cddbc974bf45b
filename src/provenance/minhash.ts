import { fnv1a } from './features.js';

/**
 * MinHash signatures and LSH band keys. Each of the `n` hash functions is a multiply-xor-shift
 * mix of the shingle hash with its own odd multiplier and seed; the signature keeps the minimum
 * of each. Bands of `rows` values hash to one key each; two sets with Jaccard resemblance s share
 * at least one key with probability 1 - (1 - s^rows)^bands.
 */
export interface LshParams {
  bands: number;
  rows: number;
}

const seeds: number[] = [];
const multipliers: number[] = [];

function ensure(n: number): void {
  let x = 0x9e3779b9;
  for (let i = seeds.length; i < n; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x85ebca6b) + i) >>> 0;
    seeds.push(x);
    multipliers.push((Math.imul(x, 0xc2b2ae35) | 1) >>> 0);
  }
}

function mix(h: number, i: number): number {
  let x = Math.imul(h ^ seeds[i]!, multipliers[i]!);
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  return x >>> 0;
}

export function minhash(set: Uint32Array | readonly number[], n: number): Uint32Array {
  ensure(n);
  const sig = new Uint32Array(n).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < n; i++) {
      const v = mix(h, i);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** One key per band; the band number is part of the key so bands never collide with each other. */
export function bandKeys(sig: Uint32Array, { bands, rows }: LshParams): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let s = `${b}`;
    for (let r = 0; r < rows; r++) s += ':' + sig[b * rows + r]!;
    // Signed 32-bit so that SQLite stores it in 4 bytes.
    keys.push(fnv1a(s) | 0);
  }
  return keys;
}

/** The chance that a pair of resemblance s becomes a candidate. */
export function candidateProbability(s: number, { bands, rows }: LshParams): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}

export { fnv1a };
