// Issue 7, scenario 12: Chromium stops the MV3 service worker whenever it likes (after ~30 s idle, or under
// memory pressure), also while the sidebar waits for its comparison. The comparison must still arrive, and be
// the same as in an uninterrupted run: same event, same outlets, same fact rows.
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { serviceWorkerRunning, stopServiceWorker } from './harness/service-worker';
import { testServer, type TestServer } from './harness/server';
import { NewsPage } from './pages/news-page';
import type { Sidebar } from './pages/sidebar';

const NEWS = 'news-trump-putin.html';

interface ComparisonShown {
  eventTitle: string;
  outlets: string[];
  factRows: string[];
}

let server: TestServer;
let session: ExtensionSession;
/** What the sidebar shows for NEWS when nothing interrupts it. */
let uninterrupted: ComparisonShown;

/** The comparison once the sidebar has stopped loading; what it says instead if that is not a comparison. */
async function shown(sidebar: Sidebar): Promise<ComparisonShown> {
  await sidebar.frame.locator('main[aria-busy="false"]').waitFor({ state: 'attached', timeout: 20_000 });
  if ((await sidebar.factRows.count()) === 0) throw new Error(`the sidebar shows no comparison but: ${await sidebar.contentText()}`);
  return { eventTitle: await sidebar.eventTitleText(), outlets: await sidebar.outletNames(), factRows: await sidebar.factRowTexts() };
}

/** A global of the worker's module scope: present while the same worker runs, gone in a restarted one. */
async function markWorker(): Promise<void> {
  await session.context.serviceWorkers()[0]!.evaluate(() => {
    (globalThis as { parallaxTestMark?: string }).parallaxTestMark = 'before the stop';
  });
}
async function workerMark(): Promise<string | undefined> {
  return session.context.serviceWorkers()[0]!.evaluate(() => (globalThis as { parallaxTestMark?: string }).parallaxTestMark);
}

/**
 * Holds the page's main thread (a `debugger` statement in a page script, paused through CDP) the moment our
 * sidebar host is added to it. The content script shares that thread, so it cannot send the article yet;
 * the sidebar frame runs in the extension's own process and asks for its comparison meanwhile, and the worker
 * keeps that request open while it waits for the article. This makes "the worker stops while the sidebar waits
 * for its answer" a state the test reaches, not a timing it hopes for.
 */
async function holdPageWhenSidebarMounts(news: NewsPage): Promise<{ paused: Promise<void>; release(): Promise<void>; cdp: CDPSession }> {
  const cdp = await session.context.newCDPSession(news.page);
  const paused = new Promise<void>((resolve) => cdp.once('Debugger.paused', () => resolve()));
  await cdp.send('Debugger.enable');
  await news.page.evaluate(() => {
    const observer = new MutationObserver((records) => {
      const added = records.flatMap((r) => [...r.addedNodes]);
      if (!added.some((node) => node instanceof Element && node.localName !== 'head' && node.localName !== 'body')) return;
      observer.disconnect();
      debugger;
    });
    observer.observe(document.documentElement, { childList: true });
  });
  return {
    paused,
    cdp,
    async release() {
      await cdp.send('Debugger.resume');
      await cdp.send('Debugger.disable');
      await cdp.detach();
    },
  };
}

describe('the service worker stopped (issue 7, scenario 12)', () => {
  beforeAll(async () => {
    server = await testServer();
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir') });
    const news = await NewsPage.open(session, server.url(NEWS));
    uninterrupted = await shown(await news.openSidebar());
    await news.close();
  });

  afterEach(async () => {
    await session?.closeOpenedTabs();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('the uninterrupted comparison the others are measured against is a real one', () => {
    expect(uninterrupted.eventTitle).not.toBe('');
    expect(uninterrupted.outlets.length).toBeGreaterThanOrEqual(2);
    expect(uninterrupted.factRows.length).toBeGreaterThanOrEqual(3);
  });

  test('stopped while the sidebar waits for its comparison: the sidebar asks again and shows the same comparison', async () => {
    const news = await NewsPage.open(session, server.url(NEWS));
    await markWorker();
    const hold = await holdPageWhenSidebarMounts(news);
    await news.clickToolbar();
    await hold.paused;
    // The frame is the extension's own process: it renders and asks while the page is held.
    const sidebar = await news.waitForSidebar();
    expect(sidebar, 'the sidebar frame appears while the page is held').not.toBeNull();
    await sidebar!.content.and(sidebar!.frame.locator('[aria-busy="true"]')).waitFor({ state: 'visible' });

    // No "not running" check here: the sidebar's re-request starts a fresh worker as soon as this one stops.
    await stopServiceWorker(session);
    await hold.release();

    expect(await shown(sidebar!)).toEqual(uninterrupted);
    expect(await workerMark(), 'the comparison came from a restarted worker').toBeUndefined();
  });

  test('stopped between two clicks: the second click starts a fresh worker and gets the same comparison', async () => {
    const news = await NewsPage.open(session, server.url(NEWS));
    expect(await shown(await news.openSidebar())).toEqual(uninterrupted);
    await news.closeWithToolbar();

    await markWorker();
    await stopServiceWorker(session);
    expect(await serviceWorkerRunning(session)).toBe(false);

    expect(await shown(await news.openSidebar())).toEqual(uninterrupted);
    expect(await workerMark(), 'the second click was handled by a restarted worker').toBeUndefined();
  });
});
