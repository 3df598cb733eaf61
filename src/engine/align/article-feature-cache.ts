// Corpus articles' readings (article-reading.ts) kept between comparisons: a reader's clicks on reports of
// one event align the same corpus articles again and again, and their tokens, titles and word stems do not
// change from one click to the next. The caller creates the cache and passes it in (CompareOptions.features),
// so the engine keeps no hidden state: a comparison with a cache answers exactly as one without.
//
// Keyed by what a reading depends on: the article's id, its language and its sentences' text (compared in
// full, so an article whose text changed under the same id is read again, never served stale). A reading made
// before the meaning lexicon was loaded (or with another one) is made again. Bounded: the least recently used
// readings go first.

import type { ParsedArticle } from '../article/parse-article';
import { loadedLexicon } from '../meaning/loaded';
import type { ArticleReading } from './article-reading';

/** Readings kept by default: a few events' articles (a click aligns up to three events, of 3–10 reports each
 *  in a generated 10,000-article corpus). Measured: ~58 kB of heap per reading of a generated article (710
 *  readings, 40.8 MB), so ~7 MB at this bound; longer articles take more. */
export const FEATURE_CACHE_SIZE = 120;

export interface FeatureCacheStats {
  /** Readings served from the cache. */
  hits: number;
  /** Readings made (not found, or found stale). */
  misses: number;
  size: number;
}

export class ArticleFeatureCache {
  private readonly readings = new Map<string, ArticleReading>();
  /** Each parsed article's language and text as a key, made once per parsed object (joining costs a little). */
  private readonly contents = new WeakMap<ParsedArticle, string>();
  private hits = 0;
  private misses = 0;

  constructor(readonly capacity: number = FEATURE_CACHE_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`ArticleFeatureCache: capacity must be a positive integer, got ${capacity}`);
  }

  /** The reading of corpus article `id` (parsed as `article`): kept, or made by `read` and kept. */
  reading(id: string, article: ParsedArticle, read: (article: ParsedArticle) => ArticleReading): ArticleReading {
    const key = this.keyOf(id, article);
    const kept = this.readings.get(key);
    if (kept && kept.lexicon === loadedLexicon()) {
      this.hits++;
      this.readings.delete(key); // most recently used last
      this.readings.set(key, kept);
      return kept;
    }
    this.misses++;
    const made = read(article);
    this.readings.delete(key);
    this.readings.set(key, made);
    while (this.readings.size > this.capacity) this.readings.delete(this.readings.keys().next().value!);
    return made;
  }

  stats(): FeatureCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.readings.size };
  }

  clear(): void {
    this.readings.clear();
  }

  private keyOf(id: string, article: ParsedArticle): string {
    let content = this.contents.get(article);
    if (content === undefined) {
      content = `${article.language}\u0000${article.sentences.map((s) => s.text).join('\u0000')}`;
      this.contents.set(article, content);
    }
    return `${id}\u0000${content}`;
  }
}
