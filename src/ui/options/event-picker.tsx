// Choosing one event out of possibly thousands: a filter box over a list box (a native <select size>, so
// arrow keys and screen readers work as usual). At most 200 events are listed; the filter finds the rest.

import { useMemo, useState } from 'preact/hooks';
import type { EventSummary } from '../../db/corpus-admin-api';
import { t } from '../i18n';
import { formatCount, formatDate } from './format';
import { sortEvents } from './overview-section';

const LISTED = 200;

interface EventPickerProps {
  id: string;
  label: string;
  events: readonly EventSummary[];
  value: string;
  onChange: (eventId: string) => void;
  /** An event not to offer (the article's own). */
  exclude?: string;
  disabled?: boolean;
}

export function eventLabel(event: EventSummary): string {
  const title = event.title || t('optUntitled');
  return `${title}${event.date ? ` (${formatDate(event.date)})` : ''} · ${t('optEventArticles', formatCount(event.articleCount))}`;
}

/** Events whose title or date contains every word of the filter, newest first. */
export function filterEvents(events: readonly EventSummary[], filter: string, exclude?: string): EventSummary[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return sortEvents(events).filter((e) => {
    if (e.id === exclude) return false;
    const haystack = `${e.title} ${e.date ?? ''}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export function EventPicker({ id, label, events, value, onChange, exclude, disabled }: EventPickerProps) {
  const [filter, setFilter] = useState('');
  const matches = useMemo(() => filterEvents(events, filter, exclude), [events, filter, exclude]);
  const listed = matches.slice(0, LISTED);
  return (
    <div class="event-picker">
      <div class="field">
        <label for={`${id}-filter`}>{t('optEventFilter')}</label>
        <input id={`${id}-filter`} type="search" value={filter} disabled={disabled} autocomplete="off"
          onInput={(e) => setFilter(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={id}>{label}</label>
        <select id={id} size={8} value={value} disabled={disabled} aria-describedby={`${id}-count`}
          onChange={(e) => onChange(e.currentTarget.value)}>
          {listed.map((e) => <option key={e.id} value={e.id}>{eventLabel(e)}</option>)}
        </select>
        <p id={`${id}-count`} class="hint muted">
          {matches.length === 0 ? t('optNoEventsMatch') : matches.length > LISTED ? t('optEventsListed', formatCount(LISTED), formatCount(matches.length)) : t('optEventsFound', formatCount(matches.length))}
        </p>
      </div>
    </div>
  );
}
