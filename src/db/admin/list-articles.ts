// The articles table: filter, sort and page the cached summaries in memory (see corpus-snapshot.ts).

import type { ArticlePage, ArticleQuery, ArticleSummary } from '../corpus-admin-api';
import { CorpusDbError } from '../corpus-db-error';
import { sortedOrder, type CorpusSnapshot } from './corpus-snapshot';

type Test = (summary: ArticleSummary, index: number) => boolean;

/** `outlet: null` asks for the articles whose outlet is unknown; an absent field does not filter. */
function filtersOf(query: ArticleQuery, haystacks: string[]): Test[] {
  const tests: Test[] = [];
  const search = query.search?.trim().toLowerCase();
  if (search) tests.push((_, i) => haystacks[i]!.includes(search));
  if (query.outlet !== undefined) tests.push((s) => s.outlet === query.outlet);
  if (query.eventId !== undefined) tests.push((s) => s.eventId === query.eventId);
  if (query.origin !== undefined) tests.push((s) => s.origin === query.origin);
  const { dateFrom, dateTo } = query;
  if (dateFrom) tests.push((s) => s.date !== null && s.date >= dateFrom);
  if (dateTo) tests.push((s) => s.date !== null && s.date <= dateTo);
  return tests;
}

export function queryArticles(snapshot: CorpusSnapshot, query: ArticleQuery): ArticlePage {
  const { page, pageSize } = query;
  if (!Number.isInteger(page) || page < 0 || !Number.isInteger(pageSize) || pageSize < 1) {
    throw new CorpusDbError('invalid', `could not list the articles: page ${page} of size ${pageSize} is not a page (0-based page, size of at least 1)`);
  }
  const sort = query.sort ?? { key: 'date', descending: true };
  const order = sortedOrder(snapshot, sort.key, sort.descending);
  const tests = filtersOf(query, snapshot.haystacks);
  const first = page * pageSize;
  const rows: ArticleSummary[] = [];
  let total = 0;
  for (const i of order) {
    const summary = snapshot.summaries[i]!;
    if (!tests.every((test) => test(summary, i))) continue;
    if (total >= first && rows.length < pageSize) rows.push({ ...summary });
    total++;
  }
  return { rows, total };
}
