// Issue 16: Parallax in real Firefox ESR, not only linted. The Firefox package (`npm run zip`) is installed into
// a fresh Firefox over WebDriver BiDi (puppeteer-core's installExtension, BiDi webExtension.install: a temporary
// install, as about:debugging does), in a real window on a virtual display. The toolbar button cannot be
// pressed by automation, so the reader's other way in opens the sidebar: the keyboard shortcut, as real X key
// events (xdotool) that reach the add-on's `_execute_browser_action` command — the production package, no test
// hook. Then: the sidebar fills on the demo article, its "Manage corpus" opens the options page, which lists the
// bundled articles, and the background page is running.
//
// Firefox's BiDi reports moz-extension frames and tabs as about:blank (it hides extension URLs from automation)
// but evaluates in them: they are recognised by their own location.href.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIREFOX, missingBrowser } from '../e2e/harness/browser-paths';
import { SCREENSHOT_DIR } from '../e2e/harness/screenshots';
import { testServer, type TestServer } from '../e2e/harness/server';
import { startVirtualDisplay, type VirtualDisplay } from '../e2e/harness/virtual-display';
import { unpackFirefoxPackage } from './firefox-package';

const SHORTCUT = 'Alt+Shift+O';
/** Fixed moz-extension UUID for the add-on (Firefox picks a random one unless this pref names it). */
const UUID = '5f0c1f4e-3d2b-4a8e-9c61-7e2d4b9a0c13';
const ORIGIN = `moz-extension://${UUID}`;
const WAIT_MS = 30_000;
/** The bundled corpus is built from every seed the manifest lists. */
const SEED_COUNT = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'seeds', 'manifest.json'), 'utf8')) as { articles: unknown[] }).articles.length;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe().catch(() => undefined); // a frame navigating away answers with an error: ask again
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`e2e-firefox: ${what} within ${WAIT_MS} ms`);
    await sleep(200);
  }
}

/** The frame or tab whose document is the extension page `file` (its own location says so). */
async function extensionFrame(frames: Frame[], file: string): Promise<Frame | undefined> {
  for (const frame of frames) {
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(`${ORIGIN}/${file}`)) return frame;
  }
  return undefined;
}

describe('the Firefox package in Firefox ESR (issue 16)', () => {
  let screen: VirtualDisplay;
  let browser: Browser;
  let server: TestServer;
  let packageDir: string;
  let addonId: string;
  let news: Page;
  let sidebar: Frame;

  beforeAll(async () => {
    const missing = missingBrowser(FIREFOX);
    if (missing) throw new Error(missing);
    const unpacked = await unpackFirefoxPackage();
    packageDir = unpacked.dir;
    screen = await startVirtualDisplay(1280, 800);
    server = await testServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX.path,
      headless: false, // keyboard shortcuts reach add-on commands only through a real window
      env: screen.env,
      args: ['--width=1280', '--height=800'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [unpacked.id]: UUID }),
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US, en',
        // No network but 127.0.0.1 (the machine has none, and the test must not try).
        'network.proxy.type': 0,
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    addonId = await browser.installExtension(packageDir);
    console.info(`e2e-firefox: ${await browser.version()} with ${addonId} from ${unpacked.zipFile}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await screen?.stop();
    if (packageDir) fs.rmSync(packageDir, { recursive: true, force: true });
  });

  test('the add-on installs under the id of its manifest', () => {
    expect(addonId).toBe('parallax@parallax.local');
  });

  test(`${SHORTCUT} opens the sidebar and it fills with the comparison of the demo article`, async () => {
    news = (await browser.pages())[0] ?? (await browser.newPage());
    await news.goto(server.url('news-trump-putin.html'), { waitUntil: 'load' });
    await news.bringToFront();
    await screen.focusWindow('firefox');
    await screen.pressShortcut(SHORTCUT);
    sidebar = await waitFor('no sidebar frame after the shortcut', () => extensionFrame(news.frames(), 'sidebar.html'));
    const text = await waitFor('the sidebar showed no facts', async () => {
      const inner = await sidebar.evaluate(() => document.body.innerText);
      return /Facts\s*\(\d+\)/.test(inner) ? inner : undefined;
    });
    const facts = Number(/Facts\s*\((\d+)\)/.exec(text)![1]);
    const outlets = Number(/Outlets\s*\((\d+)\)/.exec(text)?.[1] ?? 0);
    expect(facts).toBeGreaterThanOrEqual(3);
    expect(outlets).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/THE EVENT|The event/);
    await sleep(300);
    const shot = await screen.screenshot(path.join(SCREENSHOT_DIR, 'firefox', 'sidebar.png'));
    await screen.screenshot(path.join(SCREENSHOT_DIR, 'store', 'firefox-sidebar-en.png'));
    console.info(`e2e-firefox: sidebar with ${facts} facts and ${outlets} outlets; screenshot ${shot}`);
  });

  test('"Manage corpus" opens the options page, which lists the bundled articles; the background page runs', async () => {
    const before = (await browser.pages()).length;
    const label = await sidebar.evaluate(() => {
      const button = [...document.querySelectorAll('button, a')].find((el) => /Manage corpus/.test(el.textContent ?? '')) as HTMLElement | undefined;
      button?.click();
      return button?.textContent ?? null;
    });
    expect(label).toBe('Manage corpus');
    const options = await waitFor('no options tab opened', async () => {
      const pages = await browser.pages();
      if (pages.length <= before) return undefined;
      return (await extensionFrame(pages.map((p) => p.mainFrame()), 'options.html'))?.page();
    });
    await options.evaluate(() => {
      location.hash = 'articles';
    });
    const listed = await waitFor('the options page listed no articles', async () => {
      const inner = await options.evaluate(() => document.body.innerText);
      const match = /Articles:\s*(\d+)/.exec(inner);
      return match && Number(match[1]) > 0 ? { count: Number(match[1]), inner } : undefined;
    });
    expect(listed.count).toBe(SEED_COUNT);
    expect(listed.inner).toContain('Bundled');
    const background = await options.evaluate(async () => {
      const runtime = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser.runtime;
      const page = await runtime.getBackgroundPage();
      return page ? { href: page.location.href, ready: page.document.readyState } : null;
    });
    expect(background?.href).toMatch(new RegExp(`^${ORIGIN}/`));
    expect(background?.ready).toBe('complete');
    await options.bringToFront();
    await sleep(300);
    const shot = await screen.screenshot(path.join(SCREENSHOT_DIR, 'firefox', 'options-articles.png'));
    console.info(`e2e-firefox: options page lists ${listed.count} articles; background ${background?.href}; screenshot ${shot}`);
  });

  test(`${SHORTCUT} again closes the sidebar`, async () => {
    await news.bringToFront();
    await screen.focusWindow('firefox');
    await screen.pressShortcut(SHORTCUT);
    await waitFor('the sidebar stayed after the second press', async () => ((await extensionFrame(news.frames(), 'sidebar.html')) ? undefined : true));
    const hostGone = await news.evaluate(() => [...document.documentElement.children].every((el) => el.localName === 'head' || el.localName === 'body'));
    expect(hostGone).toBe(true);
  });
});
