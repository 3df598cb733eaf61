// Inverted index over article terms (term → postings of tf-idf weights) for cosine search: the cost of a
// query grows with the postings of its rarest terms, not with the corpus. Very common terms are skipped.

const PRIOR_DOCUMENTS = 50;

export interface SearchHit {
  doc: number;
  score: number;
}

/** Best first; equal scores by document order, so results do not depend on the order documents were met. */
function ranksAbove(a: SearchHit, b: SearchHit): boolean {
  return a.score > b.score || (a.score === b.score && a.doc < b.doc);
}

export class TermIndex {
  private readonly postings = new Map<string, { docs: number[]; weights: number[] }>();
  private readonly df = new Map<string, number>();
  private documents: Map<string, number>[] = [];
  private norms: number[] = [];
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

  /** Rarity with a prior of PRIOR_DOCUMENTS unseen documents: in a small corpus on one story every shared
   *  word would otherwise count as common and two reports of the story would look unrelated. */
  idf(term: string): number {
    return Math.log(1 + (this.documents.length + PRIOR_DOCUMENTS) / ((this.df.get(term) ?? 0) + 1));
  }

  private freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    this.documents.forEach((terms, doc) => {
      let norm = 0;
      const weights: [string, number][] = [];
      for (const [term, tf] of terms) {
        const w = (1 + Math.log(tf)) * this.idf(term);
        weights.push([term, w]);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      this.norms[doc] = norm;
      for (const [term, w] of weights) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { docs: [], weights: [] }));
        list.docs.push(doc);
        list.weights.push(w / norm);
      }
    });
    this.documents = this.documents.map(() => new Map()); // postings hold everything search needs
    this.scores = new Float64Array(this.documents.length);
  }

  /** Cosine similarity of `terms` to the indexed documents; the `limit` best, best first. */
  search(terms: Map<string, number>, limit: number, maxQueryTerms = 60): SearchHit[] {
    this.freeze();
    const n = this.documents.length;
    const weighted: [string, number][] = [];
    let norm = 0;
    for (const [term, tf] of terms) {
      const w = (1 + Math.log(tf)) * this.idf(term);
      weighted.push([term, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    // The rarest, most frequent-in-query terms carry the match; the rest only cost time.
    weighted.sort((a, b) => b[1] - a[1]);
    // Accumulate in a typed array over the touched documents only, then keep the `limit` best: no Map and no
    // sort of every scored document (thousands at 10,000 articles).
    const scores = this.scores;
    const touched: number[] = [];
    for (const [term, w] of weighted.slice(0, maxQueryTerms)) {
      const list = this.postings.get(term);
      if (!list || list.docs.length > Math.max(50, n * 0.3)) continue;
      const q = w / norm;
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = scores[doc]! + q * list.weights[i]!;
      }
    }
    const best: SearchHit[] = [];
    for (const doc of touched) {
      const hit = { doc, score: scores[doc]! };
      scores[doc] = 0;
      if (best.length === limit && !ranksAbove(hit, best[best.length - 1]!)) continue;
      let at = best.length;
      while (at > 0 && ranksAbove(hit, best[at - 1]!)) at--;
      best.splice(at, 0, hit);
      if (best.length > limit) best.pop();
    }
    return best;
  }
}
