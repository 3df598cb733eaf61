// @vitest-environment jsdom
// The sidebar's life on a page: toggling, Esc, the page removing it, the extension going away, the article
// sent under the token by the article script the background injects after an opening click, and the
// messages it answers. The fake browser stands in for the extension APIs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleSidebar } from '../../src/page/open-sidebar';
import { sendArticleForSidebar } from '../../src/page/read-article';

// WXT's test alias maps wxt/browser to a module that imports all of wxt/testing, whose esbuild refuses to load
// under jsdom ("TextEncoder … instanceof Uint8Array"); the fake browser alone is all these tests need.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const ARTICLE_PARAGRAPHS = [
  'US-Präsident Donald Trump hat nach eigenen Angaben mit Kremlchef Wladimir Putin telefoniert und sofortige Verhandlungen über ein Ende des Krieges in der Ukraine vereinbart.',
  'Das Gespräch sei lang und sehr produktiv gewesen, schrieb Trump auf seiner Plattform Truth Social. Beide Seiten wollten eng zusammenarbeiten.',
  'Der Kreml bestätigte das Telefonat. Putin habe Trump nach Moskau eingeladen, sagte Sprecher Dmitri Peskow am Abend in einer Mitteilung.',
  'Die Ukraine reagierte zurückhaltend. Präsident Wolodymyr Selenskyj sagte, er habe danach ebenfalls mit Trump gesprochen und über Frieden geredet.',
];

function articlePage(): void {
  document.title = 'Trump und Putin telefonieren';
  const article = document.createElement('article');
  article.appendChild(document.createElement('h1')).textContent = 'Trump und Putin telefonieren';
  for (const text of ARTICLE_PARAGRAPHS) article.appendChild(document.createElement('p')).textContent = text;
  document.body.replaceChildren(article);
}

function hosts(): Element[] {
  return [...document.documentElement.children].filter((el) => el.localName === 'parallax-sidebar');
}

const fromExtension = () => ({ id: fakeBrowser.runtime.id });

type Sent = { type: string; payload: Record<string, unknown> };
let sent: Sent[];
/** The tokens the sidebar script asked the background to inject the article script for. */
let articleScriptAsked: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  // fake-browser does not implement i18n; the frame's title comes from the locale files.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'sidebarFrameTitle' ? 'Parallax sidebar' : ''));
  sent = [];
  articleScriptAsked = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown, sender: { id?: string }) => {
    if ('id' in sender) return undefined; // delivered to the content script (see deliver), not sent by it
    if ((message as Sent).type === 'readPageArticle') {
      articleScriptAsked.push((message as Sent).payload.token);
      return { injected: true };
    }
    sent.push(message as Sent);
    return { token: (message as Sent).payload.token };
  });
  articlePage();
});

afterEach(() => {
  // Close whatever a test left open, so the next starts clean.
  if (hosts().length > 0) toggleSidebar();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('toggleSidebar', () => {
  it('opens one host at the end of <html> with a closed shadow root and shielded inline styles', () => {
    expect(toggleSidebar()).toBe('opened');
    const [host, ...others] = hosts();
    expect(others).toHaveLength(0);
    expect(document.documentElement.lastElementChild).toBe(host);
    expect((host as HTMLElement).shadowRoot).toBeNull();
    const style = (host as HTMLElement).style;
    expect(style.getPropertyValue('position')).toBe('fixed');
    expect(style.getPropertyPriority('position')).toBe('important');
    expect(style.getPropertyValue('z-index')).toBe('2147483647');
    expect(style.getPropertyValue('width')).toBe('400px');
    expect(host!.attributes).toHaveLength(1); // only style: nothing that marks it for the page
  });

  it('closes on the next toggle and opens again on the one after', () => {
    toggleSidebar();
    expect(toggleSidebar()).toBe('closed');
    expect(hosts()).toHaveLength(0);
    expect(toggleSidebar()).toBe('opened');
    expect(hosts()).toHaveLength(1);
  });

  it('closes on Esc', () => {
    toggleSidebar();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(hosts()).toHaveLength(0);
  });

  it('uses the stored width, clamped to 70 % of the viewport', async () => {
    await fakeBrowser.storage.local.set({ sidebarWidth: 520 });
    toggleSidebar();
    await vi.waitFor(() => expect((hosts()[0] as HTMLElement).style.width).toBe('520px'));
    toggleSidebar();
    await fakeBrowser.storage.local.set({ sidebarWidth: 5000 });
    toggleSidebar();
    await vi.waitFor(() => expect((hosts()[0] as HTMLElement).style.width).toBe(`${Math.floor(window.innerWidth * 0.7)}px`));
  });

  it('does not fight a page that removes it: notes it once and stays closed until the next toggle', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    toggleSidebar();
    hosts()[0]!.remove();
    await vi.waitFor(() => expect(info).toHaveBeenCalledTimes(1));
    expect(hosts()).toHaveLength(0);
    expect(toggleSidebar()).toBe('opened');
    expect(hosts()).toHaveLength(1);
    expect(info).toHaveBeenCalledTimes(1);
  });

  it('goes quietly when the extension is reloaded under it', () => {
    vi.useFakeTimers();
    toggleSidebar();
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(1500);
    expect(hosts()).toHaveLength(0);
    id.mockRestore();
  });
});

describe('the article', () => {
  it('is sent under a fresh token once the sidebar is shown, and only once', async () => {
    toggleSidebar();
    await vi.waitFor(() => expect(articleScriptAsked).toHaveLength(1));
    expect(sendArticleForSidebar()).toBe('sent');
    expect(sendArticleForSidebar()).toBe('not-wanted');
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const [message] = sent;
    expect(message!.type).toBe('prepareComparison');
    expect(message!.payload.token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(articleScriptAsked).toEqual([message!.payload.token]);
    expect(message!.payload.article).toMatchObject({ title: 'Trump und Putin telefonieren', url: location.href });
    expect((message!.payload.article as { text: string }).text).toContain('Kremlchef Wladimir Putin');
  });

  it('is reported as missing, in words, on a page that is no article', async () => {
    document.body.replaceChildren(document.createElement('nav'));
    toggleSidebar();
    sendArticleForSidebar();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      type: 'reportExtractionFailure',
      payload: { token: expect.any(String), message: 'This page does not look like an article.', url: location.href },
    });
  });

  it('is not extracted when the sidebar was closed before the article script ran, or for no sidebar', async () => {
    expect(sendArticleForSidebar()).toBe('not-wanted');
    toggleSidebar();
    toggleSidebar();
    expect(sendArticleForSidebar()).toBe('not-wanted');
    expect(sent).toHaveLength(0);
  });
});

describe('messages from the extension', () => {
  async function deliver(message: unknown, sender = fromExtension()): Promise<unknown> {
    let answer: unknown;
    // The fake's types leave out sendResponse, which the content script answers through (as Chrome needs).
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    await trigger(message, sender, (response: unknown) => (answer = response));
    return answer;
  }

  it('highlights a sentence (the selection, where the Highlight API is missing) and clears it', async () => {
    toggleSidebar();
    const text = 'Der Kreml bestätigte das Telefonat.';
    expect(await deliver({ type: 'highlightSentence', payload: { sentence: 4, text, scroll: false } })).toEqual({ found: true });
    expect(window.getSelection()?.toString()).toBe(text);
    expect(await deliver({ type: 'highlightSentence', payload: { sentence: null, text: null, scroll: false } })).toEqual({ found: false });
    expect(window.getSelection()?.rangeCount).toBe(0);
  });

  it('answers found: false for a sentence not on the page', async () => {
    toggleSidebar();
    const answer = await deliver({ type: 'highlightSentence', payload: { sentence: 1, text: 'Nicht auf der Seite.', scroll: true } });
    expect(answer).toEqual({ found: false });
  });

  it('closes on removeSidebar', async () => {
    toggleSidebar();
    expect(await deliver({ type: 'removeSidebar', payload: {} })).toEqual({ closed: true });
    expect(hosts()).toHaveLength(0);
  });

  it('ignores senders other than this extension, and messages after closing', async () => {
    toggleSidebar();
    expect(await deliver({ type: 'removeSidebar', payload: {} }, { id: 'another-extension' })).toBeUndefined();
    expect(hosts()).toHaveLength(1);
    toggleSidebar();
    expect(await deliver({ type: 'removeSidebar', payload: {} })).toBeUndefined();
  });

  it('answers a malformed message with a protocol error', async () => {
    toggleSidebar();
    expect(await deliver({ type: 'markSentences' })).toEqual({ error: { code: 'bad-request', message: 'markSentences: no payload' } });
    expect(await deliver({ type: 'noSuchMessage', payload: {} })).toBeUndefined();
  });
});
