// The prepared pages a toolbar click leaves in session storage: a sidebar that asks for its page before the
// content script sent it is answered as soon as the page arrives, not at the next poll.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreparedPages } from '../../src/background/prepared-pages';

const article = { title: 'T', text: 'Der Rat tagte am Montag.', url: 'https://news.example/a', byline: null, siteName: null, date: null };

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => vi.useRealTimers());

describe('waiting for a prepared page', () => {
  it('answers a waiting ask when the page is put in this worker, without a poll interval passing', async () => {
    const pages = new PreparedPages({ now: () => 0, waitMs: 60_000, pollMs: 60_000 });
    const asked = pages.waitFor('t-1');
    let answered = false;
    void asked.then(() => (answered = true));
    // The ask has looked once and is now waiting; no timer is advanced from here on.
    await vi.waitFor(() => expect(vi.getTimerCount()).toBe(1));
    await pages.put('t-1', 7, { article });
    await expect(asked).resolves.toMatchObject({ token: 't-1', tabId: 7, article });
    expect(answered).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('still finds by polling a page put by another worker (session storage written directly)', async () => {
    const pages = new PreparedPages({ now: () => 0, waitMs: 60_000, pollMs: 100 });
    const asked = pages.waitFor('t-2');
    await vi.waitFor(() => expect(vi.getTimerCount()).toBe(1));
    await fakeBrowser.storage.session.set({ 'prepared:t-2': { token: 't-2', tabId: 3, usedAt: 0, article } });
    await vi.advanceTimersByTimeAsync(100);
    await expect(asked).resolves.toMatchObject({ token: 't-2', tabId: 3 });
  });

  it('gives up after the wait, leaving no waiter behind', async () => {
    const pages = new PreparedPages({ now: () => 0, waitMs: 300, pollMs: 100 });
    const asked = pages.waitFor('t-never');
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(asked).resolves.toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });
});
