// Writes an import plan. The slow part, placing articles no event holds (clusterEvents, ~11 ms an article),
// runs before the write transaction, so that the transaction only writes: one transaction, articles in
// chunks of 500 with progress between them, the revision bumped once. Anything failing leaves the corpus
// exactly as it was. The new articles are then added to the term index, in transactions of their own.

import type { ImportPlan, ImportProgress, ImportResult } from '../corpus-admin-api';
import { clusterEvents, freeEventId, loadMeaning, type CorpusArticle, type CorpusEvent } from '../../engine';
import { CorpusDbError, guardDb } from '../corpus-db-error';
import { bumpRevision, readRevision } from '../meta';
import { articleFromRow, articleRow } from '../rows';
import type { ArticleRow, EventRow, ParallaxDb } from '../schema';
import { BULK_INDEX_BATCH, forgetIndexed, updateTermIndex } from '../term-index-update';
import { CHUNK, nextMacrotask } from './next-macrotask';

type Progress = ((p: ImportProgress) => void) | undefined;

/**
 * Events for the added articles no pack event holds, clustered among themselves. They are not matched to the
 * corpus's existing events (a known gap: an imported report of a stored event starts an event of its own).
 * A clustered id already taken by a stored or a pack event is replaced by the founding article's next id.
 */
async function placeUnplaced(db: ParallaxDb, plan: ImportPlan, onProgress: Progress): Promise<CorpusEvent[]> {
  const packed = new Set(plan.events.flatMap((e) => e.articleIds));
  const unplaced = plan.added.filter((a) => !packed.has(a.id));
  if (unplaced.length === 0) return [];
  onProgress?.({ phase: 'placing', done: 0, total: unplaced.length });
  await nextMacrotask(); // let the page show the phase before the long synchronous step
  const clustered = clusterEvents(unplaced);
  const taken = new Set<string>([
    ...(await guardDb('read the events', () => db.events.toCollection().primaryKeys())),
    ...plan.events.map((e) => e.id),
  ]);
  const events: CorpusEvent[] = [];
  for (const event of clustered) {
    // A clustered event is named by its first article, so its next free id is that article's.
    const id = await freeEventId(event.articleIds[0]!, (candidate) => taken.has(candidate));
    taken.add(id);
    events.push({ ...event, id });
  }
  onProgress?.({ phase: 'placing', done: unplaced.length, total: unplaced.length });
  return events;
}

/** A pack event without a title is named after its first article. */
function eventRows(events: CorpusEvent[], articles: Map<string, CorpusArticle>): EventRow[] {
  return events.map((e) => ({ id: e.id, title: e.title || articles.get(e.articleIds[0]!)?.title || '', date: e.date }));
}

async function writeArticles(db: ParallaxDb, rows: ArticleRow[], onProgress: Progress): Promise<void> {
  onProgress?.({ phase: 'writing', done: 0, total: rows.length });
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.articles.bulkPut(rows.slice(i, i + CHUNK));
    onProgress?.({ phase: 'writing', done: Math.min(i + CHUNK, rows.length), total: rows.length });
  }
}

/** Deletes the events the moved articles left, when nothing is in them any more. */
async function dropLeftEmpty(db: ParallaxDb, left: string[]): Promise<void> {
  for (const eventId of new Set(left)) {
    if ((await db.articles.where('eventId').equals(eventId).count()) === 0) await db.events.delete(eventId);
  }
}

export async function applyImport(db: ParallaxDb, plan: ImportPlan, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const action = `import ${plan.source}`;
  const moved = plan.moved ?? [];
  const skippedRecords = plan.duplicates.length + plan.invalid.filter((p) => p.list === 'articles').length;
  if (plan.added.length === 0 && plan.updated.length === 0 && moved.length === 0) return { added: 0, updated: 0, skipped: skippedRecords, eventsCreated: 0 };
  const events = [...plan.events, ...(await placeUnplaced(db, plan, onProgress))];
  const eventOf = new Map(events.flatMap((e) => e.articleIds.map((id) => [id, e.id] as const)));
  const packed = new Set(plan.events.flatMap((e) => e.articleIds));
  const byId = new Map(plan.added.map((a) => [a.id, a]));
  const result = await guardDb(action, () =>
    db.transaction('rw', [db.articles, db.events, db.meta, db.indexedDocs], async () => {
      if (plan.basedOnRevision !== undefined && (await readRevision(db)) !== plan.basedOnRevision) {
        throw new CorpusDbError('invalid', `could not ${action}: the corpus changed after the file was checked; check it again`);
      }
      // A moved article is unchanged: its stored row takes the pack's event and mark. One deleted since the
      // plan is skipped.
      const movedRows = await db.articles.bulkGet(moved.map((m) => m.articleId));
      const moves = moved.flatMap((m, i) => {
        const row = movedRows[i];
        return row ? [{ from: row.eventId, row: { ...row, eventId: m.eventId, placedByReader: m.placedByReader } }] : [];
      });
      for (const { row } of moves) byId.set(row.id, articleFromRow(row));
      const rows = eventRows(events, byId);
      const stored = await db.events.bulkGet(rows.map((e) => e.id));
      // An event the corpus has already keeps its own title and date; the added and moved articles join it.
      const created = rows.filter((_, i) => !stored[i]);
      await db.events.bulkPut(created);
      // An updated article keeps its event (and the reader's placement); one deleted since the plan is skipped.
      const old = await db.articles.bulkGet(plan.updated.map((a) => a.id));
      const updates = plan.updated.flatMap((a, i) => {
        const row = old[i];
        return row ? [articleRow(a, row.eventId, row.placedByReader === true)] : [];
      });
      // An added article keeps the reader's mark only with the pack's event it was placed in.
      const added = plan.added.map((a) => articleRow(a, eventOf.get(a.id)!, a.placedByReader === true && packed.has(a.id)));
      await writeArticles(db, [...added, ...updates, ...moves.map((m) => m.row)], onProgress);
      await forgetIndexed(db, updates.map((row) => row.id)); // their text changed: indexed again below
      await dropLeftEmpty(db, moves.filter((m) => m.from !== m.row.eventId).map((m) => m.from));
      await bumpRevision(db);
      return {
        added: plan.added.length,
        updated: updates.length + moves.length,
        skipped: skippedRecords + plan.updated.length - updates.length + moved.length - moves.length,
        eventsCreated: created.length,
      };
    }),
  );
  // The import is complete here; indexing is derived data, resumed by the next comparison if this page closes.
  // The meaning data are loaded for it (the index's terms carry their keys): without them this context left the
  // new articles to the reader's next click, which then indexed them all before answering — 30–40 s after an
  // import of 10,000 articles, 148 s after 50,000 (measured in Chromium). If they cannot be loaded, it still does.
  await loadMeaning().catch((error: unknown) => console.warn('Parallax: the imported articles will be indexed on the next comparison; the meaning data could not be loaded here:', error));
  await updateTermIndex(db, (p) => onProgress?.({ phase: 'indexing', ...p }), BULK_INDEX_BATCH);
  return result;
}
