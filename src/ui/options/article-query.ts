// The articles table's query (search, filters, sort, page) to and from route parameters, so a filtered,
// sorted page of the table is a link. Parameters that hold their default are left out.

import type { ArticleOrigin } from '../../engine';
import type { ArticleQuery, ArticleSortKey } from '../../db/corpus-admin-api';
import type { RouteParams } from './route';

export const PAGE_SIZE = 50;

export const SORT_KEYS: readonly ArticleSortKey[] = ['title', 'outlet', 'date', 'event', 'origin'];
const ORIGINS: readonly ArticleOrigin[] = ['bundled', 'user', 'imported', 'read'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DEFAULT_SORT: NonNullable<ArticleQuery['sort']> = { key: 'date', descending: true };

/** Dates start with the newest; words start at A. */
export function defaultDescending(key: ArticleSortKey): boolean {
  return key === 'date';
}

/** Clicking the sorted column's header turns the order round; another column starts in its own default order. */
export function nextSort(current: ArticleQuery['sort'], key: ArticleSortKey): NonNullable<ArticleQuery['sort']> {
  const sort = current ?? DEFAULT_SORT;
  return sort.key === key ? { key, descending: !sort.descending } : { key, descending: defaultDescending(key) };
}

export function queryFromParams(params: RouteParams): ArticleQuery {
  const query: ArticleQuery = { page: 0, pageSize: PAGE_SIZE, sort: DEFAULT_SORT };
  if (params.q?.trim()) query.search = params.q.trim();
  if (params.noOutlet === '1') query.outlet = null;
  else if (params.outlet) query.outlet = params.outlet;
  if (params.event) query.eventId = params.event;
  if (ORIGINS.includes(params.origin as ArticleOrigin)) query.origin = params.origin as ArticleOrigin;
  if (params.from && DATE.test(params.from)) query.dateFrom = params.from;
  if (params.to && DATE.test(params.to)) query.dateTo = params.to;
  const key = params.sort as ArticleSortKey;
  if (SORT_KEYS.includes(key)) {
    query.sort = { key, descending: params.order ? params.order === 'desc' : defaultDescending(key) };
  } else if (params.order === 'asc') {
    query.sort = { key: 'date', descending: false };
  }
  const page = Number(params.page);
  if (Number.isInteger(page) && page > 1) query.page = page - 1;
  return query;
}

export function paramsFromQuery(query: ArticleQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.search?.trim()) params.q = query.search.trim();
  if (query.outlet === null) params.noOutlet = '1';
  else if (query.outlet) params.outlet = query.outlet;
  if (query.eventId) params.event = query.eventId;
  if (query.origin) params.origin = query.origin;
  if (query.dateFrom) params.from = query.dateFrom;
  if (query.dateTo) params.to = query.dateTo;
  const sort = query.sort ?? DEFAULT_SORT;
  if (sort.key !== DEFAULT_SORT.key) params.sort = sort.key;
  if (sort.descending !== defaultDescending(sort.key)) params.order = sort.descending ? 'desc' : 'asc';
  if (query.page > 0) params.page = String(query.page + 1);
  return params;
}

/** True when any filter narrows the table (the search included), so the empty table can say why. */
export function isFiltered(query: ArticleQuery): boolean {
  return Boolean(query.search || query.outlet !== undefined || query.eventId || query.origin || query.dateFrom || query.dateTo);
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
