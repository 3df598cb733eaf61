// Sidebar frame → background: the comparison prepared under the token. The frame may ask before the
// content script has sent the article, so the token is waited for; after a worker restart the comparison
// is computed again from the article kept in session storage.

import { HandlerError } from '../handler-error';
import type { Handler } from '../handle-messages';

export const getComparison: Handler<'getComparison'> = async ({ token }, { services }) => {
  const page = await services.pages.waitFor(token);
  if (!page) throw new HandlerError('not-found', `getComparison: nothing was prepared under token "${token}" (expired, or the page never sent its article)`);
  if ('failure' in page) return { state: 'extraction-failed', message: page.failure.message, url: page.failure.url };
  // The first stage: the sidebar shows the facts while word choice and quotes are computed (getWordingAndQuotes).
  const comparison = await services.comparisons.factsOf(token, page.article);
  const { title, url, siteName } = page.article;
  return { state: 'ready', comparison, complete: false, article: { title: title.trim() || comparison.article.title, url, siteName } };
};
