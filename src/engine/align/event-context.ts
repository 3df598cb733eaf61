// What the alignment of one event needs to know about all its texts at once: the vocabulary (to split
// compounds), the people named and their variants, and how rare each feature is (its weight).

import type { ParsedArticle } from '../article/parse-article';
import { buildNameIndex, type NameIndex } from '../names/name-index';
import { functionWords } from '../text/function-words';
import { stemWord } from '../text/stem';
import { tokenize, type Token } from '../text/tokens';

export interface EventContext {
  language: string;
  names: NameIndex;
  /** Stems of the words the texts use on their own: the parts a compound may be split into. */
  vocabulary: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  tokens: Map<ParsedArticle, Token[][]>;
}

export function buildEventContext(articles: ParsedArticle[], language: string): EventContext {
  const stopwords = functionWords(language);
  const vocabulary = new Set<string>();
  const tokens = new Map<ParsedArticle, Token[][]>();
  const texts: { text: string; tokens: Token[] }[] = [];
  for (const article of articles) {
    const perSentence = article.sentences.map((s) => tokenize(s.text));
    tokens.set(article, perSentence);
    article.sentences.forEach((s, i) => texts.push({ text: s.text, tokens: perSentence[i]! }));
    for (const sentence of perSentence) {
      for (const t of sentence) if (!stopwords.has(t.lower) && t.lower.length >= 3) vocabulary.add(stemWord(t.lower, language));
    }
  }
  return { language, names: buildNameIndex(texts, language), vocabulary, stopwords, tokens };
}
