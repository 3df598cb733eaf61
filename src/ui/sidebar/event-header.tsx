// The matched event: its title and date, how sure the match is in words, and the article the reader is on.

import type { ComparisonEvent } from '../../engine';
import { formatDate, t } from '../i18n';
import { matchKey } from './view-model';

interface EventHeaderProps {
  event: ComparisonEvent;
  readingTitle: string;
  textLang: string;
}

export function EventHeader({ event, readingTitle, textLang }: EventHeaderProps) {
  return (
    <section class="event" aria-labelledby="event-title">
      <p class="eyebrow">{t('eventLabel')}</p>
      <h1 id="event-title" class="event-title" lang={textLang} tabIndex={-1}>{event.title}</h1>
      <p class="event-meta">
        {event.date && <time dateTime={event.date}>{formatDate(event.date)}</time>}
        <span class={`match match-${event.relation}`}>{t(matchKey(event))}</span>
      </p>
      {readingTitle && (
        <p class="reading">
          <span class="muted">{t('youAreReading')}</span> <span lang={textLang}>{readingTitle}</span>
        </p>
      )}
    </section>
  );
}
