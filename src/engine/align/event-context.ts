// What the alignment of one event needs to know about all its texts at once: the vocabulary (to split
// compounds), the people named and their variants, and how rare each feature is (its weight). An event may
// mix languages (an English report against German ones): stems, function words and compound parts are
// kept per language, so each article's words are read in its own language. What each article contributes on
// its own (its tokens, its stems) comes from its reading (article-reading.ts), which a corpus article's
// comparisons share; only the joining is done per event.

import type { ParsedArticle } from '../article/parse-article';
import { joinEvidence, nameIndexOf, type NameIndex } from '../names/name-index';
import { functionWords } from '../text/function-words';
import type { Token } from '../text/tokens';
import { readArticle, type ArticleReading } from './article-reading';

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
  /** What each article of the event reads as on its own (its tokens are `tokens`'). */
  readings: Map<ParsedArticle, ArticleReading>;
  /** Vocabulary and function words of any language of the event's texts. */
  inLanguage(language: string): LanguageContext;
}

/** The context of `articles`, each read by `read` (a cache's, for the articles it keeps). */
export function buildEventContext(articles: ParsedArticle[], language: string, read: (article: ParsedArticle) => ArticleReading = readArticle): EventContext {
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
  const readings = new Map<ParsedArticle, ArticleReading>();
  const evidence = articles.map((article) => {
    const { vocabulary } = inLanguage(article.language);
    const reading = read(article);
    readings.set(article, reading);
    tokens.set(article, reading.tokens);
    for (const stem of reading.vocabulary) vocabulary.add(stem);
    // The people the texts name, as if collected over all of them in order: each article's part is its own.
    return reading.nameEvidence(language);
  });
  const own = inLanguage(language);
  return { language, names: nameIndexOf(joinEvidence(evidence), language), vocabulary: own.vocabulary, stopwords: own.stopwords, tokens, readings, inLanguage };
}
