// Alignment leaves a pair open while the meaning model has not been asked, and answers from the pair's bounds
// where they decide: the order links are tried in, and a fact's label and counterparts, must come out exactly
// as if every score were known (issue 12's latency budget).
import { describe, expect, it } from 'vitest';
import { factLinks, type PairScores } from '../../src/engine/align/fact-links';
import { LinkQueue, type Link } from '../../src/engine/align/link-queue';
import type { SentenceFeatures } from '../../src/engine/align/sentence-features';

/** A small deterministic generator, so a failure names a case that can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('the link queue', () => {
  it('pops known links best first, ties by claim index, as a sort of all of them would', () => {
    const next = random(1);
    const links: Link[] = Array.from({ length: 300 }, (_, k) => ({ a: k % 17, b: 17 + (k % 23), score: Math.round(next() * 10) / 10, open: false }));
    const queue = new LinkQueue(links);
    const popped: Link[] = [];
    for (let link = queue.pop(); link; link = queue.pop()) popped.push(link);
    expect(popped).toEqual([...links].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b));
  });

  it('pops an open link before a known one of the same score, so it is settled before anything it could precede', () => {
    const queue = new LinkQueue([
      { a: 0, b: 1, score: 0.4, open: false },
      { a: 5, b: 6, score: 0.4, open: true },
      { a: 2, b: 3, score: 0.5, open: false },
    ]);
    expect([queue.pop(), queue.pop(), queue.pop(), queue.pop()].map((l) => l && [l.a, l.open])).toEqual([[2, false], [5, true], [0, false], undefined]);
  });
});

describe('a fact’s links decided by bounds', () => {
  // Claims are only compared by identity here; the kind decides the label's weight as in compare.ts.
  const claims = Array.from({ length: 6 }, (_, i) => ({ claim: { kind: i % 2 ? 'whole' : 'relative', text: `claim ${i}` } }) as unknown as SentenceFeatures);

  /** Random scores, each pair open (bounds around it) or known; counts how often the model is asked. */
  function scores(seed: number): PairScores & { exact: (a: number, b: number) => number; asked: () => number } {
    const next = random(seed);
    const table = new Map<string, { score: number; low: number; high: number }>();
    for (let a = 0; a < claims.length; a++) {
      for (let b = a + 1; b < claims.length; b++) {
        const score = Math.round(next() * 8) / 10;
        const open = next() < 0.6;
        table.set(`${a},${b}`, open ? { score, low: Math.min(score, 0.2), high: Math.max(score, 0.34) } : { score, low: score, high: score });
      }
    }
    const at = (a: number, b: number) => table.get(`${Math.min(a, b)},${Math.max(a, b)}`)!;
    let asked = 0;
    return {
      score: (a, b) => {
        asked++;
        return at(a, b).score;
      },
      low: (a, b) => at(a, b).low,
      high: (a, b) => at(a, b).high,
      exact: (a, b) => at(a, b).score,
      asked: () => asked,
    };
  }

  it('labels a fact with the mention whose weight and summed similarity are highest, the first of equals', () => {
    const weight = (m: SentenceFeatures) => (m.claim.kind === 'whole' ? 1000 : 0);
    let asked = 0;
    let all = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const pairs = scores(seed);
      const indices = [0, 1, 2, 3, 4, 5].slice(0, 2 + (seed % 5));
      const rank = (i: number) => weight(claims[i]!) + indices.reduce((sum, j) => (j === i ? sum : sum + pairs.exact(i, j)), 0);
      let best = indices[0]!;
      for (const i of indices) if (rank(i) > rank(best)) best = i;
      expect(factLinks(indices, claims, pairs).mostTypical(weight), `seed ${seed}`).toBe(claims[best]);
      asked += pairs.asked();
      all += (indices.length * (indices.length - 1)) / 2;
    }
    // The bounds decide some of the labels without asking for every score.
    expect(asked).toBeLessThan(2 * all);
  });

  it('says a mention has a counterpart at a level exactly when its strongest link reaches it', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const pairs = scores(seed);
      const indices = [0, 1, 2, 3, 4, 5];
      const links = factLinks(indices, claims, pairs);
      for (const i of indices) {
        for (const level of [0.2, 0.3, 0.34, 0.5]) {
          const best = Math.max(0, ...indices.filter((j) => j !== i).map((j) => pairs.exact(i, j)));
          expect(links.linkReaches(claims[i]!, level), `seed ${seed}, claim ${i}, level ${level}`).toBe(best >= level);
        }
      }
    }
  });
});
