// The corpus at a glance: how many articles, events and outlets, and the events as the engine clustered them
// (newest first, 50 a page), each a link to its articles.

import { useMemo, useState } from 'preact/hooks';
import type { EventSummary } from '../../db/corpus-admin-api';
import { t } from '../i18n';
import { useOptions } from './context';
import { ErrorMessage } from './error-message';
import { formatCount, formatDate } from './format';
import { KeepReadPanel } from './keep-read-panel';
import { Pager } from './pager';
import { formatRoute } from './route';
import { shown } from './use-load';

const EVENTS_PER_PAGE = 50;

/** Newest first; undated events last, then by title. */
export function sortEvents(events: readonly EventSummary[]): EventSummary[] {
  return [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
}

function EventRow({ event }: { event: EventSummary }) {
  return (
    <tr>
      <th scope="row" class="cell-title">
        <a href={formatRoute({ section: 'articles', params: { event: event.id } })}>{event.title || t('optUntitled')}</a>
      </th>
      <td class="cell-date">{event.date ? <time dateTime={event.date}>{formatDate(event.date)}</time> : '–'}</td>
      <td class="cell-number">{formatCount(event.articleCount)}</td>
      <td class="cell-number" title={event.outlets.join(', ')}>{formatCount(event.outlets.length)}</td>
    </tr>
  );
}

export function OverviewSection() {
  const { overview } = useOptions();
  const [page, setPage] = useState(0);
  const value = shown(overview);
  const events = useMemo(() => sortEvents(value?.events ?? []), [value]);
  if (overview.kind === 'error') return <ErrorMessage error={overview.error} />;
  if (!value) return <p class="loading" role="status">{t('optLoading')}</p>;
  const pages = Math.max(1, Math.ceil(events.length / EVENTS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  return (
    <div class="stack" aria-busy={overview.kind === 'loading'}>
      {overview.kind === 'loading' && <p class="muted small" role="status">{t('optLoading')}</p>}
      <dl class="counts">
        <div><dt>{t('optCountArticles')}</dt><dd>{formatCount(value.articleCount)}</dd></div>
        <div><dt>{t('optCountEvents')}</dt><dd>{formatCount(value.events.length)}</dd></div>
        <div><dt>{t('optCountOutlets')}</dt><dd>{formatCount(value.outletCount)}</dd></div>
      </dl>
      <KeepReadPanel />
      <h2 class="subheading">{t('optEventsHeading')}</h2>
      <p class="muted small">{t('optEventsIntro')}</p>
      {events.length === 0 ? (
        <p class="empty">{t('optNoEvents')}</p>
      ) : (
        <>
          <table class="data-table">
            <caption class="sr-only">{t('optEventsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optColEvent')}</th>
                <th scope="col">{t('optColDate')}</th>
                <th scope="col" class="cell-number">{t('optColArticles')}</th>
                <th scope="col" class="cell-number">{t('optColOutlets')}</th>
              </tr>
            </thead>
            <tbody>
              {events.slice(current * EVENTS_PER_PAGE, (current + 1) * EVENTS_PER_PAGE).map((e) => <EventRow key={e.id} event={e} />)}
            </tbody>
          </table>
          <Pager id="events-pager" page={current} pages={pages} onPage={setPage} />
        </>
      )}
    </div>
  );
}
