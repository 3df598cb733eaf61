// Clustering's view of one corpus article: everything the grouping reads about it (its parsed text, its
// search terms, its date, its language) worked out once, and where the grouping has put it so far. Clustering
// compares each article with many candidates, twice over; computing these per comparison would repeat the
// costliest steps (parsing, term extraction) hundreds of times per article.

import type { ParsedArticle } from '../article/parse-article';
import type { CorpusArticle } from '../types';
import { articleTerms } from './article-terms';
import { parseCorpusArticle } from './corpus-index';
import { languageAnchors } from './language-anchors';

/** An event being formed: its articles in the order they joined. */
export interface Cluster {
  members: ArticleRecord[];
}

export interface ArticleRecord {
  readonly article: CorpusArticle;
  readonly parsed: ParsedArticle;
  readonly terms: Map<string, number>;
  /** The article's document number in the term index: its position in the input. */
  readonly doc: number;
  /** Its position when the articles are taken in date order (undated last). */
  position: number;
  /** The event it is in so far; null until it is placed. */
  cluster: Cluster | null;
  /** How surely it joined its event (0 when it founded it): the most central report titles the event. */
  centrality: number;
  /** Names and figures, for placing it beside reports in another language; made only when needed. */
  anchors: Set<string> | null;
}

export function articleRecords(articles: CorpusArticle[]): ArticleRecord[] {
  const records = articles.map((article, doc): ArticleRecord => {
    const parsed = parseCorpusArticle(article);
    return { article, parsed, terms: articleTerms(parsed), doc, position: 0, cluster: null, centrality: 0, anchors: null };
  });
  dateOrder(records).forEach((record, position) => {
    record.position = position;
  });
  return records;
}

/** Earliest first, undated last, ties by id: an event's founding article is then its earliest report, and the
 *  result does not depend on the order the articles were given in. */
export function dateOrder(records: readonly ArticleRecord[]): ArticleRecord[] {
  return [...records].sort((x, y) => (x.article.date ?? '9999').localeCompare(y.article.date ?? '9999') || x.article.id.localeCompare(y.article.id));
}

export function anchorsOf(record: ArticleRecord): Set<string> {
  record.anchors ??= languageAnchors(record.parsed);
  return record.anchors;
}

/** Moves a record into `to`, out of the cluster it was in. */
export function moveTo(record: ArticleRecord, to: Cluster, centrality: number): void {
  if (record.cluster) record.cluster.members = record.cluster.members.filter((member) => member !== record);
  to.members.push(record);
  record.cluster = to;
  record.centrality = centrality;
}
