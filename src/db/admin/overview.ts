// The corpus at a glance: its events with their article counts and outlets, and the outlets for the filter.

import type { CorpusOverview, EventSummary } from '../corpus-admin-api';
import type { CorpusSnapshot } from './corpus-snapshot';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Events newest first (undated last), then by title; events that hold no article are left out. */
export function overviewOf(snapshot: CorpusSnapshot): CorpusOverview {
  const byEvent = new Map<string, { count: number; outlets: Set<string> }>();
  const outlets = new Set<string>();
  for (const s of snapshot.summaries) {
    const entry = byEvent.get(s.eventId) ?? { count: 0, outlets: new Set<string>() };
    entry.count++;
    if (s.outlet !== null) {
      entry.outlets.add(s.outlet);
      outlets.add(s.outlet);
    }
    byEvent.set(s.eventId, entry);
  }
  const events: EventSummary[] = [];
  for (const [id, { count, outlets: names }] of byEvent) {
    const row = snapshot.events.get(id);
    events.push({ id, title: row?.title ?? '', date: row?.date ?? null, articleCount: count, outlets: [...names].sort(collator.compare) });
  }
  events.sort((a, b) =>
    (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1)
    || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  const sortedOutlets = [...outlets].sort(collator.compare);
  return { events, articleCount: snapshot.summaries.length, outletCount: sortedOutlets.length, outlets: sortedOutlets };
}
