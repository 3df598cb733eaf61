// The corpus database: every schema version with its upgrade beside it. Only extension contexts open it
// (background, options page); content scripts belong to the page's origin and reach the corpus by message.

import { Dexie, type EntityTable } from 'dexie';
import type { CorpusArticle } from '../engine/types';

/** A corpus article as stored: its event and outlet name are denormalised so that they can be indexed. */
export interface ArticleRow extends CorpusArticle {
  eventId: string;
  outletName: string | null;
}

/** An event as stored; its articles come from the `eventId` index of `articles`, never stored twice. */
export interface EventRow {
  id: string;
  title: string;
  date: string | null;
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

  constructor(name: string) {
    super(name);
    // Version 1: the first schema. Null dates, URLs and outlet names are simply absent from their indexes.
    this.version(1).stores({
      articles: 'id, eventId, origin, date, outletName, url',
      events: 'id, date',
      meta: 'key',
    });
    // A later version goes here as this.version(2).stores({...}).upgrade((tx) => ...), keeping version 1.
  }
}

export function openCorpusDb(name = 'parallax'): ParallaxDb {
  return new ParallaxDb(name);
}
