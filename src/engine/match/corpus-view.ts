// A CorpusIndex over a slice of a corpus too large to hold: the articles of the few events a match will
// align, the term-search hits that led to them, and the article the page already is, if the corpus holds it.
// Whoever cuts the slice (the background, from IndexedDB) searches ahead and chooses the events with the
// engine's eventsToAlign; matching then aligns those events without searching or choosing again.

import type { ParsedArticle } from '../article/parse-article';
import type { CorpusArticle, CorpusEvent } from '../types';
import type { CorpusIndex } from './corpus-index';
import { normaliseUrl } from './normalise-url';

export interface CorpusSlice {
  /** Every article of every event in `events`. */
  articles: CorpusArticle[];
  events: CorpusEvent[];
  /** Term-search hits over the whole corpus, best first, already cut to articles of `events`. */
  hits: { articleId: string; score: number }[];
  /** The events the query's hits chose (eventsToAlign, decided once when the slice was cut), best first. */
  chosen: [eventId: string, termSimilarity: number][];
  /** What the corpus answered for the page's fingerprint and URL: the stored article's id, if any. */
  byFingerprint: Map<string, string>;
  byUrl: Map<string, string>;
}

export function corpusView(slice: CorpusSlice, parse: (article: CorpusArticle) => ParsedArticle): CorpusIndex {
  const articles = new Map(slice.articles.map((a) => [a.id, a]));
  const events = new Map(slice.events.map((e) => [e.id, e]));
  const eventByArticle = new Map<string, CorpusEvent>();
  for (const event of slice.events) for (const id of event.articleIds) eventByArticle.set(id, event);
  const urls = new Map([...slice.byUrl].map(([url, id]) => [normaliseUrl(url), id]));
  return {
    articles,
    events,
    eventOf: (id) => eventByArticle.get(id),
    parsed: (id) => {
      const article = articles.get(id);
      if (!article) throw new Error(`corpus view: article "${id}" is not in the slice`);
      return parse(article);
    },
    byFingerprint: (fp) => slice.byFingerprint.get(fp),
    byUrl: (url) => urls.get(normaliseUrl(url)),
    search: (_terms, limit) => slice.hits.slice(0, limit),
    chosenEvents: slice.chosen,
  };
}
