// Article extraction from a DOM document: the public surface of src/engine/extract.

export { DEFAULT_MAX_NODES, extractArticle } from './extract-article';
export type { ExtractedArticle, ExtractOptions } from './extract-article';
export { ExtractionError } from './extraction-error';
export type { ExtractionErrorCode } from './extraction-error';
export { MAX_ARTICLE_CHARS, MAX_NESTING } from './limits';
export { boundedMarkup } from './bounded-markup';
export type { BoundedMarkup, MarkupLimits } from './bounded-markup';
export { measureMarkup } from './markup-budget';
export type { MarkupCandidate, MarkupMeasure } from './markup-budget';
