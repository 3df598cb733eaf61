// Sidebar frame → background: the second stage of the comparison under the token (word choice and quote
// renderings), which the background computes right after answering getComparison with the first.

import type { Handler } from '../handle-messages';
import { preparedArticle } from '../page-lookup';

export const getWordingAndQuotes: Handler<'getWordingAndQuotes'> = async ({ token }, { services }) => {
  const page = await preparedArticle(services, 'getWordingAndQuotes', token);
  const { framing, quotes } = await services.comparisons.of(token, page.article);
  return { framing, quotes };
};
