// What the alignment of one event needs to know about all its texts at once: the vocabulary (to split
// compounds), the people named and their variants, and how rare each feature is (its weight). An event may
// mix languages (an English report against German ones): stems, function words and compound parts are
// kept per language, so each article's words are read in its own language.

import type { ParsedArticle } from '../article/parse-article';
import { buildNameIndex, type NameIndex } from '../names/name-index';
import { functionWords } from '../text/function-words';
import { stemWord } from '../text/stem';
import { tokenize, type Token } from '../text/tokens';

export interface LanguageContext {
  /** Stems of the words the texts of this language use on their own: the parts a compound may be split into. */
  vocabulary: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
}

export interface EventContext {
  /** The compared article's language (framing reads words in it). */
  language: string;
  names: NameIndex;
  /** Vocabulary of the compared article's language. */
  vocabulary: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  tokens: Map<ParsedArticle, Token[][]>;
  /** Vocabulary and function words of any language of the event's texts. */
  inLanguage(language: string): LanguageContext;
}

export function buildEventContext(articles: ParsedArticle[], language: string): EventContext {
  const byLanguage = new Map<string, { vocabulary: Set<string>; stopwords: ReadonlySet<string> }>();
  const inLanguage = (lang: string) => {
    let found = byLanguage.get(lang);
    if (!found) {
      found = { vocabulary: new Set(), stopwords: functionWords(lang) };
      byLanguage.set(lang, found);
    }
    return found;
  };
  const tokens = new Map<ParsedArticle, Token[][]>();
  const texts: { text: string; tokens: Token[] }[] = [];
  for (const article of articles) {
    const { vocabulary, stopwords } = inLanguage(article.language);
    const perSentence = article.sentences.map((s) => tokenize(s.text));
    tokens.set(article, perSentence);
    article.sentences.forEach((s, i) => texts.push({ text: s.text, tokens: perSentence[i]! }));
    for (const sentence of perSentence) {
      for (const t of sentence) if (!stopwords.has(t.lower) && t.lower.length >= 3) vocabulary.add(stemWord(t.lower, article.language));
    }
  }
  const own = inLanguage(language);
  return { language, names: buildNameIndex(texts, language), vocabulary: own.vocabulary, stopwords: own.stopwords, tokens, inLanguage };
}
