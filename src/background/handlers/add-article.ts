// Sidebar frame → background: keep the page's article in the corpus as the reader's own, in the event the
// engine places it in. Adding an article the corpus already holds answers where it already is.

import type { Handler } from '../handle-messages';
import { preparedArticle } from '../page-lookup';
import { heldArticle, placementFor, userArticleFrom } from '../user-article';

export const addArticle: Handler<'addArticle'> = async ({ token }, { services }) => {
  const page = await preparedArticle(services, 'addArticle', token);
  // The click's own query and slice: the page is not parsed and searched a second time.
  const { query, corpus } = await services.comparisons.preparedOf(token, page.article);
  const { parsed } = query;
  const index = corpus.index;
  const article = userArticleFrom(page.article, parsed);
  const held = heldArticle(article, parsed, index);
  const heldEvent = held ? index.eventOf(held) : undefined;
  if (held && heldEvent) return { articleId: held, eventId: heldEvent.id };
  const eventId = await services.corpus.add(article, placementFor(article, query, index));
  return { articleId: article.id, eventId };
};
