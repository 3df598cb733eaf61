// 32-bit hashes for shingles and n-grams. Fixed constants keep signatures stable across runs and machines,
// so stored signatures stay comparable.

/** FNV-1a over UTF-16 code units. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32 bits whose every input bit flips about half the output bits. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Hash of ids[start .. start + length) (token ids); callers verify equality, so collisions only cost time.
 * Signed 32-bit on purpose: V8 keeps such numbers unboxed in Map keys and typed arrays.
 */
export function sequenceHash(ids: Int32Array, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < length; k++) {
    h = Math.imul(h ^ (ids[start + k] ?? 0), 0x01000193);
    h ^= h >>> 15;
  }
  return fmix32(h) | 0;
}
