// The sidebar answers in ten seconds (issue 17), on the demo page at 1280×720 as a laptop shows it, in the
// English and the German UI: the first screen holds competing terms of one framing concept and a quote or
// number that differs; the sidebar is at most five screens long by default; with everything opened the German
// UI shows no English prose; and a keyboard-only reader can skip to Word choice, open a fact, show it in the
// article and close, with focus back where they were.
import fs from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchExtension, type ExtensionSession, type UiLanguage } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { NewsPage } from './pages/news-page';

const NEWS = 'news-trump-putin.html';
const VIEWPORT = { width: 1280, height: 720 };
/** Done-when of issue 17: by default the sidebar is at most five screens long at 1280×720. */
const MAX_SCREENS = 5;
/** English words that German prose never uses: one of them in the German UI is untranslated text. */
const ENGLISH_WORDS = /(?:^|[\s(„"'])(the|of|and|is|where|which|with|this|that|not)(?=[\s,.;:)“"'])/i;
const PATH_TEST_MS = 180_000;

/** The first screenshot of each language goes to docs/ for the README (the English one). */
const DOCS_SCREENSHOT = path.resolve('docs/sidebar-first-screen.png');

let server: TestServer;
let session: ExtensionSession;

/** What the frame shows within its viewport: per digest line, its kind and how many of its terms are fully visible. */
function firstScreen(frame: Frame): Promise<{ kind: string; termsVisible: number; visible: boolean }[]> {
  return frame.evaluate(() => {
    const inView = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    };
    return [...document.querySelectorAll('.digest-item')].map((item) => ({
      kind: [...item.classList].find((c) => c.startsWith('digest-') && c !== 'digest-item')!.slice('digest-'.length),
      // A term counts when it is in the viewport and not cut off by the line's clamp.
      termsVisible: [...item.querySelectorAll('.digest-term')].filter((term) => inView(term) && term.getBoundingClientRect().bottom <= item.querySelector('.digest-link')!.getBoundingClientRect().bottom + 1 && term.getBoundingClientRect().right <= item.getBoundingClientRect().right + 1).length,
      visible: inView(item),
    }));
  });
}

/** Opens every section, every "show all", every fact and every evidence list: all the sidebar can show. */
async function openEverything(frame: Frame): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const opened = await frame.evaluate(() => {
      let clicked = 0;
      for (const button of document.querySelectorAll<HTMLButtonElement>('main button[aria-expanded="false"]')) {
        if (button.closest('[hidden]')) continue;
        button.click();
        clicked++;
      }
      return clicked;
    });
    if (opened === 0) return;
    await frame.waitForTimeout(200);
  }
}

/** Visible UI text, without article text (marked with its language) and outlet names (proper names).
 *  `lexicon`: only the engine's lexicon texts the sidebar marks as having no German version yet. */
function uiText(frame: Frame, which: 'ui' | 'lexicon' = 'ui'): Promise<string[]> {
  return frame.evaluate((which) => {
    const main = document.querySelector('main')!;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const lines: string[] = [];
    const lexicon = which === 'lexicon';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const marked = parent.closest('[lang]');
      if (parent.closest('[hidden]') || (marked && main.contains(marked))) continue;
      if (parent.closest('.outlet-name, .tag, .digest-who, .mention-who, .reprints .card-title')) continue;
      if (lexicon !== (parent.closest('[data-untranslated="lexicon"]') !== null)) continue;
      const text = node.textContent!.trim();
      if (text) lines.push(text);
    }
    return lines;
  }, which);
}

function describeLanguage(lang: UiLanguage) {
  describe(`the digest on the demo page at 1280×720 (${lang} UI)`, () => {
    beforeAll(async () => {
      server = await testServer();
      session = await launchExtension({ lang, extensionDir: inject('extensionDir'), viewport: VIEWPORT });
    });

    afterEach(async () => {
      await session?.closeOpenedTabs();
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    test('the first screen shows competing terms of one concept and a quote or number that differs; the sidebar is at most five screens long', async () => {
      const news = await NewsPage.open(session, server.url(NEWS));
      const sidebar = await news.openSidebar();
      await sidebar.waitForFacts();
      const frame = sidebar.frame;
      await frame.evaluate(() => window.scrollTo(0, 0));

      const lines = await firstScreen(frame);
      const framing = lines.filter((l) => l.kind === 'framing' && l.visible);
      expect(framing.some((l) => l.termsVisible >= 2), `digest lines ${JSON.stringify(lines)}`).toBe(true);
      expect(lines.some((l) => (l.kind === 'quote' || l.kind === 'number') && l.visible), `digest lines ${JSON.stringify(lines)}`).toBe(true);
      const file = await saveScreenshot(news.page, `digest-first-screen-${lang}`);
      if (lang === 'en') {
        fs.mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
        fs.copyFileSync(file, DOCS_SCREENSHOT);
      }

      const { height, screen } = await frame.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: window.innerHeight }));
      console.log(`${lang}: sidebar ${height} px high by default = ${(height / VIEWPORT.height).toFixed(1)} screens of ${VIEWPORT.height} px (frame ${screen} px)`);
      expect(height).toBeLessThanOrEqual(MAX_SCREENS * VIEWPORT.height);
    });

    test('a digest line takes the reader to its evidence: the section opens and the card has focus', async () => {
      const news = await NewsPage.open(session, server.url(NEWS));
      const sidebar = await news.openSidebar();
      await sidebar.waitForFacts();
      const frame = sidebar.frame;
      await frame.locator('.digest-framing .digest-link').first().click();
      await expect.poll(() => frame.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^framing-\d+$/);
      expect(await frame.locator('#framing-toggle').getAttribute('aria-expanded')).toBe('true');
      const box = await frame.evaluate(() => document.activeElement!.getBoundingClientRect().top);
      expect(box).toBeGreaterThanOrEqual(0);
      expect(box).toBeLessThan(VIEWPORT.height / 2);
      await saveScreenshot(news.page, `digest-to-framing-${lang}`);
    });

    if (lang === 'de') {
      test('with every section opened, the German UI shows no English prose', async () => {
        const news = await NewsPage.open(session, server.url(NEWS));
        const sidebar = await news.openSidebar();
        await sidebar.waitForFacts();
        await openEverything(sidebar.frame);
        const english = (await uiText(sidebar.frame)).filter((line) => ENGLISH_WORDS.test(` ${line} `));
        await saveScreenshot(news.page, 'digest-everything-open-de');
        expect(english, `English in the German UI:\n${english.join('\n')}`).toEqual([]);
        // Lexicon labels, notes and sources come from the framing analysis; until the bundled lexicon has German
        // texts for them (labelDe / noteDe / sourceDe), the sidebar shows the English and marks it untranslated.
        const lexicon = (await uiText(sidebar.frame, 'lexicon')).filter((line) => ENGLISH_WORDS.test(` ${line} `));
        console.log(`German UI: ${lexicon.length} lexicon texts still in English (marked data-untranslated), 0 other English lines`);
        // Once the lexicon carries German at all, every one of its texts shown must have it.
        const germanConcepts = await sidebar.frame.locator('[data-section="framing"] .card-title:not([data-untranslated])').count();
        if (germanConcepts > 0) expect(lexicon, `lexicon texts without German:\n${lexicon.join('\n')}`).toEqual([]);
      });
    }
  });
}

describeLanguage('en');
describeLanguage('de');

/** What has focus in a document, as a short description ("button#framing-toggle.section-toggle"). */
function focused(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  });
}

async function pressUntil(page: Page, key: string, max: number, isThere: () => Promise<boolean>, what: string): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await isThere()) return presses;
  }
  throw new Error(`pressUntil: ${what} not reached after ${max} × ${key}`);
}

describe('keyboard only, at 1280×720: open, skip to Word choice, open a fact, show it in the article, close', () => {
  beforeAll(async () => {
    server = await testServer();
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir'), viewport: VIEWPORT });
  });

  afterEach(async () => {
    await session?.closeOpenedTabs();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('the skip link reaches Word choice in a few keys, and focus returns to the page on Esc', async () => {
    const news = await NewsPage.open(session, server.url(NEWS));
    const page = news.page;
    await pressUntil(page, 'Tab', 40, () => page.evaluate(() => document.activeElement?.closest('article') !== null && document.activeElement?.localName === 'a'), 'a link in the article');
    await page.evaluate(() => {
      (window as unknown as { readerFocus: Element | null }).readerFocus = document.activeElement;
    });

    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    const frame = sidebar.frame;
    await expect.poll(() => focused(frame), { timeout: 5_000 }).toBe('h1#event-title.event-title');

    // Skip to Word choice: the link sits under the digest, a few Tabs from the heading, before any fact.
    const onSkip = () => frame.evaluate(() => document.activeElement?.classList.contains('skip-link') === true && document.activeElement.textContent === 'Word choice');
    const tabs = await pressUntil(page, 'Tab', 20, onSkip, 'the "Word choice" skip link');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(frame)).toBe('button#framing-toggle.section-toggle');
    expect(await frame.locator('#framing-toggle').getAttribute('aria-expanded')).toBe('true');
    await saveScreenshot(page, 'digest-keyboard-1-word-choice');

    // Back up to a fact this article shares with other outlets, and open it.
    const onSharedFact = () =>
      frame.evaluate(() => {
        const el = document.activeElement;
        if (!el?.classList.contains('fact-toggle')) return false;
        const marks = [...el.closest('.fact')!.querySelectorAll('.mark .sr-only')].map((m) => m.textContent ?? '');
        return marks.includes('Reported in this article') && marks.some((m) => m.startsWith('Reported by '));
      });
    await pressUntil(page, 'Shift+Tab', 30, onSharedFact, 'a fact shared with another outlet');
    const factId = await frame.evaluate(() => document.activeElement!.closest('.fact')!.getAttribute('data-fact')!);
    await page.keyboard.press('Enter');
    const row = frame.locator(`.fact[data-fact="${factId}"]`);
    await expect.poll(() => row.locator('.fact-toggle').getAttribute('aria-expanded')).toBe('true');
    // The opened fact's label is not under the sticky bars.
    const labelTop = await row.locator('.fact-label').evaluate((el) => el.getBoundingClientRect().top);
    const barsBottom = await frame.evaluate(() => Math.max(...[...document.querySelectorAll('.toolbar, .facts-head')].map((el) => el.getBoundingClientRect().bottom)));
    expect(labelTop).toBeGreaterThanOrEqual(barsBottom - 1);

    // Show it in the article, then close with Esc: focus is back on the link the reader left.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const show = row.getByRole('button', { name: 'Show in the article' });
    await pressUntil(page, 'Tab', 10, () => show.evaluate((b) => b === document.activeElement), '"Show in the article"');
    await page.keyboard.press('Enter');
    await expect.poll(() => news.focusedHighlightText(), { timeout: 5_000 }).not.toBeNull();
    await saveScreenshot(page, 'digest-keyboard-2-shown');
    await news.closeWithEsc();
    expect(await news.isSidebarOpen()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement === (window as unknown as { readerFocus: Element | null }).readerFocus)).toBe(true);
    console.log(`keyboard: ${tabs} Tab presses from the sidebar's heading to the Word choice skip link`);
  }, PATH_TEST_MS);
});

describe('push the page aside instead of covering it', () => {
  beforeAll(async () => {
    server = await testServer();
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir'), viewport: VIEWPORT });
  });

  afterEach(async () => {
    await session?.closeOpenedTabs();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('the switch narrows the page by the sidebar, is remembered, and closing restores the page', async () => {
    const news = await NewsPage.open(session, server.url(NEWS));
    const page = news.page;
    const rightOf = (selector: string) => page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().right, selector);
    const pageWidthBefore = await page.evaluate(() => document.documentElement.getBoundingClientRect().width);
    let sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    let box = await news.sidebarBox(sidebar);
    // The switch sits in the panel's lower left corner (in the closed shadow root: reached as a reader would, by pointer).
    await page.mouse.click(box.x + 10 + 13, box.y + box.height - 10 - 13);
    await expect.poll(() => page.evaluate(() => document.documentElement.getBoundingClientRect().right)).toBeLessThanOrEqual(box.x + 8);
    expect(await rightOf('header')).toBeLessThanOrEqual(box.x + 8);
    await saveScreenshot(page, 'digest-push-on');

    await news.closeWithEsc();
    expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().width)).toBe(pageWidthBefore);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);

    // Remembered: the next opening pushes the page at once; the switch turns it off again.
    sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    box = await news.sidebarBox(sidebar);
    await expect.poll(() => page.evaluate(() => document.documentElement.getBoundingClientRect().right)).toBeLessThanOrEqual(box.x + 8);
    await page.mouse.click(box.x + 10 + 13, box.y + box.height - 10 - 13);
    await expect.poll(() => page.evaluate(() => document.documentElement.getBoundingClientRect().width)).toBe(pageWidthBefore);
  });

  test('fixed elements move out from under the sidebar: the cookie banner, and one the page adds later; push off restores them', async () => {
    const news = await NewsPage.open(session, server.url(NEWS));
    const page = news.page;
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    const box = await news.sidebarBox(sidebar);
    const pushSwitch = () => page.mouse.click(box.x + 10 + 13, box.y + box.height - 10 - 13);
    const pushed = () => page.evaluate(() => document.documentElement.getBoundingClientRect().width < window.innerWidth - 100);
    // The choice is remembered across tests: start from "covering".
    if (await pushed()) await pushSwitch();
    await expect.poll(pushed).toBe(false);

    /** Where a button is, and whether a click at its centre reaches it (nothing lies over it). */
    const reach = (selector: string) => page.evaluate((s) => {
      const button = document.querySelector(s)!;
      const r = button.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { left: r.left, right: r.right, top: r.top, reachable: hit === button };
    }, selector);
    const ACCEPT = '#cookie-banner button:last-of-type';
    const covered = await reach(ACCEPT);
    expect(covered.right, 'the banner\'s button lies under the covering sidebar').toBeGreaterThan(box.x);
    expect(covered.reachable).toBe(false);

    await pushSwitch();
    await expect.poll(async () => (await reach(ACCEPT)).right).toBeLessThanOrEqual(box.x);
    expect(await reach(ACCEPT)).toMatchObject({ reachable: true });
    expect(await page.evaluate((x) => document.querySelector('#cookie-banner')!.getBoundingClientRect().right <= x, box.x)).toBe(true);
    // A real click at the button's centre reaches it.
    await page.evaluate(() => document.querySelector('#cookie-banner button:last-of-type')!.addEventListener('click', () => ((window as unknown as { accepted: boolean }).accepted = true)));
    const accept = await reach(ACCEPT);
    await page.mouse.click((accept.left + accept.right) / 2, accept.top + 5);
    expect(await page.evaluate(() => (window as unknown as { accepted?: boolean }).accepted)).toBe(true);
    await saveScreenshot(page, 'digest-push-banner');

    // A banner the page injects after load, anchored to the right edge, is moved too.
    await page.evaluate(() => {
      const late = document.createElement('div');
      late.id = 'late-chat';
      late.style.cssText = 'position: fixed; right: 16px; bottom: 120px; z-index: 1000';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Chat';
      late.append(button);
      document.body.append(late);
    });
    await expect.poll(async () => (await reach('#late-chat button')).right).toBeLessThanOrEqual(box.x);
    expect(await reach('#late-chat button')).toMatchObject({ reachable: true });

    // Push off: every element is where it was, and nothing of ours is left in the page.
    await pushSwitch();
    await expect.poll(pushed).toBe(false);
    expect(await reach(ACCEPT)).toEqual(covered);
    expect(await page.evaluate(() => document.querySelectorAll('[data-parallax-push]').length)).toBe(0);

    // Push on again, then close: the same.
    await pushSwitch();
    await expect.poll(async () => (await reach(ACCEPT)).right).toBeLessThanOrEqual(box.x);
    await news.closeWithEsc();
    expect(await page.evaluate(() => document.querySelectorAll('[data-parallax-push]').length)).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect((await reach(ACCEPT)).right).toBe(covered.right);
  });
});
