// What the page tells the background about its article: the extracted article as the protocol's PageArticle,
// or, when extraction failed, why, in words the sidebar can show.

import { type ExtractedArticle, type ExtractionErrorCode, ExtractionError, MAX_ARTICLE_CHARS } from '../engine';
import type { PageArticle } from '../messaging/protocol';

export function toPageArticle(extracted: ExtractedArticle, pageUrl: string): PageArticle {
  return {
    title: extracted.title,
    text: extracted.text,
    // The canonical address identifies the article across visits (tracking parameters, AMP copies).
    url: extracted.url ?? pageUrl,
    date: extracted.date,
    language: extracted.language,
    byline: extracted.byline,
    siteName: extracted.siteName,
    // The site's own name for itself; the engine records how an outlet is known, so nothing is guessed here.
    outlet: extracted.siteName,
  };
}

// Functions, so a message is made only when extraction fails: formatting a number makes an ICU number formatter,
// which took 8–14 ms of the article script's first run in a page, before it could start extracting (trace).
const FAILURE_MESSAGES: Record<ExtractionErrorCode, () => string> = {
  'not-an-article': () => 'This page does not look like an article.',
  'too-large': () => 'This page is too large to read as an article.',
  'too-deep': () => 'This page nests its elements too deeply to read as an article.',
  'too-long': () => `The article on this page is too long to compare (more than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters).`,
  'no-text': () => 'The article on this page has no text Parallax could read.',
};

const UNEXPECTED_FAILURE = 'Parallax could not read the article on this page.';

export function extractionFailureMessage(error: unknown): string {
  return error instanceof ExtractionError ? FAILURE_MESSAGES[error.code]() : UNEXPECTED_FAILURE;
}
