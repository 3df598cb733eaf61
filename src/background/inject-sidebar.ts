// The toolbar click: inject the sidebar script into the tab (a second click injects again and the script
// closes itself), or say on the button why this page cannot be read. A sidebar script that opened the sidebar
// asks for the article script (readPageArticle), which reads the page: Readability is most of the page-side
// code, so the frame is in the page before it loads, and a click that closes the sidebar never loads it.

import { browser, type Browser } from 'wxt/browser';
import { clearProblem, showProblem } from './badge';
import { isFileUrl, REASONS, whyUnscriptable } from './unscriptable';

/** entrypoints/sidebar-host.content.ts ("sidebar" is the frame's page: WXT names must be unique). */
const SIDEBAR_SCRIPT = '/content-scripts/sidebar-host.js';
/** entrypoints/page-article.content.ts. */
const ARTICLE_SCRIPT = '/content-scripts/page-article.js';

/** Chrome sometimes runs the click before it grants activeTab; the same injection works moments later. */
const GRANT_RACE = /Cannot access contents of the page/i;
export const DEFAULT_RETRY_DELAYS_MS = [150, 300, 600];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function injectWithRetry(tabId: number, retryDelaysMs: readonly number[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [SIDEBAR_SCRIPT] });
      return;
    } catch (error) {
      const delay = retryDelaysMs[attempt];
      if (delay === undefined || !GRANT_RACE.test(messageOf(error))) throw error;
      await sleep(delay);
    }
  }
}

/** The tab's URL is often unknown for closed pages (activeTab grants nothing there), so the browser's own
 *  refusal is read: "Cannot access a chrome:// URL", "Cannot access contents of url "file:///…"",
 *  "The extensions gallery cannot be scripted." */
export function reasonForFailure(url: string | undefined, error: unknown): string {
  const message = messageOf(error);
  const refusedUrl = /Cannot access (?:a |contents of url ")([a-z][a-z0-9+.-]*:(?:\/\/)?[^"\s]*)/i.exec(message)?.[1];
  if (isFileUrl(url) || isFileUrl(refusedUrl)) return REASONS.fileAccess;
  if (/extensions gallery|web ?store/i.test(message)) return REASONS.store;
  const closed = whyUnscriptable(refusedUrl);
  if (closed) return closed;
  return GRANT_RACE.test(message) ? REASONS.unreachable : REASONS.refused(message);
}

/** The article script, into the frame whose open sidebar asked for it (activeTab still grants the tab). */
export async function injectArticleScript(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ARTICLE_SCRIPT] });
}

export async function injectSidebar(tab: Browser.tabs.Tab, retryDelaysMs: readonly number[] = DEFAULT_RETRY_DELAYS_MS): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  const closed = whyUnscriptable(tab.url);
  if (closed) return showProblem(tabId, closed);
  try {
    await injectWithRetry(tabId, retryDelaysMs);
  } catch (error) {
    console.warn(`Parallax: could not inject the sidebar into tab ${tabId}:`, messageOf(error));
    return showProblem(tabId, reasonForFailure(tab.url, error));
  }
  await clearProblem(tabId);
}
