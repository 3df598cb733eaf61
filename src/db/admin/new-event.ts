// Rows for events the reader starts (their ids come from src/engine/corpus/event-id.ts, as clustered
// events' do).

import { parseCorpusArticle, type CorpusArticle } from '../../engine';
import type { EventRow } from '../schema';

/** A new event of one article: its title (or the engine's title for it: a heading or the first sentence)
 *  and its date. */
export function eventRowFor(article: CorpusArticle, id: string): EventRow {
  const title = article.title.trim() || parseCorpusArticle(article).title;
  return { id, title, date: article.date };
}
