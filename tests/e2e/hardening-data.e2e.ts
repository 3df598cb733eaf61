// Hardening, the reader's corpus in a real browser (issue 7):
//  9. An import of 20,000 articles cut off halfway (the options page closed, the service worker stopped while
//     it writes) leaves the corpus exactly as before or completely imported, never a mix.
// 10. A full disk during an import says "Storage full" with the space used of the quota; the corpus stays as
//     it was and the next import works.
// 11. A newer Parallax upgrading the database while the options page is open: the page's connection steps
//     aside (the upgrade is not blocked) and the page asks to be reloaded.
// 14. Two tabs opening the sidebar while the options page imports: each gets the same answer as without the
//     import, the import completes and nothing is lost.
// "The corpus" is compared by a SHA-256 digest of every article and every event, all fields, read with plain
// IndexedDB in an extension page; "completely imported" by digests of the file's articles and events as
// stored, computed the same way here from the file.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { CorpusPack } from '../../src/engine/corpus/pack-format';
import { generateCorpus } from '../bench/generate-corpus';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { stopServiceWorker } from './harness/service-worker';
import { holdStore } from './harness/store-hold';
import { NewsPage } from './pages/news-page';
import { OptionsPage, TempFiles } from './pages/options-page';

const BUNDLED_ARTICLES = 5;
const NEWS = 'news-trump-putin.html';

interface Digest {
  articles: number;
  events: number;
  /** Every article and event row, every field. */
  all: string;
  /** The stored form of the file's articles (those of `fileIds` present) and events, see `projection`. */
  fileArticles: string;
  fileEvents: string;
  /** Every row of articles not in the file. */
  others: string;
}

/** The digest, run in an extension page (a string: tsx's keepNames helpers do not exist in the page).
 *  An article of the file is compared by what the file says of it, plus the event it was put in. */
const DIGEST = `async ({ fileIds, fileEventIds }) => {
  const inFile = new Set(fileIds);
  const inFileEvents = new Set(fileEventIds);
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('parallax');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    // Never create the database: that is the extension's job (and an empty one would be in its way).
    request.onupgradeneeded = () => request.transaction.abort();
  });
  try {
    const tx = db.transaction(['articles', 'events'], 'readonly');
    const all = (store) => new Promise((resolve, reject) => {
      const request = tx.objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const [articles, events] = await Promise.all([all('articles'), all('events')]);
    const byId = (rows) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const sha = async (value) => {
      const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(value))));
      return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    };
    const sortedArticles = byId(articles);
    const sortedEvents = byId(events);
    return {
      articles: articles.length,
      events: events.length,
      all: await sha([sortedArticles, sortedEvents]),
      fileArticles: await sha(sortedArticles.filter((a) => inFile.has(a.id)).map((a) => [a.id, a.title, a.text, a.url, a.outletName, a.date, a.language, a.origin, a.eventId])),
      fileEvents: await sha(sortedEvents.filter((e) => inFileEvents.has(e.id)).map((e) => [e.id, e.title, e.date])),
      others: await sha(sortedArticles.filter((a) => !inFile.has(a.id))),
    };
  } finally {
    db.close();
  }
}`;

/** The file's articles and events as they are stored once imported (origin "imported", in the file's event). */
function expectedFromFile(pack: CorpusPack): Pick<Digest, 'fileArticles' | 'fileEvents'> {
  const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const eventOf = new Map(pack.events.flatMap((e) => e.articleIds.map((id) => [id, e.id] as const)));
  return {
    fileArticles: sha(byId(pack.articles).map((a) => [a.id, a.title, a.text, a.url, a.outlet.name, a.date, a.language, 'imported', eventOf.get(a.id)])),
    fileEvents: sha(byId(pack.events).map((e) => [e.id, e.title, e.date])),
  };
}

/** The corpus as stored now, read in a fresh extension page (closed afterwards). */
async function corpusDigest(session: ExtensionSession, pack: CorpusPack): Promise<Digest> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
    const args = { fileIds: pack.articles.map((a) => a.id), fileEventIds: pack.events.map((e) => e.id) };
    return (await page.evaluate(`(${DIGEST})(${JSON.stringify(args)})`)) as Digest;
  } finally {
    await page.close();
  }
}

/** What the corpus must be after the whole file was imported into `before`. */
function completelyImported(before: Digest, pack: CorpusPack): Omit<Digest, 'all'> {
  return {
    articles: before.articles + pack.articles.length,
    events: before.events + pack.events.length,
    ...expectedFromFile(pack),
    others: before.others,
  };
}

function withoutAll({ all: _all, ...rest }: Digest): Omit<Digest, 'all'> {
  return rest;
}

let server: TestServer;
let session: ExtensionSession;
let files: TempFiles;

describe('hardening: the corpus survives interrupted imports, a full disk, an upgrade and concurrent use (Chromium)', () => {
  let big: CorpusPack;
  let bigFile: string;

  beforeAll(async () => {
    server = await testServer();
    files = new TempFiles();
    big = generateCorpus({ articles: 20_000, seed: 9 }).pack;
    bigFile = files.json('generated-20000.json', big);
  });

  beforeEach(async () => {
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir'), viewport: { width: 1280, height: 900 } });
  });

  afterEach(async () => {
    await session?.close();
  });

  afterAll(async () => {
    files?.cleanup();
    await server?.close();
  });

  /** The options page on the bundled corpus, once the background has seeded it. */
  async function openOnBundled(): Promise<OptionsPage> {
    const options = await OptionsPage.open(session);
    expect(await options.overviewCount('Articles')).toBe(BUNDLED_ARTICLES);
    return options;
  }

  /** Chooses `file` on the options page and checks its plan. */
  async function planImport(options: OptionsPage, file: string, articles: number): Promise<void> {
    await options.chooseImportFile(file);
    expect(await options.waitForPlanOrError()).toBe('plan');
    expect(await options.planCount('New articles')).toBe(articles);
  }

  test('9a. closing the options page while 20,000 articles are being written leaves the corpus as it was (or complete, never a mix)', async () => {
    const options = await openOnBundled();
    const before = await corpusDigest(session, big);
    expect(before.articles).toBe(BUNDLED_ARTICLES);
    await planImport(options, bigFile, 20_000);
    await options.importButton.click();
    // One chunk of 500 is written inside the transaction: a torn write would now leave articles behind.
    const seen = await options.waitForSaving(1_000);
    expect(seen.done, `closed at ${seen.done} of ${seen.total}`).toBeLessThan(seen.total);
    await options.page.close();

    const after = await corpusDigest(session, big);
    const complete = completelyImported(before, big);
    const asBefore = after.all === before.all && after.articles === before.articles;
    const asComplete = JSON.stringify(withoutAll(after)) === JSON.stringify(complete);
    expect(asBefore || asComplete, `a mix: ${after.articles} articles, ${after.events} events`).toBe(true);

    // The page reopened shows the corpus as it is.
    const reopened = await OptionsPage.open(session);
    expect(await reopened.overviewCount('Articles')).toBe(after.articles);
  });

  test('9b. stopping the service worker while 20,000 articles are being written: every article is written', async () => {
    const options = await openOnBundled();
    const before = await corpusDigest(session, big);
    await planImport(options, bigFile, 20_000);
    await options.importButton.click();
    const seen = await options.waitForSaving(1_000);
    await stopServiceWorker(session);
    // The worker was stopped while the import was still running (indexing for matching follows the write).
    expect(await options.importResult.count(), `the import had finished before the service worker stopped (saving ${seen.done} of ${seen.total})`).toBe(0);
    // Written means the write transaction committed; the term index is derived and may still be growing.
    expect(await options.waitForWritten()).not.toBe('error');
    expect(withoutAll(await corpusDigest(session, big))).toEqual(completelyImported(before, big));
  });

  test('10. a full disk while an import writes says "Storage full" with the space used; nothing is written, the next import works', async () => {
    const { pack: small } = generateCorpus({ articles: 800, seed: 21 });
    const smallFile = files.json('generated-800.json', small);
    const options = await openOnBundled();
    const before = await corpusDigest(session, small);
    await planImport(options, smallFile, 800);
    // The import worker's IndexedDB reports a full disk from its 700th article on, after a whole chunk (500)
    // was written inside the transaction.
    const workers = options.page.workers();
    expect(workers.map((w) => w.url())).toEqual([expect.stringMatching(/\/import-worker-[\w-]+\.js$/)]);
    await workers[0]!.evaluate(`(() => {
      const put = IDBObjectStore.prototype.put;
      let puts = 0;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'articles' && ++puts >= 700) throw new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    })()`);
    await options.importButton.click();
    const outcome = await options.waitForImportOutcome();
    expect(outcome.outcome).toBe('error');
    const message = (await options.errorBox.locator('.error-message').innerText()).trim();
    expect(message).toMatch(/^Storage full: Parallax uses \d[\d,.]* MB of the \d[\d,.]* MB the browser allows it\. /);
    expect(outcome.text).toContain("could not import generated-800.json: the browser's storage for Parallax is full");
    await expect.poll(() => options.page.getByText('Your corpus was not changed.').count()).toBe(1);
    await saveScreenshot(options.page, 'hardening-storage-full');
    expect(await corpusDigest(session, small)).toEqual(before);

    // Space again: the same file, chosen again (a new worker), imports in full.
    await options.chooseImportFile(smallFile);
    expect(await options.waitForPlanOrError()).toBe('plan');
    expect(await options.confirmImport()).toContain('Imported. New: 800');
    expect(withoutAll(await corpusDigest(session, small))).toEqual(completelyImported(before, small));
  });

  test('11. a newer Parallax upgrading the database while the options page is open: not blocked, the page asks to be reloaded', async () => {
    const options = await openOnBundled();
    // The update, as its first page would do it: the database opened at a higher version.
    const other = await session.context.newPage();
    await other.goto(`chrome-extension://${session.extensionId}/manifest.json`);
    const upgraded = await other.evaluate(`new Promise((resolve, reject) => {
      const probe = indexedDB.open('parallax');
      probe.onsuccess = () => {
        const version = probe.result.version;
        probe.result.close();
        let blocked = 0;
        const request = indexedDB.open('parallax', version + 1);
        request.onblocked = () => { blocked++; };
        request.onsuccess = () => { request.result.close(); resolve({ from: version, to: version + 1, blocked }); };
        request.onerror = () => reject(request.error);
        setTimeout(() => reject(new Error('the upgrade hung: blocked ' + blocked + ' times')), 10000);
      };
      probe.onerror = () => reject(probe.error);
    })`);
    expect(upgraded).toMatchObject({ blocked: 0 });
    await other.close();

    const notice = options.page.getByRole('alert').filter({ hasText: 'Parallax was updated while this page was open.' });
    await notice.waitFor({ timeout: 10_000 });
    await saveScreenshot(options.page, 'hardening-updated-reload');
    await notice.getByRole('button', { name: 'Reload page' }).click();
    await options.page.locator('section.section-panel').waitFor();
    expect(await options.overviewCount('Articles')).toBe(BUNDLED_ARTICLES);
    expect(await notice.count()).toBe(0);
  });

  test('14. two tabs open the sidebar while the options page imports 3,000 articles: the same answers, nothing lost', async () => {
    const { pack } = generateCorpus({ articles: 3_000, seed: 14 });
    const file = files.json('generated-3000.json', pack);
    // The answer without an import.
    const reference = await NewsPage.open(session, `${server.url(NEWS)}?tab=reference`);
    const referenceSidebar = await reference.openSidebar();
    await referenceSidebar.waitForFacts(30_000);
    const expected = { title: await referenceSidebar.eventTitleText(), outlets: (await referenceSidebar.outletNames()).sort() };
    expect(expected.outlets.length).toBeGreaterThanOrEqual(3);
    await reference.close();

    const options = await openOnBundled();
    const before = await corpusDigest(session, pack);
    await planImport(options, file, 3_000);
    const tabs = [await NewsPage.open(session, `${server.url(NEWS)}?tab=a`), await NewsPage.open(session, `${server.url(NEWS)}?tab=b`)];
    // The import's write transaction (and each comparison's read, which also reads the revision in meta) waits
    // behind this hold until both tabs have asked: "still importing when they asked" is then true by the
    // database's locking on any machine, not by the import happening to outlast two toolbar clicks.
    const hold = await holdStore(session, 'meta');
    await options.page.bringToFront();
    await options.importButton.click();
    await options.page.locator('progress#import-progress').waitFor();
    // A toolbar click acts on the window's active tab: each tab comes to the front for its click, and its
    // sidebar then waits for its answer in the background while the other asks.
    const sidebars = [];
    for (const tab of tabs) {
      await tab.page.bringToFront();
      sidebars.push(await tab.openSidebar());
    }
    expect(await options.importResult.count(), 'the import was still running when both tabs had asked').toBe(0);
    await hold.release();
    await Promise.all(sidebars.map((sidebar) => sidebar.waitForFacts(30_000)));
    for (const sidebar of sidebars) {
      expect({ title: await sidebar.eventTitleText(), outlets: (await sidebar.outletNames()).sort() }).toEqual(expected);
    }
    await saveScreenshot(tabs[1]!.page, 'hardening-sidebar-during-import');

    await options.page.bringToFront();
    const outcome = await options.waitForImportOutcome();
    expect(outcome).toEqual({ outcome: 'result', text: expect.stringContaining('Imported. New: 3,000 · updated: 0 · skipped: 0') });
    expect(withoutAll(await corpusDigest(session, pack))).toEqual(completelyImported(before, pack));
  });
});
