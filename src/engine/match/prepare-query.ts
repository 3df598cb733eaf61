// A comparison's first phase, pure: the page's article read once — parsed, its search terms, its fingerprint
// and address key — so that whoever cuts the corpus (the background from IndexedDB, a command from a pack in
// memory) and the comparison that follows read the same values instead of computing them again.

import { parseArticle, type ParsedArticle } from '../article/parse-article';
import { loadedLexicon } from '../meaning/loaded';
import type { MeaningLexicon } from '../meaning/meaning-lexicon';
import type { ArticleInput, CorpusArticle } from '../types';
import { articleTerms } from './article-terms';
import { normaliseUrl } from './normalise-url';
import { isNeutralTerm } from './term-weights';

export interface PreparedQuery {
  /** The article as given (the caller resolves its outlet). */
  input: ArticleInput;
  parsed: ParsedArticle;
  /** Search terms (see article-terms), made with the meaning lexicon loaded when the query was prepared, as
   *  the stored articles' indexed terms are: prepare after loading it (the background does). */
  terms: Map<string, number>;
  /** The language-neutral keys alone: the search among reports in other languages, where the article's stems
   *  find nothing and would only dilute the keys' share of the cosine. */
  neutral: Map<string, number>;
  fingerprint: string;
  /** The page's address as the corpus keys it (normaliseUrl), or null. */
  urlKey: string | null;
}

export function neutralTerms(terms: Map<string, number>): Map<string, number> {
  return new Map([...terms].filter(([term]) => isNeutralTerm(term)));
}

export function prepareQuery(input: ArticleInput, lexicon: MeaningLexicon | null = loadedLexicon()): PreparedQuery {
  const parsed = parseArticle(input);
  const terms = articleTerms(parsed, lexicon);
  return { input, parsed, terms, neutral: neutralTerms(terms), fingerprint: parsed.fingerprint, urlKey: input.url ? normaliseUrl(input.url) : null };
}

/** A stored article as a query (the options page's add places it by the same search the sidebar's uses). */
export function queryForCorpusArticle(article: CorpusArticle, lexicon: MeaningLexicon | null = loadedLexicon()): PreparedQuery {
  return prepareQuery({ title: article.title, text: article.text, date: article.date, language: article.language, url: article.url, outlet: article.outlet.name }, lexicon);
}

/** A query prepared earlier, or an article still to prepare (callers with a single comparison to make). */
export function asPreparedQuery(input: ArticleInput | PreparedQuery): PreparedQuery {
  return 'parsed' in input && 'terms' in input ? input : prepareQuery(input);
}
