// Cuts from the stored corpus the slice one comparison needs (see engine/match/corpus-view): the stored
// article the page is, if any, else the events the term index points to, with all their articles.

import type { ParsedArticle } from '../engine/article/parse-article';
import { articleTerms } from '../engine/match/article-terms';
import { normaliseUrl } from '../engine/match/corpus-index';
import type { CorpusSlice } from '../engine/match/corpus-view';
import { CANDIDATE_ARTICLES, eventsToAlign } from '../engine/match/match-event';
import type { CorpusEvent } from '../engine/types';
import { corpusFromRows } from './corpus-store';
import { guardDb } from './corpus-db-error';
import type { ParallaxDb } from './schema';
import { searchTermIndex } from './term-index-search';

/** The stored article the page is: the same text (fingerprint) or, failing that, the same address. */
async function storedSelf(db: ParallaxDb, article: ParsedArticle, url: string | null) {
  const byFingerprint = new Map<string, string>();
  const byUrl = new Map<string, string>();
  const sameText = await db.indexedDocs.where('fingerprint').equals(article.fingerprint).first();
  if (sameText) byFingerprint.set(article.fingerprint, sameText.id);
  const sameUrl = !sameText && url ? await db.indexedDocs.where('urlKey').equals(normaliseUrl(url)).first() : undefined;
  if (sameUrl && url) byUrl.set(url, sameUrl.id);
  return { selfId: sameText?.id ?? sameUrl?.id ?? null, byFingerprint, byUrl };
}

/** Read in one transaction, so the slice is one state of the corpus. The term index must be up to date. */
export async function corpusSliceFor(db: ParallaxDb, article: ParsedArticle, url: string | null): Promise<CorpusSlice> {
  return guardDb('read the corpus for a comparison', () =>
    db.transaction('r', [db.articles, db.events, db.indexedDocs, db.terms, db.postings, db.meta], async () => {
      const { selfId, byFingerprint, byUrl } = await storedSelf(db, article, url);
      const selfRow = selfId ? await db.articles.get(selfId) : undefined;
      let eventIds: string[];
      let hits: { articleId: string; score: number }[] = [];
      if (selfRow) {
        eventIds = [selfRow.eventId];
      } else {
        const found = await searchTermIndex(db, articleTerms(article), CANDIDATE_ARTICLES);
        const hitRows = await db.articles.bulkGet(found.map((h) => h.articleId));
        const hitEvents = await db.events.bulkGet([...new Set(hitRows.flatMap((r) => (r ? [r.eventId] : [])))]);
        const eventById = new Map(hitEvents.flatMap((e) => (e ? [[e.id, e] as const] : [])));
        const eventOfHit = new Map<string, CorpusEvent>();
        hitRows.forEach((row) => {
          const event = row && eventById.get(row.eventId);
          if (event) eventOfHit.set(row.id, { ...event, articleIds: [] });
        });
        eventIds = eventsToAlign(article, found, { eventOf: (id) => eventOfHit.get(id) }, null).map(([id]) => id);
        const chosen = new Set(eventIds);
        hits = found.filter((h) => chosen.has(eventOfHit.get(h.articleId)?.id ?? ''));
      }
      const [members, eventRows] = await Promise.all([
        eventIds.length ? db.articles.where('eventId').anyOf(eventIds).toArray() : [],
        db.events.bulkGet(eventIds),
      ]);
      const { articles, events } = corpusFromRows(members, eventRows.flatMap((e) => (e ? [e] : [])));
      return { articles, events, hits, byFingerprint, byUrl };
    }),
  );
}
