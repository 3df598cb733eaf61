// MinHash signatures over word 3-shingles: a 512-byte fingerprint whose slot-wise agreement estimates the
// Jaccard similarity of two texts' shingle sets. Reprinted copy scores high; paraphrase does not. Meant to
// pre-filter candidate pairs in a large corpus before the exact passage search.

import { tokenize } from '../text/tokens';
import { fmix32, fnv1a32 } from './hash';
import { reuseKey } from './reuse-tokens';

/** Bump when hashing or shingling changes: stored signatures of another version are not comparable. */
export const MINHASH_VERSION = 1;
export const SIGNATURE_SIZE = 128;
const SHINGLE_WORDS = 3;
/** A slot no shingle has lowered: the text had no tokens. */
const EMPTY_SLOT = 0xffffffff;

// One seed per slot, drawn from a fixed splitmix32 stream so that every build agrees on them.
const SEEDS = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let state = 0x2545f491;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    state = (state + 0x9e3779b9) | 0;
    seeds[i] = fmix32(state);
  }
  return seeds;
})();

/** Hashes of the text's word 3-shingles; a text of 1–2 words is one shingle, so it still has a signature. */
export function shingleHashes(text: string): Uint32Array {
  const words = tokenize(text).map((t) => fnv1a32(reuseKey(t.lower)));
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < Math.min(i + SHINGLE_WORDS, words.length); k++) {
      h = Math.imul(h ^ (words[k] ?? 0), 0x01000193);
    }
    hashes[i] = fmix32(h);
  }
  return hashes;
}

export function signature(text: string): Uint32Array {
  const shingles = new Int32Array(shingleHashes(text));
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY_SLOT);
  if (shingles.length === 0) return sig;
  for (let s = 0; s < SIGNATURE_SIZE; s++) {
    const seed = SEEDS[s]! | 0;
    // Signed int32 throughout (fmix32 inlined): values above 2^31 would make V8 fall back to doubles, 3× slower.
    // Flipping the top bit makes signed order equal unsigned order, so the minimum is the same.
    let min = 0x7fffffff;
    for (let i = 0; i < shingles.length; i++) {
      // fmix32 is a bijection, so xor with a slot seed then mixing gives each slot its own random order.
      let h = shingles[i]! ^ seed;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16) ^ 0x80000000) | 0;
      if (h < min) min = h;
    }
    sig[s] = (min ^ 0x80000000) >>> 0;
  }
  return sig;
}

/** Fraction of slots on which the signatures agree; two empty texts share nothing, so they score 0. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) {
    throw new Error(`estimateJaccard: signatures differ in length (${a.length} vs ${b.length})`);
  }
  let compared = 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === EMPTY_SLOT && b[i] === EMPTY_SLOT) continue;
    compared++;
    if (a[i] === b[i]) equal++;
  }
  return compared === 0 ? 0 : equal / compared;
}
