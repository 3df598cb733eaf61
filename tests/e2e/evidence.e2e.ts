// Evidence one click away and building a corpus while reading, in a real browser.
// Fact-checker: open a fact, read another outlet's article from its mention (the sentence marked in that
// article's text), go back to the fact. Teacher: add an article, then another outlet's reworded report and a
// third outlet's word-for-word reprint of it, each from the sidebar; all three are then outlets of one event.
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { NewsPage } from './pages/news-page';

const NEWS = 'news-trump-putin.html';
const ORIGINAL = 'news-local-transport.html';
const REWORDED = 'evidence-reworded.html';
const REPRINT = 'evidence-reprint.html';

let server: TestServer;
let session: ExtensionSession;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('evidence and corpus building (English UI)', () => {
  beforeAll(async () => {
    server = await testServer();
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir') });
  });

  afterEach(async () => {
    await session?.closeOpenedTabs();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test("a fact-checker reads another outlet's sentence in that outlet's stored article, and goes back", async () => {
    const news = await NewsPage.open(session, server.url(NEWS));
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    const row = sidebar.factRowsReportedByOthers.first();
    await sidebar.factToggle(row).click();
    const mention = row.locator('.mention').filter({ has: sidebar.frame.getByRole('button', { name: 'Read this article' }) }).first();
    const read = mention.getByRole('button', { name: 'Read this article' });
    await read.waitFor({ state: 'visible', timeout: 10_000 });
    const claim = squash(await mention.locator('mark.claim').first().innerText());
    await read.click();

    const reader = row.locator('.reader-view');
    const marked = reader.locator('mark.reader-mark');
    await marked.first().waitFor({ state: 'visible', timeout: 10_000 });
    // The mention's claim is what is marked, inside the whole article's text (more than that one sentence).
    expect(squash(await marked.first().innerText())).toBe(claim);
    const text = squash(await reader.locator('.reader-text').innerText());
    expect(text.length).toBeGreaterThan(claim.length * 3);
    expect(await reader.locator('.reader-text p').count()).toBeGreaterThan(1);
    expect(await reader.locator('.reader-meta').innerText()).not.toBe('');
    // The reader view has focus, and the marked sentence is scrolled into the sidebar's view.
    expect(await sidebar.frame.evaluate(() => document.activeElement?.classList.contains('reader-title') ?? false)).toBe(true);
    const inView = await marked.first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await saveScreenshot(news.page, 'evidence-reader-view');

    await reader.getByRole('button', { name: 'Back to the fact' }).first().click();
    await read.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await row.locator('.reader-view').count()).toBe(0);
    await expect.poll(() => read.evaluate((el) => el === document.activeElement)).toBe(true);
    await saveScreenshot(news.page, 'evidence-back-to-fact');
  });

  test("a teacher adds an article, then another outlet's reworded report and a third's word-for-word reprint of it", async () => {
    const original = await NewsPage.open(session, server.url(ORIGINAL));
    let sidebar = await original.openSidebar();
    await sidebar.addButton.waitFor({ state: 'visible', timeout: 20_000 });
    await sidebar.addButton.click();
    await sidebar.frame.getByText(/^Added to your corpus/).waitFor({ state: 'visible', timeout: 20_000 });
    await original.closeWithButton(sidebar);
    await original.close();

    for (const file of [REWORDED, REPRINT]) {
      const page = await NewsPage.open(session, server.url(file));
      sidebar = await page.openSidebar();
      // Matched to the story added before, and offered for adding all the same.
      await sidebar.eventTitle.waitFor({ state: 'visible', timeout: 20_000 });
      expect((await sidebar.outletNames()).join(' | ')).toContain('Rheintaler Rundschau');
      await sidebar.addButton.waitFor({ state: 'visible', timeout: 10_000 });
      await saveScreenshot(page.page, `evidence-offer-${file.replace('.html', '')}`);
      await sidebar.addButton.click();
      await sidebar.frame.getByText(/^Added to your corpus, in this story's event/).waitFor({ state: 'visible', timeout: 20_000 });
      await page.closeWithButton(sidebar);
      // Visited again: recognised as stored, nothing more to add.
      await page.reload();
      sidebar = await page.openSidebar();
      await sidebar.eventTitle.waitFor({ state: 'visible', timeout: 20_000 });
      expect(await sidebar.addButton.count()).toBe(0);
      await page.close();
    }

    // The first outlet's page, opened again in a new tab (the toolbar acts on the active tab).
    const again = await NewsPage.open(session, server.url(ORIGINAL));
    sidebar = await again.openSidebar();
    await sidebar.eventTitle.waitFor({ state: 'visible', timeout: 20_000 });
    const outlets = (await sidebar.outletNames()).join(' | ');
    expect(outlets).toContain('Rheintal-Kurier');
    expect(outlets).toContain('Kesselbacher Anzeiger');
    expect(await sidebar.addButton.count()).toBe(0);
    await saveScreenshot(again.page, 'evidence-event-three-outlets');
  });
});
