// What two reports of one event in different languages still share when they share no words: the names of
// people, places and organisations, and the figures. A capitalised word not opening a sentence is a name in
// English and a name or a noun in German; the intersection of the two is then mostly names. Figures are kept
// as their digits. Used only to place a report next to reports in another language (see cluster-events).

import type { ParsedArticle } from '../article/parse-article';
import { functionWords } from '../text/function-words';
import { isCapitalised, tokenize } from '../text/tokens';

export function languageAnchors(article: Pick<ParsedArticle, 'title' | 'sentences' | 'language'>): Set<string> {
  const stop = functionWords(article.language);
  const anchors = new Set<string>();
  for (const text of [article.title, ...article.sentences.map((s) => s.text)]) {
    tokenize(text).forEach((token, i) => {
      if (/^\p{N}/u.test(token.text)) {
        const digits = token.text.replace(/\D/g, '');
        if (digits.length >= 2) anchors.add(`#${digits}`);
      } else if (i > 0 && isCapitalised(token.text) && token.lower.length >= 3 && !stop.has(token.lower)) {
        anchors.add(token.lower);
      }
    });
  }
  return anchors;
}

/** Share of `own` anchors found among `others`, and how many. */
export function anchorOverlap(own: ReadonlySet<string>, others: ReadonlySet<string>): { share: number; shared: number } {
  let shared = 0;
  for (const anchor of own) if (others.has(anchor)) shared++;
  return { share: own.size ? shared / own.size : 0, shared };
}
