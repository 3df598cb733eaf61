// The corpus as the options page lists it: a projection of every article without its text (summaries),
// read once per corpus revision and kept in memory, so that filtering, sorting and paging 10,000 articles is
// a pass over an array rather than a database scan. Sorted orders are computed once per key and direction.

import { displayTitle, textHashFor } from '../../engine';
import type { ArticleSortKey, ArticleSummary } from '../corpus-admin-api';
import { guardDb } from '../corpus-db-error';
import { readRevision } from '../meta';
import type { ArticleRow, EventRow, ParallaxDb } from '../schema';

export interface CorpusSnapshot {
  revision: number;
  /** In id order. */
  summaries: ArticleSummary[];
  /** Lower-cased "title \n outlet \n url" of each summary, for the search. */
  haystacks: string[];
  events: Map<string, EventRow>;
  /** Summary indices in each order asked for so far, keyed "key:asc" / "key:desc". */
  orders: Map<string, number[]>;
}

export function summaryOf(row: ArticleRow, events: ReadonlyMap<string, EventRow>): ArticleSummary {
  return {
    id: row.id,
    title: displayTitle(row),
    outlet: row.outletName,
    outletKnown: row.outlet.known,
    date: row.date,
    language: row.language,
    origin: row.origin,
    eventId: row.eventId,
    eventTitle: events.get(row.eventId)?.title ?? '',
    placedByReader: row.placedByReader === true,
  };
}

function haystackOf(row: ArticleRow): string {
  return `${row.title}\n${row.outletName ?? ''}\n${row.url ?? ''}`.toLowerCase();
}

async function readSnapshot(db: ParallaxDb): Promise<CorpusSnapshot> {
  return guardDb('read the corpus', () =>
    db.transaction('r', db.articles, db.events, db.meta, async () => {
      const [revision, rows, eventRows] = await Promise.all([readRevision(db), db.articles.toArray(), db.events.toArray()]);
      const events = new Map(eventRows.map((e) => [e.id, e]));
      return { revision, summaries: rows.map((r) => summaryOf(r, events)), haystacks: rows.map(haystackOf), events, orders: new Map() };
    }),
  );
}

/** Folded-text key (textHashFor) → the stored articles with that text and their outlets: tells the same
 *  text under another id. */
export type StoredTextKeys = ReadonlyMap<string, readonly { id: string; outlet: string | null }[]>;

/** The article held under another id with the same folded text: from the same outlet, or where either
 *  outlet is unknown. The same agency copy printed by two named outlets is two articles (a reprint the
 *  comparison shows), not a duplicate. */
export function sameTextElsewhere(keys: StoredTextKeys, key: string, outlet: string | null): string | undefined {
  return keys.get(key)?.find((other) => other.outlet === null || outlet === null || other.outlet === outlet)?.id;
}

async function readTextKeys(db: ParallaxDb): Promise<{ revision: number; keys: StoredTextKeys }> {
  return guardDb('read the corpus', () =>
    db.transaction('r', db.articles, db.meta, async () => {
      const keys = new Map<string, { id: string; outlet: string | null }[]>();
      const revision = await readRevision(db);
      await db.articles.each((row) => {
        const key = textHashFor(row.text);
        const entry = { id: row.id, outlet: row.outletName };
        const same = keys.get(key);
        if (same) same.push(entry);
        else keys.set(key, [entry]);
      });
      return { revision, keys };
    }),
  );
}

/** Keeps one snapshot (and the text keys, built only when an import or an addition needs them) for the
 *  revision they were read at; any write bumps the revision and so invalidates them. */
export class SnapshotCache {
  private snapshot: Promise<CorpusSnapshot> | undefined;
  private textKeys: Promise<{ revision: number; keys: StoredTextKeys }> | undefined;

  constructor(private readonly db: ParallaxDb) {}

  async current(): Promise<CorpusSnapshot> {
    const revision = await guardDb('read the corpus revision', () => readRevision(this.db));
    const cached = await this.snapshot?.catch(() => undefined);
    if (cached?.revision === revision) return cached;
    const next = readSnapshot(this.db);
    this.snapshot = next;
    return next;
  }

  async textKeysNow(): Promise<StoredTextKeys> {
    const revision = await guardDb('read the corpus revision', () => readRevision(this.db));
    const cached = await this.textKeys?.catch(() => undefined);
    if (cached?.revision === revision) return cached.keys;
    const next = readTextKeys(this.db);
    this.textKeys = next;
    return (await next).keys;
  }
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

type Field = (s: ArticleSummary) => string | null;
const FIELDS: Record<ArticleSortKey, Field> = {
  date: (s) => s.date,
  title: (s) => s.title || null,
  outlet: (s) => s.outlet,
  origin: (s) => s.origin,
  event: (s) => s.eventTitle || null,
};

/** Missing values (no date, no outlet) come last in either direction; ties fall back to the newest date,
 *  then the id, so that pages never reshuffle. */
function compareBy(key: ArticleSortKey, descending: boolean) {
  const field = FIELDS[key];
  const sign = descending ? -1 : 1;
  const byDate = (a: ArticleSummary, b: ArticleSummary) =>
    a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
  return (a: ArticleSummary, b: ArticleSummary): number => {
    const x = field(a);
    const y = field(b);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      const c = key === 'date' ? (x < y ? -1 : 1) : collator.compare(x, y);
      if (c !== 0) return sign * c;
    }
    return (key === 'date' ? 0 : byDate(a, b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

export function sortedOrder(snapshot: CorpusSnapshot, key: ArticleSortKey, descending: boolean): number[] {
  const name = `${key}:${descending ? 'desc' : 'asc'}`;
  let order = snapshot.orders.get(name);
  if (!order) {
    const compare = compareBy(key, descending);
    const { summaries } = snapshot;
    order = summaries.map((_, i) => i).sort((i, j) => compare(summaries[i]!, summaries[j]!));
    snapshot.orders.set(name, order);
  }
  return order;
}
