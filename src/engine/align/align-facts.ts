// Groups the sentences of an event's articles into facts: sentences of different articles that report the
// same thing. Average-linkage clustering over pairwise similarity, with at most one sentence per article in a
// fact, so that two statements of one article (a call's length and another call's length) never merge.

import { featureWeights, pairSimilarity, settle, type FeatureWeights, type OpenPair } from './sentence-similarity';
import { comparedByMeaning } from './cross-language';
import { factLinks, type FactLinks, type PairScores } from './fact-links';
import { LinkQueue, type Link } from './link-queue';
import type { SentenceFeatures } from './sentence-features';

export interface AlignmentOptions {
  /** Lowest pair similarity that may start or extend a fact. */
  link: number;
  /** Lowest mean similarity between all sentences of two facts for them to merge. */
  average: number;
}

export const DEFAULT_ALIGNMENT: AlignmentOptions = { link: 0.34, average: 0.24 };

/** The candidate pairs: those that may reach the link level, and every pair's score (or the pair, while open)
 *  by key a·n+b (a < b). */
interface Candidates {
  links: Link[];
  scores: Map<number, number | OpenPair>;
}

/** Pairs of sentences from different articles that share at least one distinctive feature. A pair the meaning
 *  model has not settled stays open: the model is asked only when a step reads its score and its bounds do not
 *  already decide (most pairs are read only against the link level, or not at all). */
function candidatePairs(sentences: SentenceFeatures[], weight: FeatureWeights, link: number): Candidates {
  const postings = new Map<string, number[]>();
  // Figures count as features too: "anderthalb Stunden" ~ "eineinhalb Stunden" may share no word, and the
  // similarity gives such a pair a score when both speak of the same parties.
  sentences.forEach((s, i) => {
    for (const f of [...s.terms.keys(), ...s.anchors]) {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  });
  const common = sentences.length / 2;
  const seen = new Set<number>();
  const links: Link[] = [];
  const scores = new Map<number, number | OpenPair>();
  const score = (a: number, b: number, key: number) => {
    const s = pairSimilarity(sentences[a]!, sentences[b]!, weight);
    if (s === 0) return;
    scores.set(key, s);
    const open = typeof s !== 'number';
    const most = open ? s.high : s;
    if (most >= link) links.push({ a, b, score: most, open });
  };
  for (const list of postings.values()) {
    if (list.length > common) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const key = a * sentences.length + b;
        if (seen.has(key) || sentences[a]!.articleId === sentences[b]!.articleId) continue;
        seen.add(key);
        score(a, b, key);
      }
    }
  }
  // Claims of different languages share no stems: every such pair is a candidate, scored by meaning.
  const byLanguage = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const list = byLanguage.get(s.language);
    if (list) list.push(i);
    else byLanguage.set(s.language, [i]);
  });
  const groups = [...byLanguage.values()];
  for (let g = 0; g < groups.length; g++) {
    for (let h = g + 1; h < groups.length; h++) {
      if (!comparedByMeaning(sentences[groups[g]![0]!]!, sentences[groups[h]![0]!]!)) continue;
      for (const x of groups[g]!) {
        for (const y of groups[h]!) {
          const [a, b] = x < y ? [x, y] : [y, x];
          const key = a * sentences.length + b;
          if (seen.has(key) || sentences[a]!.articleId === sentences[b]!.articleId) continue;
          seen.add(key);
          score(a, b, key);
        }
      }
    }
  }
  return { links, scores };
}

/** The least and the most a pair's score can be without asking the meaning model (its score when known). */
type ScoreBounds = Pick<PairScores, 'low' | 'high'>;

/** A fact's mentions, and how closely they are linked (fact-links.ts). */
export interface AlignedFact extends FactLinks {
  mentions: SentenceFeatures[];
}

export interface FactAlignment {
  facts: AlignedFact[];
  /** The pair similarity alignment used (0 for pairs sharing no distinctive feature). */
  similarity: (a: SentenceFeatures, b: SentenceFeatures) => number;
  /** The most the pair's similarity can be without asking the meaning model (its similarity when known): a
   *  check against a level often needs no more. */
  similarityAtMost: (a: SentenceFeatures, b: SentenceFeatures) => number;
}

export function alignFacts(sentences: SentenceFeatures[], options: AlignmentOptions = DEFAULT_ALIGNMENT): FactAlignment {
  const weight = featureWeights(sentences);
  const { links, scores } = candidatePairs(sentences, weight, options.link);
  const pairScore = (a: number, b: number) => {
    const key = Math.min(a, b) * sentences.length + Math.max(a, b);
    const s = scores.get(key);
    if (s === undefined || typeof s === 'number') return s ?? 0;
    const settled = settle(s);
    scores.set(key, settled);
    return settled;
  };
  const known = (a: number, b: number) => scores.get(Math.min(a, b) * sentences.length + Math.max(a, b)) ?? 0;
  const bounds: ScoreBounds = {
    low: (a, b) => {
      const s = known(a, b);
      return typeof s === 'number' ? s : s.low;
    },
    high: (a, b) => {
      const s = known(a, b);
      return typeof s === 'number' ? s : s.high;
    },
  };

  const clusterOf = sentences.map((_, i) => i);
  const members = new Map<number, number[]>(sentences.map((_, i) => [i, [i]]));
  // Linking visits the pairs best first. A pair whose claims can no longer join (one fact already, or their
  // facts share an article) is passed over; facts only grow, so an open pair passed over at the place of its
  // bound would be passed over at the place of its score too, and its score is not needed.
  const queue = new LinkQueue(links);
  for (let pair = queue.pop(); pair; pair = queue.pop()) {
    const ca = clusterOf[pair.a]!;
    const cb = clusterOf[pair.b]!;
    if (ca === cb) continue;
    const left = members.get(ca)!;
    const right = members.get(cb)!;
    const articles = new Set(left.map((i) => sentences[i]!.articleId));
    if (right.some((i) => articles.has(sentences[i]!.articleId))) continue;
    if (pair.open) {
      const score = pairScore(pair.a, pair.b);
      if (score >= options.link) queue.push({ a: pair.a, b: pair.b, score, open: false });
      continue;
    }
    if (!averageReaches(left, right, options.average, pairScore, bounds)) continue;
    for (const j of right) clusterOf[j] = ca;
    members.set(ca, [...left, ...right]);
    members.delete(cb);
  }

  preferBetterFitting(sentences, members, clusterOf, pairScore, bounds);

  const pairs: PairScores = { score: pairScore, ...bounds };
  const facts = [...members.values()].map((indices) => ({ mentions: indices.map((i) => sentences[i]!), ...factLinks(indices, sentences, pairs) }));
  const position = new Map(sentences.map((s, i) => [s, i]));
  const similarity = (a: SentenceFeatures, b: SentenceFeatures) => {
    const i = position.get(a);
    const j = position.get(b);
    return i === undefined || j === undefined ? 0 : pairScore(i, j);
  };
  const similarityAtMost = (a: SentenceFeatures, b: SentenceFeatures) => {
    const i = position.get(a);
    const j = position.get(b);
    return i === undefined || j === undefined ? 0 : bounds.high(i, j);
  };
  return { facts, similarity, similarityAtMost };
}

/** The mean similarity between the claims of two facts is at least `average`. The bounds of open pairs decide
 *  when they can (summed in the same order as the scores, so a bound's sum rounds on the same side); the
 *  model is asked only when they do not. */
function averageReaches(
  left: number[],
  right: number[],
  average: number,
  pairScore: (a: number, b: number) => number,
  bounds: ScoreBounds,
): boolean {
  const count = left.length * right.length;
  let low = 0;
  let high = 0;
  for (const i of left) {
    for (const j of right) {
      low += bounds.low(i, j);
      high += bounds.high(i, j);
    }
  }
  if (high / count < average) return false;
  if (low / count >= average) return true;
  let total = 0;
  for (const i of left) for (const j of right) total += pairScore(i, j);
  return total / count >= average;
}

/** Mean similarity of claim i to the claims of a fact other than `except`. */
function meanTo(i: number, indices: number[], except: number, pairScore: (a: number, b: number) => number): number {
  let total = 0;
  let n = 0;
  for (const j of indices) {
    if (j === except) continue;
    total += pairScore(i, j);
    n++;
  }
  return n ? total / n : 0;
}

/**
 * Greedy linking decides by the single best pair, so when two claims of one article state the same fact (a
 * lead and the body both give the call's length) the one with the luckier pair wins and the better-fitting one
 * is left alone. After linking, a claim left alone takes the place of its article's claim in a fact it fits
 * better on average (mean similarity to the fact's other claims).
 */
function preferBetterFitting(
  sentences: SentenceFeatures[],
  members: Map<number, number[]>,
  clusterOf: number[],
  pairScore: (a: number, b: number) => number,
  bounds: ScoreBounds,
): void {
  const alone = (i: number) => members.get(clusterOf[i]!)!.length === 1;
  // A claim set apart gets a key no cluster has (a cluster is keyed by the index of its first claim, which
  // may be the very claim set apart).
  let freshKey = sentences.length;
  const byArticle = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const list = byArticle.get(s.articleId);
    if (list) list.push(i);
    else byArticle.set(s.articleId, [i]);
  });
  for (const [id, indices] of members) {
    if (indices.length < 2) continue;
    for (let k = 0; k < indices.length; k++) {
      const m = indices[k]!;
      // Means are settled only where the bounds of open pairs leave the comparison open: a claim whose mean
      // cannot exceed the member's (or the best so far) is passed over unscored.
      const currentLow = meanTo(m, indices, m, bounds.low);
      let best = -1;
      let bestMean: number | null = null;
      for (const i of byArticle.get(sentences[m]!.articleId)!) {
        if (i === m || !alone(i)) continue;
        if (meanTo(i, indices, m, bounds.high) <= (bestMean ?? currentLow)) continue;
        bestMean ??= meanTo(m, indices, m, pairScore);
        const mean = meanTo(i, indices, m, pairScore);
        if (mean > bestMean) [best, bestMean] = [i, mean];
      }
      if (best < 0) continue;
      members.delete(clusterOf[best]!);
      indices[k] = best;
      clusterOf[best] = id;
      clusterOf[m] = freshKey;
      members.set(freshKey++, [m]);
    }
  }
}
