// The reader moves an article to another event or to a new event of its own. The article is marked as
// placed by the reader, so that seeding the bundled pack and clustering imports leave it where it is.

import { freeEventId } from '../../engine';
import type { Placement } from '../corpus-admin-api';
import { CorpusDbError, guardDb } from '../corpus-db-error';
import { bumpRevision } from '../meta';
import { articleFromRow } from '../rows';
import type { ArticleRow, ParallaxDb } from '../schema';
import { eventRowFor } from './new-event';

/** A new event's id: taken ids are skipped, except the article's own event when it is its only member
 *  (that event is then simply renamed after the article). */
async function newEventId(db: ParallaxDb, row: ArticleRow): Promise<string> {
  const alone = (await db.articles.where('eventId').equals(row.eventId).count()) === 1;
  return freeEventId(row.id, async (id) => !(alone && id === row.eventId) && (await db.events.get(id)) !== undefined);
}

export async function moveArticle(db: ParallaxDb, id: string, placement: Placement): Promise<{ eventId: string }> {
  const action = `move article "${id}"`;
  return guardDb(action, () =>
    db.transaction('rw', db.articles, db.events, db.meta, async () => {
      const row = await db.articles.get(id);
      if (!row) throw new CorpusDbError('not-found', `could not ${action}: it is not in the corpus`);
      let eventId: string;
      const toExisting = 'eventId' in placement && typeof placement.eventId === 'string';
      if (toExisting) {
        eventId = (placement as { eventId: string }).eventId;
        if (!(await db.events.get(eventId))) throw new CorpusDbError('not-found', `could not ${action}: event "${eventId}" is not in the corpus`);
      } else if ('newEvent' in placement && placement.newEvent === true) {
        eventId = await newEventId(db, row);
        await db.events.put(eventRowFor(articleFromRow(row), eventId));
      } else {
        throw new CorpusDbError('invalid', `could not ${action}: the placement names neither an event nor a new event`);
      }
      // Already there by the reader's hand: nothing to write.
      if (toExisting && row.eventId === eventId && row.placedByReader) return { eventId };
      await db.articles.put({ ...row, eventId, placedByReader: true });
      // The event it left goes when it holds nothing any more.
      if (row.eventId !== eventId && (await db.articles.where('eventId').equals(row.eventId).count()) === 0) {
        await db.events.delete(row.eventId);
      }
      await bumpRevision(db);
      return { eventId };
    }),
  );
}
