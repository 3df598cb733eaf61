// The sidebar with the keyboard only: a reader tabs to a link in the article, opens Parallax (the toolbar
// action; headless Chromium sends no keyboard shortcut to extension commands, so the action is triggered as
// the shortcut would), lands on the sidebar's heading, tabs through the facts, opens one with Enter, shows its
// sentence in the article, closes with Esc and is back on the link they left.
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { NewsPage } from './pages/news-page';

/** Upper bounds on key presses: a focus order that needs more is a defect, not a slow machine. */
const MAX_TABS_TO_ARTICLE = 40;
const MAX_TABS_TO_FACTS = 60;
const MAX_TABS_IN_FACT = 10;
/** Each Tab is a round trip to the browser; on a loaded 2-core machine a path of ~20 keys takes a while. */
const PATH_TEST_MS = 180_000;

let server: TestServer;
let session: ExtensionSession;

/** What has focus in a document, as a short description ("a.fact-toggle", "h1#event-title"). */
function focused(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  });
}

/** Presses Tab in `page` until `isThere` holds for the frame's focus; returns how many presses it took. */
async function tabUntil(page: Page, frame: Page | Frame, max: number, isThere: () => Promise<boolean>, what: string): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await isThere()) return presses;
  }
  throw new Error(`tabUntil: ${what} not reached after ${max} Tab presses (focus on ${await focused(frame)})`);
}

describe('keyboard only: open, move through facts, open one, show it in the article, close', () => {
  beforeAll(async () => {
    server = await testServer();
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir'), viewport: { width: 1280, height: 720 } });
  });

  afterEach(async () => {
    await session?.closeOpenedTabs();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('focus moves into the sidebar on open, through the facts by Tab, and back to the page element on Esc', async () => {
    const news = await NewsPage.open(session, server.url('news-trump-putin.html'));
    const page = news.page;

    // The reader tabs to a link inside the article; the page remembers that element for the last check.
    await tabUntil(page, page, MAX_TABS_TO_ARTICLE, () => page.evaluate(() => document.activeElement?.closest('article') !== null && document.activeElement?.localName === 'a'), 'a link in the article');
    const linkText = await page.evaluate(() => {
      (window as unknown as { readerFocus: Element | null }).readerFocus = document.activeElement;
      return (document.activeElement as HTMLElement).innerText;
    });

    // Opening: focus goes into the sidebar, onto its heading, once the comparison is shown.
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    const frame = sidebar.frame;
    await expect.poll(() => focused(frame), { timeout: 5_000 }).toBe('h1#event-title.event-title');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('parallax-sidebar');
    await saveScreenshot(page, 'keyboard-1-opened');

    // Tab reaches the first fact, and each further Tab the next fact: nothing focusable hides between them.
    const isFactToggle = () => frame.evaluate(() => document.activeElement?.classList.contains('fact-toggle') === true);
    const tabsToFacts = await tabUntil(page, frame, MAX_TABS_TO_FACTS, isFactToggle, 'the first fact');
    const factIndex = () => frame.evaluate(() => [...document.querySelectorAll('.fact-toggle')].indexOf(document.activeElement as Element));
    expect(await factIndex()).toBe(0);
    // On to the first fact that this article and another outlet both report: its sentence is in the page.
    const sharedIndex = await sidebar.factRows.evaluateAll((rows, names) => {
      const all = [...document.querySelectorAll('.fact')];
      const shared = rows.find((row) => {
        const marks = [...row.querySelectorAll('.mark .sr-only')].map((m) => m.textContent ?? '');
        return marks.includes(names.here) && marks.some((m) => m.startsWith(names.other));
      });
      return shared ? all.indexOf(shared) : -1;
    }, { here: 'Reported in this article', other: 'Reported by ' });
    expect(sharedIndex, 'a fact this article shares with another outlet').toBeGreaterThanOrEqual(0);
    for (let i = 1; i <= sharedIndex; i++) {
      await page.keyboard.press('Tab');
      expect(await factIndex(), `Tab ${i} after the first fact`).toBe(i);
    }
    const row = sidebar.factRows.nth(sharedIndex);
    const toggle = sidebar.factToggle(row);

    // Enter opens it: each outlet's sentence shows, focus stays on the fact.
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await sidebar.mentionTexts(row)).length).toBeGreaterThanOrEqual(2);
    expect(await factIndex()).toBe(sharedIndex);

    // The reader has scrolled the article away; "Show in the article" brings its sentence back, highlighted.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => CSS.highlights.delete('parallax-focus'));
    const showButton = row.getByRole('button', { name: 'Show in the article' });
    const isShowButton = () => showButton.evaluate((button) => button === document.activeElement);
    await tabUntil(page, frame, MAX_TABS_IN_FACT, isShowButton, '"Show in the article"');
    await page.keyboard.press('Enter');
    const highlight = () =>
      page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('parallax-focus') ?? [])] as Range[];
        const box = ranges[0]?.getBoundingClientRect();
        return { text: ranges.map((r) => r.toString()).join(' '), inView: box ? box.top >= 0 && box.bottom <= innerHeight : false };
      });
    await expect.poll(async () => (await highlight()).inView, { timeout: 5_000 }).toBe(true);
    const here = (await row.locator('.mention').filter({ has: frame.getByRole('button', { name: 'Show in the article' }) }).locator('.mention-text').innerText()).trim();
    const shown = (await highlight()).text.replace(/\s+/g, ' ').trim();
    expect(shown.length).toBeGreaterThan(20);
    expect(here.replace(/\s+/g, ' ')).toContain(shown.slice(0, 40));
    await saveScreenshot(page, 'keyboard-2-shown-in-article');

    // Esc closes the sidebar from inside it, and the link the reader left has focus again.
    await news.closeWithEsc();
    expect(await news.isSidebarOpen()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement === (window as unknown as { readerFocus: Element | null }).readerFocus)).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toBe(linkText);
    console.log(`keyboard path: ${tabsToFacts} Tab presses from the sidebar's heading to the first fact, ${sharedIndex} more to the fact opened`);
  }, PATH_TEST_MS);

  test('closing with the toolbar while the reader is in the page leaves their focus where it is', async () => {
    const news = await NewsPage.open(session, server.url('news-trump-putin.html'));
    const page = news.page;
    await tabUntil(page, page, MAX_TABS_TO_ARTICLE, () => page.evaluate(() => document.activeElement?.closest('article') !== null && document.activeElement?.localName === 'a'), 'a link in the article');
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    await expect.poll(() => focused(sidebar.frame), { timeout: 5_000 }).toBe('h1#event-title.event-title');
    // The reader goes back to the page (its first nav link, not the article link they left) and closes
    // Parallax from the toolbar: their focus stays on the nav link.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').first().focus();
    const inPage = await focused(page);
    expect(inPage).toBe('a');
    await news.closeWithToolbar();
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Hauptnavigation');
  }, PATH_TEST_MS);
});
