// Extracts the page's article and hands it to the background under the sidebar's token; a failed extraction
// is reported instead, so the sidebar can say why there is nothing to compare.

import { ExtractionError, extractArticle } from '../engine';
import { sendToBackground } from '../messaging/send';
import { extractionFailureMessage, toPageArticle } from './page-article';

/** Rejects only when the message could not be delivered (e.g. the extension was reloaded). */
export async function sendPageArticle(doc: Document, token: string, pageUrl: string): Promise<void> {
  let article;
  try {
    // extractArticle reads the live document and runs Readability on a clone: the page is not changed.
    article = toPageArticle(extractArticle(doc, { url: pageUrl }), pageUrl);
  } catch (error) {
    if (!(error instanceof ExtractionError)) console.warn('Parallax: reading the article failed', error);
    await sendToBackground('reportExtractionFailure', { token, message: extractionFailureMessage(error), url: pageUrl });
    return;
  }
  await sendToBackground('prepareComparison', { token, article });
}
