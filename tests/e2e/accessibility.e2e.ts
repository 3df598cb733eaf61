// Accessibility checked, not assumed: axe-core inside the sidebar frame (a match with every section and a fact
// opened and the page marked by coverage, no match, an error), on every options section and while importing
// or confirming a deletion, in the German and the English UI, in the light
// and the dark colour scheme. No serious or critical violation may remain; the run prints what axe found.
// Screenshots of each state at 1280×720 go to test-results/e2e/a11y-*.png.
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { generateCorpus } from '../bench/generate-corpus';
import { axeTable, describeViolations, runAxe } from './harness/axe';
import { launchExtension, type ExtensionSession, type UiLanguage } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { NewsPage } from './pages/news-page';
import { OptionsPage, TempFiles, type OptionsSection } from './pages/options-page';
import type { Sidebar } from './pages/sidebar';

const LANGUAGES: readonly UiLanguage[] = ['en', 'de'];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
const VIEWPORT = { width: 1280, height: 720 };
const STATE_MS = 20_000;
/** Each test runs axe a dozen or more times (each run 1–3 s, several times that on a loaded 2-core machine). */
const HEAVY_TEST_MS = 240_000;

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
      await sidebar.coverageSwitch.check(); // the coverage legend, with its colour swatches
      await sidebar.coverageMarkedStatus.waitFor({ timeout: STATE_MS });
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

interface OptionsState {
  name: string;
  section: OptionsSection;
  /** Brings the section into the state (a file chosen, a dialog open); `files` writes temporary files. */
  show(options: OptionsPage, files: TempFiles): Promise<void>;
}

/** Chooses a file in the import section's file input (found by type: the page object's label is English). */
async function chooseFile(options: OptionsPage, file: string): Promise<void> {
  await options.page.locator('section[data-section="import"] input[type="file"]').setInputFiles(file);
}

/** States of the options page beyond a section's first view: what a reader meets while importing or deleting. */
const OPTION_STATES: readonly OptionsState[] = [
  {
    name: 'import: plan with invalid records',
    section: 'import',
    async show(options, files) {
      const { pack } = generateCorpus({ articles: 8, seed: 5 });
      const records: Record<string, unknown>[] = pack.articles.map((a) => ({ ...a }));
      delete records[2]!.text;
      await chooseFile(options, files.json('mixed.json', { format: 'parallax-corpus', version: 1, articles: records, events: [] }));
      await options.page.locator('.plan .problems').waitFor({ timeout: STATE_MS });
    },
  },
  {
    name: 'import: refused file',
    section: 'import',
    async show(options, files) {
      await chooseFile(options, files.write('corrupt.json', '{ "format": '));
      await options.errorBox.waitFor({ timeout: STATE_MS });
    },
  },
  {
    name: 'delete: confirm dialog',
    section: 'delete',
    async show(options) {
      await options.page.locator('#delete-outlet').selectOption({ index: 1 });
      await options.page.locator('form:has(#delete-outlet) button[type="submit"]').click();
      await options.dialog.waitFor({ state: 'visible', timeout: STATE_MS });
    },
  },
];

/**
 * The lowest contrast of the ✓/– glyphs of the fact marks against the background they are drawn on (the
 * nearest ancestor with a background colour; the rows are tinted), by the WCAG formula. axe leaves glyphs that
 * are "only non-text characters" undecided, so they are measured here; as text they need 4.5:1.
 */
function lowestMarkContrast(frame: Frame): Promise<{ ratio: number; glyphs: number; worst: string }> {
  return frame.evaluate(() => {
    const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
        if (a > 0) return [r!, g!, b!];
      }
      return [255, 255, 255];
    };
    let worst = { ratio: Infinity, glyphs: 0, worst: '' };
    for (const glyph of document.querySelectorAll('.fact .mark > span[aria-hidden="true"]')) {
      const [fg, bg] = [luminance(rgb(getComputedStyle(glyph).color)), luminance(background(glyph))];
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      worst.glyphs += 1;
      if (ratio < worst.ratio) worst = { ratio, glyphs: worst.glyphs, worst: `${glyph.textContent} ${getComputedStyle(glyph).color} on ${background(glyph).join(',')}` };
    }
    return worst;
  });
}

const markContrasts: string[] = [];

/** Switches the colour scheme and checks the sidebar frame (a separate process) follows it. */
async function useScheme(page: Page, scheme: Scheme, frame: Frame = page.mainFrame()): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  const dark = await frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  if (dark !== (scheme === 'dark')) throw new Error(`useScheme: ${frame.url()} does not follow the ${scheme} scheme`);
}

afterAll(() => {
  console.log(`\naxe-core violations by impact (sidebar frame and options page; 0 serious/critical required)\n${axeTable()}\n`);
  console.log(`Fact mark glyphs (✓/–), contrast against their row (4.5:1 required):\n${markContrasts.join('\n')}\n`);
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

    test.each(SIDEBAR_STATES)('$name: no serious or critical violation, light and dark', async (state) => {
      const found: string[] = [];
      const news = await NewsPage.open(session, server.url(state.file));
      const sidebar = await news.openSidebar();
      await state.show(sidebar);
      for (const scheme of SCHEMES) {
        await useScheme(news.page, scheme, sidebar.frame);
        // From the top: rows scrolled under the sticky column header would be "overlapped" for axe.
        await sidebar.frame.evaluate(() => window.scrollTo(0, 0));
        const result = await runAxe(sidebar.frame, { state: state.name, language, scheme });
        if (state.name === 'sidebar: match') {
          const marks = await lowestMarkContrast(sidebar.frame);
          markContrasts.push(`${language} ${scheme}: lowest ${marks.ratio.toFixed(2)}:1 over ${marks.glyphs} glyphs (${marks.worst})`);
          if (marks.glyphs === 0 || marks.ratio < 4.5) found.push(`${state.name} (${language}, ${scheme}): mark glyph contrast ${marks.ratio.toFixed(2)}:1 < 4.5:1 (${marks.worst})`);
        }
        found.push(describeViolations(result));
        await saveScreenshot(news.page, `a11y-${state.name.replace(/\W+/g, '-')}-${language}-${scheme}`);
        if (state.name === 'sidebar: match') {
          await sidebar.scrollToFacts();
          await saveScreenshot(news.page, `a11y-sidebar-facts-${language}-${scheme}`);
        }
      }
      await news.close();
      expect(found.filter(Boolean).join('\n')).toBe('');
    }, HEAVY_TEST_MS);

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
    }, HEAVY_TEST_MS);

    test('importing (a plan, a refused file) and a confirm dialog have no serious or critical violation', async () => {
      const files = new TempFiles();
      const messages: string[] = [];
      try {
        for (const state of OPTION_STATES) {
          const options = await OptionsPage.open(session, state.section);
          await state.show(options, files);
          await options.settle();
          for (const scheme of SCHEMES) {
            await useScheme(options.page, scheme);
            const result = await runAxe(options.page, { state: `options: ${state.name}`, language, scheme });
            messages.push(describeViolations(result));
            await saveScreenshot(options.page, `a11y-options-${state.name.replace(/\W+/g, '-')}-${language}-${scheme}`);
          }
          await options.page.close();
        }
      } finally {
        files.cleanup();
      }
      expect(messages.filter(Boolean).join('\n')).toBe('');
    }, HEAVY_TEST_MS);
  });
}
