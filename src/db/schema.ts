// The corpus database: every schema version with its upgrade beside it. Only extension contexts open it
// (background, options page); content scripts belong to the page's origin and reach the corpus by message.

import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { currentIdFor, type Lexicon, type CorpusArticle } from '../engine';
import { REVISION_KEY, TERM_INDEX_KEY } from './meta-keys';

/** A corpus article as stored: its event and outlet name are denormalised so that they can be indexed. */
export interface ArticleRow extends Omit<CorpusArticle, 'placedByReader'> {
  eventId: string;
  outletName: string | null;
  /** The reader put it in its event (version 2): seeding and clustering leave it there. Not indexed, as
   *  IndexedDB cannot index booleans. */
  placedByReader: boolean;
}

/** An event as stored; its articles come from the `eventId` index of `articles`, never stored twice. */
export interface EventRow {
  id: string;
  title: string;
  date: string | null;
}

/** The last deletion, kept whole so that it can be undone (version 2). Only one row, id 'last'. */
export interface TrashRow {
  id: 'last';
  description: string;
  articles: ArticleRow[];
  /** Events the deletion removed because it left them empty. */
  events: EventRow[];
  /** Events the deleted articles were in that the deletion kept; put back by an undo only if gone since. */
  keptEvents: EventRow[];
}

/** The reader's own framing lexicon for one primary language ("de"), merged over the bundled one (version 2). */
export interface LexiconRow {
  language: string;
  lexicon: Lexicon;
}

/** The term index's record of one indexed article (version 3): its document number in the postings, and
 *  the keys by which a page is recognised as an article the corpus holds. Derived from `articles`: a row
 *  whose article is gone or changed is dropped and the article indexed again (see term-index-update.ts). */
export interface IndexedDocRow {
  id: string;
  doc: number;
  fingerprint: string;
  /** The article's URL normalised (no fragment, tracking parameters or trailing slash); '' without one. */
  urlKey: string;
}

/** How many indexed documents contain a term (version 3). Never decremented: a deleted article's terms
 *  still count, which only makes them look a little more common. */
export interface TermRow {
  term: string;
  df: number;
}

/** The postings of one term written by one indexing batch (version 3): batches append, never rewrite, so
 *  indexing stays linear in the articles added. Weights are tf-idf, cosine-normalised with the document
 *  frequencies as they were when the batch was written. */
export interface PostingsRow {
  term: string;
  batch: number;
  docs: Uint32Array;
  weights: Float64Array;
}

/** Bookkeeping: the corpus revision and the hash of the bundled pack last seeded (see ./meta.ts). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export class ParallaxDb extends Dexie {
  // `declare`, not a field: a class field would reset the tables Dexie defines in `stores()`.
  declare readonly articles: EntityTable<ArticleRow, 'id'>;
  declare readonly events: EntityTable<EventRow, 'id'>;
  declare readonly meta: EntityTable<MetaRow, 'key'>;
  declare readonly trash: EntityTable<TrashRow, 'id'>;
  declare readonly lexicons: EntityTable<LexiconRow, 'language'>;
  declare readonly indexedDocs: EntityTable<IndexedDocRow, 'id'>;
  declare readonly terms: EntityTable<TermRow, 'term'>;
  declare readonly postings: Table<PostingsRow, [string, number]>;

  constructor(name: string) {
    super(name);
    // Version 1: the first schema. Null dates, URLs and outlet names are simply absent from their indexes.
    this.version(1).stores({
      articles: 'id, eventId, origin, date, outletName, url',
      events: 'id, date',
      meta: 'key',
    });
    // Version 2: the reader manages the corpus. Articles remember whether the reader placed them; the last
    // deletion is kept for undo; the reader's lexicons are stored per language.
    this.version(2)
      .stores({
        articles: 'id, eventId, origin, date, outletName, url',
        events: 'id, date',
        meta: 'key',
        trash: 'id',
        lexicons: 'language',
      })
      .upgrade((tx) => tx.table('articles').toCollection().modify((row: Partial<ArticleRow>) => {
        row.placedByReader = false;
      }));
    // Version 3: a term index kept beside the articles, so that matching a page reads the postings of its
    // rarest terms instead of every article. It is derived data: the upgrade only adds the tables, and the
    // articles are indexed when the index is next brought up to date.
    this.version(3).stores({
      articles: 'id, eventId, origin, date, outletName, url',
      events: 'id, date',
      meta: 'key',
      trash: 'id',
      lexicons: 'language',
      indexedDocs: 'id, doc, fingerprint, urlKey',
      terms: 'term',
      postings: '[term+batch]',
    });
    // Version 4: ids tell outlets apart (../engine/corpus/article-id): an article whose id was its text's hash
    // gets the id of its text, outlet and URL, so another outlet's reprint can be stored beside it. Same
    // tables; the upgrade renames rows and rebuilds the term index, which names articles by id.
    this.version(4)
      .stores({
        articles: 'id, eventId, origin, date, outletName, url',
        events: 'id, date',
        meta: 'key',
        trash: 'id',
        lexicons: 'language',
        indexedDocs: 'id, doc, fingerprint, urlKey',
        terms: 'term',
        postings: '[term+batch]',
      })
      .upgrade(renameArticlesByOutlet);
  }
}

/** The version 4 upgrade. Events hold no member lists (an article names its event), so renaming the
 *  article rows and the rows kept for undo is all; the term index is emptied and its counters dropped, so
 *  that the next update indexes every article under its new id. The corpus revision is bumped so that
 *  caches built on the old ids are dropped. Nothing changes when no id does. */
export async function renameArticlesByOutlet(tx: Transaction): Promise<void> {
  const articles = tx.table<ArticleRow, string>('articles');
  const rows = await articles.toArray();
  const taken = new Set(rows.map((row) => row.id));
  const renamed = new Map<string, string>();
  const moved: ArticleRow[] = [];
  for (const row of rows) {
    const id = currentIdFor(row);
    // A new id already in use (possible only by a hash collision) leaves the row under its old id.
    if (id === row.id || taken.has(id)) continue;
    taken.add(id);
    renamed.set(row.id, id);
    moved.push({ ...row, id });
  }
  // A corpus with no former text-hash id (a fresh one, or only imported ids) is left exactly as it was.
  if (renamed.size === 0) return;
  await articles.bulkDelete([...renamed.keys()]);
  await articles.bulkAdd(moved);
  await tx.table<TrashRow, string>('trash').toCollection().modify((trash: TrashRow) => {
    trash.articles = trash.articles.map((row) => {
      const id = currentIdFor(row);
      return id === row.id ? row : { ...row, id };
    });
  });
  await Promise.all(['indexedDocs', 'terms', 'postings'].map((name) => tx.table(name).clear()));
  const meta = tx.table<MetaRow, string>('meta');
  await meta.delete(TERM_INDEX_KEY);
  const revision = (await meta.get(REVISION_KEY))?.value;
  await meta.put({ key: REVISION_KEY, value: (typeof revision === 'number' ? revision : 0) + 1 });
}

export function openCorpusDb(name = 'parallax'): ParallaxDb {
  return new ParallaxDb(name);
}
