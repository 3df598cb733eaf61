// Starts Debian's Chromium with the built extension loaded, the way the stack notes say works here: a fresh temporary
// profile each time, headless=new (extensions need it), and no host but 127.0.0.1 resolvable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { CHROMIUM as CHROMIUM_REQUIREMENT } from './browser-paths';

export const EXTENSION_DIR = path.resolve(process.env.PARALLAX_EXTENSION_DIR ?? '.output/chrome-mv3');
const CHROMIUM = CHROMIUM_REQUIREMENT.path;

export type UiLanguage = 'en' | 'de';

export interface LaunchOptions {
  /** The unpacked extension to load; the build in .output/chrome-mv3 by default. */
  extensionDir?: string;
  /** The browser's UI language, which chrome.i18n and navigator.language report to the extension. */
  lang?: UiLanguage;
  /** Window size; the sidebar needs room beside the article. */
  viewport?: { width: number; height: number };
  /** Playwright's locale emulation for `lang` (navigator.language, Intl's default locale); on by default, as a
   *  German UI needs it (headless Chromium on Linux reports en-US under --lang=de and a German LANG alone,
   *  checked). Timing runs turn it off: the emulation is sent to each new frame's target, and Chromium then
   *  tells every isolate of that process of a locale change, the extension's service worker included, whose
   *  optimised code V8 throws away (trace: V8.DeoptimizeCode on the worker thread, by CallOnAllWorkerThreads,
   *  right after the sidebar frame's DevTools session opens; some 700 functions compiled again per click). Every
   *  warm click measured so ran the engine unoptimised; no reader's browser does that. English only. */
  emulateLocale?: boolean;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** A browser-level CDP session (Target.*, Extensions.*), made once per launch. */
  browserCdp: CDPSession;
  /** The temporary profile directory (removed by close()); the benchmark reads its IndexedDB size. */
  profileDir: string;
  /** Closes every tab opened since launch (the toolbar click finds its tab by URL, so none may linger). */
  closeOpenedTabs(): Promise<void>;
  close(): Promise<void>;
}

const LOCALES: Record<UiLanguage, string> = { en: 'en-US', de: 'de-DE' };

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const ext = options.extensionDir ?? EXTENSION_DIR;
  const lang = options.lang ?? 'en';
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const emulateLocale = options.emulateLocale ?? true;
  if (!emulateLocale && lang !== 'en') throw new Error(`launchExtension: a ${lang} UI needs the locale emulation (emulateLocale: false is for English timing runs)`);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: false, // the real switch is --headless=new below: the old headless mode has no extensions
    viewport,
    ...(emulateLocale ? { locale: LOCALES[lang] } : {}),
    // The sidebar slides in (180 ms) unless the reader prefers reduced motion; screenshots and box positions
    // taken mid-slide would show it cut off. Playwright's own animation stop does not reach a closed shadow root.
    reducedMotion: 'reduce',
    // On Linux Chromium takes its UI language from the environment; --lang alone is not enough.
    env: { ...process.env, LANGUAGE: lang, LANG: `${LOCALES[lang].replace('-', '_')}.UTF-8` },
    args: [
      '--headless=new',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--lang=${lang}`,
      `--window-size=${viewport.width},${viewport.height}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const browser = context.browser();
    if (!browser) throw new Error('launchExtension: the persistent context has no browser handle for CDP');
    const browserCdp = await browser.newBrowserCDPSession();
    const initialPages = new Set(context.pages());
    return {
      context,
      extensionId,
      browserCdp,
      profileDir,
      async closeOpenedTabs() {
        await Promise.all(context.pages().filter((page) => !initialPages.has(page)).map((page) => page.close()));
      },
      async close() {
        await context.close();
        fs.rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}
