// The corpus database's operations: the corpus as the engine's index takes it, its revision, seeding the
// bundled pack and adding the reader's articles. Every failure surfaces as a CorpusDbError.

import type { CorpusArticle, CorpusEvent } from '../engine';
import { guardDb } from './corpus-db-error';
import { readRevision } from './meta';
import { articleFromRow } from './rows';
import type { ArticleRow, EventRow, ParallaxDb } from './schema';

export { CorpusDbError, type CorpusDbErrorCode } from './corpus-db-error';
export { seedBundledCorpus, type SeedResult } from './seed-bundled';
export { addUserArticle, type UserArticlePlacement, type UserArticleResult } from './user-article';
export { loadUserLexicon } from './admin/user-lexicon';

export interface LoadedCorpus {
  articles: CorpusArticle[];
  events: CorpusEvent[];
  /** The revision this snapshot was read at (read in the same transaction). */
  revision: number;
}

/** Events get their article ids from the articles that name them, in id order; an event no article names
 *  is left out, and so is an article whose event row is missing from the events list. */
export function corpusFromRows(rows: ArticleRow[], eventRows: EventRow[]): Omit<LoadedCorpus, 'revision'> {
  const members = new Map<string, string[]>();
  for (const row of rows) {
    const ids = members.get(row.eventId);
    if (ids) ids.push(row.id);
    else members.set(row.eventId, [row.id]);
  }
  const events = eventRows.flatMap((e) => {
    const articleIds = members.get(e.id);
    return articleIds ? [{ id: e.id, title: e.title, date: e.date, articleIds: [...articleIds].sort() }] : [];
  });
  return { articles: rows.map(articleFromRow), events };
}

export async function loadCorpus(db: ParallaxDb): Promise<LoadedCorpus> {
  return guardDb('load the corpus', () =>
    db.transaction('r', db.articles, db.events, db.meta, async () => {
      const [rows, eventRows, revision] = await Promise.all([db.articles.toArray(), db.events.toArray(), readRevision(db)]);
      return { ...corpusFromRows(rows, eventRows), revision };
    }),
  );
}

/** Bumped by every write: the background rebuilds its cached corpus index only when this changed. */
export async function corpusRevision(db: ParallaxDb): Promise<number> {
  return guardDb('read the corpus revision', () => readRevision(db));
}
