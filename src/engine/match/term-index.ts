// Inverted index over article terms (term → postings of tf-idf weights) for cosine search: the cost of a
// query grows with the postings of its rarest terms, not with the corpus. Very common terms are skipped.

import { inverseDocumentFrequency, keepBest, MAX_QUERY_TERMS, normalisedWeights, searchedTerms, type SearchHit } from './term-weights';

export type { SearchHit } from './term-weights';

export class TermIndex {
  private readonly postings = new Map<string, { docs: number[]; weights: number[] }>();
  private readonly df = new Map<string, number>();
  private documents: Map<string, number>[] = [];
  private frozen = false;
  /** Score per document, reused by every search (reset through the list of documents it touched). */
  private scores = new Float64Array(0);

  add(terms: Map<string, number>): number {
    if (this.frozen) throw new Error('TermIndex: cannot add after the first search; rebuild the index');
    this.documents.push(terms);
    for (const term of terms.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    return this.documents.length - 1;
  }

  get size(): number {
    return this.documents.length;
  }

  idf(term: string): number {
    return inverseDocumentFrequency(this.df.get(term) ?? 0, this.documents.length);
  }

  private freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    this.documents.forEach((terms, doc) => {
      for (const [term, w] of normalisedWeights(terms, (t) => this.idf(t))) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { docs: [], weights: [] }));
        list.docs.push(doc);
        list.weights.push(w);
      }
    });
    this.documents = this.documents.map(() => new Map()); // postings hold everything search needs
    this.scores = new Float64Array(this.documents.length);
  }

  /** Cosine similarity of `terms` to the indexed documents; the `limit` best, best first. */
  search(terms: Map<string, number>, limit: number, maxQueryTerms = MAX_QUERY_TERMS): SearchHit[] {
    this.freeze();
    const n = this.documents.length;
    // Accumulate in a typed array over the touched documents only, then keep the `limit` best: no Map and no
    // sort of every scored document (thousands at 10,000 articles).
    const scores = this.scores;
    const touched: number[] = [];
    for (const [term, q] of searchedTerms(terms, (t) => this.df.get(t) ?? 0, n).slice(0, maxQueryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = scores[doc]! + q * list.weights[i]!;
      }
    }
    const best: SearchHit[] = [];
    for (const doc of touched) {
      keepBest(best, { doc, score: scores[doc]! }, limit);
      scores[doc] = 0;
    }
    return best;
  }
}
