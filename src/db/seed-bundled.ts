// Seeds the bundled corpus, on install and on every update: the pack's articles and events are upserted,
// bundled articles the pack no longer has are removed (with events left empty), and the reader's own and
// imported articles are never touched. An unchanged pack (same content hash) is a no-op.

import { CorpusPackError, type CorpusPack, hash64, type CorpusEvent } from '../engine';
import { guardDb } from './corpus-db-error';
import { BUNDLED_HASH_KEY, bumpRevision, readMeta } from './meta';
import { articleRow, sameRecord } from './rows';
import type { ArticleRow, EventRow, ParallaxDb } from './schema';

/** Counts of bundled articles added, changed and removed. */
export interface SeedResult {
  added: number;
  updated: number;
  removed: number;
}

const SOURCE = 'bundled corpus';

/** The pack's articles as rows, each with its event; an article in no event or in two refuses the pack. */
export function bundledRows(pack: Pick<CorpusPack, 'articles' | 'events'>): ArticleRow[] {
  const eventOf = new Map<string, string>();
  for (const event of pack.events) {
    for (const id of event.articleIds) {
      const other = eventOf.get(id);
      if (other !== undefined && other !== event.id) throw new CorpusPackError(SOURCE, `article "${id}" is in two events, "${other}" and "${event.id}"`);
      eventOf.set(id, event.id);
    }
  }
  return pack.articles.map((article) => {
    const eventId = eventOf.get(article.id);
    if (eventId === undefined) throw new CorpusPackError(SOURCE, `article "${article.id}" belongs to no event`);
    return articleRow({ ...article, origin: 'bundled' }, eventId);
  });
}

/** Identifies the pack's content (not its createdAt or description), to skip seeding an unchanged pack. */
export function packHash(pack: Pick<CorpusPack, 'articles' | 'events'>): string {
  const json = JSON.stringify([pack.articles, pack.events]);
  return `${hash64(json)}-${json.length}`;
}

export interface SeedPlan {
  puts: ArticleRow[];
  added: number;
  updated: number;
  /** Ids of stored bundled articles the pack no longer has. */
  removals: string[];
}

/** `stored[i]` is the stored row with the id of `rows[i]`, if any. Rows of other origins are left alone,
 *  even when the pack now holds the same text: the reader's copy stays theirs. A bundled article the reader
 *  moved takes the pack's content but stays in the reader's event. */
export function planSeed(rows: ArticleRow[], stored: (ArticleRow | undefined)[], storedBundledIds: string[]): SeedPlan {
  const plan: SeedPlan = { puts: [], added: 0, updated: 0, removals: [] };
  rows.forEach((row, i) => {
    const old = stored[i];
    if (!old) {
      plan.puts.push(row);
      plan.added++;
      return;
    }
    if (old.origin !== 'bundled') return;
    const next = old.placedByReader ? { ...row, eventId: old.eventId, placedByReader: true } : row;
    if (!sameRecord(old, next)) {
      plan.puts.push(next);
      plan.updated++;
    }
  });
  const kept = new Set(rows.map((r) => r.id));
  plan.removals = storedBundledIds.filter((id) => !kept.has(id));
  return plan;
}

/** Upserts the pack's events and deletes candidate events that hold no article now. True if anything changed. */
async function settleEvents(db: ParallaxDb, packEvents: CorpusEvent[], formerEventIds: Iterable<string>): Promise<boolean> {
  const wanted = new Map<string, EventRow | null>();
  for (const id of formerEventIds) wanted.set(id, null);
  for (const e of packEvents) wanted.set(e.id, { id: e.id, title: e.title, date: e.date });
  const ids = [...wanted.keys()];
  const [stored, counts] = await Promise.all([
    db.events.bulkGet(ids),
    Promise.all(ids.map((id) => db.articles.where('eventId').equals(id).count())),
  ]);
  let changed = false;
  for (const [i, id] of ids.entries()) {
    const row = wanted.get(id);
    if (counts[i] === 0) {
      if (stored[i]) await db.events.delete(id);
      changed ||= stored[i] !== undefined;
    } else if (row && !sameRecord(row, stored[i])) {
      await db.events.put(row);
      changed = true;
    }
  }
  return changed;
}

/** The pack's events, each under the id of the stored event whose bundled articles are exactly its articles
 *  when the pack names no such event: an event's id derives from its articles' ids, so a pack whose ids
 *  changed (schema 4) would otherwise part the bundled articles from those the reader put in their event.
 *  A pack that really regroups its articles keeps its own event ids. */
export function keepStoredEventIds(events: CorpusEvent[], storedEventOf: ReadonlyMap<string, string>, bundledIn: ReadonlyMap<string, readonly string[]>): CorpusEvent[] {
  const packIds = new Set(events.map((e) => e.id));
  const taken = new Set<string>();
  return events.map((event) => {
    const former = new Set(event.articleIds.map((id) => storedEventOf.get(id)));
    const [only] = former;
    if (former.size !== 1 || only === undefined || packIds.has(only) || taken.has(only)) return event;
    const members = bundledIn.get(only) ?? [];
    if (members.length !== event.articleIds.length || !members.every((id) => event.articleIds.includes(id))) return event;
    taken.add(only);
    return { ...event, id: only };
  });
}

export async function seedBundledCorpus(db: ParallaxDb, packAsBuilt: CorpusPack): Promise<SeedResult> {
  bundledRows(packAsBuilt); // refuses a malformed pack before the database is touched
  const hash = packHash(packAsBuilt);
  return guardDb('seed the bundled corpus', () =>
    db.transaction('rw', db.articles, db.events, db.meta, async () => {
      if ((await readMeta(db, BUNDLED_HASH_KEY)) === hash) return { added: 0, updated: 0, removed: 0 };
      const before = await db.articles.bulkGet(packAsBuilt.articles.map((a) => a.id));
      const storedEventOf = new Map(before.flatMap((r) => (r ? [[r.id, r.eventId] as const] : [])));
      const bundledIn = new Map<string, string[]>();
      for (const eventId of new Set(storedEventOf.values())) {
        const rows = await db.articles.where('eventId').equals(eventId).toArray();
        bundledIn.set(eventId, rows.filter((r) => r.origin === 'bundled').map((r) => r.id));
      }
      const pack = { ...packAsBuilt, events: keepStoredEventIds(packAsBuilt.events, storedEventOf, bundledIn) };
      const rows = bundledRows(pack);
      const stored = await db.articles.bulkGet(rows.map((r) => r.id));
      const plan = planSeed(rows, stored, await db.articles.where('origin').equals('bundled').primaryKeys());
      const removed = await db.articles.bulkGet(plan.removals);
      const formerEventIds = new Set([...stored, ...removed].flatMap((r) => (r ? [r.eventId] : [])));
      await db.articles.bulkPut(plan.puts);
      await db.articles.bulkDelete(plan.removals);
      const eventsChanged = await settleEvents(db, pack.events, formerEventIds);
      if (plan.puts.length > 0 || plan.removals.length > 0 || eventsChanged) await bumpRevision(db);
      await db.meta.put({ key: BUNDLED_HASH_KEY, value: hash });
      return { added: plan.added, updated: plan.updated, removed: plan.removals.length };
    }),
  );
}
