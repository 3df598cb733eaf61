// What the handlers share: the corpus, the prepared pages and the comparisons. Created once per worker
// start; everything in memory here can be rebuilt from storage.session and IndexedDB.

import { openCorpusDb } from '../db/schema';
import type { ParallaxDb } from '../db/schema';
import { Comparisons } from './comparisons';
import { CorpusCache } from './corpus-cache';
import { PreparedPages } from './prepared-pages';

export interface BackgroundOptions {
  openDb?: () => ParallaxDb;
  now?: () => number;
  /** How long getComparison waits for a token the content script has not sent yet (default 10 s). */
  tokenWaitMs?: number;
  tokenPollMs?: number;
  /** Pauses before retrying an injection that raced the activeTab grant. */
  retryDelaysMs?: number[];
}

export interface BackgroundServices {
  corpus: CorpusCache;
  pages: PreparedPages;
  comparisons: Comparisons;
}

export function createServices(options: BackgroundOptions = {}): BackgroundServices {
  const corpus = new CorpusCache(options.openDb ?? (() => openCorpusDb()));
  const pages = new PreparedPages({ now: options.now ?? Date.now, waitMs: options.tokenWaitMs ?? 10_000, pollMs: options.tokenPollMs ?? 100 });
  return { corpus, pages, comparisons: new Comparisons(corpus) };
}
