// How closely the mentions of one fact are linked to each other: the most typical wording (the label) and whether
// a mention has a close counterpart. Both read pair scores that may still wait on the meaning model, so each
// question is answered from the pairs' bounds where they decide it, and the model is asked only where not.

import type { SentenceFeatures } from './sentence-features';

/** Scores of pairs of claims by index: the score (asking the model if it must) and the least and the most it
 *  can be without asking (the score itself when known). */
export interface PairScores {
  score: (a: number, b: number) => number;
  low: (a: number, b: number) => number;
  high: (a: number, b: number) => number;
}

export interface FactLinks {
  /** The mention with the highest weight(m) + its summed similarity to the other mentions, the first of equals. */
  mostTypical: (weight: (m: SentenceFeatures) => number) => SentenceFeatures;
  /** The mention's strongest similarity to another mention of the fact is at least `level`. */
  linkReaches: (m: SentenceFeatures, level: number) => boolean;
}

export function factLinks(indices: number[], sentences: SentenceFeatures[], pairs: PairScores): FactLinks {
  const sum = (i: number, score: (a: number, b: number) => number) => {
    let total = 0;
    for (const j of indices) if (j !== i) total += score(i, j);
    return total;
  };
  const mostTypical = (weight: (m: SentenceFeatures) => number) => {
    const rank = (i: number, score: (a: number, b: number) => number) => weight(sentences[i]!) + sum(i, score);
    // Of two mentions both sums are the one pair's score: equal weights keep the first, whatever it is.
    if (indices.length === 2 && weight(sentences[indices[0]!]!) === weight(sentences[indices[1]!]!)) return sentences[indices[0]!]!;
    // A mention whose rank cannot reach the least rank another is sure of is never the most typical; the
    // bounds are summed in the same order as the scores, so they round on the same side.
    let floor = -Infinity;
    for (const i of indices) floor = Math.max(floor, rank(i, pairs.low));
    let best = -1;
    let bestRank = -Infinity;
    for (const i of indices) {
      if (rank(i, pairs.high) < floor) continue;
      const r = rank(i, pairs.score);
      if (best < 0 || r > bestRank) [best, bestRank] = [i, r];
    }
    return sentences[best]!;
  };
  const linkReaches = (m: SentenceFeatures, level: number) => {
    const i = indices.find((j) => sentences[j] === m);
    if (i === undefined) throw new Error(`linkReaches: claim "${m.claim.text}" is not a mention of this fact`);
    if (level <= 0) return true;
    for (const j of indices) if (j !== i && pairs.low(i, j) >= level) return true;
    for (const j of indices) if (j !== i && pairs.high(i, j) >= level && pairs.score(i, j) >= level) return true;
    return false;
  };
  return { mostTypical, linkReaches };
}
