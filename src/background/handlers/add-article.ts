// Sidebar frame → background: keep the page's article in the corpus as the reader's own, in the event the
// engine places it in. Adding an article the corpus already holds answers where it already is.

import type { Handler } from '../handle-messages';
import { keepPage } from '../keep-page';
import { preparedArticle } from '../page-lookup';

export const addArticle: Handler<'addArticle'> = async ({ token }, { services }) => {
  const page = await preparedArticle(services, 'addArticle', token);
  const { articleId, eventId } = await keepPage(services, token, page.article, 'user');
  return { articleId, eventId };
};
