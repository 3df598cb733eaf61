// Deleting articles, an event or an outlet's articles: gone from every table and index, events left empty
// go too, and what was removed is kept whole in `trash` (replacing the previous deletion) for one undo.

import type { DeletionReceipt } from '../corpus-admin-api';
import { CorpusDbError, guardDb } from '../corpus-db-error';
import { bumpRevision } from '../meta';
import type { ArticleRow, EventRow, ParallaxDb } from '../schema';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Deletes `rows` (read inside the transaction by `select`) and the events they leave empty; `alsoEvent`
 *  is an event to remove even if it holds no article. */
async function deleteRows(
  db: ParallaxDb,
  action: string,
  select: () => Promise<{ rows: ArticleRow[]; description: string; alsoEvent?: string }>,
): Promise<DeletionReceipt> {
  return guardDb(action, () =>
    db.transaction('rw', [db.articles, db.events, db.meta, db.trash], async () => {
      const { rows, description, alsoEvent } = await select();
      await db.articles.bulkDelete(rows.map((r) => r.id));
      const eventIds = [...new Set([...rows.map((r) => r.eventId), ...(alsoEvent ? [alsoEvent] : [])])];
      const [stored, counts] = await Promise.all([
        db.events.bulkGet(eventIds),
        Promise.all(eventIds.map((id) => db.articles.where('eventId').equals(id).count())),
      ]);
      const removed: EventRow[] = [];
      const kept: EventRow[] = [];
      stored.forEach((event, i) => event && (counts[i] === 0 ? removed : kept).push(event));
      await db.events.bulkDelete(removed.map((e) => e.id));
      await db.trash.put({ id: 'last', description, articles: rows, events: removed, keptEvents: kept });
      await bumpRevision(db);
      return { description, articleCount: rows.length, eventCount: removed.length };
    }),
  );
}

function titled(row: { title: string }, id: string): string {
  return row.title.trim() ? `"${row.title.trim().slice(0, 80)}"` : `"${id}"`;
}

export function deleteArticles(db: ParallaxDb, ids: string[]): Promise<DeletionReceipt> {
  const unique = [...new Set(ids)];
  const action = unique.length === 1 ? `delete article "${unique[0]}"` : `delete ${plural(unique.length, 'article')}`;
  return deleteRows(db, action, async () => {
    if (unique.length === 0) throw new CorpusDbError('invalid', 'could not delete articles: no article was chosen');
    const rows = await db.articles.bulkGet(unique);
    const missing = unique.find((_, i) => !rows[i]);
    if (missing !== undefined) throw new CorpusDbError('not-found', `could not ${action}: article "${missing}" is not in the corpus`);
    const found = rows as ArticleRow[];
    const description = found.length === 1 ? `article ${titled(found[0]!, found[0]!.id)}` : plural(found.length, 'article');
    return { rows: found, description };
  });
}

export function deleteEvent(db: ParallaxDb, eventId: string): Promise<DeletionReceipt> {
  const action = `delete event "${eventId}"`;
  return deleteRows(db, action, async () => {
    const event = await db.events.get(eventId);
    if (!event) throw new CorpusDbError('not-found', `could not ${action}: it is not in the corpus`);
    const rows = await db.articles.where('eventId').equals(eventId).toArray();
    return { rows, description: `event ${titled(event, eventId)} (${plural(rows.length, 'article')})`, alsoEvent: eventId };
  });
}

export function deleteOutlet(db: ParallaxDb, outlet: string): Promise<DeletionReceipt> {
  const action = `delete the articles of outlet "${outlet}"`;
  return deleteRows(db, action, async () => {
    const rows = await db.articles.where('outletName').equals(outlet).toArray();
    if (rows.length === 0) throw new CorpusDbError('not-found', `could not ${action}: no article of that outlet is in the corpus`);
    return { rows, description: `outlet "${outlet}" (${plural(rows.length, 'article')})` };
  });
}
