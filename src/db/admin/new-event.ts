// Ids and rows for events the reader or the engine starts: "e-" + 12 hex of a hash of the founding
// article's id, as clustered events are named, so that the same article founds the same event id everywhere.

import { parseCorpusArticle, hash64, type CorpusArticle } from '../../engine';
import type { EventRow } from '../schema';

export function eventIdFor(articleId: string, attempt = 0): string {
  return `e-${hash64(attempt === 0 ? articleId : `${articleId}#${attempt}`).slice(0, 12)}`;
}

/** A new event of one article: its title (or the engine's title for it: a heading or the first sentence)
 *  and its date. */
export function eventRowFor(article: CorpusArticle, id: string): EventRow {
  const title = article.title.trim() || parseCorpusArticle(article).title;
  return { id, title, date: article.date };
}
