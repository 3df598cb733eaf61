// Reprinted copy: MinHash pre-filter, shared passages between two texts, reuse groups among one event's
// articles, and the sentences those groups cover.

export type {
  PassageDetail,
  ReuseGroup,
  ReuseOptions,
  SentenceReprint,
  SentenceSpan,
  SharedPassage,
} from './types';
export { MINHASH_VERSION, SIGNATURE_SIZE, estimateJaccard, shingleHashes, signature } from './minhash';
export { findSharedPassages, type TextWithId } from './shared-passages';
export { detectReuse } from './detect-reuse';
export { quotedRanges } from './quotes';
export { REPRINT_SHARE, reprintedSentences } from './sentence-reprints';
export { DEFAULT_REUSE_OPTIONS } from './options';
