// One page of the articles table (never more than a page is rendered): a checkbox per row, the title as a
// link to the article, and column headers that sort (aria-sort says how).

import { useEffect, useRef } from 'preact/hooks';
import type { ArticleQuery, ArticleSortKey, ArticleSummary } from '../../db/corpus-admin-api';
import { t } from '../i18n';
import { formatDate } from './format';
import type { MessageKey } from '../messages';
import { DEFAULT_SORT } from './article-query';
import { KNOWN_LONG, KNOWN_SHORT, ORIGIN_LABELS } from './labels';
import { formatRoute } from './route';

const COLUMNS: readonly { key: ArticleSortKey; label: MessageKey }[] = [
  { key: 'title', label: 'optColTitle' },
  { key: 'outlet', label: 'optColOutlet' },
  { key: 'date', label: 'optColDate' },
  { key: 'event', label: 'optColEvent' },
  { key: 'origin', label: 'optColOrigin' },
];

interface ArticleTableProps {
  rows: readonly ArticleSummary[];
  sort: ArticleQuery['sort'];
  busy: boolean;
  selection: ReadonlySet<string>;
  onSort: (key: ArticleSortKey) => void;
  onSelect: (ids: string[], selected: boolean) => void;
}

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: NonNullable<ArticleQuery['sort']>; onSort: (key: ArticleSortKey) => void }) {
  const active = sort.key === column.key;
  const direction = sort.descending ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? direction : 'none'} class={`col-${column.key}`}>
      <button type="button" class="sort-button" onClick={() => onSort(column.key)}>
        {t(column.label)}
        <span class="sort-mark" aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

function PageCheckbox({ rows, selection, onSelect }: Pick<ArticleTableProps, 'rows' | 'selection' | 'onSelect'>) {
  const ref = useRef<HTMLInputElement>(null);
  const chosen = rows.filter((r) => selection.has(r.id)).length;
  const all = rows.length > 0 && chosen === rows.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);
  return (
    <input ref={ref} type="checkbox" checked={all} disabled={rows.length === 0} aria-label={t('optSelectPage')}
      onChange={() => onSelect(rows.map((r) => r.id), !all)} />
  );
}

function ArticleRow({ row, selected, onSelect }: { row: ArticleSummary; selected: boolean; onSelect: ArticleTableProps['onSelect'] }) {
  const title = row.title || t('optUntitled');
  return (
    <tr class={selected ? 'is-selected' : undefined}>
      <td class="cell-check">
        <input type="checkbox" checked={selected} aria-label={t('optSelectArticle', title)} onChange={() => onSelect([row.id], !selected)} />
      </td>
      <th scope="row" class="cell-title">
        <a href={formatRoute({ section: 'article', params: { id: row.id } })} lang={row.language === 'und' ? undefined : row.language}>{title}</a>
      </th>
      <td>
        {row.outlet ?? <span class="muted">{t('unknownOutlet')}</span>}
        {row.outlet && <span class={`known known-${row.outletKnown}`} title={t(KNOWN_LONG[row.outletKnown])}> · {t(KNOWN_SHORT[row.outletKnown])}</span>}
      </td>
      <td class="cell-date">{row.date ? <time dateTime={row.date}>{formatDate(row.date)}</time> : '–'}</td>
      <td>
        {row.eventTitle || t('optUntitled')}
        {row.placedByReader && <span class="muted small"> · {t('optPlacedByYou')}</span>}
      </td>
      <td>{t(ORIGIN_LABELS[row.origin])}</td>
    </tr>
  );
}

export function ArticleTable({ rows, sort = DEFAULT_SORT, busy, selection, onSort, onSelect }: ArticleTableProps) {
  return (
    <table class="data-table articles-table" aria-busy={busy} aria-describedby="articles-count">
      <caption class="sr-only">{t('optArticlesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" class="cell-check"><PageCheckbox rows={rows} selection={selection} onSelect={onSelect} /></th>
          {COLUMNS.map((c) => <SortHeader key={c.key} column={c} sort={sort} onSort={onSort} />)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => <ArticleRow key={row.id} row={row} selected={selection.has(row.id)} onSelect={onSelect} />)}
      </tbody>
    </table>
  );
}
