// What the term index answered, remembered between clicks while the index stays as it was: each term's
// document frequency and its postings, and which article each document stands for. A page has some 500 terms and language-neutral keys; reading their
// frequencies is one IndexedDB request each, most of a warm click's slice read, and articles about the same
// event share most of their terms. The index changes only when it is updated (a new batch, a deleted article):
// its state (term-index-state.ts) is the key, and a new state empties the cache. Bounded: a reader's worker
// holds at most a few clicks' worth of terms, never the corpus's vocabulary.

import { Recent } from './recent';
import type { PostingsRow } from './schema';
import type { TermIndexState } from './term-index-state';

/** Frequencies are two numbers a term; ~8 pages' worth of terms. */
export const DF_KEEP = 4_000;
/** Postings are read for the ~60 rarest terms of a page only. */
export const POSTINGS_KEEP = 1_000;
/** A search names up to twice its limit of documents (60 for a page's two searches); some thirty pages' worth. */
export const DOC_IDS_KEEP = 2_000;

/** Read through with recent.ts's `rememberedOrRead`, after `at()` with the state read in the same transaction. */
export class TermReadCache {
  private stateKey = '';
  /** Each term's document frequency (0 for a term the index does not hold). */
  readonly df = new Recent<string, number>(DF_KEEP);
  readonly postings = new Recent<string, PostingsRow[]>(POSTINGS_KEEP);
  /** The article an index document stands for (indexedDocs). */
  readonly articleOfDoc = new Recent<number, string>(DOC_IDS_KEEP);

  /** Call with the state read in the search's own transaction: what was remembered under another state is
   *  dropped, so an answer never mixes two states of the index. */
  at(state: TermIndexState): this {
    const key = `${state.format}:${state.revision}:${state.nextBatch}:${state.nextDoc}:${state.documents}`;
    if (key !== this.stateKey) {
      this.df.clear();
      this.postings.clear();
      this.articleOfDoc.clear();
      this.stateKey = key;
    }
    return this;
  }

  /** For tests: how many frequencies, postings lists and document ids are held. */
  get sizes(): { df: number; postings: number; docIds: number } {
    return { df: this.df.size, postings: this.postings.size, docIds: this.articleOfDoc.size };
  }
}
