// Quotations and reported speech of every article in a comparison, grouped into renderings of the same
// original statement, so a reader sees how each outlet rendered (or only paraphrased) what was said.

import type { AlignedArticle } from '../align/align-event';
import { extractQuotes, extractReportedSpeech, groupQuotes, type QuoteGroup } from '../quotes';
import { perArticleCache } from './per-article-cache';

const NO_KEY = {};

const statementsOf = perArticleCache((article) => [
  // Scare quotes (a single term set in quotes) are word choice, not a statement someone made.
  ...extractQuotes(article.text, article.language).filter((q) => q.kind === 'statement'),
  ...extractReportedSpeech(article.sentences.map((s) => ({ index: s.index, text: s.text })), article.language),
]);

export function quoteRenderings(articles: AlignedArticle[]): QuoteGroup[] {
  const byArticle = articles.map(({ id, article }) => ({ articleId: id, quotes: statementsOf(article, NO_KEY) }));
  // Shared statements first, then by how many outlets carry them.
  return groupQuotes(byArticle).sort((a, b) => articleCount(b) - articleCount(a));
}

function articleCount(group: QuoteGroup): number {
  return new Set(group.variants.flatMap((v) => v.articleIds)).size;
}
