// A worker thread of the pack command: builds the DOM and runs the extraction for one page at a time, so that
// the main thread stays free for the network (a page that takes a second to parse must not make another
// request's timer fire) and two cores extract at once.

import { parentPort } from 'node:worker_threads';
import { articleFromHtml, type PageHints } from '../../engine';
import { parseHtmlWithLinkedom } from './html-dom';

export interface ExtractRequest {
  id: number;
  html: string;
  hints: PageHints;
}

parentPort?.on('message', (request: ExtractRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, result: articleFromHtml(request.html, parseHtmlWithLinkedom, request.hints) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
