// What a comparison's slice read of the stored articles and events, remembered between clicks while the corpus
// stays at one revision: each hit's language and event, event rows, and the member rows of the events aligned.
// After the term index (term-read-cache.ts), these reads were most of a warm click's slice: three to four
// round trips one after another, and at 10,000 articles the structured clone of some fifty full articles. A
// reader comparing reports of one event asks for the same rows click after click.
// Keyed by the corpus revision, read in the slice's own transaction: every write bumps it (meta.ts), so a
// remembered row is never served after the corpus changed, and one slice never mixes two states. Bounded: a few
// clicks' worth of events, never the corpus.

import { Recent, rememberedOrRead } from './recent';
import type { ArticleRow, EventRow, ParallaxDb } from './schema';

/** What the slice reads of a hit (an article the term index found): whose language and which event. */
export interface ArticleHead {
  id: string;
  language: string;
  eventId: string;
}

/** A page's two searches find up to 60 articles; some thirty pages' worth. */
export const HEADS_KEEP = 2_000;
export const EVENTS_KEEP = 500;
/** Events whose member rows are kept: a comparison aligns a handful; ~24 events of ~10 articles is ~1.5 MB. */
export const MEMBER_EVENTS_KEEP = 24;

export class SliceRowCache {
  private revision = -1;
  private readonly heads = new Recent<string, ArticleHead>(HEADS_KEEP);
  private readonly events = new Recent<string, EventRow>(EVENTS_KEEP);
  private readonly members = new Recent<string, readonly ArticleRow[]>(MEMBER_EVENTS_KEEP);

  /** Call with the revision read in the slice's transaction: what was remembered at another is dropped. */
  at(revision: number): this {
    if (revision !== this.revision) {
      this.clear();
      this.revision = revision;
    }
    return this;
  }

  clear(): void {
    this.heads.clear();
    this.events.clear();
    this.members.clear();
    this.revision = -1;
  }

  /** The hits' heads in the order asked (undefined for an id not stored), reading only those not remembered. */
  async headsOf(db: ParallaxDb, ids: readonly string[]): Promise<(ArticleHead | undefined)[]> {
    const heads = await rememberedOrRead(ids, this.heads, async (missing) =>
      (await db.articles.bulkGet(missing)).flatMap((row) => (row ? [[row.id, { id: row.id, language: row.language, eventId: row.eventId }] as const] : [])),
    );
    return ids.map((id) => heads.get(id));
  }

  /** Event rows in the order asked (undefined for an id not stored). */
  async eventsOf(db: ParallaxDb, ids: readonly string[]): Promise<(EventRow | undefined)[]> {
    const events = await rememberedOrRead(ids, this.events, async (missing) => (await db.events.bulkGet(missing)).flatMap((row) => (row ? [[row.id, row] as const] : [])));
    return ids.map((id) => events.get(id));
  }

  /** The articles of `eventIds`, in the order the `eventId` index returns them (event id, then article id), as
   *  `articles.where('eventId').anyOf(eventIds)` does: the slice's order is the same with or without memory. */
  async membersOf(db: ParallaxDb, eventIds: readonly string[]): Promise<ArticleRow[]> {
    const wanted = [...new Set(eventIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const members = await rememberedOrRead(wanted, this.members, async (missing) => {
      const read = new Map<string, ArticleRow[]>(missing.map((id) => [id, []]));
      for (const row of await db.articles.where('eventId').anyOf(missing).toArray()) read.get(row.eventId)?.push(row);
      return read;
    });
    return wanted.flatMap((id) => members.get(id) ?? []);
  }

  /** For tests: how many heads, events and member lists are held. */
  get sizes(): { heads: number; events: number; members: number } {
    return { heads: this.heads.size, events: this.events.size, members: this.members.size };
  }
}
