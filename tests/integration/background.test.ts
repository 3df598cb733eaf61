// The background through the browser's own events: toolbar clicks, install, and messages from a page's
// content script and from the sidebar frame. Only `scripting` (and, for forwarding, `tabs.sendMessage` and
// `runtime.openOptionsPage`) are stubbed: fake-browser does not implement them.

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveUserLexicon } from '../../src/db/admin/user-lexicon';
import { loadCorpus } from '../../src/db/corpus-store';
import { parseLexicon } from '../../src/engine/framing/lexicon';
import { openCorpusDb } from '../../src/db/schema';
import { articleIdFor } from '../../src/engine/corpus/seed-manifest';
import type { BackgroundMessageType, ComparisonResult, PageArticle } from '../../src/messaging/protocol';
import type { Comparison } from '../../src/engine';
import { startBackground, type RunningBackground } from '../../src/background/start-background';
import type { BackgroundOptions } from '../../src/background/services';
import { CorpusCache } from '../../src/background/corpus-cache';
import { fixtureArticle, seedText } from '../helpers/seeds';

let dbName = '';
let counter = 0;
let running: RunningBackground[] = [];

function start(options: BackgroundOptions = {}): RunningBackground {
  const background = startBackground({ openDb: () => openCorpusDb(dbName), retryDelaysMs: [5, 10, 20], tokenPollMs: 10, ...options });
  running.push(background);
  return background;
}

async function stopAll(): Promise<void> {
  for (const background of running.splice(0)) await background.stop();
}

/** A stopped worker: its listeners and memory are gone; session storage and IndexedDB stay. */
async function restart(options: BackgroundOptions = {}): Promise<RunningBackground> {
  await stopAll();
  return start(options);
}

beforeEach(() => {
  fakeBrowser.reset();
  dbName = `parallax-bg-${process.pid}-${++counter}`;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await stopAll();
  await Dexie.delete(dbName);
});

const TAB = 7;
const pageSender = (tabId = TAB): Browser.runtime.MessageSender => ({ tab: { id: tabId } as Browser.tabs.Tab, frameId: 0, url: 'https://news.example/story' });
const frameSender = (tabId = TAB): Browser.runtime.MessageSender => ({ tab: { id: tabId } as Browser.tabs.Tab, frameId: 4, url: fakeBrowser.runtime.getURL('/sidebar.html') });

/** Resolves once the background has looked for `token` in session storage and not found it: from then on it
 *  is waiting for the page to send it. */
function sessionLookupMisses(token: string): Promise<void> {
  const session = fakeBrowser.storage.session;
  const realGet = session.get.bind(session) as (keys: unknown) => Promise<Record<string, unknown>>;
  const key = `prepared:${token}`;
  return new Promise((missed) => {
    vi.spyOn(session, 'get').mockImplementation((async (keys: unknown) => {
      const found = await realGet(keys);
      if (keys === key && found[key] === undefined) missed();
      return found;
    }) as typeof session.get);
  });
}

/** Sends through runtime.onMessage as the browser would and resolves with what the listener answers. */
function send(type: BackgroundMessageType | string, payload: unknown, sender: Browser.runtime.MessageSender): Promise<any> {
  return new Promise((resolve) => {
    // The real listener answers through sendResponse; fake-browser's typing knows only (message, sender).
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger({ type, payload }, sender, resolve);
  });
}

/** A toolbar click on the tab, as the browser reports it. */
async function click(tab: { id: number; url: string }): Promise<void> {
  const trigger = fakeBrowser.action.onClicked.trigger as (...args: unknown[]) => Promise<unknown>;
  await trigger(tab);
}

function pageArticle(text: string, extra: Partial<PageArticle> = {}): PageArticle {
  return { title: '', text, url: 'https://news.example/story', byline: null, siteName: null, date: '2025-02-12', ...extra };
}

function fixturePage(name: string, date: string): PageArticle {
  const { title, text } = fixtureArticle(name);
  return pageArticle(text, { title, date, url: `https://news.example/${name}` });
}

async function prepare(token: string, article: PageArticle, tabId = TAB) {
  return send('prepareComparison', { token, article }, pageSender(tabId));
}

async function userArticleCount(): Promise<number> {
  const db = openCorpusDb(dbName);
  try {
    return (await loadCorpus(db)).articles.filter((a) => a.origin === 'user').length;
  } finally {
    db.close();
  }
}

function stubScripting() {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
}

describe('the toolbar click', () => {
  it('injects the sidebar script into a normal tab', async () => {
    const executeScript = stubScripting();
    start();
    await click({ id: TAB, url: 'https://news.example/story' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: TAB }, files: ['/content-scripts/sidebar-host.js'] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('injects the article script into the frame of a sidebar script that asks for it, and nowhere else', async () => {
    const executeScript = stubScripting();
    start();
    expect(await send('readPageArticle', { token: 't-read' }, pageSender())).toEqual({ injected: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: TAB, frameIds: [0] }, files: ['/content-scripts/page-article.js'] });
    expect(executeScript).toHaveBeenCalledTimes(1);
    await click({ id: TAB, url: 'https://news.example/story' });
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: TAB }, files: ['/content-scripts/sidebar-host.js'] });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['chrome://settings/', 'browser pages are closed'],
    ['view-source:https://news.example/', 'browser pages are closed'],
    ['https://chromewebstore.google.com/detail/abc', 'extension stores'],
    ['https://chrome.google.com/webstore/detail/abc', 'extension stores'],
    ['https://news.example/report.PDF', 'PDF'],
  ])('on %s sets the badge and says why, without injecting', async (url, why) => {
    const executeScript = stubScripting();
    start();
    await click({ id: TAB, url });
    expect(executeScript).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('!');
    const title = await fakeBrowser.action.getTitle({ tabId: TAB });
    expect(title).toMatch(/^Parallax cannot read this page: /);
    expect(title).toContain(why);
  });

  it.each([
    ['Cannot access a chrome:// URL', 'browser pages are closed'],
    ['The extensions gallery cannot be scripted.', 'extension stores'],
    ['Cannot access contents of url "file:///home/a.html". Extension manifest must request permission to access this host.', 'Allow access to file URLs'],
  ])('when the click does not tell the URL, reads the refusal "%s"', async (refusal, why) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const executeScript = stubScripting().mockRejectedValue(new Error(refusal));
    start();
    const trigger = fakeBrowser.action.onClicked.trigger as (...args: unknown[]) => Promise<unknown>;
    await trigger({ id: TAB });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toContain(why);
  });

  it('retries an injection that raced the activeTab grant, then clears the badge', async () => {
    const executeScript = stubScripting()
      .mockRejectedValueOnce(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'))
      .mockRejectedValueOnce(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    start();
    await fakeBrowser.action.setBadgeText({ tabId: TAB, text: '!' });
    await click({ id: TAB, url: 'https://news.example/story' });
    expect(executeScript).toHaveBeenCalledTimes(3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('gives up after three retries and says so on the badge', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const executeScript = stubScripting().mockRejectedValue(new Error('Cannot access contents of the page.'));
    start();
    await click({ id: TAB, url: 'https://news.example/story' });
    expect(executeScript).toHaveBeenCalledTimes(4);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toContain('click the Parallax button again');
  });

  it('on a file:// page that cannot be read says that file access is off', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    stubScripting().mockRejectedValue(new Error('Cannot access contents of url "file:///tmp/a.html".'));
    start();
    await click({ id: TAB, url: 'file:///tmp/a.html' });
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toContain('Allow access to file URLs');
  });
});

describe('install', () => {
  it('seeds the bundled corpus', async () => {
    const { services } = start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const corpus = await loadCorpus(services.corpus.database());
    expect(corpus.articles.filter((a) => a.origin === 'bundled')).toHaveLength(5);
  });

  it('readies the corpus when the sidebar asks for its article, before the page has sent it', async () => {
    stubScripting();
    const { services } = start();
    await click({ id: TAB, url: 'https://news.example/story' });
    expect(await send('readPageArticle', { token: 't-open' }, pageSender())).toEqual({ injected: true });
    await services.comparisons.settled();
    // No install event and no article: the ask alone seeded and indexed the empty corpus.
    const db = services.corpus.database();
    expect(await db.articles.count()).toBe(5);
    expect(await db.indexedDocs.count()).toBe(5);
  });
});

describe('who may send what', () => {
  it('refuses addArticle and getComparison from a page sender and changes nothing', async () => {
    start();
    await prepare('t-page', pageArticle(seedText('003')));
    expect(await send('addArticle', { token: 't-page' }, pageSender())).toEqual({ error: { code: 'not-allowed', message: expect.any(String) } });
    expect(await send('getComparison', { token: 't-page' }, pageSender())).toMatchObject({ error: { code: 'not-allowed' } });
    expect(await send('openOptions', {}, { url: 'https://evil.example/', tab: { id: 1 } as Browser.tabs.Tab })).toMatchObject({ error: { code: 'not-allowed' } });
    expect(await userArticleCount()).toBe(0);
  });

  it('answers bad-request naming the field', async () => {
    start();
    expect(await send('prepareComparison', { token: 't', article: { ...pageArticle('text'), text: 42 } }, pageSender())).toEqual({
      error: { code: 'bad-request', message: 'prepareComparison: "article.text" is not a non-empty string' },
    });
    expect(await send('prepareComparison', { token: '', article: pageArticle('x') }, pageSender())).toMatchObject({ error: { code: 'bad-request', message: expect.stringContaining('"token"') } });
    expect(await send('highlight', { token: 't', sentence: -1, scroll: true }, frameSender())).toMatchObject({ error: { code: 'bad-request', message: expect.stringContaining('"sentence"') } });
    expect(await send('markCoverage', { token: 't', marks: [{ sentence: 0, coverage: 'lots' }] }, frameSender())).toMatchObject({ error: { code: 'bad-request', message: expect.stringContaining('"marks[0].coverage"') } });
    expect(await send('getComparison', null, frameSender())).toMatchObject({ error: { code: 'bad-request', message: expect.stringContaining('"payload"') } });
    expect(await send('makeCoffee', {}, frameSender())).toMatchObject({ error: { code: 'bad-request', message: expect.stringContaining('makeCoffee') } });
  });

  it('does not let one tab overwrite the token of another', async () => {
    start();
    await prepare('t-shared', pageArticle(seedText('003')), 1);
    expect(await prepare('t-shared', pageArticle('Ganz anderer Text.'), 2)).toMatchObject({ error: { code: 'not-allowed' } });
  });
});

describe('comparisons', () => {
  it('compares a seed text with the event of the other seeds', async () => {
    start();
    expect(await prepare('t-seed', pageArticle(seedText('003')))).toEqual({ token: 't-seed' });
    const answer: ComparisonResult = await send('getComparison', { token: 't-seed' }, frameSender());
    expect(answer.state).toBe('ready');
    if (answer.state !== 'ready') return;
    expect(answer.comparison.event?.relation).toBe('same');
    expect(answer.comparison.event!.articles).toHaveLength(4);
    expect(answer.article.url).toBe('https://news.example/story');
    // The first stage: facts and numbers now, word choice and quotes asked for next.
    expect(answer.complete).toBe(false);
    expect(answer.comparison.facts.length).toBeGreaterThan(5);
    expect([answer.comparison.framing, answer.comparison.quotes]).toEqual([[], []]);
    const wording = await send('getWordingAndQuotes', { token: 't-seed' }, frameSender());
    expect(wording.framing.length).toBeGreaterThan(0);
    expect(wording.quotes.length).toBeGreaterThan(0);
  });

  it('answers the sidebar with the facts, and computes word choice and quotes when they are asked for', async () => {
    const { services } = start();
    // The sidebar asks while the comparison is still computed, as it does on a click.
    const [, answer] = (await Promise.all([
      prepare('t-first', pageArticle(seedText('003'))),
      send('getComparison', { token: 't-first' }, frameSender()),
    ])) as [unknown, ComparisonResult];
    expect(answer.state === 'ready' && answer.comparison.facts.length).toBeGreaterThan(5);
    await services.comparisons.settled();
    // Not computed on its own: on the worker's one thread it could go before an ask for the facts.
    expect(services.comparisons.stageOf('t-first')).toBe('facts');
    const wording = await send('getWordingAndQuotes', { token: 't-first' }, frameSender());
    expect(wording.framing.length).toBeGreaterThan(0);
    expect(services.comparisons.stageOf('t-first')).toBe('complete');
  });

  it('starts a click\'s comparison from the corpus readied when its sidebar asked for the article, and answers an ask made meanwhile without reading the revision again', async () => {
    stubScripting();
    const { services } = start();
    await prepare('t-warm', pageArticle(seedText('003')));
    await send('getComparison', { token: 't-warm' }, frameSender());
    await services.comparisons.settled();
    const ready = vi.spyOn(services.corpus, 'ready');
    const revision = vi.spyOn(services.corpus, 'revision');
    // The click: the sidebar asks for its article (the corpus is readied meanwhile), the page sends it, and the
    // sidebar asks for the comparison while it is computed.
    expect(await send('readPageArticle', { token: 't-click' }, pageSender())).toEqual({ injected: true });
    expect(ready).toHaveBeenCalledTimes(1);
    const [, answer] = (await Promise.all([
      prepare('t-click', pageArticle(seedText('003'))),
      send('getComparison', { token: 't-click' }, frameSender()),
    ])) as [unknown, ComparisonResult];
    expect(answer).toMatchObject({ state: 'ready', comparison: { event: { relation: 'same' } } });
    expect(ready).toHaveBeenCalledTimes(1);
    expect(revision).not.toHaveBeenCalled();
    // Asked again once computed, the revision is checked: the corpus may have changed since.
    await send('getComparison', { token: 't-click' }, frameSender());
    expect(revision).toHaveBeenCalledTimes(1);
    // A click whose sidebar did not ask first (a worker restarted meanwhile) readies the corpus itself.
    await prepare('t-unasked', pageArticle(seedText('003')));
    await services.comparisons.settled();
    expect(ready).toHaveBeenCalledTimes(2);
  });

  it("shows the reader's own lexicon terms beside the bundled ones, after they are saved", async () => {
    start();
    const own = {
      format: 'parallax-lexicon', version: 1, language: 'de',
      concepts: [{ id: 'reader-platform', label: 'Naming of the platform', category: 'event-naming',
        terms: [{ term: 'Plattform', note: 'Added by the reader.' }, { term: 'Kurznachrichtendienst', note: 'Added by the reader.' }] }],
    };
    await saveUserLexicon(openCorpusDb(dbName), parseLexicon(own, 'test lexicon'));
    await prepare('t-lex', pageArticle(seedText('003')));
    const answer: ComparisonResult = await send('getComparison', { token: 't-lex' }, frameSender());
    if (answer.state !== 'ready') throw new Error(answer.state);
    // Word choice is the comparison's second stage, which the sidebar asks for once the facts are shown.
    const { framing } = await send('getWordingAndQuotes', { token: 't-lex' }, frameSender());
    const concept = (framing as Comparison['framing']).find((f) => f.concept === 'Naming of the platform');
    expect(concept?.variants.map((v) => v.term).sort()).toEqual(['Kurznachrichtendienst', 'Plattform']);
    // The bundled lexicon still applies.
    expect((framing as Comparison['framing']).some((f) => f.concept === 'Naming of the war in Ukraine')).toBe(true);
  });

  it('finds no event for an unrelated text', async () => {
    start();
    await prepare('t-bahn', fixturePage('unrelated-bahn-strike', '2025-02-12'));
    const answer: ComparisonResult = await send('getComparison', { token: 't-bahn' }, frameSender());
    expect(answer.state).toBe('ready');
    if (answer.state === 'ready') expect(answer.comparison.event).toBeNull();
  });

  it('waits for a token the page has not sent yet', async () => {
    start();
    const lookedInVain = sessionLookupMisses('t-late');
    const asked = send('getComparison', { token: 't-late' }, frameSender());
    await lookedInVain;
    await prepare('t-late', pageArticle(seedText('001')));
    expect(await asked).toMatchObject({ state: 'ready', comparison: { event: { relation: 'same' } } });
  });

  it('answers not-found for a token that never comes', async () => {
    start({ tokenWaitMs: 50 });
    expect(await send('getComparison', { token: 't-never' }, frameSender())).toMatchObject({ error: { code: 'not-found' } });
  });

  it('passes on an extraction failure', async () => {
    start();
    await send('reportExtractionFailure', { token: 't-fail', message: 'No article found on this page.', url: 'https://shop.example/' }, pageSender());
    expect(await send('getComparison', { token: 't-fail' }, frameSender())).toEqual({
      state: 'extraction-failed',
      message: 'No article found on this page.',
      url: 'https://shop.example/',
    });
  });

  it('still answers after the worker restarted, from session storage', async () => {
    start();
    await prepare('t-restart', pageArticle(seedText('002')));
    await restart();
    expect(await send('getComparison', { token: 't-restart' }, frameSender())).toMatchObject({ state: 'ready', comparison: { event: { relation: 'same' } } });
  });

  it('drops tokens unused for an hour', async () => {
    let now = Date.parse('2025-02-12T10:00:00Z');
    start({ now: () => now, tokenWaitMs: 0 });
    await prepare('t-old', pageArticle(seedText('002')));
    now += 61 * 60 * 1000;
    await prepare('t-new', pageArticle(seedText('003')));
    expect(await send('getComparison', { token: 't-old' }, frameSender())).toMatchObject({ error: { code: 'not-found' } });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['prepared:t-new']);
  });
});

describe('adding the page to the corpus', () => {
  it('stores a user article that the next comparison sees', async () => {
    start();
    const page = fixturePage('same-call-paraphrase', '2025-02-12');
    await prepare('t-add', { ...page, siteName: 'Beispielzeitung' });
    const before: ComparisonResult = await send('getComparison', { token: 't-add' }, frameSender());
    expect(before).toMatchObject({ state: 'ready', comparison: { article: { corpusId: null }, event: { relation: 'same' } } });
    const added = await send('addArticle', { token: 't-add' }, frameSender());
    expect(added).toEqual({ articleId: articleIdFor(page.text, { outlet: 'Beispielzeitung', url: page.url }), eventId: (before as { comparison: { event: { id: string } } }).comparison.event.id });
    expect(await userArticleCount()).toBe(1);

    await prepare('t-after', pageArticle(seedText('003')));
    const after: ComparisonResult = await send('getComparison', { token: 't-after' }, frameSender());
    if (after.state !== 'ready') throw new Error('expected a comparison');
    const user = after.comparison.event!.articles.find((a) => a.id === added.articleId);
    expect(user).toMatchObject({ outlet: 'Beispielzeitung', outletKnown: 'stated', outletEvidence: ['named by the page (site name)'] });
    // The page itself, asked again, is now recognised as held by the corpus.
    const again: ComparisonResult = await send('getComparison', { token: 't-add' }, frameSender());
    expect(again).toMatchObject({ state: 'ready', comparison: { article: { corpusId: added.articleId } } });
  });

  it("places the article with the click's own query and corpus slice instead of cutting the corpus again", async () => {
    start();
    const slices = vi.spyOn(CorpusCache.prototype, 'forQuery');
    await prepare('t-once', { ...fixturePage('same-call-paraphrase', '2025-02-12'), siteName: 'Beispielzeitung' });
    const before: ComparisonResult = await send('getComparison', { token: 't-once' }, frameSender());
    expect(before).toMatchObject({ state: 'ready', comparison: { event: { relation: 'same' } } });
    expect(slices).toHaveBeenCalledTimes(1);
    const added = await send('addArticle', { token: 't-once' }, frameSender());
    expect(added).toMatchObject({ eventId: (before as { comparison: { event: { id: string } } }).comparison.event.id });
    expect(slices).toHaveBeenCalledTimes(1);
    // The add changed the corpus: the comparison asked for again is computed from a new slice, and holds it.
    const again: ComparisonResult = await send('getComparison', { token: 't-once' }, frameSender());
    expect(again).toMatchObject({ state: 'ready', comparison: { article: { corpusId: added.articleId } } });
    expect(slices).toHaveBeenCalledTimes(2);
  });

  it('adds a word-for-word reprint by another outlet as an article of its own, shown as another outlet of the event', async () => {
    start();
    const page = fixturePage('same-call-paraphrase', '2025-02-12');
    await prepare('t-first', { ...page, siteName: 'Beispielzeitung' });
    const first = await send('addArticle', { token: 't-first' }, frameSender());
    // The same text, printed by another outlet at another address: not the stored article, offered for adding.
    const reprint = { ...page, url: 'https://reprint.example/story', siteName: 'Nachdruckblatt' };
    await prepare('t-reprint', reprint);
    const before: ComparisonResult = await send('getComparison', { token: 't-reprint' }, frameSender());
    expect(before).toMatchObject({ state: 'ready', comparison: { article: { corpusId: null }, event: { relation: 'same' } } });
    if (before.state !== 'ready') throw new Error('expected a comparison');
    expect(before.comparison.event!.articles.map((a) => a.id)).toContain(first.articleId);
    const added = await send('addArticle', { token: 't-reprint' }, frameSender());
    expect(added.articleId).not.toBe(first.articleId);
    expect(added.eventId).toBe(first.eventId);
    expect(await userArticleCount()).toBe(2);
    // The first outlet's page now shows the reprint beside it, and each page is recognised as itself.
    const firstAgain: ComparisonResult = await send('getComparison', { token: 't-first' }, frameSender());
    if (firstAgain.state !== 'ready') throw new Error('expected a comparison');
    expect(firstAgain.comparison.article.corpusId).toBe(first.articleId);
    expect(firstAgain.comparison.event!.articles.find((a) => a.id === added.articleId)).toMatchObject({ outlet: 'Nachdruckblatt' });
    const reprintAgain: ComparisonResult = await send('getComparison', { token: 't-reprint' }, frameSender());
    expect(reprintAgain).toMatchObject({ state: 'ready', comparison: { article: { corpusId: added.articleId } } });
    // Adding the same outlet's page again adds nothing.
    expect(await send('addArticle', { token: 't-reprint' }, frameSender())).toEqual(added);
    expect(await userArticleCount()).toBe(2);
  });

  it('gives the sidebar a stored article\'s text to read, null for one the corpus does not hold, and nothing to a page', async () => {
    start();
    await prepare('t-read', fixturePage('same-call-paraphrase', '2025-02-12'));
    const comparison: ComparisonResult = await send('getComparison', { token: 't-read' }, frameSender());
    if (comparison.state !== 'ready') throw new Error('expected a comparison');
    const other = comparison.comparison.event!.articles[0]!;
    const answer = await send('getArticle', { articleId: other.id }, frameSender());
    expect(answer.article).toMatchObject({ id: other.id, outlet: { name: other.outlet }, date: other.date });
    // The text holds every sentence a fact quotes from that outlet.
    const quoted = comparison.comparison.facts.flatMap((f) => f.mentions.filter((m) => m.articleId === other.id).map((m) => m.text));
    expect(quoted.length).toBeGreaterThan(0);
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    for (const sentence of quoted) expect(squash(answer.article.text)).toContain(squash(sentence));
    expect(await send('getArticle', { articleId: 'a-not-stored' }, frameSender())).toEqual({ article: null });
    expect(await send('getArticle', { articleId: other.id }, pageSender(TAB))).toMatchObject({ error: { code: 'not-allowed' } });
  });

  it('puts an article of another event into a new event, its outlet inferred from the address', async () => {
    start();
    await prepare('t-bahn', fixturePage('unrelated-bahn-strike', '2025-03-05'));
    const added = await send('addArticle', { token: 't-bahn' }, frameSender());
    expect(added.eventId).toMatch(/^e-[0-9a-f]{12}$/);
    const db = openCorpusDb(dbName);
    const corpus = await loadCorpus(db);
    db.close();
    expect(corpus.events.find((e) => e.id === added.eventId)?.articleIds).toEqual([added.articleId]);
    expect(corpus.articles.find((a) => a.id === added.articleId)).toMatchObject({
      origin: 'user',
      outlet: { name: 'news.example', known: 'inferred', evidence: ["the page's address"] },
      date: '2025-03-05',
      language: 'de',
    });
    // Adding twice keeps one copy.
    expect(await send('addArticle', { token: 't-bahn' }, frameSender())).toEqual(added);
    expect(await userArticleCount()).toBe(1);
  });

  it('answers not-found for an unknown token', async () => {
    start({ tokenWaitMs: 0 });
    expect(await send('addArticle', { token: 't-none' }, frameSender())).toMatchObject({ error: { code: 'not-found' } });
  });
});

describe('forwarding to the page', () => {
  it('highlights a sentence by its text, marks coverage and closes the sidebar in the page\'s tab', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string }) =>
      message.type === 'highlightSentence' ? { found: true } : message.type === 'markSentences' ? { marked: 2 } : { closed: true }) as never);
    start();
    await prepare('t-fwd', pageArticle(seedText('003')), 12);
    const answer: ComparisonResult = await send('getComparison', { token: 't-fwd' }, frameSender(12));
    if (answer.state !== 'ready') throw new Error('expected a comparison');
    const [first, second] = answer.comparison.article.sentences;

    expect(await send('highlight', { token: 't-fwd', sentence: first!.index, scroll: true }, frameSender(12))).toEqual({ found: true });
    expect(sendMessage).toHaveBeenLastCalledWith(12, { type: 'highlightSentence', payload: { sentence: first!.index, text: first!.text, scroll: true, span: null } }, { frameId: 0 });
    // Only one claim of the sentence: its span goes along; a span outside the sentence is dropped.
    await send('highlight', { token: 't-fwd', sentence: first!.index, scroll: true, span: { start: 0, end: 5 } }, frameSender(12));
    expect(sendMessage).toHaveBeenLastCalledWith(12, { type: 'highlightSentence', payload: { sentence: first!.index, text: first!.text, scroll: true, span: { start: 0, end: 5 } } }, { frameId: 0 });
    await send('highlight', { token: 't-fwd', sentence: first!.index, scroll: true, span: { start: 0, end: first!.text.length + 1 } }, frameSender(12));
    expect(sendMessage).toHaveBeenLastCalledWith(12, { type: 'highlightSentence', payload: { sentence: first!.index, text: first!.text, scroll: true, span: null } }, { frameId: 0 });

    const marks = [{ sentence: first!.index, coverage: 'many' }, { sentence: second!.index, coverage: 'only-here' }, { sentence: 9999, coverage: 'few' }];
    expect(await send('markCoverage', { token: 't-fwd', marks }, frameSender(12))).toEqual({ marked: 2 });
    expect(sendMessage).toHaveBeenLastCalledWith(12, { type: 'markSentences', payload: { marks: [{ text: first!.text, coverage: 'many' }, { text: second!.text, coverage: 'only-here' }] } }, { frameId: 0 });

    expect(await send('closeSidebar', { token: 't-fwd' }, frameSender(12))).toEqual({ closed: true });
    expect(sendMessage).toHaveBeenLastCalledWith(12, { type: 'removeSidebar', payload: {} }, { frameId: 0 });
  });

  it('says so when the page no longer has the script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    start();
    await prepare('t-gone', pageArticle(seedText('003')));
    expect(await send('closeSidebar', { token: 't-gone' }, frameSender())).toMatchObject({ error: { code: 'not-found', message: expect.stringContaining(`tab ${TAB}`) } });
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    start();
    expect(await send('openOptions', {}, frameSender())).toEqual({ opened: true });
    expect(open).toHaveBeenCalled();
  });
});

describe('database failures', () => {
  it('answers storage-full when the disk is full and never throws', async () => {
    start();
    const { CorpusCache } = await import('../../src/background/corpus-cache');
    const { CorpusDbError } = await import('../../src/db/corpus-db-error');
    vi.spyOn(CorpusCache.prototype, 'add').mockRejectedValue(new CorpusDbError('quota', "could not add article: the browser's storage for Parallax is full"));
    await prepare('t-full', fixturePage('unrelated-bahn-strike', '2025-03-05'));
    expect(await send('addArticle', { token: 't-full' }, frameSender())).toEqual({ error: { code: 'storage-full', message: expect.stringContaining('full') } });
  });
});
