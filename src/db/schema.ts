// The corpus database: every schema version with its upgrade beside it. Only extension contexts open it
// (background, options page); content scripts belong to the page's origin and reach the corpus by message.

import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Lexicon } from '../engine/framing/lexicon-format';
import type { CorpusArticle } from '../engine/types';

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
 *  whose article is gone or changed is dropped and the article indexed again (see ../db/term-index-store). */
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
  }
}

export function openCorpusDb(name = 'parallax'): ParallaxDb {
  return new ParallaxDb(name);
}
