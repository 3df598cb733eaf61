// Cuts from the stored corpus the slice one comparison needs (see engine/match/corpus-view): the stored
// article the page is, if any, else the events the term index points to, with all their articles.

import {
  type ParsedArticle,
  articleTerms,
  normaliseUrl,
  type CorpusSlice,
  CANDIDATE_ARTICLES,
  eventsToAlign,
  mergeHits,
  neutralTerms,
  loadedLexicon,
  type CorpusEvent,
} from '../engine';
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

/** Read in one transaction, so the slice is one state of the corpus. The term index must be up to date. The
 *  query's terms are made with the meaning lexicon when loaded, as the indexed articles' are then
 *  (term-index-update.ts; the background loads it before both, see corpus-cache.ts). */
export async function corpusSliceFor(db: ParallaxDb, article: ParsedArticle, url: string | null): Promise<CorpusSlice> {
  const terms = articleTerms(article, loadedLexicon());
  const neutral = neutralTerms(terms);
  return guardDb('read the corpus for a comparison', () =>
    db.transaction('r', [db.articles, db.events, db.indexedDocs, db.terms, db.postings, db.meta], async () => {
      const { selfId, byFingerprint, byUrl } = await storedSelf(db, article, url);
      const selfRow = selfId ? await db.articles.get(selfId) : undefined;
      let eventIds: string[];
      let hits: { articleId: string; score: number }[] = [];
      if (selfRow) {
        eventIds = [selfRow.eventId];
      } else {
        const [byTerms, byNeutral] = await Promise.all([
          searchTermIndex(db, terms, CANDIDATE_ARTICLES),
          neutral.size ? searchTermIndex(db, neutral, CANDIDATE_ARTICLES) : [],
        ]);
        const neutralRows = await db.articles.bulkGet(byNeutral.map((h) => h.articleId));
        const otherLanguage = new Set(neutralRows.flatMap((row) => (row && row.language !== article.language ? [row.id] : [])));
        // Reports in another language are found by the neutral keys alone (see matchEvent's searchCandidates).
        const found = mergeHits(byTerms, byNeutral.filter((h) => otherLanguage.has(h.articleId)));
        const hitRows = await db.articles.bulkGet(found.map((h) => h.articleId));
        for (const row of hitRows) if (row && row.language !== article.language) otherLanguage.add(row.id);
        const hitEvents = await db.events.bulkGet([...new Set(hitRows.flatMap((r) => (r ? [r.eventId] : [])))]);
        const eventById = new Map(hitEvents.flatMap((e) => (e ? [[e.id, e] as const] : [])));
        const eventOfHit = new Map<string, CorpusEvent>();
        hitRows.forEach((row) => {
          const event = row && eventById.get(row.eventId);
          if (event) eventOfHit.set(row.id, { ...event, articleIds: [] });
        });
        eventIds = eventsToAlign(article, found, { eventOf: (id) => eventOfHit.get(id) }, null, (id) => otherLanguage.has(id)).map(([id]) => id);
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
