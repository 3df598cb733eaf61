// An article as a bag of weighted terms for finding its event among thousands: content stems, hyphen
// compounds' parts, with the title counted twice. Cheap on purpose; the fine comparison happens per fact.

import type { ParsedArticle } from '../article/parse-article';
import { functionWords } from '../text/function-words';
import { stemWord } from '../text/stem';
import { compoundParts, isNumeric, tokenize } from '../text/tokens';

const MAX_TERMS = 400;

export function articleTerms(article: ParsedArticle): Map<string, number> {
  const stop = functionWords(article.language);
  const counts = new Map<string, number>();
  const addText = (text: string, weight: number) => {
    for (const token of tokenize(text)) {
      if (stop.has(token.lower) || token.lower.length < 3 || isNumeric(token.text)) continue;
      const stem = stemWord(token.lower, article.language);
      counts.set(stem, (counts.get(stem) ?? 0) + weight);
      for (const part of compoundParts(token.lower)) {
        if (part.length < 3) continue;
        const partStem = stemWord(part, article.language);
        counts.set(partStem, (counts.get(partStem) ?? 0) + weight / 2);
      }
    }
  };
  addText(article.title, 2);
  for (const sentence of article.sentences) addText(sentence.text, 1);
  if (counts.size <= MAX_TERMS) return counts;
  return new Map([...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS));
}
