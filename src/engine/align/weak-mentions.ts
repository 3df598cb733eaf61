// For a fact, the outlets that do not report it but have a claim weakly similar to it: "maybe reported".
// Saying an outlet left a fact out is an accusation; it is said only when no claim of that outlet comes even
// close, and the closest claim is shown otherwise so the reader can judge.

import type { EventAlignment } from './align-event';
import type { AlignedFact } from './align-facts';
import type { SentenceFeatures } from './sentence-features';
import { partiesConflict, partnersConflict } from './sentence-similarity';

/** Below the alignment's link threshold (not the same fact for sure) but sharing distinctive words, people
 *  or figures with one of the fact's claims: measured on the seeds, unrelated claims of one event stay below. */
export const WEAK_LINK = 0.2;

const byArticleCache = new WeakMap<SentenceFeatures[], Map<string, SentenceFeatures[]>>();

function claimsByArticle(claims: SentenceFeatures[]): Map<string, SentenceFeatures[]> {
  let map = byArticleCache.get(claims);
  if (!map) {
    map = new Map();
    for (const c of claims) {
      const list = map.get(c.articleId);
      if (list) list.push(c);
      else map.set(c.articleId, [c]);
    }
    byArticleCache.set(claims, map);
  }
  return map;
}

export function weakMentionsOf(fact: AlignedFact, alignment: Pick<EventAlignment, 'claims' | 'similarity' | 'similarityAtMost'>, articleIds: string[]): SentenceFeatures[] {
  const reporting = new Set(fact.mentions.map((m) => m.articleId));
  const found: { claim: SentenceFeatures; score: number }[] = [];
  for (const articleId of articleIds) {
    if (reporting.has(articleId)) continue;
    let best: { claim: SentenceFeatures; score: number } | null = null;
    for (const claim of claimsByArticle(alignment.claims).get(articleId) ?? []) {
      for (const m of fact.mentions) {
        // A pair that cannot reach the weak-link level, or beat the closest claim found, is not scored: its
        // score may still wait on the meaning model.
        const most = alignment.similarityAtMost(claim, m);
        if (most < WEAK_LINK || (best && most <= best.score)) continue;
        // A claim about other parties (the length of another call) is not "maybe the same fact", however
        // alike its words and figures: offered as such it would tell the reader the outlet reported this.
        if (partiesConflict(claim, m) || partnersConflict(claim, m)) continue;
        const score = alignment.similarity(claim, m);
        if (score < WEAK_LINK) continue;
        if (!best || score > best.score) best = { claim, score };
      }
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => b.score - a.score).map((f) => f.claim);
}
