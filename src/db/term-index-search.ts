// Cosine search over the term index in IndexedDB: reads the document frequencies of the query's terms and the
// postings of the few rarest ones, so a query costs the same whether the corpus holds 1,000 or 50,000
// articles, apart from how long those postings are.

import { Dexie } from 'dexie';
import { keepBest, searchedTerms, type SearchHit } from '../engine';
import type { ParallaxDb, PostingsRow } from './schema';
import { rememberedOrRead } from './recent';
import type { TermReadCache } from './term-read-cache';
import { readTermIndexState, type TermIndexState } from './term-index-state';

export interface StoredHit {
  articleId: string;
  score: number;
}

/** Each term's document frequency (0 for a term the index does not hold), from `cache` where it has it. */
function frequencies(db: ParallaxDb, terms: string[], cache: TermReadCache | null): Promise<Map<string, number>> {
  return rememberedOrRead(terms, cache?.df ?? null, async (missing) => {
    const rows = await db.terms.bulkGet(missing);
    return missing.map((term, i) => [term, rows[i]?.df ?? 0] as const);
  });
}

async function postingsOf(db: ParallaxDb, term: string, cache: TermReadCache | null): Promise<PostingsRow[]> {
  const known = cache?.postings.get(term);
  if (known) return known;
  const rows = await db.postings.where('[term+batch]').between([term, Dexie.minKey], [term, Dexie.maxKey], true, true).toArray();
  cache?.postings.set(term, rows);
  return rows;
}

/** Which article each document stands for, from `cache` where it has it (one read for the rest). */
function articlesOfDocs(db: ParallaxDb, docs: number[], cache: TermReadCache | null): Promise<Map<number, string>> {
  return rememberedOrRead(docs, cache?.articleOfDoc ?? null, async (missing) =>
    (await db.indexedDocs.where('doc').anyOf(missing).toArray()).map((record) => [record.doc, record.id] as const),
  );
}

/** The `limit` indexed articles most similar to `terms`, best first. Call inside a read transaction over
 *  `terms`, `postings`, `indexedDocs` and `meta`, or none. `cache` (the worker's, kept between clicks) answers
 *  what it remembers of the index in its state, read here unless the caller read it in the same transaction
 *  (`state`, so that the read goes beside the caller's own instead of after them). */
export async function searchTermIndex(db: ParallaxDb, terms: Map<string, number>, limit: number, cache: TermReadCache | null = null, state: TermIndexState | null = null): Promise<StoredHit[]> {
  state ??= await readTermIndexState(db);
  if (state.documents === 0 || terms.size === 0) return [];
  cache?.at(state);
  const df = await frequencies(db, [...terms.keys()], cache);
  const searched = searchedTerms(terms, (term) => df.get(term) ?? 0, state.documents).filter(([term]) => df.get(term)! > 0);
  const postings = await Promise.all(searched.map(([term]) => postingsOf(db, term, cache)));
  const scores = new Map<number, number>();
  searched.forEach(([, q], k) => {
    for (const row of postings[k]!) {
      for (let i = 0; i < row.docs.length; i++) {
        const doc = row.docs[i]!;
        scores.set(doc, (scores.get(doc) ?? 0) + q * row.weights[i]!);
      }
    }
  });
  // Documents of deleted or re-indexed articles still have postings; ask for a few more than needed.
  const best: SearchHit[] = [];
  for (const [doc, score] of scores) keepBest(best, { doc, score }, limit * 2);
  const idOf = await articlesOfDocs(db, best.map((hit) => hit.doc), cache);
  return best.filter((hit) => idOf.has(hit.doc)).slice(0, limit).map((hit) => ({ articleId: idOf.get(hit.doc)!, score: hit.score }));
}
