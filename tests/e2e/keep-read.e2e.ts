// "Keep what I read": off by default (nothing is kept); switched on, each article the reader opens Parallax on
// joins the corpus as theirs, so the third report of a story shows the first two; the options page counts the
// kept articles and deletes them all in one step, with Undo.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { CorpusArticle } from '../../src/engine/types';
import { generateCorpus } from '../bench/generate-corpus';
import { articlePage } from '../helpers/news-sites/render';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { NewsPage } from './pages/news-page';
import { OptionsPage, startPageServer, type PageServer } from './pages/options-page';

const generated = generateCorpus({ articles: 14, seed: 7, singleShare: 0 });
/** Three reports of one event by three outlets (the generator's labels say which belong together). */
const story: CorpusArticle[] = (() => {
  const label = generated.labels.get(generated.pack.articles[3]!.id)!;
  return generated.pack.articles.filter((a) => generated.labels.get(a.id) === label).slice(0, 3);
})();

let pageServer: PageServer;
let session: ExtensionSession;

async function openWithParallax(article: CorpusArticle) {
  const news = await NewsPage.open(session, pageServer.add(`${article.id}.html`, articlePage(article)));
  const sidebar = await news.openSidebar();
  await sidebar.frame.locator('.keep-read input[type="checkbox"]:not([disabled])').waitFor({ timeout: 30_000 });
  return { news, sidebar };
}

describe('Keep what I read (Chromium, English UI)', () => {
  beforeAll(async () => {
    pageServer = await startPageServer();
  });
  beforeEach(async () => {
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir'), viewport: { width: 1280, height: 900 } });
  });
  afterEach(async () => {
    await session?.close();
  });
  afterAll(async () => {
    await pageServer?.close();
  });

  test('off by default: reading keeps nothing', async () => {
    const { news, sidebar } = await openWithParallax(story[0]!);
    expect(await sidebar.frame.locator('#keep-read').isChecked()).toBe(false);
    await expect.poll(() => sidebar.frame.locator('.keep-read').getAttribute('data-kept')).toBe('no');
    await news.close();
    const options = await OptionsPage.open(session);
    await expect.poll(() => options.page.locator('#keep-read-count').innerText()).toBe('Articles kept while reading: 0');
    expect(await options.page.locator('#keep-read-option').isChecked()).toBe(false);
    expect(await options.overviewCount('Articles')).toBe(5);
  });

  test('on: three outlets read in turn, the third shows the first two; delete all kept, then Undo', async () => {
    expect(new Set(story.map((a) => a.outlet.name)).size).toBe(3);
    const options = await OptionsPage.open(session);
    await options.page.locator('#keep-read-option:not([disabled])').check();

    for (const article of story.slice(0, 2)) {
      const { news, sidebar } = await openWithParallax(article);
      await expect.poll(() => sidebar.frame.locator('.keep-read').getAttribute('data-kept'), { timeout: 30_000 }).toBe('kept');
      await news.close();
    }
    const { news, sidebar } = await openWithParallax(story[2]!);
    await sidebar.waitForFacts(30_000);
    const outlets = await sidebar.outletNames();
    expect(outlets).toContain(story[0]!.outlet.name);
    expect(outlets).toContain(story[1]!.outlet.name);
    await expect.poll(() => sidebar.frame.locator('.keep-read').getAttribute('data-kept'), { timeout: 30_000 }).toBe('kept');
    expect(await sidebar.frame.locator('.keep-read [role="status"]').innerText()).toContain('Kept in your corpus');
    await saveScreenshot(news.page, 'keep-read-third-report');

    await options.page.bringToFront();
    await options.reload();
    await expect.poll(() => options.page.locator('#keep-read-count').innerText()).toBe('Articles kept while reading: 3');
    expect(await options.overviewCount('Articles')).toBe(5 + 3);
    await saveScreenshot(options.page, 'keep-read-options');
    await options.page.getByRole('button', { name: 'Delete all kept articles' }).click();
    await options.confirmDialog('Delete');
    await expect.poll(() => options.page.locator('#keep-read-count').innerText()).toBe('Articles kept while reading: 0');
    expect(await options.overviewCount('Articles')).toBe(5);
    await options.undoButton.click();
    await expect.poll(() => options.page.locator('#keep-read-count').innerText()).toBe('Articles kept while reading: 3');
    expect(await options.overviewCount('Articles')).toBe(5 + 3);
  });
});
