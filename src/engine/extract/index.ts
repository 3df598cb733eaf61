// Article extraction from a DOM document: the public surface of src/engine/extract.

export { DEFAULT_MAX_NODES, extractArticle } from './extract-article';
export type { ExtractedArticle, ExtractOptions } from './extract-article';
export { ExtractionError } from './extraction-error';
export type { ExtractionErrorCode } from './extraction-error';
