// Filling the corpus from outside the extension: a pack built by parallax-pack from outlets' feeds, a real page
// and a WARC (served from 127.0.0.1 here) imports in the options page, and the sidebar on one of its articles
// shows the other outlets' reports; web archives and saved pages dropped together go through the same
// plan → confirm → one transaction import.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { runPack } from '../../src/cli/pack/pack-run';
import { generateCorpus } from '../bench/generate-corpus';
import { addOutletFeeds } from '../helpers/news-sites/outlet-feeds';
import { articlePage, writeWarc } from '../helpers/news-sites/render';
import { startSite, type SiteServer } from '../helpers/news-sites/site-server';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { NewsPage } from './pages/news-page';
import { OptionsPage, startPageServer, type PageServer } from './pages/options-page';

const BUNDLED_ARTICLES = 5;
const generated = generateCorpus({ articles: 14, seed: 7, singleShare: 0 });
const articles = generated.pack.articles;

let site: SiteServer;
let pageServer: PageServer;
let session: ExtensionSession;
let dir: string;

describe('Building the corpus from feeds, pages and web archives (Chromium, English UI)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-sources-'));
    site = await startSite();
    pageServer = await startPageServer();
  });
  beforeEach(async () => {
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir'), viewport: { width: 1280, height: 900 } });
  });
  afterEach(async () => {
    await session?.close();
  });
  afterAll(async () => {
    await site?.close();
    await pageServer?.close();
  });

  test('a pack built by parallax-pack imports, and the sidebar on one of its articles shows the other outlets', async () => {
    const { feedLines } = addOutletFeeds(site, articles.slice(0, 11));
    const feeds = join(dir, 'feeds.txt');
    await writeFile(feeds, feedLines.join('\n'));
    const warc = join(dir, 'crawl.warc.gz');
    await writeFile(warc, await writeWarc(articles.slice(11).map((a) => ({ url: `http://archive.test/${a.id}.html`, body: articlePage(a) })), true));
    const out = join(dir, 'news.json');
    const sink = { write: () => true };
    expect(await runPack([feeds, warc, '--out', out], { out: sink, err: sink })).toBe(0);

    const options = await OptionsPage.open(session);
    const result = await options.importFile(out);
    expect(result).toContain(`New: ${articles.length}`);
    await options.goto('overview');
    expect(await options.overviewCount('Articles')).toBe(BUNDLED_ARTICLES + articles.length);

    // The reader opens one report of a four-outlet event (its feed came from the pack's first run).
    const label = generated.labels.get(articles[3]!.id)!;
    const sameEvent = articles.filter((a) => generated.labels.get(a.id) === label);
    expect(sameEvent.length).toBeGreaterThanOrEqual(3);
    const reading = sameEvent[0]!;
    const news = await NewsPage.open(session, pageServer.add(`${reading.id}.html`, articlePage(reading)));
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts(30_000);
    const outlets = await sidebar.outletNames();
    for (const other of sameEvent.slice(1)) expect(outlets, other.outlet.name!).toContain(other.outlet.name);
    await saveScreenshot(news.page, 'corpus-sources-pack-sidebar');
  });

  test('web archives and saved pages dropped together: plan with the records left out, then one import', async () => {
    const encoder = new TextEncoder();
    const malformed = encoder.encode('WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://archive.test/broken.html\r\nContent-Length: 30\r\n\r\nthis is not an HTTP response\r\n\r\n\r\n');
    const warc = join(dir, 'session.warc');
    await writeFile(warc, await writeWarc([
      { url: `http://archive.test/${articles[0]!.id}.html`, body: articlePage(articles[0]!) },
      { raw: malformed },
      { url: `http://archive.test/${articles[1]!.id}.html`, body: articlePage(articles[1]!) },
    ]));
    const saved = [articles[2]!, articles[4]!].map((a, i) => ({ path: join(dir, `saved-${i}.html`), html: `<!-- saved from url=(0030)https://example.org/a${i}.html -->\n${articlePage(a)}` }));
    for (const s of saved) await writeFile(s.path, s.html);

    const options = await OptionsPage.open(session);
    await options.goto('import');
    await options.recordProgress();
    await options.importFileInput.setInputFiles([warc, ...saved.map((s) => s.path)]);
    expect(await options.waitForPlanOrError()).toBe('plan');
    expect(await options.planCount('New articles')).toBe(4);
    await expect.poll(() => options.page.locator('#import-skipped-sources').innerText()).toMatch(/session\.warc record \d+: malformed record: has no HTTP status line/);
    const progress = await options.progressSeen();
    expect(progress.some((p) => p.label === 'Reading the file…')).toBe(true);
    await saveScreenshot(options.page, 'corpus-sources-warc-plan');
    const result = await options.confirmImport();
    expect(result).toContain('New: 4');
    await options.goto('overview');
    expect(await options.overviewCount('Articles')).toBe(BUNDLED_ARTICLES + 4);
  });
});
