// A pasted or dropped article becomes the reader's own (origin 'user'), placed by the same event match the
// comparison uses: into the event it reports, else into a new event of its own.

import { articleIdFor, corpusView, parseArticleRecord, parseCorpusArticle, placementFor, queryForCorpusArticle, textHashFor, type CorpusArticle } from '../../engine';
import { CorpusDbError, guardDb } from '../corpus-db-error';
import { corpusSliceFor } from '../corpus-slice';
import { updateTermIndex } from '../term-index-update';
import type { ParallaxDb } from '../schema';
import { addUserArticle, type UserArticlePlacement } from '../user-article';
import { sameTextElsewhere, type SnapshotCache } from './corpus-snapshot';

async function placementInDb(db: ParallaxDb, article: CorpusArticle): Promise<UserArticlePlacement> {
  // The same search and the same rule as the background's comparison: the term index finds the candidate
  // events, aligning their facts decides "same".
  await updateTermIndex(db);
  const query = queryForCorpusArticle(article);
  const slice = await corpusSliceFor(db, query);
  return placementFor(article, query, corpusView(slice, parseCorpusArticle));
}

export async function addArticle(db: ParallaxDb, snapshots: SnapshotCache, input: CorpusArticle): Promise<{ articleId: string; eventId: string; added: boolean }> {
  let article: CorpusArticle;
  try {
    // Added articles are named like bundled ones, by their text, outlet and address (see article-id).
    const parsed = parseArticleRecord({ ...input, id: 'new', origin: 'user' }, 'user');
    article = { ...parsed, id: articleIdFor(parsed.text, { outlet: parsed.outlet.name, url: parsed.url }) };
  } catch (error) {
    const title = typeof input?.title === 'string' && input.title.trim() ? ` "${input.title.trim().slice(0, 60)}"` : '';
    throw new CorpusDbError('invalid', `could not add the article${title}: it ${(error as Error).message}`);
  }
  // The same text under another id (an imported article) from the same outlet: the corpus has it already.
  const existingId = sameTextElsewhere(await snapshots.textKeysNow(), textHashFor(article.text), article.outlet.name);
  if (existingId !== undefined) {
    const existing = await guardDb(`read article "${existingId}"`, () => db.articles.get(existingId));
    if (existing) return { articleId: existing.id, eventId: existing.eventId, added: false };
  }
  const { eventId, added } = await addUserArticle(db, article, await placementInDb(db, article));
  return { articleId: article.id, eventId, added };
}
