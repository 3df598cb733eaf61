// The options page's links: the hash names the section and its parameters, the articles table's query
// (search, filters, sort, page) survives a round trip through the hash, and sorting by a column flips it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleQuery } from '../../src/db/corpus-admin-api';
import { DEFAULT_SORT, isFiltered, nextSort, pageCount, PAGE_SIZE, paramsFromQuery, queryFromParams } from '../../src/ui/options/article-query';
import { formatRoute, parseRoute, SECTIONS } from '../../src/ui/options/route';

describe('routes in the hash', () => {
  it('read the section and its parameters, decoding them', () => {
    expect(parseRoute('#add?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1&title=Stadtrat%20tagt')).toEqual({
      section: 'add',
      params: { url: 'https://example.org/a?b=1', title: 'Stadtrat tagt' },
    });
    expect(parseRoute('#articles')).toEqual({ section: 'articles', params: {} });
    expect(parseRoute('#ARTICLES?page=2').section).toBe('articles');
  });

  it('fall back to the overview for an empty or unknown hash, so the page is never blank', () => {
    for (const hash of ['', '#', '#nonsense?x=1', '#%E0%A4%A', '#constructor', '#__proto__', '#toString?a=1']) {
      expect(parseRoute(hash)).toEqual({ section: 'overview', params: {} });
    }
    // A malformed escape in a parameter is kept as it is rather than breaking the page.
    expect(parseRoute('#articles?q=%E0%A4%A').section).toBe('articles');
  });

  it('write parameters in a stable order and leave empty ones out', () => {
    expect(formatRoute({ section: 'articles', params: { q: 'putin', page: '2', origin: '' } })).toBe('#articles?page=2&q=putin');
    expect(formatRoute({ section: 'overview', params: {} })).toBe('#overview');
  });

  it('survive a round trip for every section and any parameter text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SECTIONS), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ minLength: 1, maxLength: 30 })), (section, params) => {
        const route = { section, params };
        expect(parseRoute(formatRoute(route))).toEqual(route);
      }),
    );
  });
});

describe('the articles query in the hash', () => {
  it('defaults to the first page, 50 a page, newest first, with no parameters', () => {
    expect(queryFromParams({})).toEqual({ page: 0, pageSize: PAGE_SIZE, sort: DEFAULT_SORT });
    expect(paramsFromQuery(queryFromParams({}))).toEqual({});
  });

  it('reads every filter, a 1-based page and the sort', () => {
    const query = queryFromParams({ q: ' Kreml ', outlet: 'Tagesblatt', event: 'e-1', origin: 'imported', from: '2025-02-01', to: '2025-02-28', sort: 'title', order: 'desc', page: '3' });
    expect(query).toEqual({
      search: 'Kreml', outlet: 'Tagesblatt', eventId: 'e-1', origin: 'imported', dateFrom: '2025-02-01', dateTo: '2025-02-28',
      sort: { key: 'title', descending: true }, page: 2, pageSize: PAGE_SIZE,
    });
    expect(queryFromParams({ noOutlet: '1' }).outlet).toBeNull();
  });

  it('ignores values that are not what they claim to be', () => {
    const query = queryFromParams({ origin: 'stolen', from: '12.02.2025', sort: 'text', page: '-4', to: '2025-2-1' });
    expect(query).toEqual({ page: 0, pageSize: PAGE_SIZE, sort: DEFAULT_SORT });
    expect(queryFromParams({ page: '2.5' }).page).toBe(0);
  });

  it('survives a round trip through the hash', () => {
    const arbitraryQuery = fc.record({
      search: fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''), { nil: undefined }),
      outlet: fc.option(fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }), { nil: undefined }),
      eventId: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
      origin: fc.option(fc.constantFrom('bundled' as const, 'user' as const, 'imported' as const), { nil: undefined }),
      dateFrom: fc.option(fc.constantFrom('2025-01-01', '2024-12-31'), { nil: undefined }),
      dateTo: fc.option(fc.constantFrom('2025-03-01'), { nil: undefined }),
      sort: fc.record({ key: fc.constantFrom('date' as const, 'title' as const, 'outlet' as const, 'origin' as const, 'event' as const), descending: fc.boolean() }),
      page: fc.nat({ max: 500 }),
      pageSize: fc.constant(PAGE_SIZE),
    }, { requiredKeys: ['sort', 'page', 'pageSize'] });
    fc.assert(
      fc.property(arbitraryQuery, (query) => {
        const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as unknown as ArticleQuery;
        const hash = formatRoute({ section: 'articles', params: paramsFromQuery(clean) });
        expect(queryFromParams(parseRoute(hash).params)).toEqual(clean);
      }),
    );
  });

  it('sorts a new column in its natural order and flips the sorted one', () => {
    expect(nextSort(undefined, 'date')).toEqual({ key: 'date', descending: false });
    expect(nextSort(DEFAULT_SORT, 'title')).toEqual({ key: 'title', descending: false });
    expect(nextSort({ key: 'title', descending: false }, 'title')).toEqual({ key: 'title', descending: true });
    expect(nextSort({ key: 'title', descending: true }, 'date')).toEqual({ key: 'date', descending: true });
  });

  it('knows when the table is filtered and how many pages it has', () => {
    expect(isFiltered({ page: 3, pageSize: 50 })).toBe(false);
    expect(isFiltered({ page: 0, pageSize: 50, outlet: null })).toBe(true);
    expect(isFiltered({ page: 0, pageSize: 50, search: 'x' })).toBe(true);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(10_001)).toBe(201);
  });
});
