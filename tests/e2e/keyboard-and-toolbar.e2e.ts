// Issue 16: the packaged extension in a real Chromium window (a virtual X display, not headless): its icon is in
// the toolbar, and the keyboard shortcut opens and closes the sidebar — pressed as real X key events, which reach
// the extension's `_execute_action` command as a reader's keyboard does. Also takes the store screenshots
// (docs/store/ holds copies). Loads the Chrome package (.output/parallax-<version>-chrome.zip, unpacked), not
// the build directory, so what is tested is what a store gets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchDesktopChromium, type DesktopChromium } from './harness/desktop-chromium';
import { decodePng } from './harness/png';
import { SCREENSHOT_DIR } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { startVirtualDisplay, type VirtualDisplay } from './harness/virtual-display';
import { Sidebar } from './pages/sidebar';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SHORTCUT = 'Alt+Shift+O';
/** The icon's tile colour (src/icons/parallax.svg). */
const TILE = [0x2b, 0x7d, 0xe9] as const;
const WAIT_MS = 20_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function unpackChromePackage(): Promise<string> {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const zipFile = path.join(ROOT, '.output', `parallax-${version}-chrome.zip`);
  // npm test makes the packages first (npm run zip); fall back to the snapshot of the build for a plain
  // `npm run build` (same files, as built-extension and firefox-lint pin), and say which was loaded.
  if (!fs.existsSync(zipFile)) {
    console.info(`keyboard-and-toolbar: no ${zipFile} (run npm run zip): loading the build snapshot instead`);
    return inject('extensionDir');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-chrome-package-'));
  const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
  for (const entry of Object.values(zip.files).filter((e) => !e.dir)) {
    fs.mkdirSync(path.dirname(path.join(dir, entry.name)), { recursive: true });
    fs.writeFileSync(path.join(dir, entry.name), await entry.async('nodebuffer'));
  }
  console.info(`keyboard-and-toolbar: loaded the Chrome package ${zipFile}`);
  return dir;
}

/** Pixels of the icon's tile colour in a region of a screenshot. */
function tilePixels(file: string, region: { x: number; y: number; width: number; height: number }): { count: number; minX: number; maxX: number } {
  const image = decodePng(fs.readFileSync(file));
  let count = 0, minX = Infinity, maxX = -Infinity;
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const i = (y * image.width + x) * 4;
      const near = Math.abs(image.rgba[i]! - TILE[0]) + Math.abs(image.rgba[i + 1]! - TILE[1]) + Math.abs(image.rgba[i + 2]! - TILE[2]) <= 30;
      if (!near) continue;
      count++;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
    }
  }
  return { count, minX, maxX };
}

describe('the Chrome package in a real Chromium window (issue 16)', () => {
  let screen: VirtualDisplay;
  let browser: DesktopChromium;
  let server: TestServer;
  let extensionDir: string;

  beforeAll(async () => {
    extensionDir = await unpackChromePackage();
    screen = await startVirtualDisplay(1280, 800);
    server = await testServer();
    browser = await launchDesktopChromium(screen, extensionDir, 'en');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await screen?.stop();
    if (extensionDir && extensionDir !== inject('extensionDir')) fs.rmSync(extensionDir, { recursive: true, force: true });
  });

  /** The demo article in the window's only tab, in front, with the keyboard focus in the window. */
  async function openDemoPage(): Promise<Page> {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    for (const other of browser.context.pages()) if (other !== page) await other.close();
    await page.goto(server.url('news-trump-putin.html'), { waitUntil: 'load' });
    await page.bringToFront();
    await screen.focusWindow('chromium');
    return page;
  }

  const sidebarFrame = (page: Page): Frame | undefined =>
    page.frames().find((f) => !f.isDetached() && f.url().startsWith(`chrome-extension://${browser.extensionId}/sidebar.html`));

  async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`keyboard-and-toolbar: ${what} within ${WAIT_MS} ms`);
      await sleep(100);
    }
  }

  test(`the command has its suggested shortcut ${SHORTCUT} (Chromium gives it only when no browser shortcut has it)`, async () => {
    type Commands = { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
    const commands = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: Commands }).chrome.commands.getAll());
    expect(commands).toEqual([expect.objectContaining({ name: '_execute_action', shortcut: SHORTCUT })]);
  });

  test('the options page says the shortcut, as the browser assigned it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`, { waitUntil: 'load' });
    await page.getByText(`Keyboard shortcut: ${SHORTCUT} opens and closes Parallax on the page you read`).waitFor({ timeout: WAIT_MS });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-shortcut.png'), clip: { x: 0, y: 0, width: 1280, height: 200 } });
    await page.close();
  });

  test('the toolbar shows the Parallax icon (screenshot of the window)', async () => {
    await openDemoPage();
    await sleep(500); // the toolbar paints the icon after the window maps
    const file = await screen.screenshot(path.join(SCREENSHOT_DIR, 'toolbar-chromium.png'));
    console.info(`keyboard-and-toolbar: toolbar screenshot ${file}`);
    // The toolbar is the top band of the window (tab strip and address bar, under 100 px); our pinned button
    // sits at its right end, left of the puzzle piece and the menu.
    const found = tilePixels(file, { x: 640, y: 0, width: 640, height: 100 });
    expect(found.count, 'pixels of the icon tile colour in the toolbar').toBeGreaterThanOrEqual(40);
    expect(found.maxX - found.minX, 'one icon, not a stray colour spread over the toolbar').toBeLessThanOrEqual(24);
  });

  test(`${SHORTCUT} opens the sidebar with the comparison and closes it again`, async () => {
    const page = await openDemoPage();
    expect(sidebarFrame(page)).toBeUndefined();
    await screen.pressShortcut(SHORTCUT);
    const frame = await waitFor('the shortcut opened no sidebar', () => sidebarFrame(page));
    const sidebar = new Sidebar(frame);
    await sidebar.waitForFacts();
    expect(await sidebar.factRows.count()).toBeGreaterThanOrEqual(3);
    await sleep(300);
    const shot = await screen.screenshot(path.join(SCREENSHOT_DIR, 'store', 'chromium-sidebar-en.png'));
    console.info(`keyboard-and-toolbar: store screenshot ${shot}`);

    await screen.focusWindow('chromium');
    await screen.pressShortcut(SHORTCUT);
    await waitFor('the second press left the sidebar open', () => (sidebarFrame(page) === undefined ? true : undefined));
    const hostGone = await waitFor('the sidebar host stayed on the page', async () =>
      (await page.evaluate(() => [...document.documentElement.children].every((el) => el.localName === 'head' || el.localName === 'body'))) || undefined);
    expect(hostGone).toBe(true);
  });
});
