// One article as the editor shows it, and the reader's corrections to it. The id stays as it is when the
// text changes, so that events, exports and links keep pointing at the article.

import type { ArticlePatch } from '../corpus-admin-api';
import { parseArticleRecord, type CorpusArticle } from '../../engine';
import { CorpusDbError, guardDb } from '../corpus-db-error';
import { forgetIndexed } from '../term-index-update';
import { bumpRevision } from '../meta';
import { articleFromRow, articleRow, sameRecord } from '../rows';
import type { ParallaxDb } from '../schema';

const PATCHABLE = ['title', 'text', 'url', 'outlet', 'date', 'language'] as const satisfies readonly (keyof ArticlePatch)[];

export type StoredArticle = Omit<CorpusArticle, 'placedByReader'> & { eventId: string; placedByReader: boolean };

export async function getArticle(db: ParallaxDb, id: string): Promise<StoredArticle | undefined> {
  const row = await guardDb(`read article "${id}"`, () => db.articles.get(id));
  return row && { ...articleFromRow(row), eventId: row.eventId, placedByReader: row.placedByReader === true };
}

/** The article with the patch applied, checked with the pack's record rules (non-empty text, http(s) URL,
 *  YYYY-MM-DD date, a known outlet status). */
export function patchedArticle(article: CorpusArticle, patch: ArticlePatch, action: string): CorpusArticle {
  const record: Record<string, unknown> = { ...article };
  // Only the editable fields: an id or origin smuggled into a patch is ignored.
  for (const key of PATCHABLE) if (patch[key] !== undefined) record[key] = patch[key];
  if (patch.language !== undefined && (typeof patch.language !== 'string' || !patch.language.trim())) {
    throw new CorpusDbError('invalid', `could not ${action}: "language" is empty`);
  }
  try {
    return parseArticleRecord(record, article.origin);
  } catch (error) {
    throw new CorpusDbError('invalid', `could not ${action}: the article ${(error as Error).message}`);
  }
}

export async function updateArticle(db: ParallaxDb, id: string, patch: ArticlePatch): Promise<void> {
  const action = `update article "${id}"`;
  await guardDb(action, () =>
    db.transaction('rw', [db.articles, db.meta, db.indexedDocs], async () => {
      const old = await db.articles.get(id);
      if (!old) throw new CorpusDbError('not-found', `could not ${action}: it is not in the corpus`);
      const next = articleRow(patchedArticle(articleFromRow(old), patch, action), old.eventId, old.placedByReader === true);
      if (sameRecord(old, next)) return;
      await db.articles.put(next);
      await forgetIndexed(db, [id]); // the text may have changed: the next index update reads it again
      await bumpRevision(db);
    }),
  );
}
