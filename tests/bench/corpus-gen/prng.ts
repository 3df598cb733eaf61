// Seeded pseudo-random numbers for the corpus generator: the same seed gives the same corpus on every
// machine, so benchmark runs and quality figures can be compared across commits.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream, so that adding draws in one part of the generator does not reshuffle another. */
  fork(label: string): Rng;
}

// mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashLabel(label: string, seed: number): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('rng.pick: empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    sample: (items, count) => rng.shuffle(items).slice(0, count),
    fork: (label) => createRng(hashLabel(label, Math.floor(next() * 2 ** 32))),
  };
  return rng;
}

/** A stream named by a label: the same (seed, label) gives the same numbers however many other streams
 *  were drawn before, so a held-out report can be added without changing the pack. */
export function labelledRng(seed: number, label: string): Rng {
  return createRng(hashLabel(label, seed));
}
