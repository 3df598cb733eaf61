// Sidebar frame → background → content script: highlight one of the article's sentences in the page
// (null clears), or only one claim of it (`span`). The page finds it by its text, which the comparison holds.

import type { Handler } from '../handle-messages';
import { forwardToTab } from '../forward-to-tab';
import { preparedArticle } from '../page-lookup';

export const highlight: Handler<'highlight'> = async ({ token, sentence, scroll, span }, { services }) => {
  const page = await preparedArticle(services, 'highlight', token);
  let text: string | null = null;
  if (sentence !== null) {
    const comparison = await services.comparisons.of(token, page.article);
    text = comparison.article.sentences.find((s) => s.index === sentence)?.text ?? null;
    if (text === null) return { found: false };
  }
  const claim = text !== null && span && span.start < span.end && span.end <= text.length ? span : null;
  return forwardToTab(page.tabId, 'highlightSentence', { sentence, text, scroll, span: claim });
};
