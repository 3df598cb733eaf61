// Puts back what the last deletion removed, exactly as it was: the articles with their events and the
// reader's placements. An article imported again since then is replaced by the deleted row, and an event
// that replacement leaves empty goes.

import type { DeletionReceipt } from '../corpus-admin-api';
import { guardDb } from '../corpus-db-error';
import { bumpRevision } from '../meta';
import type { ParallaxDb } from '../schema';

export async function undoLastDeletion(db: ParallaxDb): Promise<DeletionReceipt | null> {
  return guardDb('undo the last deletion', () =>
    db.transaction('rw', [db.articles, db.events, db.meta, db.trash], async () => {
      const trash = await db.trash.get('last');
      if (!trash) return null;
      const ids = trash.articles.map((a) => a.id);
      const current = await db.articles.bulkGet(ids);
      const keptNow = await db.events.bulkGet(trash.keptEvents.map((e) => e.id));
      await db.events.bulkPut([...trash.events, ...trash.keptEvents.filter((_, i) => !keptNow[i])]);
      await db.articles.bulkPut(trash.articles);
      const left = [...new Set(current.flatMap((row) => (row ? [row.eventId] : [])))];
      const counts = await Promise.all(left.map((id) => db.articles.where('eventId').equals(id).count()));
      await db.events.bulkDelete(left.filter((_, i) => counts[i] === 0));
      await db.trash.delete('last');
      await bumpRevision(db);
      return { description: trash.description, articleCount: trash.articles.length, eventCount: trash.events.length };
    }),
  );
}
