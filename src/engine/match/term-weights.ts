// The tf-idf weighting shared by the in-memory term index and the one kept in IndexedDB, so that both rank
// candidate articles alike: log-scaled term counts times a smoothed rarity, cosine-normalised.

/** Rarity is computed as if PRIOR_DOCUMENTS unseen documents were in the corpus: in a small corpus on one
 *  story every shared word would otherwise count as common and two reports of the story look unrelated. */
export const PRIOR_DOCUMENTS = 50;
/** The rarest, most frequent-in-query terms carry a match; the rest only cost time. */
export const MAX_QUERY_TERMS = 60;

export function inverseDocumentFrequency(df: number, documents: number): number {
  return Math.log(1 + (documents + PRIOR_DOCUMENTS) / (df + 1));
}

export function termWeight(count: number, idf: number): number {
  return (1 + Math.log(count)) * idf;
}

/** Terms in more than 30% of the documents (and more than 50) are skipped by searches: their postings are
 *  long and say little. */
export function isTooCommon(df: number, documents: number): boolean {
  return df > Math.max(50, documents * 0.3);
}

/** Meaning keys (English lemma "e:", name sound "k:", figure "#", see article-terms.ts) are language-neutral:
 *  an English report shares them with the German reports of its event, though no stem. */
export function isNeutralTerm(term: string): boolean {
  return term.startsWith('e:') || term.startsWith('k:') || term.startsWith('#');
}

/** A document's (or query's) weights, divided by their Euclidean norm. Stems and language-neutral keys are
 *  normalised apart and weigh half each (when both are present), so that the cosine of two documents is the
 *  mean of their stems' cosine and their neutral keys' cosine: two reports in different languages, which share
 *  hardly a stem, still reach half the similarity that their shared meaning gives, instead of having it
 *  diluted by the stems only one of them can have. */
export function normalisedWeights(terms: Map<string, number>, idf: (term: string) => number): [string, number][] {
  const weighted: [string, number][] = [];
  let stemNorm = 0;
  let neutralNorm = 0;
  for (const [term, count] of terms) {
    const w = termWeight(count, idf(term));
    weighted.push([term, w]);
    if (isNeutralTerm(term)) neutralNorm += w * w;
    else stemNorm += w * w;
  }
  const fields = (stemNorm > 0 ? 1 : 0) + (neutralNorm > 0 ? 1 : 0);
  const share = fields === 2 ? Math.SQRT1_2 : 1;
  const stemScale = share / (Math.sqrt(stemNorm) || 1);
  const neutralScale = share / (Math.sqrt(neutralNorm) || 1);
  for (const entry of weighted) entry[1] *= isNeutralTerm(entry[0]) ? neutralScale : stemScale;
  return weighted;
}

/** The query terms a search walks the postings of: the MAX_QUERY_TERMS heaviest, minus the too common. */
export function searchedTerms(terms: Map<string, number>, df: (term: string) => number, documents: number): [string, number][] {
  const weighted = normalisedWeights(terms, (term) => inverseDocumentFrequency(df(term), documents));
  weighted.sort((a, b) => b[1] - a[1]);
  return weighted.slice(0, MAX_QUERY_TERMS).filter(([term]) => !isTooCommon(df(term), documents));
}

export interface SearchHit {
  doc: number;
  score: number;
}

/** Best first; equal scores by document order, so results do not depend on the order documents were met. */
export function ranksAbove(a: SearchHit, b: SearchHit): boolean {
  return a.score > b.score || (a.score === b.score && a.doc < b.doc);
}

/** Keeps the `limit` best hits of a stream, best first (an insertion into a short sorted list). */
export function keepBest(best: SearchHit[], hit: SearchHit, limit: number): void {
  if (best.length === limit && !ranksAbove(hit, best[best.length - 1]!)) return;
  let at = best.length;
  while (at > 0 && ranksAbove(hit, best[at - 1]!)) at--;
  best.splice(at, 0, hit);
  if (best.length > limit) best.pop();
}
