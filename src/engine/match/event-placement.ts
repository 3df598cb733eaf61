// Where an article the reader keeps goes: the event it reports, decided by the same event match the
// comparison uses, else a new event of its own, named as clustered events are. One rule for the sidebar's
// "keep" and the options page's "add", so an article lands in the same event whichever way it came in.

import { eventIdFor } from '../corpus/event-id';
import type { CorpusArticle, CorpusEvent } from '../types';
import type { CorpusIndex } from './corpus-index';
import { matchEvent } from './match-event';
import type { PreparedQuery } from './prepare-query';

export type EventPlacement = { eventId: string } | { newEvent: CorpusEvent };

/** `corpus` must hold the candidate events (a slice is enough: see corpus-view). A new event's id may be
 *  taken by then; the writer replaces it with the article's next free one (see event-id). */
export function placementFor(article: CorpusArticle, query: PreparedQuery, corpus: CorpusIndex): EventPlacement {
  const parsed = query.parsed;
  // Another outlet's word-for-word copy of a stored article joins that article's event.
  const copy = corpus.byFingerprint(parsed.fingerprint);
  const copysEvent = copy ? corpus.eventOf(copy) : undefined;
  if (copysEvent) return { eventId: copysEvent.id };
  const match = matchEvent(query, corpus, null);
  if (match?.relation === 'same') return { eventId: match.event.id };
  // The article's own title is kept whole; the engine's (a heading or the first sentence) when it has none.
  const title = article.title.trim() || parsed.title;
  return { newEvent: { id: eventIdFor(article.id), title, date: article.date, articleIds: [article.id] } };
}
