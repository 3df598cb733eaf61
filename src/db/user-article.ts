// Adds an article the reader chose to keep (origin 'user'), into an existing event or a new one. An article
// already stored under the same id (the same text) is kept as it is.

import { freeEventId, parseArticleRecord, type CorpusArticle, type EventPlacement } from '../engine';
import { CorpusDbError, guardDb } from './corpus-db-error';
import { bumpRevision } from './meta';
import { articleRow } from './rows';
import type { ParallaxDb } from './schema';

export type UserArticlePlacement = EventPlacement;

export interface UserArticleResult {
  /** The event the article is in: the existing row's event when the article was already stored. */
  eventId: string;
  /** False when an article with the same id was already stored (it is left unchanged). */
  added: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The same checks as a pack record (non-empty text, http(s) URL only, YYYY-MM-DD date), so a page's
 *  `javascript:` URL never reaches the corpus. */
function validated(article: CorpusArticle, placement: UserArticlePlacement, action: string): CorpusArticle {
  const fail = (detail: string) => new CorpusDbError('invalid', `could not ${action}: ${detail}`);
  let parsed: CorpusArticle;
  try {
    parsed = parseArticleRecord({ ...article, origin: article.origin === 'read' ? 'read' : 'user' }, 'user');
  } catch (error) {
    throw fail(`the article ${(error as Error).message}`);
  }
  const eventId = 'eventId' in placement ? placement.eventId : placement.newEvent.id;
  if (typeof eventId !== 'string' || !eventId.trim()) throw fail('the event has no id');
  if ('newEvent' in placement && placement.newEvent.date !== null && !DATE.test(placement.newEvent.date)) {
    throw fail(`the new event's date is not YYYY-MM-DD: ${String(placement.newEvent.date).slice(0, 40)}`);
  }
  return parsed;
}

export async function addUserArticle(db: ParallaxDb, article: CorpusArticle, placement: UserArticlePlacement): Promise<UserArticleResult> {
  const action = `add article "${article.id}"`;
  const row = validated(article, placement, action);
  return guardDb(action, () =>
    db.transaction('rw', db.articles, db.events, db.meta, async () => {
      const existing = await db.articles.get(row.id);
      if (existing) return { eventId: existing.eventId, added: false };
      let eventId: string;
      if ('eventId' in placement) {
        eventId = placement.eventId;
        if (!(await db.events.get(eventId))) throw new CorpusDbError('not-found', `could not ${action}: event "${eventId}" is not in the corpus`);
      } else {
        // A new event's id is taken when its founding article founded that event before and has left it since
        // (moved, deleted): the other event keeps its id, the new one gets the article's next.
        const taken = async (id: string) => (await db.events.get(id)) !== undefined;
        eventId = (await taken(placement.newEvent.id)) ? await freeEventId(row.id, taken) : placement.newEvent.id;
        // A new event's own articleIds are not stored: the event's articles are those that name it.
        await db.events.put({ id: eventId, title: placement.newEvent.title, date: placement.newEvent.date });
      }
      await db.articles.put(articleRow(row, eventId));
      await bumpRevision(db);
      return { eventId, added: true };
    }),
  );
}
