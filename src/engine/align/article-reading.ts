// What alignment reads of one article that depends on the article's own text and language alone: its tokens,
// the stems it adds to its language's vocabulary, which tokens are office titles, each word's stems and the
// ways it could split as a compound. Nothing here depends on the event the article is aligned in (the people
// its texts resolve, the vocabulary a compound is split against, the compared article): that part is computed
// for every alignment from these. A corpus article's reading is kept between comparisons by an
// ArticleFeatureCache (article-feature-cache.ts); the compared article's is read afresh each time.

import type { ParsedArticle } from '../article/parse-article';
import { isPersonTitle } from '../names/person-titles';
import { findCountries } from '../names/gazetteer';
import { collectEvidence, type PersonEvidence } from '../names/name-index';
import type { MeaningLexicon } from '../meaning/meaning-lexicon';
import { loadedLexicon } from '../meaning/loaded';
import { functionWords } from '../text/function-words';
import { stemWord } from '../text/stem';
import { tokenize, type Token } from '../text/tokens';
import { tokenWords, type TokenWords } from './token-words';

/** What a claim's own words name on their own: capitals ("die ukrainische Hauptstadt") and the countries it
 *  speaks of as parties, and its reading (the words the meaning layer reads). */
export interface ClaimWords {
  capitals: string[];
  parties: string[];
  reading: string;
}

export interface ArticleReading {
  language: string;
  /** The meaning lexicon loaded when the reading was made: word stems read through lemmas depend on it. */
  lexicon: MeaningLexicon | null;
  /** Tokens of each sentence, by sentence index. */
  tokens: Token[][];
  /** Stems of the words this article uses on their own (its share of its language's vocabulary). */
  vocabulary: string[];
  /** Per sentence and token: whether the token is an office title ("Präsident", "Kremlchef"). */
  titles: boolean[][];
  /** A token's word features, worked out on first use and kept. */
  words(sentence: number, token: number): TokenWords;
  /** Whether a token names a country (or its people), worked out on first use and kept. */
  namesCountry(sentence: number, token: number): boolean;
  /** Claim `claim` of a sentence: its words' places and reading, made by `make` on first use and kept (the
   *  claims of a sentence depend on its text alone, see sentence-claims). */
  claimWords(sentence: number, claim: number, make: () => ClaimWords): ClaimWords;
  /** The people this article introduces by office, read for an event compared in `language` (see
   *  names/name-index), worked out once per language and kept; the event joins its articles' evidence. */
  nameEvidence(language: string): Map<string, PersonEvidence>;
}

export function readArticle(article: ParsedArticle): ArticleReading {
  const language = article.language;
  const stopwords = functionWords(language);
  const tokens = article.sentences.map((s) => tokenize(s.text));
  const vocabulary: string[] = [];
  for (const sentence of tokens) {
    for (const t of sentence) if (!stopwords.has(t.lower) && t.lower.length >= 3) vocabulary.push(stemWord(t.lower, language));
  }
  const words: (TokenWords | undefined)[][] = tokens.map(() => []);
  const countries: (boolean | undefined)[][] = tokens.map(() => []);
  const claims: (ClaimWords | undefined)[][] = tokens.map(() => []);
  const evidence = new Map<string, Map<string, PersonEvidence>>();
  return {
    language,
    lexicon: loadedLexicon(),
    tokens,
    vocabulary,
    titles: tokens.map((sentence) => sentence.map((t) => isPersonTitle(t.lower))),
    words(s, i) {
      return (words[s]![i] ??= tokenWords(tokens[s]![i]!, language));
    },
    namesCountry(s, i) {
      return (countries[s]![i] ??= findCountries([tokens[s]![i]!]).length > 0);
    },
    claimWords(s, c, make) {
      return (claims[s]![c] ??= make());
    },
    nameEvidence(forLanguage) {
      let found = evidence.get(forLanguage);
      if (!found) evidence.set(forLanguage, (found = collectEvidence(article.sentences.map((s, i) => ({ text: s.text, tokens: tokens[i]! })), forLanguage)));
      return found;
    },
  };
}

