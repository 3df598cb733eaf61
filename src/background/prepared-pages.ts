// What each toolbar click prepared, by the token the content script made up: the tab, and the extracted
// article or why extraction failed. Kept in storage.session, not in memory, because the MV3 worker stops
// when idle and the sidebar may ask after a restart. Entries unused for an hour are dropped.

import { browser } from 'wxt/browser';
import type { PageArticle } from '../messaging/protocol';

/** What the content script sent: the article, or why it could not extract one. */
export type PageContent = { article: PageArticle } | { failure: { message: string; url: string } };

/** `usedAt` moves on while the sidebar is in use, so a long read does not lose its comparison. */
export type PreparedPage = { token: string; tabId: number; usedAt: number } & PageContent;

const KEY_PREFIX = 'prepared:';
export const MAX_AGE_MS = 60 * 60 * 1000;
/** Using a page refreshes its `usedAt` at most this often: one write per few minutes, not per hover. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

const keyOf = (token: string) => `${KEY_PREFIX}${token}`;

export interface PreparedPagesOptions {
  now: () => number;
  /** How long `waitFor` polls for a token the content script has not sent yet. */
  waitMs: number;
  pollMs: number;
}

/** Pages put by this worker, answered from memory: the sidebar's ask follows its page's put within
 *  milliseconds, on the critical path of a click. Session storage stays the record (a stopped worker
 *  forgets this). */
const REMEMBER = 16;

export class PreparedPages {
  private readonly recent = new Map<string, PreparedPage>();

  /** Who waits for a token in this worker: woken when it is put, so the sidebar's ask does not sit out a poll
   *  interval on the critical path of a click. Polling stays for a page put by a worker that stopped since. */
  private readonly waiting = new Map<string, Set<() => void>>();

  constructor(private readonly options: PreparedPagesOptions) {}

  async put(token: string, tabId: number, content: PageContent): Promise<void> {
    const page: PreparedPage = { token, tabId, usedAt: this.options.now(), ...content };
    await browser.storage.session.set({ [keyOf(token)]: page });
    this.remember(page);
    for (const wake of [...(this.waiting.get(token) ?? [])]) wake();
    // After the page is stored and its waiters woken: reading every stored page is not on the click's path.
    await this.dropExpired();
  }

  async get(token: string): Promise<PreparedPage | undefined> {
    const page = this.recent.get(token) ?? ((await browser.storage.session.get(keyOf(token)))[keyOf(token)] as PreparedPage | undefined);
    if (!page || this.expired(page)) return undefined;
    const now = this.options.now();
    if (now - page.usedAt > TOUCH_AFTER_MS) {
      const touched = { ...page, usedAt: now };
      await browser.storage.session.set({ [keyOf(token)]: touched });
      this.remember(touched);
    }
    return page;
  }

  private remember(page: PreparedPage): void {
    this.recent.delete(page.token);
    this.recent.set(page.token, page);
    if (this.recent.size > REMEMBER) this.recent.delete(this.recent.keys().next().value!);
  }

  /** The page under `token`, waiting for it while the content script may still be extracting. */
  async waitFor(token: string): Promise<PreparedPage | undefined> {
    for (let waited = 0; ; waited += this.options.pollMs) {
      const page = await this.get(token);
      if (page || waited >= this.options.waitMs) return page;
      await this.putOrPoll(token);
    }
  }

  /** Resolves when `token` is put in this worker, or after one poll interval. */
  private putOrPoll(token: string): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.waiting.get(token) ?? new Set<() => void>();
      this.waiting.set(token, waiters);
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        if (waiters.size === 0) this.waiting.delete(token);
        resolve();
      };
      const timer = setTimeout(wake, this.options.pollMs);
      waiters.add(wake);
    });
  }

  private expired(page: PreparedPage): boolean {
    return this.options.now() - page.usedAt > MAX_AGE_MS;
  }

  private async dropExpired(): Promise<void> {
    const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
    const old = Object.entries(all)
      .filter(([key, value]) => key.startsWith(KEY_PREFIX) && this.expired(value as PreparedPage))
      .map(([key]) => key);
    for (const key of old) this.recent.delete(key.slice(KEY_PREFIX.length));
    if (old.length) await browser.storage.session.remove(old);
  }
}
