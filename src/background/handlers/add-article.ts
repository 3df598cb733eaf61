// Sidebar frame → background: keep the page's article in the corpus as the reader's own, in the event the
// engine places it in. Adding an article the corpus already holds answers where it already is.

import { parseArticle } from '../../engine';
import { engineInput } from '../comparisons';
import type { Handler } from '../handle-messages';
import { preparedArticle } from '../page-lookup';
import { heldArticle, placementFor, userArticleFrom } from '../user-article';

export const addArticle: Handler<'addArticle'> = async ({ token }, { services }) => {
  const page = await preparedArticle(services, 'addArticle', token);
  const input = engineInput(page.article);
  const parsed = parseArticle(input);
  const { index } = await services.corpus.forArticle(parsed, input.url ?? null);
  const article = userArticleFrom(page.article, parsed);
  const held = heldArticle(article, parsed, index);
  const heldEvent = held ? index.eventOf(held) : undefined;
  if (held && heldEvent) return { articleId: held, eventId: heldEvent.id };
  const eventId = await services.corpus.add(article, placementFor(article, parsed, index));
  return { articleId: article.id, eventId };
};
