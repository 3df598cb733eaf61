// Sidebar frame → background: with "Keep what I read" on, the article the reader opened Parallax on joins the
// corpus as theirs (origin 'read'), in the event the engine places it in; an article the corpus already holds
// (same text, or the same fingerprint) is left where it is. With the setting off nothing is written.

import { keepWhatIRead } from '../../settings/keep-read';
import type { Handler } from '../handle-messages';
import { preparedArticle } from '../page-lookup';
import { heldArticle, placementFor, userArticleFrom } from '../user-article';

export const keepRead: Handler<'keepRead'> = async ({ token }, { services }) => {
  if (!(await keepWhatIRead())) return { kept: 'off' };
  const page = await preparedArticle(services, 'keepRead', token);
  // The click's own query and slice: the page is not parsed and searched a second time.
  const { query, corpus } = await services.comparisons.preparedOf(token, page.article);
  const { parsed } = query;
  const index = corpus.index;
  const article = { ...userArticleFrom(page.article, parsed), origin: 'read' as const };
  const held = heldArticle(article, parsed, index);
  const heldEvent = held ? index.eventOf(held) : undefined;
  if (held && heldEvent) return { kept: 'held', articleId: held, eventId: heldEvent.id };
  const eventId = await services.corpus.add(article, placementFor(article, query, index));
  return { kept: 'kept', articleId: article.id, eventId };
};
