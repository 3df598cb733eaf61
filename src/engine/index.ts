// The engine's one public face: everything code outside src/engine (the background, the database, the UI, the
// page script, the command-line tools) may use. Internals stay importable only from inside the engine and from
// unit tests; eslint.config.js enforces both. Every module behind this file is plain TypeScript that runs in a
// browser and in Node alike (none uses node:*), and each export is named so the extension's bundles keep only
// what they use.

// The contract: what goes in and what comes out (types.ts imports nothing).
export type * from './types';

// Comparing one article with the corpus.
export { compareArticle, compareInStages, type CompareOptions, type StagedComparison } from './compare';
export { ArticleFeatureCache, FEATURE_CACHE_SIZE, type FeatureCacheStats } from './align/article-feature-cache';
export { parseArticle, type ParsedArticle } from './article/parse-article';
export { displayTitle } from './article/display-title';
export { splitTitle } from './article/split-title';

// Sentence similarity in 0..1, German, English and across the two. Call `await loadSentenceSimilarity()`
// once (it loads the lexical data and the model lazily), then `sentenceSimilarity(a, b, { languageA,
// languageB })` synchronously as often as needed.
export { isSentenceSimilarityLoaded, loadSentenceSimilarity, sentenceSimilarity, type SimilarityOptions } from './meaning/similarity';
export { loadMeaning } from './meaning/lexicon';
export { loadedLexicon } from './meaning/loaded';

// Reading a page: the article's text and metadata.
export {
  boundedMarkup,
  extractArticle,
  ExtractionError,
  MAX_ARTICLE_CHARS,
  type ExtractedArticle,
  type ExtractionErrorCode,
} from './extract';
export { longestText } from './extract/article-root-document';
export { isoDate } from './extract/metadata-values';
export { BLOCK_TAGS, SKIPPED_TAGS } from './extract/paragraph-tags';
export { detectLanguage, primaryLanguage } from './text/language';
export { hash64 } from './text/hash';

// Matching an article to an event: the corpus index, the term index's terms and weights, clustering.
export { buildCorpusIndex, parseCorpusArticle, type CorpusIndex } from './match/corpus-index';
export { normaliseUrl } from './match/normalise-url';
export { corpusView, type CorpusSlice } from './match/corpus-view';
export { CANDIDATE_ARTICLES, eventsToAlign, matchEvent, mergeHits } from './match/match-event';
export { neutralTerms, prepareQuery, queryForCorpusArticle, type PreparedQuery } from './match/prepare-query';
export { articleTerms, STEMS_TERM_FORMAT, TERM_FORMAT } from './match/article-terms';
export { inverseDocumentFrequency, keepBest, normalisedWeights, searchedTerms, type SearchHit } from './match/term-weights';
export { clusterEvents } from './match/cluster-events';
export { placementFor, type EventPlacement } from './match/event-placement';
export { eventIdFor, freeEventId } from './corpus/event-id';

// The corpus format: packs, JSON Lines, article ids, the bundled seeds.
export {
  CORPUS_FORMAT,
  CORPUS_VERSION,
  CorpusPackError,
  describeProblem,
  parseArticleRecord,
  parseCorpusPack,
  validateCorpusPack,
  type CorpusPack,
  type RecordProblem,
} from './corpus/pack-format';
export { articleIdFor, currentIdFor, textHashFor } from './corpus/article-id';
export { buildCorpusPack, mergeCorpusPacks } from './corpus/build-pack';
export { parseSeedManifest, seedArticle } from './corpus/seed-manifest';
export { readImportText } from './corpus/import-text';
export { validateJsonLines } from './corpus/jsonl';

// Growing the corpus from web pages and archives (the options page's import, the pack command).
export { decodePage, looksLikeHtml } from './corpus/harvest/decode-page';
export { articleFromHtml, type PageHints, type PageResult, type ParseHtml } from './corpus/harvest/page-article';
export { warcPages } from './corpus/harvest/warc-pages';
export { emptyPack, extendPack } from './corpus/harvest/extend-pack';

// The framing lexicon: the bundled one and the reader's own terms.
export {
  bundledLexicon,
  emptyLexicon,
  LEXICON_CATEGORIES,
  mergeLexicons,
  parseLexicon,
  type Lexicon,
  type LexiconCategory,
  type LexiconConcept,
  type LexiconTerm,
} from './framing/lexicon';

// For the development tools that rebuild the meaning data and retrain the similarity model
// (src/cli/build-meaning-data.ts, src/cli/similarity-training.ts); the extension uses none of them.
export { MEANING_DATA_VERSION } from './meaning/data-format';
export { germanLemma, ruleLemma } from './meaning/german-lemmas';
export { englishLemma } from './meaning/english-lemmas';
export { sentenceMeaning } from './meaning/sentence-meaning';
export { FEATURE_NAMES, pairFeatures } from './meaning/pair-features';
export { trainTrees, type BoostedTrees, type TrainOptions } from './meaning/boosted-trees';
export { default as similarityModelFormat } from './meaning/model-format';
