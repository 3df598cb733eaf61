// The whole extension in a real browser: a toolbar click on a news page opens the sidebar with the comparison,
// on other pages it says why there is none, the reader can close it three ways, and the page is left alone.
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { compareImages, decodePng } from './harness/png';
import { saveScreenshot, settledScreenshot, writeScreenshot } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { NewsPage } from './pages/news-page';
import { Sidebar } from './pages/sidebar';

const NEWS = 'news-trump-putin.html';
const NEWS_HOSTILE = 'news-trump-putin-hostile.html';
const UNRELATED = 'news-local-transport.html';
const SHOP = 'shop-listing.html';

/** Largest share of the sidebar's pixels allowed to differ between the clean and the hostile page. */
const MAX_PIXEL_DIFFERENCE = 0.005;

let server: TestServer;
let session: ExtensionSession;

async function openPage(file: string): Promise<NewsPage> {
  return NewsPage.open(session, server.url(file));
}

describe('Parallax in Chromium (English UI)', () => {
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

  test('a news page shows how the other outlets reported the same event', async () => {
    const news = await openPage(NEWS);
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();

    expect(await sidebar.eventTitleText()).not.toBe('');
    expect((await sidebar.outletNames()).length).toBeGreaterThanOrEqual(2);
    expect(await sidebar.factRows.count()).toBeGreaterThanOrEqual(3);
    expect(await sidebar.factRowsReportedByOthers.count()).toBeGreaterThanOrEqual(1);
    const headings = await sidebar.headingTexts();
    for (const name of Sidebar.sectionNames) {
      expect(headings.some((h) => h.startsWith(name)), `section "${name}" in ${headings.join(' | ')}`).toBe(true);
    }

    await saveScreenshot(news.page, 'news-comparison');
    await sidebar.scrollToFacts();
    await saveScreenshot(news.page, 'news-comparison-facts');
  });

  test('an unrelated article shows "no match"; once added, the next visit recognises it', async () => {
    const local = await openPage(UNRELATED);
    let sidebar = await local.openSidebar();
    await sidebar.addButton.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await sidebar.mainHeading.innerText()).toBe('No other reports of this story');
    expect(await sidebar.factRows.count()).toBe(0);
    // What the corpus holds: the bundled pack (five articles of 12 February 2025 about one event, in German), so
    // the view is no dead end.
    const summary = sidebar.frame.locator('.corpus-summary');
    await summary.waitFor({ state: 'visible', timeout: 20_000 });
    expect((await summary.innerText()).replace(/\s+/g, ' ')).toBe('Your corpus holds 5 articles about 1 event, Feb 12, 2025, in German.');
    await saveScreenshot(local.page, 'unrelated-no-match');

    await sidebar.addButton.click();
    await sidebar.frame.getByText(/^Added to your corpus/).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await sidebar.addButton.count()).toBe(0);
    // The line counts the article just added.
    await summary.filter({ hasText: /^Your corpus holds 6 articles about 2 events/ }).waitFor({ timeout: 20_000 });
    await saveScreenshot(local.page, 'unrelated-added');

    await local.closeWithButton(sidebar);
    await local.reload();
    sidebar = await local.openSidebar();
    // Recognised: either compared within its own new event, or told it is already in the corpus.
    await sidebar.eventTitle.or(sidebar.alreadyInCorpus).first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await sidebar.addButton.count()).toBe(0);
    await saveScreenshot(local.page, 'unrelated-recognised');
  });

  test('a page that is no article gets a message in the sidebar, not a blank panel', async () => {
    const shop = await openPage(SHOP);
    const sidebar = await shop.openSidebar();
    await sidebar.mainHeading.filter({ hasText: 'Parallax could not compare this article' }).waitFor({ timeout: 20_000 });
    expect(await sidebar.contentText()).toContain('Parallax could not find the article text on this page.');
    expect(await sidebar.factRows.count()).toBe(0);
    await saveScreenshot(shop.page, 'not-an-article');
  });

  test('the reader closes the sidebar with its button, with Esc, and with a second toolbar click', async () => {
    const news = await openPage(NEWS);
    let sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    await news.closeWithButton(sidebar);
    expect(await news.isSidebarOpen()).toBe(false);

    sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    await news.closeWithEsc();
    expect(await news.isSidebarOpen()).toBe(false);

    sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    await news.closeWithToolbar();
    expect(await news.isSidebarOpen()).toBe(false);
  });

  test('a fact stated by one claim of a longer sentence shows that claim marked, and the page highlights only it', async () => {
    const news = await openPage(NEWS);
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    const opened = await sidebar.openFactWithPartialClaimHere();
    expect(opened, 'a shared fact whose mention here is one claim of a longer sentence').not.toBeNull();
    const { row, sentence, claim } = opened!;
    expect(claim.length).toBeGreaterThan(10);
    expect(sentence.length).toBeGreaterThan(claim.length);
    expect(sentence).toContain(claim);

    await sidebar.showInArticle(row).click();
    await expect.poll(() => news.focusedHighlightText(), { timeout: 10_000 }).not.toBeNull();
    const highlighted = (await news.focusedHighlightText())!.replace(/\s+/g, ' ').trim();
    expect(highlighted).toBe(claim.replace(/\s+/g, ' ').trim());
    expect(highlighted.length).toBeLessThan(sentence.length);
    await row.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(news.page, 'fact-claim-highlighted');
  });

  test("the page's own DOM is byte-identical before opening, while highlighting, and after closing", async () => {
    const news = await openPage(NEWS);
    const before = await news.domOutsideHost();
    const sheetsBefore = await news.adoptedStyleSheetCount();
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();

    // Highlight one sentence and mark them all by coverage: the page shows them, its markup must not change.
    const shared = sidebar.factRowsShared.first();
    await sidebar.factToggle(shared).click();
    await sidebar.coverageSwitch.check();
    await sidebar.coverageMarkedStatus.waitFor({ timeout: 10_000 });
    await saveScreenshot(news.page, 'news-highlighted');
    expect(await news.domOutsideHost() === before, 'page DOM while the sidebar highlights').toBe(true);
    expect(await news.hostSeenByPage()).toEqual({ count: 1, openShadowRoot: false });

    await news.closeWithButton(sidebar);
    const after = await news.domOutsideHost();
    expect(after.length).toBe(before.length);
    expect(after === before, 'page DOM after closing').toBe(true);
    expect(await news.adoptedStyleSheetCount()).toBe(sheetsBefore);
  });

  test("a hostile page's CSS does not change how the sidebar looks", async () => {
    const shots: Buffer[] = [];
    for (const file of [NEWS, NEWS_HOSTILE]) {
      const news = await openPage(file);
      const sidebar = await news.openSidebar();
      await sidebar.waitForFacts();
      const box = await news.sidebarBox(sidebar);
      shots.push(await settledScreenshot(news.page, box));
      if (file === NEWS_HOSTILE) await saveScreenshot(news.page, 'hostile-page');
      await news.close();
    }
    const [clean, hostile] = shots.map((png) => decodePng(png));
    writeScreenshot('sidebar-clean', shots[0]!);
    writeScreenshot('sidebar-hostile', shots[1]!);
    expect({ width: hostile!.width, height: hostile!.height }).toEqual({ width: clean!.width, height: clean!.height });
    const difference = compareImages(clean!, hostile!);
    expect(difference.ratio, `${difference.differentPixels} of ${difference.totalPixels} pixels differ`).toBeLessThan(MAX_PIXEL_DIFFERENCE);
  });
});

describe('Parallax in Chromium (German UI)', () => {
  beforeAll(async () => {
    server = await testServer();
    session = await launchExtension({ lang: 'de', extensionDir: inject('extensionDir') });
  });

  afterEach(async () => {
    await session?.closeOpenedTabs();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('the sidebar speaks the browser language', async () => {
    const news = await openPage(NEWS);
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    expect(await sidebar.frame.evaluate(() => navigator.language)).toMatch(/^de\b/);
    const headings = await sidebar.headingTexts();
    for (const name of ['Medien', 'Fakten', 'Wortwahl', 'Zitate', 'Zahlen']) {
      expect(headings.some((h) => h.startsWith(name)), `section "${name}" in ${headings.join(' | ')}`).toBe(true);
    }
    await saveScreenshot(news.page, 'news-comparison-de');
  });
});
