// The articles: filters, one page of the table, page controls, and what can be done with the selection.
// The query lives in the hash (#articles?q=…&page=3), so a filtered page is a link.

import { useEffect } from 'preact/hooks';
import type { ArticleQuery } from '../../db/corpus-admin-api';
import { t } from '../i18n';
import { ArticleFilters } from './article-filters';
import { isFiltered, nextSort, pageCount, paramsFromQuery, queryFromParams } from './article-query';
import { ArticleTable } from './article-table';
import { useOptions } from './context';
import { ErrorMessage } from './error-message';
import { formatCount } from './format';
import { Pager } from './pager';
import type { RouteParams } from './route';
import { SelectionBar } from './selection-bar';
import { shown, useLoad } from './use-load';

export function ArticlesSection({ params }: { params: RouteParams }) {
  const { admin, overview, revision, selection, setSelection, navigate } = useOptions();
  const query = queryFromParams(params);
  const key = JSON.stringify(query);
  const page = useLoad(() => admin.listArticles(query), [admin, key, revision]);
  const value = shown(page);

  const change = (next: ArticleQuery) => navigate({ section: 'articles', params: paramsFromQuery(next) }, { replace: true });
  const select = (ids: string[], selected: boolean) => {
    const next = new Set(selection);
    for (const id of ids) selected ? next.add(id) : next.delete(id);
    setSelection(next);
  };
  const pages = pageCount(value?.total ?? 0, query.pageSize);
  // A page beyond the end (rows deleted, a stale link) shows the last page instead of an empty table.
  const beyondEnd = page.kind === 'ready' && page.value.rows.length === 0 && query.page > 0 && query.page >= pages;
  useEffect(() => {
    if (beyondEnd) change({ ...query, page: pages - 1 });
    // Only falling beyond the end moves the page; `query` and `pages` are read as of that render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [beyondEnd]);

  return (
    <div class="stack">
      <ArticleFilters query={query} overview={shown(overview)} onChange={change} />
      <SelectionBar />
      <p id="articles-count" class="muted small" role="status">
        {value === null ? t('optLoading') : isFiltered(query) ? t('optArticlesMatching', formatCount(value.total)) : t('optArticlesTotal', formatCount(value.total))}
      </p>
      {page.kind === 'error' && <ErrorMessage error={page.error} />}
      {value && value.total === 0 && <p class="empty">{isFiltered(query) ? t('optNoArticlesMatch') : t('optNoArticles')}</p>}
      {value && value.rows.length > 0 && (
        <ArticleTable rows={value.rows} sort={query.sort} busy={page.kind === 'loading'} selection={selection}
          onSort={(k) => change({ ...query, sort: nextSort(query.sort, k), page: 0 })} onSelect={select} />
      )}
      <Pager id="articles-pager" page={query.page} pages={pages} onPage={(p) => change({ ...query, page: p })} />
    </div>
  );
}
