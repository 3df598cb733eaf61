// The corpus database: every schema version with its upgrade beside it. Only extension contexts open it
// (background, options page); content scripts belong to the page's origin and reach the corpus by message.

import { Dexie, type EntityTable } from 'dexie';
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
  }
}

export function openCorpusDb(name = 'parallax'): ParallaxDb {
  return new ParallaxDb(name);
}
