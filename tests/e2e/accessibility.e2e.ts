// Accessibility checked, not assumed: axe-core inside the sidebar frame (a match with every section and a fact
// opened, no match, an error) and on every options section, in the German and the English UI, in the light
// and the dark colour scheme. No serious or critical violation may remain; the run prints what axe found.
// Screenshots of each state at 1280×720 go to test-results/e2e/a11y-*.png.
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { axeTable, describeViolations, runAxe } from './harness/axe';
import { launchExtension, type ExtensionSession, type UiLanguage } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { NewsPage } from './pages/news-page';
import { OptionsPage, type OptionsSection } from './pages/options-page';
import type { Sidebar } from './pages/sidebar';

const LANGUAGES: readonly UiLanguage[] = ['en', 'de'];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
const VIEWPORT = { width: 1280, height: 720 };
const STATE_MS = 20_000;

/** Every options section; "article" is shown for the first article of the table. */
const OPTION_SECTIONS: readonly OptionsSection[] = ['overview', 'articles', 'article', 'add', 'import', 'export', 'delete', 'reset', 'lexicon', 'storage'];

interface SidebarState {
  name: string;
  file: string;
  /** Waits until the state is shown and opens what a reader would open, so axe sees it too. */
  show(sidebar: Sidebar): Promise<void>;
}

/** Opens every closed disclosure in the sidebar once (sections, then the first fact and evidence list). */
async function openEverything(frame: Frame): Promise<void> {
  const closedSections = frame.locator('.section-toggle[aria-expanded="false"]');
  while ((await closedSections.count()) > 0) await closedSections.first().click();
  await frame.locator('.fact-toggle').first().click();
  await frame.locator('.mention-text').first().waitFor({ state: 'visible' });
  const evidence = frame.locator('.evidence button[aria-expanded="false"]').first();
  if ((await evidence.count()) > 0) await evidence.click();
}

const SIDEBAR_STATES: readonly SidebarState[] = [
  {
    name: 'sidebar: match',
    file: 'news-trump-putin.html',
    async show(sidebar) {
      await sidebar.waitForFacts(STATE_MS);
      await openEverything(sidebar.frame);
    },
  },
  {
    name: 'sidebar: no match',
    file: 'news-local-transport.html',
    show: (sidebar) => sidebar.addButton.waitFor({ state: 'visible', timeout: STATE_MS }),
  },
  {
    name: 'sidebar: error',
    file: 'shop-listing.html',
    show: (sidebar) => sidebar.frame.locator('#error-title').waitFor({ state: 'visible', timeout: STATE_MS }),
  },
];

/** Switches the colour scheme and checks the sidebar frame (a separate process) follows it. */
async function useScheme(page: Page, scheme: Scheme, frame: Frame = page.mainFrame()): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  const dark = await frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  if (dark !== (scheme === 'dark')) throw new Error(`useScheme: ${frame.url()} does not follow the ${scheme} scheme`);
}

afterAll(() => {
  console.log(`\naxe-core violations by impact (sidebar frame and options page; 0 serious/critical required)\n${axeTable()}\n`);
});

for (const language of LANGUAGES) {
  describe(`axe-core in the ${language === 'de' ? 'German' : 'English'} UI, light and dark`, () => {
    let server: TestServer;
    let session: ExtensionSession;

    beforeAll(async () => {
      server = await testServer();
      session = await launchExtension({ lang: language, extensionDir: inject('extensionDir'), viewport: VIEWPORT });
    });

    afterEach(async () => {
      await session?.closeOpenedTabs();
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    test('the sidebar (match, no match, error) has no serious or critical violation', async () => {
      const found: string[] = [];
      for (const state of SIDEBAR_STATES) {
        const news = await NewsPage.open(session, server.url(state.file));
        const sidebar = await news.openSidebar();
        await state.show(sidebar);
        for (const scheme of SCHEMES) {
          await useScheme(news.page, scheme, sidebar.frame);
          const result = await runAxe(sidebar.frame, { state: state.name, language, scheme });
          found.push(describeViolations(result));
          await saveScreenshot(news.page, `a11y-${state.name.replace(/\W+/g, '-')}-${language}-${scheme}`);
        }
        await news.close();
      }
      expect(found.filter(Boolean).join('\n')).toBe('');
    });

    test('every options section has no serious or critical violation', async () => {
      const options = await OptionsPage.open(session, 'articles');
      await options.openArticles();
      const firstArticle = (await options.articleRows())[0]?.href.match(/[?&]id=([^&]+)/)?.[1];
      if (!firstArticle) throw new Error('options: the articles table shows no article to open');
      const messages: string[] = [];
      for (const section of OPTION_SECTIONS) {
        await options.goto(section, section === 'article' ? { id: decodeURIComponent(firstArticle) } : {});
        await options.settle();
        await options.page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: STATE_MS });
        for (const scheme of SCHEMES) {
          await useScheme(options.page, scheme);
          const result = await runAxe(options.page, { state: `options: ${section}`, language, scheme });
          messages.push(describeViolations(result));
          await saveScreenshot(options.page, `a11y-options-${section}-${language}-${scheme}`);
        }
      }
      expect(messages.filter(Boolean).join('\n')).toBe('');
    });
  });
}
