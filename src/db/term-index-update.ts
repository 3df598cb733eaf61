// Brings the term index up to date with the articles: articles without an index record are parsed and
// indexed in batches, records of articles gone are dropped. The index is derived data, so this can run after
// any write, in any extension context, and be interrupted: whatever was not indexed is indexed next time.
// Each batch is one transaction that re-checks which of its articles still need indexing, so two contexts
// updating at once (the background and the options page's import worker) never index an article twice.

import {
  parseCorpusArticle,
  normaliseUrl,
  articleTerms,
  STEMS_TERM_FORMAT,
  TERM_FORMAT,
  loadedLexicon,
  inverseDocumentFrequency,
  normalisedWeights,
} from '../engine';
import { guardDb } from './corpus-db-error';
import { readRevision } from './meta';
import { articleFromRow } from './rows';
import type { ParallaxDb, PostingsRow } from './schema';
import { EMPTY_TERM_INDEX, NO_FORMAT_YET, readTermIndexState, writeTermIndexState } from './term-index-state';

/** Articles parsed per transaction by default: about 0.3 ms each, so a batch holds the database for well
 *  under 100 ms, which matters to a comparison waiting to read. */
export const INDEX_BATCH = 250;
/** Per transaction in bulk (an import, in the options page's worker): each batch writes a row per term it
 *  met, and a batch of 2,500 meets far fewer than ten of 250 do, so a large import writes far fewer rows. */
export const BULK_INDEX_BATCH = 2500;

export interface IndexProgress {
  done: number;
  total: number;
}

/** Indexes those of `ids` that are stored and not indexed yet; returns how many it indexed. The terms are
 *  made with the meaning lexicon when this context has loaded it (the background loads it before indexing,
 *  see corpus-cache.ts), as every query's are (corpus-slice.ts); an index of the other format is not added to. */
export async function indexArticles(db: ParallaxDb, ids: string[]): Promise<number> {
  const lexicon = loadedLexicon();
  return db.transaction('rw', [db.articles, db.indexedDocs, db.terms, db.postings, db.meta], async () => {
    const [rows, known] = await Promise.all([db.articles.bulkGet(ids), db.indexedDocs.bulkGet(ids)]);
    const fresh = rows.filter((row, i) => row && !known[i]).map((row) => row!);
    if (fresh.length === 0) return 0;
    const state = await readTermIndexState(db);
    const format = formatOf(lexicon);
    if (state.format !== NO_FORMAT_YET && state.format !== format) return 0;
    const parsed = fresh.map((row) => parseCorpusArticle(articleFromRow(row)));
    const termsOf = parsed.map((p) => articleTerms(p, lexicon));
    const batchDf = new Map<string, number>();
    for (const terms of termsOf) for (const term of terms.keys()) batchDf.set(term, (batchDf.get(term) ?? 0) + 1);
    const vocabulary = [...batchDf.keys()];
    const stored = await db.terms.bulkGet(vocabulary);
    const df = new Map(vocabulary.map((term, i) => [term, (stored[i]?.df ?? 0) + batchDf.get(term)!]));
    const documents = state.documents + fresh.length;
    const lists = new Map<string, { docs: number[]; weights: number[] }>();
    termsOf.forEach((terms, k) => {
      for (const [term, weight] of normalisedWeights(terms, (t) => inverseDocumentFrequency(df.get(t)!, documents))) {
        let list = lists.get(term);
        if (!list) lists.set(term, (list = { docs: [], weights: [] }));
        list.docs.push(state.nextDoc + k);
        list.weights.push(weight);
      }
    });
    const postings: PostingsRow[] = [...lists].map(([term, list]) => ({
      term,
      batch: state.nextBatch,
      docs: Uint32Array.from(list.docs),
      weights: Float64Array.from(list.weights),
    }));
    await db.terms.bulkPut(vocabulary.map((term) => ({ term, df: df.get(term)! })));
    await db.postings.bulkPut(postings);
    await db.indexedDocs.bulkPut(fresh.map((row, k) => ({
      id: row.id,
      doc: state.nextDoc + k,
      fingerprint: parsed[k]!.fingerprint,
      urlKey: row.url ? normaliseUrl(row.url) : '',
    })));
    await writeTermIndexState(db, { ...state, format, documents, nextDoc: state.nextDoc + fresh.length, nextBatch: state.nextBatch + 1 });
    return fresh.length;
  });
}

/** Drops the index records of articles no longer stored; an emptied corpus gets an empty index. */
async function dropGone(db: ParallaxDb, gone: string[], corpusEmpty: boolean): Promise<void> {
  await db.transaction('rw', [db.indexedDocs, db.terms, db.postings, db.meta], async () => {
    const state = await readTermIndexState(db);
    if (corpusEmpty) {
      await Promise.all([db.indexedDocs.clear(), db.terms.clear(), db.postings.clear()]);
      await writeTermIndexState(db, { ...EMPTY_TERM_INDEX, revision: state.revision });
      return;
    }
    const present = (await db.indexedDocs.bulkGet(gone)).filter(Boolean).length;
    await db.indexedDocs.bulkDelete(gone);
    await writeTermIndexState(db, { ...state, documents: Math.max(0, state.documents - present) });
  });
}

function formatOf(lexicon: unknown): number {
  return lexicon ? TERM_FORMAT : STEMS_TERM_FORMAT;
}

/** Drops an index whose terms were made another way (an older engine, or a context without the meaning
 *  data): queries made now would not find its documents' terms. The update that called this indexes all. */
async function dropStaleFormat(db: ParallaxDb, format: number): Promise<void> {
  await db.transaction('rw', [db.indexedDocs, db.terms, db.postings, db.meta], async () => {
    if ((await readTermIndexState(db)).format === format) return; // another context rebuilt it meanwhile
    await Promise.all([db.indexedDocs.clear(), db.terms.clear(), db.postings.clear()]);
    await writeTermIndexState(db, { ...EMPTY_TERM_INDEX, format });
  });
}

/**
 * Indexes every article not yet indexed and forgets the ones deleted; a no-op while the corpus revision is
 * the one last indexed. Returns the revision the index now reflects.
 */
export async function updateTermIndex(db: ParallaxDb, onProgress?: (p: IndexProgress) => void, batch = INDEX_BATCH): Promise<number> {
  return guardDb('update the term index', async () => {
    const [revision, state] = await Promise.all([readRevision(db), readTermIndexState(db)]);
    const format = formatOf(loadedLexicon());
    // A context without the meaning data (the options page adding one article) leaves an index with meaning keys
    // to the background, which loads the data and indexes what is missing on its next comparison. (An import
    // loads the data and indexes its articles itself: import-apply.ts.)
    if (state.format === TERM_FORMAT && format !== TERM_FORMAT) return state.revision;
    if (state.format !== format && state.format !== NO_FORMAT_YET) await dropStaleFormat(db, format);
    else if (state.revision === revision) return revision;
    const [articleIds, indexedIds] = await Promise.all([
      db.articles.toCollection().primaryKeys(),
      db.indexedDocs.toCollection().primaryKeys(),
    ]);
    const stored = new Set(articleIds);
    const indexed = new Set(indexedIds);
    const gone = indexedIds.filter((id) => !stored.has(id));
    if (gone.length || articleIds.length === 0) await dropGone(db, gone, articleIds.length === 0);
    const missing = articleIds.filter((id) => !indexed.has(id));
    onProgress?.({ done: 0, total: missing.length });
    for (let i = 0; i < missing.length; i += batch) {
      await indexArticles(db, missing.slice(i, i + batch));
      onProgress?.({ done: Math.min(i + batch, missing.length), total: missing.length });
    }
    // Written only now: a context stopped halfway leaves the old revision, and the next update resumes.
    await db.transaction('rw', db.meta, async () => {
      await writeTermIndexState(db, { ...(await readTermIndexState(db)), revision });
    });
    return revision;
  });
}

/** Forgets that articles were indexed, for a write that changes their text under the same ids. Call inside
 *  a write transaction that includes `indexedDocs` and `meta`; the next update indexes the new text. */
export async function forgetIndexed(db: ParallaxDb, ids: string[]): Promise<void> {
  const present = (await db.indexedDocs.bulkGet(ids)).filter(Boolean).length;
  if (present === 0) return;
  await db.indexedDocs.bulkDelete(ids);
  const state = await readTermIndexState(db);
  await writeTermIndexState(db, { ...state, documents: Math.max(0, state.documents - present) });
}
