// Issue 7, scenarios 1, 4 and 5, in Chromium with the built extension: hostile strings in the corpus and on
// the page stay text in the sidebar and the options page (nothing runs, every link is http(s)); the page's own
// DOM and styles are left exactly as they were through extraction and sidebar use; and huge or odd pages get
// the sidebar or a clear message within 2 s of the click while the page's own timer keeps ticking.
import type { ConsoleMessage, Dialog, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { NewsPage } from './pages/news-page';
import { OptionsPage, startPageServer, TempFiles, type PageServer } from './pages/options-page';
import { Sidebar } from './pages/sidebar';

let server: TestServer;
let pageServer: PageServer;
let session: ExtensionSession;
let files: TempFiles;

/** Everything the payloads would do if one ever ran: console lines, dialogs, uncaught errors, CSP refusals. */
const heard: string[] = [];
const MARK = 'PARALLAX-XSS';

// ---- Scenario 1: the hostile data -------------------------------------------------------------------------

/** What a payload runs if it ever becomes code: a global flag and a console line naming where it came from. */
const run = (where: string): string => `window.__parallaxXss='${where}';console.log('${MARK} ${where}')`;
const scriptTag = (where: string): string => `<script>${run(where)}</script>`;
const imgTag = (where: string): string => `<img src=x onerror="${run(where)}">`;
const jsLink = (where: string): string => `<a href="javascript:${run(where)}">Quelle</a>`;
/** Closes a <style> the text might be put in, then hides everything if the rest were parsed as CSS. */
const STYLE_BREAKOUT = '</style><style>*{display:none!important}</style>';

/** One sentence every report of the event carries, so that it is a fact whose mentions show it per outlet. */
const hostileSentence = (where: string): string =>
  `Ein Sprecher der Feuerwehr schrieb ${scriptTag(where)} und ${imgTag(where)} sowie ${jsLink(where)} ${STYLE_BREAKOUT} in einer Mitteilung, mehr unter javascript:alert('${MARK} ${where}').`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface HostileCorpus {
  pack: unknown;
  /** The imported reports of the event, as the pack has them (hostile title, outlet, URL and text). */
  reports: { id: string; title: string; outlet: string; url: string; sentence: string }[];
  eventTitle: string;
  refused: { id: string; url: string };
  page: { html: string; title: string; outlet: string; sentence: string };
}

/** A generated event of six German reports: five go into a pack with hostile titles, outlet names, URLs
 *  (http(s), with markup in them) and text, one becomes a page with hostile title, site name, canonical link
 *  and text. A seventh record has a `javascript:` URL, which the import must refuse by name. */
function hostileCorpus(): HostileCorpus {
  const { pack } = generateCorpus({ articles: 30, seed: 11, englishShare: 0 });
  const event = pack.events.find((e) => e.articleIds.length === 6);
  if (!event) throw new Error('hostileCorpus: the generated corpus (seed 11) has no event of six reports');
  const members = event.articleIds.map((id) => pack.articles.find((a) => a.id === id)!);
  const [onPage, ...others] = members;
  const articles = others.map((a, i) => {
    const where = `report-${i}`;
    return {
      ...a,
      id: i === 0 ? `${scriptTag('id')}${a.id}` : a.id,
      title: `${a.title} ${scriptTag(`${where}-title`)}`,
      outlet: { ...a.outlet, name: `${imgTag(`${where}-outlet`)} ${a.outlet.name}` },
      url: `https://example.org/${i}?q=${scriptTag(`${where}-url`)}&r="><img src=x onerror=${run(`${where}-url`)}>`,
      text: `${hostileSentence(where)}\n\n${a.text}`,
    };
  });
  const refused = { id: `${imgTag('refused-id')}refused`, url: `javascript:${run('refused-url')}` };
  const eventTitle = `${STYLE_BREAKOUT}${scriptTag('event')} ${event.title}`;
  const hostilePack = {
    format: 'parallax-corpus',
    version: 1,
    articles: [...articles, { ...others[0]!, id: refused.id, url: refused.url }],
    events: [{ id: 'ev-hostile', title: eventTitle, date: event.date, articleIds: articles.map((a) => a.id) }],
  };

  const title = `${onPage!.title} ${imgTag('page-title')}`;
  const outlet = `${scriptTag('page-outlet')} ${onPage!.outlet.name}`;
  const sentence = hostileSentence('page');
  const paragraphs = [sentence, ...onPage!.text.split(/\n\s*\n/)];
  const html = `<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)}</title>
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="${escapeHtml(outlet)}">
  <meta property="og:title" content="${escapeHtml(title)}">
  <meta property="og:url" content="javascript:${escapeHtml(run('page-og-url'))}">
  <link rel="canonical" href="javascript:${escapeHtml(run('page-canonical'))}">
  <meta property="article:published_time" content="${onPage!.date}T10:00:00+01:00">
</head>
<body>
  <main><article>
    <h1>${escapeHtml(title)}</h1>
    ${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n    ')}
  </article></main>
</body>
</html>
`;
  return {
    pack: hostilePack,
    reports: articles.map((a, i) => ({ id: a.id, title: a.title, outlet: a.outlet.name, url: a.url, sentence: hostileSentence(`report-${i}`) })),
    eventTitle,
    refused,
    page: { html, title, outlet, sentence },
  };
}

/** What a document shows of the payloads beyond text: elements they would have made, and its links. */
interface DomFindings {
  /** Scripts that are not the extension's own files (from the data, they would be inline). */
  foreignScripts: string[];
  /** img / style / iframe / object / embed / script elements whose markup carries a payload. */
  payloadElements: string[];
  /** Elements with an inline event handler attribute (onerror=, onclick=, …). */
  handlerAttributes: string[];
  /** Every a[href] as written and as resolved. */
  links: { written: string; resolved: string }[];
  /** The flag any payload that ran would have set, in this document's main world. */
  flag: unknown;
}

// A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
const READ_DOM_FINDINGS = `(() => {
  const all = [...document.querySelectorAll('*')];
  const extensionOrigin = location.protocol === 'chrome-extension:' ? location.origin + '/' : null;
  return {
    foreignScripts: [...document.scripts].filter((s) => !(extensionOrigin && s.src.startsWith(extensionOrigin))).map((s) => s.outerHTML.slice(0, 200)),
    payloadElements: [...document.querySelectorAll('img, style, iframe, object, embed, script')]
      .filter((el) => el.outerHTML.includes('${MARK}') || el.outerHTML.includes('display:none!important'))
      .map((el) => el.outerHTML.slice(0, 200)),
    handlerAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.localName + '[' + a.name + ']')),
    links: [...document.querySelectorAll('a[href]')].map((a) => ({ written: a.getAttribute('href'), resolved: a.href })),
    flag: window.__parallaxXss ?? null,
  };
})()`;

async function domFindings(target: Page | Frame): Promise<DomFindings> {
  return target.evaluate(READ_DOM_FINDINGS) as Promise<DomFindings>;
}

function expectNothingBecameAnElement(findings: DomFindings, where: string): void {
  expect(findings.foreignScripts, `scripts in ${where} that are not the extension's own`).toEqual([]);
  expect(findings.payloadElements, `elements in ${where} made from the data`).toEqual([]);
  expect(findings.handlerAttributes, `inline event handlers in ${where}`).toEqual([]);
  expect(findings.flag, `window.__parallaxXss in ${where}`).toBeNull();
}

const isHttp = (url: string): boolean => /^https?:$/.test(new URL(url).protocol);

// ---- Scenario 4: the page's own state ---------------------------------------------------------------------

/** Elements whose computed style the page shows, and the full computed style of each, property by property. */
const STYLED = ['html', 'body', 'article h1', 'article p.lead', 'article p:not(.lead)', 'aside', '.cookie'];
const READ_COMPUTED_STYLES = `(() => Object.fromEntries(${JSON.stringify(STYLED)}.map((selector) => {
  const el = document.querySelector(selector);
  if (!el) return [selector, null];
  const style = getComputedStyle(el);
  return [selector, [...style].map((name) => name + ': ' + style.getPropertyValue(name)).join('; ')];
})))()`;

async function computedStyles(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(READ_COMPUTED_STYLES) as Promise<Record<string, string | null>>;
}

/** Names of the CSS highlights the page's document holds (ours are how the sidebar marks text in the page). */
async function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()]);
}

// ---- Scenario 5: the 2-second deadline --------------------------------------------------------------------

/** Scenario 5's pass criterion: the sidebar, with a comparison or a message, within 2 s of the click. */
const DEADLINE_MS = 2_000;

interface PageTimer {
  ticks: number;
  maxGap: number;
}

async function readTimer(page: Page): Promise<PageTimer> {
  return page.evaluate(() => {
    const timer = (window as unknown as { __pageTimer: PageTimer }).__pageTimer;
    return { ticks: timer.ticks, maxGap: timer.maxGap };
  });
}

/**
 * Clicks the toolbar and waits for the sidebar's heading (an event, "no other reports", or why not) until the
 * deadline, measured from the click. A click whose trigger CDP lost (the stack notes: about one in ten) injects
 * nothing at all; only then is it sent again, and the clock starts again at the second click.
 */
async function openWithinDeadline(news: NewsPage): Promise<{ sidebar: Sidebar; elapsed: number; clickedAt: number }> {
  for (let attempt = 1; ; attempt++) {
    const clickedAt = Date.now();
    await news.clickToolbar();
    const sidebar = await news.waitForSidebar(DEADLINE_MS);
    if (!sidebar) {
      if (attempt === 1 && !(await news.hasHost())) continue;
      throw new Error(`no sidebar frame within ${DEADLINE_MS} ms of the toolbar click on ${news.page.url()}`);
    }
    await sidebar.mainHeading.waitFor({ state: 'visible', timeout: Math.max(1, clickedAt + DEADLINE_MS - Date.now()) });
    return { sidebar, elapsed: Date.now() - clickedAt, clickedAt };
  }
}

// ---- The tests --------------------------------------------------------------------------------------------

describe('Hardening: text stays text, the page is left untouched, huge and odd pages (Chromium, English UI)', () => {
  beforeAll(async () => {
    server = await testServer();
    pageServer = await startPageServer();
    files = new TempFiles();
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir'), viewport: { width: 1280, height: 900 } });
    const record = (where: string) => (message: ConsoleMessage) => {
      const text = message.text();
      if (text.includes(MARK) || /Content Security Policy|Refused to/i.test(text)) heard.push(`${where} console: ${text}`);
    };
    session.context.on('console', record('context'));
    session.context.on('dialog', (dialog: Dialog) => {
      heard.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    session.context.on('weberror', (error) => heard.push(`uncaught: ${error.error().message}`));
  });

  afterEach(async () => {
    await session?.closeOpenedTabs();
  });

  afterAll(async () => {
    await session?.close();
    await pageServer?.close();
    await server?.close();
    files?.cleanup();
  });

  test('1. hostile titles, bodies, outlet names and URLs are shown literally; nothing runs; every link is http(s)', async () => {
    heard.length = 0;
    const hostile = hostileCorpus();

    // The import: the javascript: URL is refused by name; the http(s) URLs with markup in them get through.
    const options = await OptionsPage.open(session, 'import');
    await options.chooseImportFile(files.json('hostile-pack.json', hostile.pack));
    expect(await options.waitForPlanOrError()).toBe('plan');
    expect(await options.planCount('New articles')).toBe(hostile.reports.length);
    expect(await options.planCount('Invalid (left out)')).toBe(1);
    expect(await options.planProblems()).toEqual([
      `record ${hostile.reports.length + 1} ("id": "${hostile.refused.id}") "url" is not an http(s) address: ${hostile.refused.url.slice(0, 80)}`,
    ]);
    expectNothingBecameAnElement(await domFindings(options.page), 'the import plan');
    expect(await options.confirmImport()).toContain(`New: ${hostile.reports.length} `);

    // The sidebar on the hostile page: the comparison shows every hostile string as text.
    const news = await NewsPage.open(session, pageServer.add('hostile-article.html', hostile.page.html));
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts(30_000);
    expect(await sidebar.eventTitleText()).toBe(hostile.eventTitle);
    expect(await sidebar.readingTitleText()).toBe(hostile.page.title);
    const outlets = await sidebar.outletNames();
    expect(outlets[0]).toBe(`This article · ${hostile.page.outlet}`);
    expect(outlets.slice(1).sort()).toEqual(hostile.reports.map((r) => r.outlet).sort());
    expect((await sidebar.outletTitles()).sort()).toEqual(hostile.reports.map((r) => r.title).sort());
    // Long runs of markup without spaces wrap: the panel never grows wider than its frame.
    expect(await sidebar.frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await saveScreenshot(news.page, 'hardening-hostile-sidebar');

    const hostileFact = sidebar.factRows.filter({ hasText: 'Ein Sprecher der Feuerwehr' });
    await expect.poll(() => hostileFact.count()).toBe(1);
    // The fact's label is one outlet's sentence, shortened with "…" when long: markup and all, as text.
    const label = (await sidebar.factLabel(hostileFact).innerText()).trim();
    const sentences = [hostile.page.sentence, ...hostile.reports.map((r) => r.sentence)];
    expect(label).toContain('<script>window.__parallaxXss=');
    expect(sentences.some((s) => s === label || (label.endsWith('…') && s.startsWith(label.slice(0, -1).trimEnd()))), label).toBe(true);
    await sidebar.factToggle(hostileFact).click();
    expect((await sidebar.mentionTexts(hostileFact)).sort()).toEqual([...sentences].sort());
    await hostileFact.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(news.page, 'hardening-hostile-sidebar-fact');

    const inSidebar = await domFindings(sidebar.frame);
    expectNothingBecameAnElement(inSidebar, 'the sidebar');
    // The "Open article" links: one per imported report, each the record's http(s) URL (escaped by the URL parser).
    expect(inSidebar.links.map((l) => l.resolved).sort()).toEqual(hostile.reports.map((r) => new URL(r.url).href).sort());
    for (const link of inSidebar.links) expect(isHttp(link.resolved), `sidebar link ${link.written}`).toBe(true);
    expect(await news.page.evaluate(() => (window as { __parallaxXss?: unknown }).__parallaxXss ?? null), 'flag in the page').toBeNull();

    // The options page: the articles list and one article's view show the same strings as text.
    await options.openArticles({ origin: 'imported' });
    const rows = await options.articleRows();
    expect(rows.map((r) => r.title).sort()).toEqual(hostile.reports.map((r) => r.title).sort());
    expect(rows.map((r) => r.outlet).sort()).toEqual(hostile.reports.map((r) => `${r.outlet} · stated`).sort());
    const inList = await domFindings(options.page);
    expectNothingBecameAnElement(inList, 'the articles list');
    expectOnlyHttpOrRoutes(inList, options.baseUrl);
    await saveScreenshot(options.page, 'hardening-hostile-options-list');

    const first = hostile.reports[0]!;
    await options.goto('article', { id: first.id });
    await options.page.locator('.article-title').waitFor({ timeout: 10_000 });
    expect(await options.page.locator('.article-title').innerText()).toBe(first.title);
    expect(await options.page.locator('.article-header .mono').innerText()).toBe(first.id);
    expect(await options.page.locator('.article-text p').first().innerText()).toBe(first.sentence);
    expect(await options.page.locator('#meta-url').inputValue()).toBe(first.url);
    const inArticle = await domFindings(options.page);
    expectNothingBecameAnElement(inArticle, 'the article view');
    expectOnlyHttpOrRoutes(inArticle, options.baseUrl);
    expect(inArticle.links.length).toBeGreaterThan(0);
    await saveScreenshot(options.page, 'hardening-hostile-options-article');

    // The listeners hear every context the payloads could have run in (so their silence means something).
    for (const [target, where] of [[news.page, 'page'], [sidebar.frame, 'sidebar'], [options.page, 'options']] as const) {
      await target.evaluate((line) => console.log(line), `${MARK} PARALLAX-PROBE ${where}`);
    }
    await expect.poll(() => heard.filter((h) => h.includes('PARALLAX-PROBE')).length).toBe(3);
    expect(heard.filter((h) => !h.includes('PARALLAX-PROBE')), 'console lines, dialogs, errors and CSP refusals').toEqual([]);
  });

  test("4. the page's DOM and computed styles are identical before, during and after extraction and sidebar use", async () => {
    const news = await NewsPage.open(session, server.url('news-trump-putin.html'));
    const dom = await news.domOutsideHost();
    const styles = await computedStyles(news.page);
    expect(Object.values(styles).every((s) => s !== null && s.length > 1000), `every element in ${STYLED.join(', ')} is on the page`).toBe(true);
    const sheets = await news.adoptedStyleSheetCount();
    const expectUntouched = async (when: string) => {
      expect((await news.domOutsideHost()) === dom, `page DOM ${when}`).toBe(true);
      expect(await computedStyles(news.page), `computed styles ${when}`).toEqual(styles);
    };

    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    await expectUntouched('once the article was extracted and compared');

    // Highlight one fact's sentence in the page.
    await sidebar.factToggle(sidebar.factRowsShared.first()).click();
    await expect.poll(() => highlightNames(news.page)).toContain('parallax-focus');
    await expectUntouched('while a fact is highlighted');

    // Mark every sentence by coverage, then remove the marks.
    await sidebar.coverageSwitch.check();
    await sidebar.coverageMarkedStatus.waitFor({ timeout: 10_000 });
    expect((await highlightNames(news.page)).some((name) => /^parallax-(many|few|only)$/.test(name))).toBe(true);
    await expectUntouched('while sentences are marked by coverage');
    await saveScreenshot(news.page, 'hardening-untouched-marked');
    await sidebar.coverageSwitch.uncheck();
    await sidebar.frame.getByText('Marks removed from the article.').waitFor({ timeout: 10_000 });
    expect((await highlightNames(news.page)).some((name) => /^parallax-(many|few|only)$/.test(name))).toBe(false);
    await expectUntouched('after the coverage marks are removed');

    await news.closeWithButton(sidebar);
    expect(await news.hasHost()).toBe(false);
    await expectUntouched('after the sidebar is closed');
    expect(await highlightNames(news.page)).toEqual([]);
    expect(await news.adoptedStyleSheetCount()).toBe(sheets);
  });

  interface OddPage {
    file: string;
    what: string;
    /** Elements the page must have built (the huge ones), to prove the test measures what it says. */
    minElements?: number;
    /** Levels of nesting the page must have built (the deep one), for the same reason. */
    minDepth?: number;
    /** The heading the sidebar shows: the event's title, "no other reports", or why there is no comparison. */
    expect: { kind: 'comparison' } | { kind: 'no-match' } | { kind: 'message'; detail: string };
    screenshot?: string;
  }

  const ODD_PAGES: OddPage[] = [
    { file: 'hardening-huge-article.html', what: '200,000 elements with an article', minElements: 200_000, expect: { kind: 'comparison' }, screenshot: 'hardening-huge-article' },
    { file: 'hardening-huge-no-article.html', what: '200,000 elements and no article', minElements: 200_000, expect: { kind: 'message', detail: 'This page is too large to read as an article.' }, screenshot: 'hardening-huge-no-article' },
    { file: 'hardening-deep-nesting.html', what: 'elements nested 100,000 levels deep', minDepth: 100_000, expect: { kind: 'message', detail: 'This page nests its elements too deeply to read as an article.' }, screenshot: 'hardening-deep-nesting' },
    { file: 'hardening-no-text.html', what: 'no text at all', expect: { kind: 'message', detail: 'This page does not look like an article.' } },
    { file: 'hardening-english.html', what: 'an English article', expect: { kind: 'no-match' } },
    { file: 'hardening-iframe-article.html', what: 'the article inside an iframe', expect: { kind: 'message', detail: 'This page does not look like an article.' } },
  ];

  test.each(ODD_PAGES)('5. $what: the sidebar answers within 2 s of the click and the page timer keeps ticking', async (odd) => {
    const news = await NewsPage.open(session, server.url(odd.file));
    if (odd.minElements) {
      expect(await news.page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(odd.minElements);
    }
    if (odd.minDepth) {
      // Counted upwards from the deepest element: an iterative walk, like the extension's own.
      const depth = await news.page.evaluate(() => {
        let el: Element | null = (window as unknown as { __deepest: Element }).__deepest;
        let levels = 0;
        for (; el; el = el.parentElement) levels++;
        return levels;
      });
      expect(depth).toBeGreaterThanOrEqual(odd.minDepth);
    }
    await news.page.evaluate(() => (window as unknown as { __pageTimer: { reset(): void } }).__pageTimer.reset());
    const before = await readTimer(news.page);

    const { sidebar, elapsed } = await openWithinDeadline(news);
    const atAnswer = await readTimer(news.page);
    expect(elapsed, `ms from the click to the sidebar's answer on ${odd.file}`).toBeLessThanOrEqual(DEADLINE_MS);
    if (odd.screenshot) await saveScreenshot(news.page, odd.screenshot);
    if (odd.expect.kind === 'comparison') {
      expect(await sidebar.eventTitle.count(), `the sidebar shows an event: ${await sidebar.contentText()}`).toBe(1);
      expect(await sidebar.factRows.count()).toBeGreaterThanOrEqual(3);
    } else if (odd.expect.kind === 'no-match') {
      expect(await sidebar.mainHeading.innerText()).toBe('No other reports of this story');
    } else {
      expect(await sidebar.mainHeading.innerText()).toBe('Parallax could not compare this article');
      expect(await sidebar.contentText()).toContain(`Details: ${odd.expect.detail}`);
    }

    // The page ran while we worked (its timer ticked, never stalled for the whole deadline) and still runs.
    expect(atAnswer.ticks, 'page timer ticks between the click and the answer').toBeGreaterThan(before.ticks);
    expect(atAnswer.maxGap, 'longest pause of the page timer (ms)').toBeLessThan(DEADLINE_MS);
    await expect.poll(async () => (await readTimer(news.page)).ticks, { timeout: DEADLINE_MS }).toBeGreaterThan(atAnswer.ticks + 5);
    expect((await readTimer(news.page)).maxGap).toBeLessThan(DEADLINE_MS);
  });
});

/** Links in the options page: http(s), or a route of the page itself (`#article?id=…`), which stays on
 *  options.html and only changes its hash; nothing else, and no javascript: in any form. */
function expectOnlyHttpOrRoutes(findings: DomFindings, optionsUrl: string): void {
  const page = new URL(optionsUrl);
  for (const link of findings.links) {
    const resolved = new URL(link.resolved);
    const isRoute = link.written.startsWith('#') && resolved.origin === page.origin && resolved.pathname === page.pathname;
    expect(isHttp(link.resolved) || isRoute, `options link ${link.written}`).toBe(true);
  }
}
