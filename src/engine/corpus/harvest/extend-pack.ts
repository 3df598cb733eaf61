// Adds new articles to a pack without disturbing what is there: the engine clusters old and new articles
// together, each new article joins the existing event its cluster shares with old articles, and new articles
// whose cluster holds no old one form new events. Existing events and their members are never changed, so an
// article the reader moved by hand (placedByReader) stays where they put it. Ids come from the text, outlet and
// address (../article-id), so a second run over the same inputs finds every article already held and adds
// nothing; the same text from the same outlet (or where either outlet is unknown) is held too, while another
// outlet's word-for-word reprint is an article of its own. A new event is named as everywhere else
// (../event-id): by its earliest new article, with that article's next id when an event holds the first.

import { clusterEvents } from '../../match/cluster-events';
import { textHashFor } from '../article-id';
import { firstFreeEventId } from '../event-id';
import type { CorpusArticle, CorpusEvent } from '../../types';
import { CORPUS_FORMAT, CORPUS_VERSION, type CorpusPack } from '../pack-format';

export interface ExtendResult {
  pack: CorpusPack;
  added: CorpusArticle[];
  /** New articles whose text the pack (or an earlier new article) already holds. */
  alreadyHeld: CorpusArticle[];
  /** Events created for new articles. */
  newEvents: CorpusEvent[];
  /** Existing events that received new articles. */
  grownEvents: CorpusEvent[];
}

export function emptyPack(description?: string): CorpusPack {
  const pack: CorpusPack = { format: CORPUS_FORMAT, version: CORPUS_VERSION, articles: [], events: [] };
  if (description) pack.description = description;
  return pack;
}

function majority(ids: string[]): string | null {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

export function extendPack(existing: CorpusPack, candidates: CorpusArticle[]): ExtendResult {
  const held = new Set(existing.articles.map((a) => a.id));
  const outletsByText = new Map<string, (string | null)[]>();
  const holdText = (a: CorpusArticle) => {
    const key = textHashFor(a.text);
    outletsByText.set(key, [...(outletsByText.get(key) ?? []), a.outlet.name]);
  };
  existing.articles.forEach(holdText);
  const sameOutletsText = (a: CorpusArticle) =>
    (outletsByText.get(textHashFor(a.text)) ?? []).some((outlet) => outlet === null || a.outlet.name === null || outlet === a.outlet.name);
  const added: CorpusArticle[] = [];
  const alreadyHeld: CorpusArticle[] = [];
  for (const article of candidates) {
    if (held.has(article.id) || sameOutletsText(article)) alreadyHeld.push(article);
    else {
      held.add(article.id);
      holdText(article);
      added.push(article);
    }
  }
  if (added.length === 0) return { pack: existing, added, alreadyHeld, newEvents: [], grownEvents: [] };

  const eventOfOld = new Map<string, string>();
  for (const event of existing.events) for (const id of event.articleIds) eventOfOld.set(id, event.id);
  const events = existing.events.map((e) => ({ ...e, articleIds: [...e.articleIds] }));
  const byId = new Map(events.map((e) => [e.id, e]));
  const grown = new Set<string>();
  const newEvents: CorpusEvent[] = [];
  const usedIds = new Set(events.map((e) => e.id));
  const newIds = new Set(added.map((a) => a.id));

  for (const cluster of clusterEvents([...existing.articles, ...added])) {
    const fresh = cluster.articleIds.filter((id) => newIds.has(id));
    const founder = fresh[0];
    if (founder === undefined) continue;
    const home = majority(cluster.articleIds.flatMap((id) => eventOfOld.get(id) ?? []));
    const target = home ? byId.get(home) : undefined;
    if (target) {
      target.articleIds.push(...fresh);
      grown.add(target.id);
      continue;
    }
    // The event holds the new articles only, so the earliest of them founds it (the cluster's own id may come
    // from an old article without an event). For a cluster of new articles alone, this is the cluster's id but for
    // a collision.
    const id = firstFreeEventId(founder, (taken) => usedIds.has(taken));
    usedIds.add(id);
    const event: CorpusEvent = { ...cluster, id, articleIds: fresh };
    newEvents.push(event);
  }
  const pack: CorpusPack = {
    ...existing,
    articles: [...existing.articles, ...added],
    events: [...events, ...newEvents],
  };
  return { pack, added, alreadyHeld, newEvents, grownEvents: events.filter((e) => grown.has(e.id)) };
}
