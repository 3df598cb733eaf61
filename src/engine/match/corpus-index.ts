// The corpus ready for comparison: articles by id, by fingerprint and by URL, their events, and a term
// index to find candidate events. Articles are parsed once, lazily, when an event needs them.

import { parseArticle, type ParsedArticle } from '../article/parse-article';
import type { CorpusPack } from '../corpus/pack-format';
import type { CorpusArticle, CorpusEvent } from '../types';
import type { MeaningLexicon } from '../meaning/lexicon';
import { loadedLexicon } from '../meaning/loaded';
import { articleTerms } from './article-terms';
import { normaliseUrl } from './normalise-url';
import { TermIndex } from './term-index';

export interface CorpusIndex {
  readonly articles: ReadonlyMap<string, CorpusArticle>;
  readonly events: ReadonlyMap<string, CorpusEvent>;
  eventOf(articleId: string): CorpusEvent | undefined;
  parsed(articleId: string): ParsedArticle;
  byFingerprint(fingerprint: string): string | undefined;
  byUrl(url: string): string | undefined;
  /** The corpus articles most similar to `terms`, best first. */
  search(terms: Map<string, number>, limit: number): { articleId: string; score: number }[];
  /** A slice's events chosen when it was cut, with their term similarity, best first (corpus-view): matching
   *  aligns these instead of searching again. Absent for an index over a whole corpus. */
  readonly chosenEvents?: readonly (readonly [eventId: string, termSimilarity: number])[];
}

export function parseCorpusArticle(article: CorpusArticle): ParsedArticle {
  return parseArticle({ title: article.title, text: article.text, date: article.date, language: article.language });
}

const PARSED_CACHE_SIZE = 256;

export function buildCorpusIndex(pack: Pick<CorpusPack, 'articles' | 'events'>): CorpusIndex {
  const articles = new Map(pack.articles.map((a) => [a.id, a]));
  const events = new Map(pack.events.map((e) => [e.id, e]));
  const eventByArticle = new Map<string, CorpusEvent>();
  for (const event of pack.events) for (const id of event.articleIds) eventByArticle.set(id, event);
  const parsedCache = new Map<string, ParsedArticle>();
  const fingerprints = new Map<string, string>();
  const urls = new Map<string, string>();
  let termIndex = new TermIndex();
  const docIds: string[] = [];
  // The articles' terms are made with the meaning lexicon loaded when the index is built; a query made after
  // the lexicon finished loading has meaning keys the index would lack (and a query without them would miss
  // the index's): the index is then built again once, the same way as the query.
  let termsLexicon: MeaningLexicon | null = loadedLexicon();
  const termsMatchingQueries = (): TermIndex => {
    const lexicon = loadedLexicon();
    if (lexicon === termsLexicon) return termIndex;
    termsLexicon = lexicon;
    termIndex = new TermIndex();
    pack.articles.forEach((article, doc) => {
      if (termIndex.add(articleTerms(parsed(article.id), lexicon)) !== doc) throw new Error('corpus index: documents out of order');
    });
    return termIndex;
  };

  // Parsed articles are kept for the events compared recently, not for the whole corpus.
  const parsed = (id: string): ParsedArticle => {
    let p = parsedCache.get(id);
    if (p) return p;
    const article = articles.get(id);
    if (!article) throw new Error(`corpus index: no article with id "${id}"`);
    p = parseCorpusArticle(article);
    parsedCache.set(id, p);
    if (parsedCache.size > PARSED_CACHE_SIZE) parsedCache.delete(parsedCache.keys().next().value!);
    return p;
  };

  for (const article of pack.articles) {
    const p = parseCorpusArticle(article);
    fingerprints.set(p.fingerprint, article.id);
    if (article.url) urls.set(normaliseUrl(article.url), article.id);
    docIds[termIndex.add(articleTerms(p, termsLexicon))] = article.id;
  }

  return {
    articles,
    events,
    eventOf: (id) => eventByArticle.get(id),
    parsed,
    byFingerprint: (fp) => fingerprints.get(fp),
    byUrl: (url) => urls.get(normaliseUrl(url)),
    search: (terms, limit) => termsMatchingQueries().search(terms, limit).map((hit) => ({ articleId: docIds[hit.doc]!, score: hit.score })),
  };
}
