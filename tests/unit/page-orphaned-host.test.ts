// @vitest-environment jsdom
// After the extension is reloaded, the old content script's sidebar stays in the page for up to a second (it
// polls for its own orphaning) and lives in another isolated world, out of the new script's bookkeeping. A
// click in that second must replace it, never show two sidebars. (The e2e test in hardening-page.e2e.ts
// cannot hit that second reliably; this one stands in for the other world with a bare host element.)
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOST_TAG } from '../../src/page/host-styles';
import { toggleSidebar } from '../../src/page/open-sidebar';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

function hosts(): Element[] {
  return [...document.documentElement.children].filter((el) => el.localName === HOST_TAG);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Parallax');
  document.body.replaceChildren();
});

afterEach(() => {
  if (hosts().length > 0) toggleSidebar();
  for (const host of hosts()) host.remove();
  vi.restoreAllMocks();
});

it("replaces a host an earlier instance of the extension left in the page with its own, at once", () => {
  const orphan = document.documentElement.appendChild(document.createElement(HOST_TAG));
  expect(toggleSidebar()).toBe('opened');
  expect(orphan.isConnected).toBe(false);
  expect(hosts()).toHaveLength(1);
  expect(hosts()[0]).not.toBe(orphan);
});

it('a second toggle closes its own sidebar and leaves no host behind', () => {
  document.documentElement.appendChild(document.createElement(HOST_TAG));
  toggleSidebar();
  expect(toggleSidebar()).toBe('closed');
  expect(hosts()).toHaveLength(0);
});
