// Hardening (issue 7, scenarios 6 and 7) in Chromium with the built extension:
// - no network, ever: a whole session (fresh profile, import, ten pages with the sidebar, export, delete) with
//   every request recorded — pages, frames, the options page's worker and the service worker — and none goes
//   anywhere but the test servers on 127.0.0.1 and the extension itself;
// - the extension pages' CSP refuses a remote fetch, script and image, and it is the CSP that refuses them
//   (the same address is reachable from a page without our CSP: the host resolver rules hide nothing);
// - a page that spoofs messages with window.postMessage, to itself and to every frame (our sidebar's too),
//   triggers nothing: the corpus is unchanged and the sidebar still works.

// Playwright reports a service worker's requests only with this set (Chromium only), read when it attaches.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Frame, Page, Request, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { DEMO_PAGES_DIR } from '../../src/cli/demo-pages-server';
import { generateCorpus } from '../bench/generate-corpus';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { testServer, type TestServer } from './harness/server';
import { NewsPage } from './pages/news-page';
import { newsPageHtml, OptionsPage, startPageServer, TempFiles, type ArticleForPage, type PageServer } from './pages/options-page';

/** The bundled corpus: five reports of one event by three named outlets. */
const BUNDLED = { articles: 5, events: 1, outlets: 3 };
const IMPORTED_ARTICLES = 24;

let demoServer: TestServer;
let pageServer: PageServer;
let pageServerOrigin: string;
let session: ExtensionSession;
let files: TempFiles;

// ---- Recording ------------------------------------------------------------------------------------------

interface RecordedRequest {
  url: string;
  /** Who asked: the service worker's URL or the frame's URL. */
  from: string;
}

function requester(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return request.frame().url();
  } catch {
    return 'a worker without a frame';
  }
}

/** Every request the browser context reports from now on (pages, frames, dedicated and service workers). */
function recordRequests(): RecordedRequest[] {
  const recorded: RecordedRequest[] = [];
  session.context.on('request', (request) => recorded.push({ url: request.url(), from: requester(request) }));
  return recorded;
}

/** Runs in every document before its own scripts (pages, the options page, the sidebar frame): keeps every
 *  CSP violation the document reports. A string: tsx would wrap named functions in a helper the page lacks. */
const RECORD_CSP_VIOLATIONS = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, document: location.href });
  }, true);
})()`;

interface Violation {
  directive: string;
  blocked: string;
  document: string;
}

async function violationsIn(target: Page | Frame): Promise<Violation[]> {
  const seen = await target.evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? null);
  if (seen === null) throw new Error(`violationsIn: ${target.url()} has no recorder (the init script did not run there)`);
  return seen;
}

/** The URLs a context's Resource Timing lists: everything it fetched since it started, as it saw it. */
async function resourcesOf(target: Page | Frame | Worker): Promise<string[]> {
  // Page, Frame and Worker each declare evaluate with their own overloads; the call is the same for all three.
  return (target as Page).evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
}

async function serviceWorker(): Promise<Worker> {
  const id = session.extensionId;
  const live = session.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`));
  return live ?? session.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${id}/`), timeout: 15_000 });
}

/**
 * The allow-list of where a request may go, each entry with its reason:
 * - the test servers on 127.0.0.1 (the pages the reader opens, and their own stylesheet);
 * - chrome-extension://<our id>/ (the extension's own files: its pages, scripts, worker and styles);
 * - blob:chrome-extension://<our id>/ (the export's download, made in memory by the options page);
 * - data: (the lazy-media test page's own inline placeholder image; never a network request).
 */
function isAllowed(url: string): boolean {
  const own = `chrome-extension://${session.extensionId}/`;
  return url.startsWith(`${demoServer.origin}/`) || url.startsWith(`${pageServerOrigin}/`) || url.startsWith(own) || url.startsWith(`blob:${own}`) || url.startsWith('data:');
}

// ---- A server that must never be reached ----------------------------------------------------------------

interface Sentinel {
  origin: string;
  /** Paths requested so far. */
  hits: string[];
  close(): Promise<void>;
}

/** A server on 127.0.0.1 (which the host resolver rules leave reachable) that counts every request. It answers
 *  anyone (CORS *), so a refusal can only come from the requester's own policy. */
async function startSentinel(): Promise<Sentinel> {
  const hits: string[] = [];
  const server = http.createServer((request, response) => {
    hits.push(request.url ?? '/');
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (request.url === '/control') {
      // The control page names its icon inline, so the browser asks for no /favicon.ico.
      response.writeHead(200, { ...headers, 'content-type': 'text/html' });
      response.end('<!DOCTYPE html><link rel="icon" href="data:,"><title>control</title>');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': 'text/plain' });
    response.end('ok');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// ---- The ten pages --------------------------------------------------------------------------------------

/** Four demo pages (two reports, a shop without an article, lazy media from outside hosts) and six pages made
 *  from articles of the imported pack (their events are in the corpus by then). */
function tenPages(pack: { articles: readonly unknown[] }): string[] {
  const demo = ['news-trump-putin.html', 'news-local-transport.html', 'shop-listing.html', 'network-lazy-media.html'].map((file) => {
    expect(fs.existsSync(path.join(DEMO_PAGES_DIR, file)), file).toBe(true);
    return demoServer.url(file);
  });
  const made = pack.articles.slice(0, 6).map((article, i) => pageServer.add(`network-${i}.html`, newsPageHtml(article as unknown as ArticleForPage)));
  return [...demo, ...made];
}

/** Admin-like requests and our own protocol's messages, as a page would forge them. */
function spoofedMessages(sidebarToken: string): unknown[] {
  const lexicon = { format: 'parallax-lexicon', version: 1, language: 'de', concepts: [] };
  return [
    { type: 'resetToBundled', payload: { keepOwn: false } },
    { type: 'deleteOutlet', payload: { outlet: 'RT DE' } },
    { type: 'deleteArticles', payload: { ids: ['*'] } },
    { type: 'applyImport', payload: { plan: { added: [{ id: 'a-evil', title: 'Injected', text: 'Injected.' }] } } },
    { type: 'saveUserLexicon', payload: { lexicon } },
    { type: 'addArticle', payload: { token: sidebarToken } },
    { type: 'closeSidebar', payload: { token: sidebarToken } },
    { type: 'removeSidebar', payload: {} },
    { type: 'markSentences', payload: { marks: [{ text: 'Trump', coverage: 'only-here' }] } },
    { type: 'highlightSentence', payload: { sentence: 0, text: 'Trump', scroll: true } },
    { type: 'openOptions', payload: {} },
  ];
}

describe('Hardening: no network, CSP, spoofed messages (Chromium)', () => {
  beforeAll(async () => {
    demoServer = await testServer();
    pageServer = await startPageServer();
    pageServerOrigin = new URL(pageServer.add('probe.html', '<!DOCTYPE html><title>probe</title>')).origin;
  });

  beforeEach(async () => {
    files = new TempFiles();
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir'), viewport: { width: 1280, height: 900 } });
    await session.context.addInitScript(RECORD_CSP_VIOLATIONS);
  });

  afterEach(async () => {
    await session?.close();
    files?.cleanup();
  });

  afterAll(async () => {
    await pageServer?.close();
    await demoServer?.close();
  });

  test('a whole session — import, ten pages with the sidebar, export, delete — requests nothing outside the test servers and the extension', async () => {
    const requests = recordRequests();
    const { pack } = generateCorpus({ articles: IMPORTED_ARTICLES, seed: 11 });

    // Installed on a fresh profile: the bundled corpus is there. Then a small pack is imported.
    const options = await OptionsPage.open(session);
    expect(await options.counts()).toEqual(BUNDLED);
    const result = await options.importFile(files.json('network-pack.json', pack));
    expect(result).toContain(`New: ${IMPORTED_ARTICLES}`);

    // Ten pages, the sidebar on each: a comparison, "no other reports", or why there is no article.
    const violations: Violation[] = [];
    const frameResources: string[] = [];
    for (const url of tenPages(pack)) {
      const news = await NewsPage.open(session, url);
      const sidebar = await news.openSidebar();
      await sidebar.mainHeading.waitFor({ state: 'visible', timeout: 20_000 });
      expect((await sidebar.mainHeading.innerText()).trim(), url).not.toBe('');
      violations.push(...(await violationsIn(news.page)), ...(await violationsIn(sidebar.frame)));
      frameResources.push(...(await resourcesOf(sidebar.frame)), ...(await resourcesOf(news.page)));
      await news.close();
    }

    // Export, then delete an outlet.
    await options.page.bringToFront();
    const exported = await options.exportAll(path.join(files.dir, 'export.json'));
    expect(exported.pack.articles).toHaveLength(BUNDLED.articles + IMPORTED_ARTICLES);
    await options.goto('delete');
    await options.page.getByLabel('Outlet', { exact: true }).selectOption('RT DE');
    await options.page.getByRole('button', { name: 'Delete its articles…' }).click();
    await options.confirmDialog('Delete');
    await expect.poll(() => options.notice.innerText()).toMatch(/^Deleted\. Articles: 1 /);
    expect((await options.counts()).articles).toBe(BUNDLED.articles + IMPORTED_ARTICLES - 1);
    violations.push(...(await violationsIn(options.page)));

    // The recorder sees the service worker's requests: one to the extension's own manifest, as a control.
    const worker = await serviceWorker();
    expect(await worker.evaluate(() => fetch(`${location.origin}/manifest.json`).then((r) => r.status))).toBe(200);
    await expect.poll(() => requests.some((r) => r.url.endsWith('/manifest.json') && r.from.startsWith('service worker'))).toBe(true);

    // What each extension context fetched in its lifetime, by its own Resource Timing (this also covers the
    // install, before the recorder was attached).
    const contextResources = [...(await resourcesOf(worker)), ...(await resourcesOf(options.page)), ...frameResources];

    expect(requests.length, 'requests recorded').toBeGreaterThan(20);
    expect(requests.some((r) => r.url.includes('/assets/import-worker-')), 'the import worker was recorded').toBe(true);
    expect(requests.filter((r) => !isAllowed(r.url)), 'requests outside the allow-list').toEqual([]);
    expect(contextResources.filter((url) => !isAllowed(url)), 'resources outside the allow-list').toEqual([]);
    expect(requests.filter((r) => r.url.includes('lazy-media.invalid')), 'lazy media made live').toEqual([]);
    expect(violations, 'CSP violations during the session').toEqual([]);
  });

  test("the extension pages' CSP refuses a remote fetch, script and image, where a page without it may fetch", async () => {
    const sentinel = await startSentinel();
    try {
      // The control: the sentinel is reachable from this browser (127.0.0.1 is exempt from the resolver rules).
      const control = await session.context.newPage();
      await control.goto(`${sentinel.origin}/control`);
      expect(await control.evaluate((url) => fetch(url).then((r) => r.text()), `${sentinel.origin}/from-page`)).toBe('ok');
      expect(sentinel.hits).toEqual(['/control', '/from-page']);
      await control.close();

      const options = await OptionsPage.open(session);
      const outcome = await options.page.evaluate(async (origin) => {
        const fetched = await fetch(`${origin}/fetch`).then(() => 'fetched', (error: Error) => `refused (${error.name})`);
        const load = (element: HTMLScriptElement | HTMLImageElement) =>
          new Promise<string>((resolve) => {
            element.onload = () => resolve('loaded');
            element.onerror = () => resolve('refused');
          });
        const script = document.createElement('script');
        script.src = `${origin}/script.js`;
        const scriptLoad = load(script);
        document.head.append(script);
        const image = new Image();
        const imageLoad = load(image);
        image.src = `${origin}/pixel.png`;
        return { fetched, script: await scriptLoad, image: await imageLoad };
      }, sentinel.origin);
      expect(outcome).toEqual({ fetched: 'refused (TypeError)', script: 'refused', image: 'refused' });
      // The refusals are CSP's (securitypolicyviolation events, dispatched after the loads failed).
      await expect.poll(async () => (await violationsIn(options.page)).map((v) => `${v.directive} ${v.blocked}`).sort()).toEqual([
        `connect-src ${sentinel.origin}/fetch`,
        `img-src ${sentinel.origin}/pixel.png`,
        `script-src-elem ${sentinel.origin}/script.js`,
      ]);

      // The service worker runs under the same policy.
      const worker = await serviceWorker();
      expect(await worker.evaluate((url) => fetch(url).then(() => 'fetched', (error: Error) => `refused (${error.name})`), `${sentinel.origin}/from-worker`)).toBe('refused (TypeError)');

      expect(sentinel.hits, 'requests that reached the sentinel').toEqual(['/control', '/from-page']);
    } finally {
      await sentinel.close();
    }
  });

  test('a page spoofing admin messages with postMessage, to itself and to every frame, changes nothing; the sidebar still works', async () => {
    const options = await OptionsPage.open(session);
    const before = await options.counts();
    const exportedBefore = (await options.exportAll(path.join(files.dir, 'before.json'))).pack;

    const news = await NewsPage.open(session, demoServer.url('news-trump-putin.html'));
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    const token = new URL(sidebar.frame.url()).hash.slice(1);
    const adoptedBefore = await news.adoptedStyleSheetCount();

    const spoofed = await news.page.evaluate((messages) => {
      const targets = [window, ...Array.from({ length: window.frames.length }, (_, i) => window.frames[i]!)];
      for (const message of messages) {
        for (const target of targets) {
          target.postMessage(message, '*');
          target.postMessage(JSON.stringify(message), '*');
        }
      }
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      return { frames: window.frames.length, runtime: typeof w.chrome?.runtime?.sendMessage, browser: typeof w.browser };
    }, spoofedMessages(token));
    // Chromium does not even list our frame (it is in a closed shadow root) in window.frames, and the page has
    // no extension API to send with.
    expect(spoofed).toEqual({ frames: 0, runtime: 'undefined', browser: 'undefined' });
    // A page that got hold of our frame's window anyway could post to it: the same messages, delivered there.
    for (const message of spoofedMessages(token)) await sidebar.frame.evaluate((m) => window.postMessage(m, '*'), message);

    // A last message of the page's own, posted after the spoofs: once it arrives, they have been dispatched.
    await news.page.evaluate(() => new Promise<void>((resolve) => {
      window.addEventListener('message', (event) => event.data === 'network-test-done' && resolve());
      window.postMessage('network-test-done', '*');
    }));

    // Nothing happened: the sidebar is open, nothing is marked or highlighted in the page.
    expect(await news.isSidebarOpen()).toBe(true);
    expect(await news.adoptedStyleSheetCount()).toBe(adoptedBefore);

    // The sidebar still works: marking by coverage reaches the page.
    await sidebar.coverageSwitch.check();
    await sidebar.coverageMarkedStatus.waitFor({ timeout: 10_000 });

    // The corpus is as it was: counts and every article.
    await options.page.bringToFront();
    expect(await options.counts()).toEqual(before);
    const exportedAfter = (await options.exportAll(path.join(files.dir, 'after.json'))).pack;
    expect(exportedAfter.articles).toEqual(exportedBefore.articles);
    expect(exportedAfter.events).toEqual(exportedBefore.events);
  });
});
