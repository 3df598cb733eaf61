// Sidebar frame → background → content script: mark the article's sentences in the page by how many
// outlets report them (null clears). Marks for sentences the comparison does not have are left out.

import type { Handler } from '../handle-messages';
import { forwardToTab } from '../forward-to-tab';
import { preparedArticle } from '../page-lookup';

export const markCoverage: Handler<'markCoverage'> = async ({ token, marks }, { services }) => {
  const page = await preparedArticle(services, 'markCoverage', token);
  if (marks === null) return forwardToTab(page.tabId, 'markSentences', { marks: null });
  const comparison = await services.comparisons.of(token, page.article);
  const textOf = new Map(comparison.article.sentences.map((s) => [s.index, s.text]));
  const texts = marks.flatMap((m) => {
    const text = textOf.get(m.sentence);
    return text === undefined ? [] : [{ text, coverage: m.coverage }];
  });
  return forwardToTab(page.tabId, 'markSentences', { marks: texts });
};
