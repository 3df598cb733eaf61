// Groups the sentences of an event's articles into facts: sentences of different articles that report the
// same thing. Average-linkage clustering over pairwise similarity, with at most one sentence per article in a
// fact, so that two statements of one article (a call's length and another call's length) never merge.

import { featureWeights, sentenceSimilarity, type FeatureWeights } from './sentence-similarity';
import { comparedByMeaning } from './cross-language';
import type { SentenceFeatures } from './sentence-features';

export interface AlignmentOptions {
  /** Lowest pair similarity that may start or extend a fact. */
  link: number;
  /** Lowest mean similarity between all sentences of two facts for them to merge. */
  average: number;
}

export const DEFAULT_ALIGNMENT: AlignmentOptions = { link: 0.34, average: 0.24 };

interface Pair {
  a: number;
  b: number;
  score: number;
}

/** Pairs of sentences from different articles that share at least one distinctive feature. */
function candidatePairs(sentences: SentenceFeatures[], weight: FeatureWeights): Pair[] {
  const postings = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const f of s.terms.keys()) {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  });
  const common = sentences.length / 2;
  const seen = new Set<number>();
  const pairs: Pair[] = [];
  for (const list of postings.values()) {
    if (list.length > common) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const key = a * sentences.length + b;
        if (seen.has(key) || sentences[a]!.articleId === sentences[b]!.articleId) continue;
        seen.add(key);
        const score = sentenceSimilarity(sentences[a]!, sentences[b]!, weight);
        if (score > 0) pairs.push({ a, b, score });
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
          const score = sentenceSimilarity(sentences[a]!, sentences[b]!, weight);
          if (score > 0) pairs.push({ a, b, score });
        }
      }
    }
  }
  return pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

export interface AlignedFact {
  mentions: SentenceFeatures[];
  /** Summed pair similarity of each mention to the others: the highest is the fact's most typical wording. */
  cohesion: Map<SentenceFeatures, number>;
  /** Each mention's strongest similarity to another mention of the fact. */
  bestLink: Map<SentenceFeatures, number>;
}

export interface FactAlignment {
  facts: AlignedFact[];
  /** The pair similarity alignment used (0 for pairs sharing no distinctive feature). */
  similarity: (a: SentenceFeatures, b: SentenceFeatures) => number;
}

export function alignFacts(sentences: SentenceFeatures[], options: AlignmentOptions = DEFAULT_ALIGNMENT): FactAlignment {
  const weight = featureWeights(sentences);
  const pairs = candidatePairs(sentences, weight);
  const score = new Map<number, number>();
  for (const p of pairs) score.set(p.a * sentences.length + p.b, p.score);
  const pairScore = (a: number, b: number) => score.get(Math.min(a, b) * sentences.length + Math.max(a, b)) ?? 0;

  const clusterOf = sentences.map((_, i) => i);
  const members = new Map<number, number[]>(sentences.map((_, i) => [i, [i]]));
  for (const pair of pairs) {
    if (pair.score < options.link) break;
    const ca = clusterOf[pair.a]!;
    const cb = clusterOf[pair.b]!;
    if (ca === cb) continue;
    const left = members.get(ca)!;
    const right = members.get(cb)!;
    const articles = new Set(left.map((i) => sentences[i]!.articleId));
    if (right.some((i) => articles.has(sentences[i]!.articleId))) continue;
    let total = 0;
    for (const i of left) for (const j of right) total += pairScore(i, j);
    if (total / (left.length * right.length) < options.average) continue;
    for (const j of right) clusterOf[j] = ca;
    members.set(ca, [...left, ...right]);
    members.delete(cb);
  }

  const facts = [...members.values()].map((indices) => {
    const cohesion = new Map<SentenceFeatures, number>();
    const bestLink = new Map<SentenceFeatures, number>();
    for (const i of indices) {
      let sum = 0;
      let best = 0;
      for (const j of indices) {
        if (i === j) continue;
        const s = pairScore(i, j);
        sum += s;
        best = Math.max(best, s);
      }
      cohesion.set(sentences[i]!, sum);
      bestLink.set(sentences[i]!, best);
    }
    return { mentions: indices.map((i) => sentences[i]!), cohesion, bestLink };
  });
  const position = new Map(sentences.map((s, i) => [s, i]));
  const similarity = (a: SentenceFeatures, b: SentenceFeatures) => {
    const i = position.get(a);
    const j = position.get(b);
    return i === undefined || j === undefined ? 0 : pairScore(i, j);
  };
  return { facts, similarity };
}
