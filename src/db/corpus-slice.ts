// Cuts from the stored corpus the slice one prepared query needs (see engine/match/corpus-view): the stored
// article the page is, if any, else the events the term index points to, with all their articles. The query's
// terms, fingerprint and address key come prepared (engine/match/prepare-query); which events are worth
// reading is the engine's eventsToAlign, asked once here and carried in the slice, so matching does not choose
// again.

import { type PreparedQuery, type CorpusSlice, CANDIDATE_ARTICLES, eventsToAlign, mergeHits, type CorpusEvent } from '../engine';
import { corpusFromRows } from './corpus-store';
import { guardDb } from './corpus-db-error';
import { readRevision } from './meta';
import { SliceRowCache } from './slice-row-cache';
import type { ParallaxDb } from './schema';
import { searchTermIndex } from './term-index-search';
import { readTermIndexState } from './term-index-state';
import type { TermReadCache } from './term-read-cache';

/** The stored article the page is: the same text (fingerprint) or, failing that, the same address. */
async function storedSelf(db: ParallaxDb, query: PreparedQuery) {
  const byFingerprint = new Map<string, string>();
  const byUrl = new Map<string, string>();
  const url = query.input.url ?? null;
  // Both asked at once (one round trip, not two); the address counts only when the text is not stored.
  const [sameText, byAddress] = await Promise.all([
    db.indexedDocs.where('fingerprint').equals(query.fingerprint).first(),
    query.urlKey ? db.indexedDocs.where('urlKey').equals(query.urlKey).first() : undefined,
  ]);
  if (sameText) byFingerprint.set(query.fingerprint, sameText.id);
  const sameUrl = sameText ? undefined : byAddress;
  if (sameUrl && url) byUrl.set(url, sameUrl.id);
  return { selfId: sameText?.id ?? sameUrl?.id ?? null, byFingerprint, byUrl };
}

/** Read in one transaction, so the slice is one state of the corpus. The term index must be up to date, and
 *  the query prepared with the meaning lexicon the index was made with (the background loads it before both,
 *  see corpus-cache.ts). `termCache`, `rowCache`: what the worker remembers of the term index and of the rows
 *  between clicks (without them, everything is read). */
export async function corpusSliceFor(db: ParallaxDb, query: PreparedQuery, termCache: TermReadCache | null = null, rowCache: SliceRowCache | null = null): Promise<CorpusSlice> {
  const { parsed: article, terms, neutral } = query;
  return guardDb('read the corpus for a comparison', () =>
    db.transaction('r', [db.articles, db.events, db.indexedDocs, db.terms, db.postings, db.meta], async () => {
      // Side by side: what the page is, the revision the rows are remembered at, the term index's state.
      const [{ selfId, byFingerprint, byUrl }, revision, indexState] = await Promise.all([storedSelf(db, query), readRevision(db), readTermIndexState(db)]);
      const rows = (rowCache ?? new SliceRowCache()).at(revision);
      const [selfRow] = selfId ? await rows.headsOf(db, [selfId]) : [undefined];
      let eventIds: string[];
      let chosen: [string, number][] = [];
      let hits: { articleId: string; score: number }[] = [];
      if (selfRow) {
        eventIds = [selfRow.eventId];
      } else {
        const [byTerms, byNeutral] = await Promise.all([
          searchTermIndex(db, terms, CANDIDATE_ARTICLES, termCache, indexState),
          neutral.size ? searchTermIndex(db, neutral, CANDIDATE_ARTICLES, termCache, indexState) : [],
        ]);
        const neutralRows = await rows.headsOf(db, byNeutral.map((h) => h.articleId));
        const otherLanguage = new Set(neutralRows.flatMap((row) => (row && row.language !== article.language ? [row.id] : [])));
        // Reports in another language are found by the neutral keys alone (see matchEvent's searchCandidates).
        const found = mergeHits(byTerms, byNeutral.filter((h) => otherLanguage.has(h.articleId)));
        const hitRows = await rows.headsOf(db, found.map((h) => h.articleId));
        for (const row of hitRows) if (row && row.language !== article.language) otherLanguage.add(row.id);
        const hitEvents = await rows.eventsOf(db, [...new Set(hitRows.flatMap((r) => (r ? [r.eventId] : [])))]);
        const eventById = new Map(hitEvents.flatMap((e) => (e ? [[e.id, e] as const] : [])));
        const eventOfHit = new Map<string, CorpusEvent>();
        hitRows.forEach((row) => {
          const event = row && eventById.get(row.eventId);
          if (event) eventOfHit.set(row.id, { ...event, articleIds: [] });
        });
        chosen = eventsToAlign(article, found, { eventOf: (id) => eventOfHit.get(id) }, null, (id) => otherLanguage.has(id));
        eventIds = chosen.map(([id]) => id);
        const read = new Set(eventIds);
        hits = found.filter((h) => read.has(eventOfHit.get(h.articleId)?.id ?? ''));
      }
      const [members, eventRows] = await Promise.all([
        rows.membersOf(db, eventIds),
        rows.eventsOf(db, eventIds),
      ]);
      const { articles, events } = corpusFromRows(members, eventRows.flatMap((e) => (e ? [e] : [])));
      return { articles, events, hits, chosen, byFingerprint, byUrl };
    }),
  );
}
