// The title to show for an article stored without one: a heading above its first paragraph, else its first
// sentence shortened — the same choice parseArticle makes, at the cost of reading the first lines only.

import { articleBlocks } from '../text/article-blocks';
import { splitSentences } from '../text/sentences';
import { shorten } from './parse-article';

const MAX_TITLE = 140;
/** Titles come from the first lines; reading further would only cost time on long texts. */
const HEAD = 4000;

export function displayTitle(article: { title: string; text: string; language?: string | null }): string {
  if (article.title.trim()) return article.title.trim();
  for (const block of articleBlocks(article.text.slice(0, HEAD))) {
    if (block.kind === 'heading') return shorten(block.text, MAX_TITLE);
    if (block.kind !== 'body') continue;
    const first = splitSentences(block.text, article.language ?? 'de')[0]?.text ?? block.text;
    return shorten(first, MAX_TITLE);
  }
  return '';
}
