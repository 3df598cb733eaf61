// Hardening, the corpus database (issue 7):
// 10. Storage full: a quota error, bare or wrapped (a Dexie AbortError's `inner`, a `cause` chain), is
//     recognised as such and said as "storage full"; an import, an add, an edit and the sidebar's "add this
//     article" that meet one leave the corpus exactly as it was, and later reads and writes work.
// 11. Schema upgrade: a database written by the previous schema version is upgraded without losing a row,
//     and an options page holding an old connection does not block the upgrade: its connection closes for
//     good and the page is told to reload.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreTable } from 'dexie';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeOnUpgrade } from '../../src/db/admin/close-on-upgrade';
import { createCorpusAdmin } from '../../src/db/admin/corpus-admin';
import { bundledPack } from '../../src/db/bundled-pack';
import type { CorpusAdmin } from '../../src/db/corpus-admin-api';
import { CorpusDbError, errorChain, isQuotaError, toCorpusDbError } from '../../src/db/corpus-db-error';
import { corpusRevision, seedBundledCorpus } from '../../src/db/corpus-store';
import { BUNDLED_HASH_KEY, REVISION_KEY } from '../../src/db/meta';
import { openCorpusDb, ParallaxDb } from '../../src/db/schema';
import { startBackground, type RunningBackground } from '../../src/background/start-background';
import type { CorpusArticle } from '../../src/engine/types';
import type { PageArticle } from '../../src/messaging/protocol';
import { errorInfo } from '../../src/ui/options/errors';
import { plainError } from '../../src/ui/options/import-protocol';
import { generateCorpus } from '../bench/generate-corpus';
import { deleteFreshDbs, freshDb, trackDb } from '../helpers/fresh-db';
import { fixtureArticle } from '../helpers/seeds';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshDbs();
});

// ---- Quota failures as browsers report them -------------------------------------------------------------

/** Chromium's and the spec's full disk. */
const quotaDomException = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

/** The shapes a full disk arrives in: bare, as Dexie reports a transaction aborted by it (an AbortError whose
 *  `inner` is the QuotaExceededError), and at the end of a `cause` chain. */
const QUOTA_SHAPES: [string, () => unknown][] = [
  ['a bare QuotaExceededError', quotaDomException],
  ["Dexie's AbortError with the QuotaExceededError as inner", () => new Dexie.AbortError('Transaction aborted', quotaDomException())],
  ['a cause chain two levels deep', () => new Error('bulkPut failed', { cause: new Error('the write failed', { cause: quotaDomException() }) })],
];

/** A Dexie middleware that fails writes to `table` from the `after`+1-th on, while armed, the way a full disk
 *  fails them; deletes still work (freeing space is what a reader does about it). */
function quotaSwitch(db: Dexie, table: string) {
  const state = { armed: null as null | { after: number; error: () => unknown }, failed: 0 };
  db.use({
    stack: 'dbcore',
    name: 'test-quota-failure',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const inner = down.table(name);
        return {
          ...inner,
          mutate(request: DBCoreMutateRequest) {
            const armed = state.armed;
            if (armed && name === table && request.type !== 'delete' && request.type !== 'deleteRange') {
              if (armed.after > 0) armed.after--;
              else {
                state.failed++;
                return Promise.reject(armed.error());
              }
            }
            return inner.mutate(request);
          },
        };
      },
    }),
  });
  return {
    arm(error: () => unknown, after = 0) {
      state.armed = { after, error };
    },
    disarm() {
      state.armed = null;
    },
    get failed() {
      return state.failed;
    },
  };
}

/** Every article and every event, every field, in id order: equal digests mean an unchanged corpus. */
async function corpusDigest(db: ParallaxDb): Promise<{ articles: number; events: number; hash: string }> {
  const [articles, events] = await db.transaction('r', db.articles, db.events, () => Promise.all([db.articles.toArray(), db.events.toArray()]));
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hash = createHash('sha256').update(JSON.stringify([byId(articles), byId(events)])).digest('hex');
  return { articles: articles.length, events: events.length, hash };
}

async function seededWithQuotaSwitch(table = 'articles') {
  const db = freshDb('parallax-quota');
  const quota = quotaSwitch(db, table);
  await seedBundledCorpus(db, bundledPack());
  return { db, quota, admin: createCorpusAdmin(db) };
}

async function importPack(admin: CorpusAdmin, name: string, pack: unknown) {
  return admin.applyImport(await admin.planImport(name, JSON.stringify(pack)));
}

describe('storage full: recognising a quota error however it is wrapped', () => {
  it.each(QUOTA_SHAPES)('%s is a quota error, becomes CorpusDbError "quota" and the page says "storage full"', (_, make) => {
    const error = make();
    expect(isQuotaError(error)).toBe(true);
    const dbError = toCorpusDbError('import big.json', error);
    expect(dbError).toBeInstanceOf(CorpusDbError);
    expect(dbError.code).toBe('quota');
    expect(dbError.message).toBe("could not import big.json: the browser's storage for Parallax is full");
    expect(dbError.cause).toBe(error);
    // The options page, given the error itself or as it crosses from the import worker.
    expect(errorInfo(error).kind).toBe('quota');
    expect(errorInfo(dbError).kind).toBe('quota');
    expect(errorInfo(plainError(dbError))).toEqual({ kind: 'quota', message: dbError.message });
    expect(errorInfo(plainError(error)).kind).toBe('quota');
  });

  it("Dexie's own QuotaExceededError, Firefox's old name, and one failure of a BulkError are quota errors too", () => {
    expect(isQuotaError(new Dexie.QuotaExceededError('full', quotaDomException()))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' })).toBe(true);
    const bulk = new Dexie.BulkError('2 of 500 operations failed', [new Dexie.ConstraintError('key exists'), quotaDomException()]);
    expect(isQuotaError(bulk)).toBe(true);
    expect(toCorpusDbError('add article "a-1"', bulk).code).toBe('quota');
  });

  it('other failures, and an AbortError without a quota error inside, are not "storage full"', () => {
    for (const error of [new Dexie.AbortError('Transaction aborted'), new Dexie.ConstraintError('Key already exists'), new Error('x', { cause: new Error('y') }), 'QuotaExceededError', null]) {
      expect(isQuotaError(error), String(error)).toBe(false);
      expect(errorInfo(error).kind).not.toBe('quota');
    }
    expect(toCorpusDbError('read', new Dexie.DatabaseClosedError()).code).toBe('unavailable');
  });

  it('a cyclic cause chain ends', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(errorChain(a)).toEqual([a, b]);
    expect(isQuotaError(a)).toBe(false);
  });
});

describe('storage full: the corpus stays as it was, and later writes work', () => {
  it.each(QUOTA_SHAPES)('an import of 700 articles failing after its first chunk of 500 (%s) writes nothing', async (_, make) => {
    const { db, quota, admin } = await seededWithQuotaSwitch();
    const before = await corpusDigest(db);
    const revision = await corpusRevision(db);
    const { pack } = generateCorpus({ articles: 700, seed: 11 });

    quota.arm(make, 1); // the first chunk of 500 is written, the second fails
    const failure = await importPack(admin, 'big.json', pack).catch((error: unknown) => error);
    expect(quota.failed).toBe(1);
    expect(failure).toBeInstanceOf(CorpusDbError);
    expect((failure as CorpusDbError).code).toBe('quota');
    expect(errorInfo(plainError(failure)).kind).toBe('quota');
    expect(await corpusDigest(db)).toEqual(before);
    expect(await corpusRevision(db)).toBe(revision);

    // Space freed: the same file imports in full.
    quota.disarm();
    expect(await importPack(admin, 'big.json', pack)).toMatchObject({ added: 700, updated: 0 });
    expect((await corpusDigest(db)).articles).toBe(before.articles + 700);
    expect((await admin.overview()).articleCount).toBe(before.articles + 700);
  });

  it('an added article whose write fails leaves no new event behind; the next add works', async () => {
    const { db, quota, admin } = await seededWithQuotaSwitch();
    const before = await corpusDigest(db);
    const input = fixtureArticle('unrelated-bahn-strike', '2025-03-05');
    const article: CorpusArticle = {
      id: 'ignored', title: input.title, text: input.text, url: 'https://example.org/bahn', date: '2025-03-05',
      outlet: { name: 'Kurier', known: 'stated', evidence: [] }, language: 'de', origin: 'user',
    };

    quota.arm(QUOTA_SHAPES[1]![1]);
    await expect(admin.addArticle(article)).rejects.toMatchObject({ name: 'CorpusDbError', code: 'quota' });
    expect(await corpusDigest(db)).toEqual(before);

    quota.disarm();
    const added = await admin.addArticle(article);
    expect(added.added).toBe(true);
    expect(await corpusDigest(db)).toMatchObject({ articles: before.articles + 1, events: before.events + 1 });
    expect((await admin.getArticle(added.articleId))?.title).toBe(input.title);
  });

  it('an edit whose write fails keeps the stored article; the next edit works', async () => {
    const { db, quota, admin } = await seededWithQuotaSwitch();
    const id = (await db.articles.toCollection().primaryKeys())[0]!;
    const old = await admin.getArticle(id);
    const before = await corpusDigest(db);

    quota.arm(QUOTA_SHAPES[2]![1]);
    await expect(admin.updateArticle(id, { title: 'Neuer Titel' })).rejects.toMatchObject({ name: 'CorpusDbError', code: 'quota' });
    expect(await admin.getArticle(id)).toEqual(old);
    expect(await corpusDigest(db)).toEqual(before);

    quota.disarm();
    await admin.updateArticle(id, { title: 'Neuer Titel' });
    expect((await admin.getArticle(id))?.title).toBe('Neuer Titel');
  });

  describe("the sidebar's \"add this article\" (background)", () => {
    const TAB = 7;
    const pageSender = (): Browser.runtime.MessageSender => ({ tab: { id: TAB } as Browser.tabs.Tab, frameId: 0, url: 'https://news.example/bahn' });
    const frameSender = (): Browser.runtime.MessageSender => ({ tab: { id: TAB } as Browser.tabs.Tab, frameId: 4, url: fakeBrowser.runtime.getURL('/sidebar.html') });
    let background: RunningBackground | null = null;

    beforeEach(() => fakeBrowser.reset());
    afterEach(async () => {
      await background?.stop();
      background = null;
    });

    /** Sends through runtime.onMessage as the browser would and resolves with the listener's answer. */
    function send(type: string, payload: unknown, sender: Browser.runtime.MessageSender): Promise<any> {
      return new Promise((resolve) => {
        const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
        void trigger({ type, payload }, sender, resolve);
      });
    }

    it('answers storage-full, stores nothing, and adds the article once there is space', async () => {
      const db = freshDb('parallax-quota-bg');
      const quota = quotaSwitch(db, 'articles');
      background = startBackground({ openDb: () => db, retryDelaysMs: [5], tokenPollMs: 10 });
      const { title, text } = fixtureArticle('unrelated-bahn-strike');
      const page: PageArticle = { title, text, url: 'https://news.example/bahn', byline: null, siteName: 'Kurier', date: '2025-03-05' };
      await send('prepareComparison', { token: 't-full', article: page }, pageSender());
      // The comparison reads (and seeds) the corpus before the disk fills up.
      expect(await send('getComparison', { token: 't-full' }, frameSender())).toMatchObject({ state: 'ready' });
      const before = await corpusDigest(db);

      quota.arm(QUOTA_SHAPES[1]![1]);
      expect(await send('addArticle', { token: 't-full' }, frameSender())).toEqual({
        error: { code: 'storage-full', message: expect.stringContaining("the browser's storage for Parallax is full") },
      });
      expect(quota.failed).toBe(1);
      expect(await corpusDigest(db)).toEqual(before);

      quota.disarm();
      const added = await send('addArticle', { token: 't-full' }, frameSender());
      expect(added).toEqual({ articleId: expect.stringMatching(/^a-/), eventId: expect.any(String) });
      expect(await db.articles.get(added.articleId)).toMatchObject({ title, origin: 'user', outletName: 'Kurier' });
      expect((await corpusDigest(db)).articles).toBe(before.articles + 1);
    });
  });
});

// ---- Schema upgrade -------------------------------------------------------------------------------------

/** The stores of the previous schema version (2) exactly as src/db/schema.ts declared them: the database an
 *  installed Parallax holds when the update arrives. */
const PREVIOUS_VERSION = 2;
const PREVIOUS_STORES = {
  articles: 'id, eventId, origin, date, outletName, url',
  events: 'id, date',
  meta: 'key',
  trash: 'id',
  lexicons: 'language',
};
type PreviousTable = keyof typeof PREVIOUS_STORES;

/** A database written by the previous version, still open: the options page of the old version. */
async function previousVersionDb(name: string): Promise<{ old: Dexie; rows: Record<PreviousTable, unknown[]> }> {
  const old = trackDb(new Dexie(name));
  old.version(PREVIOUS_VERSION).stores(PREVIOUS_STORES);
  const pack = bundledPack();
  const event = pack.events[0]!;
  const articles = pack.articles.map((a, i) => ({ ...a, eventId: event.id, outletName: a.outlet.name, placedByReader: i === 0 }));
  const rows: Record<PreviousTable, unknown[]> = {
    articles,
    events: [{ id: event.id, title: event.title, date: event.date }, { id: 'e-reader', title: 'Vom Leser angelegt', date: null }],
    meta: [{ key: BUNDLED_HASH_KEY, value: 'h-previous' }, { key: REVISION_KEY, value: 41 }],
    trash: [{ id: 'last', description: 'deleted 1 article', articles: [{ ...articles[1]!, id: 'a-deleted' }], events: [], keptEvents: [{ id: event.id, title: event.title, date: event.date }] }],
    lexicons: [{ language: 'de', lexicon: { format: 'parallax-lexicon', version: 1, language: 'de', concepts: [{ id: 'waffenruhe', label: 'Waffenruhe', category: 'event-naming', terms: [{ term: 'Feuerpause' }, { term: 'Waffenstillstand' }] }] } }],
  };
  await old.transaction('rw', old.tables, async () => {
    for (const table of Object.keys(rows) as PreviousTable[]) await old.table(table).bulkPut(rows[table]);
  });
  return { old, rows };
}

async function tableRows(db: Dexie, table: string): Promise<unknown[]> {
  return db.table(table).toArray();
}

/** Opens the current schema, failing (not hanging) if the upgrade is blocked for more than 5 s. */
async function openCurrent(name: string): Promise<{ db: ParallaxDb; blocked: number }> {
  const db = trackDb(openCorpusDb(name));
  let blocked = 0;
  db.on('blocked', () => {
    blocked++;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`opening ${name} at version ${db.verno} hung (blocked ${blocked} times)`)), 5_000);
  });
  try {
    await Promise.race([db.open(), deadline]);
  } finally {
    clearTimeout(timer);
  }
  return { db, blocked };
}

describe('schema upgrade from the previous version with an old options page open', () => {
  let counter = 0;
  const dbName = () => `parallax-upgrade-${process.pid}-${++counter}`;

  it('the current schema is newer than the previous one this test writes', () => {
    expect(new ParallaxDb('parallax-upgrade-verno').verno).toBeGreaterThan(PREVIOUS_VERSION);
  });

  it('upgrades without losing a row while the old page is open; its connection closes for good and the page is told', async () => {
    const name = dbName();
    const { old, rows } = await previousVersionDb(name);
    // The options page opened before the update, with the handler it installs on its connection.
    const outdated = closeOnUpgrade(old);
    let told = false;
    void outdated.then(() => {
      told = true;
    });
    const oldAdmin = createCorpusAdmin(old as unknown as ParallaxDb);
    expect((await oldAdmin.overview()).articleCount).toBe(rows.articles.length);

    const { db } = await openCurrent(name);
    expect(db.verno).toBeGreaterThan(PREVIOUS_VERSION);
    await outdated;
    expect(told).toBe(true);
    expect(old.isOpen()).toBe(false);

    // Every row of every previous table is there, unchanged.
    for (const table of Object.keys(PREVIOUS_STORES) as PreviousTable[]) {
      expect(await tableRows(db, table), table).toEqual(sorted(rows[table], db.table(table).schema.primKey.keyPath as string));
    }
    // Indexes survive, and the app reads the upgraded corpus.
    expect(await db.articles.where('outletName').equals('RT DE').count()).toBe(1);
    expect(await corpusRevision(db)).toBe(41);
    const admin = createCorpusAdmin(db);
    expect((await admin.overview()).articleCount).toBe(rows.articles.length);
    expect((await admin.userLexicon('de'))?.concepts[0]?.label).toBe('Waffenruhe');

    // The old page does not quietly reopen the upgraded database under its old schema: it fails, as
    // "cannot be opened", until it is reloaded.
    await expect(oldAdmin.overview()).rejects.toMatchObject({ name: 'CorpusDbError', code: 'unavailable' });
    await expect(old.table('articles').put({ ...(rows.articles[0] as object), title: 'stale write' })).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect((await db.articles.toArray()).some((row) => row.title === 'stale write')).toBe(false);
  });

  it("an old page with only Dexie's default handler (as the previous version shipped it) does not block the upgrade either", async () => {
    const name = dbName();
    const { old, rows } = await previousVersionDb(name);
    expect(await old.table('articles').count()).toBe(rows.articles.length);
    const { db } = await openCurrent(name);
    expect(db.verno).toBeGreaterThan(PREVIOUS_VERSION);
    expect(await db.articles.count()).toBe(rows.articles.length);
    expect(await db.trash.get('last')).toEqual(rows.trash[0]);
  });

  it('the previous version itself, never opened by an old page, is upgraded in place', async () => {
    const name = dbName();
    const { old, rows } = await previousVersionDb(name);
    old.close();
    const { db, blocked } = await openCurrent(name);
    expect(blocked).toBe(0);
    expect(await db.meta.toArray()).toEqual(sorted(rows.meta, 'key'));
    expect(await db.events.toArray()).toEqual(sorted(rows.events, 'id'));
  });
});

function sorted(rows: unknown[], key: string): unknown[] {
  return [...rows].sort((a, b) => {
    const x = String((a as Record<string, unknown>)[key]);
    const y = String((b as Record<string, unknown>)[key]);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
