// The articles table's search and filters: outlet, event, origin, date range. Every change goes back to page 1.

import { useMemo } from 'preact/hooks';
import type { ArticleQuery, CorpusOverview } from '../../db/corpus-admin-api';
import type { ArticleOrigin } from '../../engine';
import { t } from '../i18n';
import { formatDate } from './format';
import { isFiltered } from './article-query';
import { ORIGIN_LABELS } from './labels';
import { sortEvents } from './overview-section';
import { SearchField } from './search-field';

/** The outlet select's value for "outlet not known" (no outlet name is empty). */
const NO_OUTLET = '';
const ANY = '*';

interface ArticleFiltersProps {
  query: ArticleQuery;
  overview: CorpusOverview | null;
  onChange: (query: ArticleQuery) => void;
}

function outletValue(query: ArticleQuery): string {
  return query.outlet === undefined ? ANY : query.outlet ?? NO_OUTLET;
}

export function ArticleFilters({ query, overview, onChange }: ArticleFiltersProps) {
  const set = (patch: Partial<ArticleQuery>) => onChange({ ...query, ...patch, page: 0 });
  // Thousands of events: the option list is built once per overview, not on every change of the query.
  const eventOptions = useMemo(
    () => sortEvents(overview?.events ?? []).map((e) => (
      <option key={e.id} value={e.id}>{`${e.title || t('optUntitled')}${e.date ? ` (${formatDate(e.date)})` : ''}`}</option>
    )),
    [overview],
  );
  const outletOptions = useMemo(() => (overview?.outlets ?? []).map((o) => <option key={o} value={o}>{o}</option>), [overview]);
  const setOutlet = (value: string) => set({ outlet: value === ANY ? undefined : value === NO_OUTLET ? null : value });
  return (
    <form class="filters" role="search" aria-label={t('optFiltersLabel')} onSubmit={(e) => e.preventDefault()}>
      <SearchField id="filter-search" label={t('optSearchLabel')} value={query.search ?? ''} onSearch={(search) => set({ search: search || undefined })} />
      <div class="field">
        <label for="filter-outlet">{t('optFilterOutlet')}</label>
        <select id="filter-outlet" value={outletValue(query)} onChange={(e) => setOutlet(e.currentTarget.value)}>
          <option value={ANY}>{t('optAnyOutlet')}</option>
          <option value={NO_OUTLET}>{t('unknownOutlet')}</option>
          {outletOptions}
        </select>
      </div>
      <div class="field field-wide">
        <label for="filter-event">{t('optFilterEvent')}</label>
        <select id="filter-event" value={query.eventId ?? ''} onChange={(e) => set({ eventId: e.currentTarget.value || undefined })}>
          <option value="">{t('optAnyEvent')}</option>
          {eventOptions}
        </select>
      </div>
      <div class="field">
        <label for="filter-origin">{t('optFilterOrigin')}</label>
        <select id="filter-origin" value={query.origin ?? ''} onChange={(e) => set({ origin: (e.currentTarget.value || undefined) as ArticleOrigin | undefined })}>
          <option value="">{t('optAnyOrigin')}</option>
          {(Object.keys(ORIGIN_LABELS) as ArticleOrigin[]).map((o) => <option key={o} value={o}>{t(ORIGIN_LABELS[o])}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-from">{t('optFilterFrom')}</label>
        <input id="filter-from" type="date" value={query.dateFrom ?? ''} onChange={(e) => set({ dateFrom: e.currentTarget.value || undefined })} />
      </div>
      <div class="field">
        <label for="filter-to">{t('optFilterTo')}</label>
        <input id="filter-to" type="date" value={query.dateTo ?? ''} onChange={(e) => set({ dateTo: e.currentTarget.value || undefined })} />
      </div>
      {isFiltered(query) && (
        <button type="button" class="text-button filters-clear" onClick={() => onChange({ page: 0, pageSize: query.pageSize, sort: query.sort })}>
          {t('optClearFilters')}
        </button>
      )}
    </form>
  );
}
