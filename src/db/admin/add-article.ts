// A pasted or dropped article becomes the reader's own (origin 'user'), placed by the same event match the
// comparison uses: into the event it reports, else into a new event of its own.

import { parseArticleRecord } from '../../engine/corpus/pack-format';
import { articleIdFor } from '../../engine/corpus/seed-manifest';
import { buildCorpusIndex, parseCorpusArticle } from '../../engine/match/corpus-index';
import { matchEvent } from '../../engine/match/match-event';
import type { CorpusArticle } from '../../engine/types';
import { CorpusDbError, guardDb } from '../corpus-db-error';
import { corpusFromRows } from '../corpus-store';
import type { ParallaxDb } from '../schema';
import { addUserArticle, type UserArticlePlacement } from '../user-article';
import { sameTextElsewhere, type SnapshotCache } from './corpus-snapshot';
import { eventIdFor, eventRowFor } from './new-event';

/** "Same event" needs dates within three days (match-event.ts); undated events can always match. */
const SAME_EVENT_DAYS = 3;

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Only the events that could be the same event are loaded and indexed, not the whole corpus: the term
 *  statistics then come from those events, which ranks candidates slightly differently from the background's
 *  full index but decides "same" with the same rule. */
async function candidateCorpus(db: ParallaxDb, date: string | null) {
  return guardDb('read the candidate events', () =>
    db.transaction('r', db.articles, db.events, async () => {
      const events = date
        ? [
            ...(await db.events.where('date').between(shiftDate(date, -SAME_EVENT_DAYS), shiftDate(date, SAME_EVENT_DAYS), true, true).toArray()),
            ...(await db.events.filter((e) => e.date === null).toArray()),
          ]
        : await db.events.toArray();
      const rows = await db.articles.where('eventId').anyOf(events.map((e) => e.id)).toArray();
      return corpusFromRows(rows, events);
    }),
  );
}

async function freeEventId(db: ParallaxDb, articleId: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const id = eventIdFor(articleId, attempt);
    if (!(await guardDb('read the events', () => db.events.get(id)))) return id;
  }
}

async function placementFor(db: ParallaxDb, article: CorpusArticle): Promise<UserArticlePlacement> {
  const corpus = await candidateCorpus(db, article.date);
  if (corpus.events.length > 0) {
    const match = matchEvent(parseCorpusArticle(article), buildCorpusIndex(corpus), null);
    if (match?.relation === 'same') return { eventId: match.event.id };
  }
  const id = await freeEventId(db, article.id);
  return { newEvent: { ...eventRowFor(article, id), articleIds: [article.id] } };
}

export async function addArticle(db: ParallaxDb, snapshots: SnapshotCache, input: CorpusArticle): Promise<{ articleId: string; eventId: string; added: boolean }> {
  let article: CorpusArticle;
  try {
    // Added articles are named by their text, like bundled ones: the same text is the same article.
    const text = typeof input?.text === 'string' ? input.text : '';
    article = parseArticleRecord({ ...input, id: articleIdFor(text), origin: 'user' }, 'user');
  } catch (error) {
    const title = typeof input?.title === 'string' && input.title.trim() ? ` "${input.title.trim().slice(0, 60)}"` : '';
    throw new CorpusDbError('invalid', `could not add the article${title}: it ${(error as Error).message}`);
  }
  // The same text under another id (an imported article) from the same outlet: the corpus has it already.
  const existingId = sameTextElsewhere(await snapshots.textKeysNow(), article.id, article.outlet.name);
  if (existingId !== undefined) {
    const existing = await guardDb(`read article "${existingId}"`, () => db.articles.get(existingId));
    if (existing) return { articleId: existing.id, eventId: existing.eventId, added: false };
  }
  const { eventId, added } = await addUserArticle(db, article, await placementFor(db, article));
  return { articleId: article.id, eventId, added };
}
