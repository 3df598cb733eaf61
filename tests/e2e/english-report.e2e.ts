// An English report of the seed event, on a news page, against the German bundled corpus (issue 13): the
// toolbar click opens the sidebar with the event and the German outlets that reported it. The page is built
// from a fixture report (tests/fixtures/english-reports/) and served from 127.0.0.1 by a server of this test.
// Then its facts: the English claims sit in the same fact rows as the German outlets' statements of them.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { NewsPage } from './pages/news-page';

const REPORT = join(import.meta.dirname, '..', 'fixtures', 'english-reports', 'wire-copy-2025-02-12.txt');
/** The German outlets of the bundled corpus whose names the seeds' manifest states or infers. */
const GERMAN_OUTLETS = ['Junge Freiheit', 'RT DE', 'APA'];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain English news page carrying the report: headline, date, paragraphs. */
function reportPage(): string {
  const [title, ...rest] = readFileSync(REPORT, 'utf8').split('\n');
  const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(title!)} | The Harbour Courier</title>
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Harbour Courier">
  <meta property="article:published_time" content="2025-02-12T20:10:00Z">
</head>
<body>
  <header><a href="/">The Harbour Courier</a></header>
  <main>
    <article>
      <h1>${escape(title!)}</h1>
      <p class="byline">By Staff · February 12, 2025</p>
${paragraphs.map((p) => `      <p>${escape(p)}</p>`).join('\n')}
    </article>
  </main>
  <footer>© 2025 The Harbour Courier</footer>
</body>
</html>
`;
}

let server: http.Server;
let origin: string;
let session: ExtensionSession;

describe('an English report against the German corpus', () => {
  beforeAll(async () => {
    const page = reportPage();
    server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'", 'cache-control': 'no-store' });
      response.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir') });
  });

  afterAll(async () => {
    await session?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('the sidebar lists the German outlets that reported the same call', async () => {
    const news = await NewsPage.open(session, `${origin}/world/trump-putin-call.html`);
    const sidebar = await news.openSidebar();
    await sidebar.eventTitle.waitFor({ state: 'visible', timeout: 30_000 });
    const outlets = (await sidebar.outletNames()).join(' | ');
    await saveScreenshot(news.page, 'english-report-german-outlets');
    for (const name of GERMAN_OUTLETS) expect(outlets, `outlet "${name}" in ${outlets}`).toContain(name);
    // The event is the German one: its title is a German headline of the call.
    expect(await sidebar.eventTitleText()).toMatch(/Putin/);
    expect(await sidebar.mainHeading.innerText()).not.toBe('No other reports of this story');
  });

  test('its facts line up with the German outlets\' statements of them, sentence beside sentence', async () => {
    const news = await NewsPage.open(session, `${origin}/world/trump-putin-call-facts.html`);
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts(30_000);
    // Several facts of the English report are reported by German outlets too (not "only here").
    expect(await sidebar.factRowsShared.count()).toBeGreaterThanOrEqual(3);
    // The length of the call: the English "an hour and a half" beside the German "eineinhalb Stunden" (the row's
    // label is the fact's most widely shared wording, here a German one).
    const length = sidebar.factRowsShared.filter({ hasText: /(ein|andert)halb Stunden|90 Minuten/ }).first();
    await sidebar.factToggle(length).click();
    const mentions = await sidebar.mentionTexts(length);
    await length.scrollIntoViewIfNeeded();
    await saveScreenshot(news.page, 'english-report-fact-length');
    expect(mentions.some((m) => /hour and a half/.test(m)), mentions.join(' | ')).toBe(true);
    expect(mentions.some((m) => /(ein|andert)halb Stunden|90 Minuten/.test(m)), mentions.join(' | ')).toBe(true);
  });
});
