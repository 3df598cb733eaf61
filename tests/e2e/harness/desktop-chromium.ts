// Chromium with a real window on a virtual display (not headless), the built extension loaded and pinned to the
// toolbar as a reader pins it: the only way to see the toolbar icon and to have a keyboard shortcut reach the
// extension's command. Same isolation as launchExtension: fresh profile, no host but 127.0.0.1.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM } from './browser-paths';
import type { UiLanguage } from './browser';
import type { VirtualDisplay } from './virtual-display';

export interface DesktopChromium {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

const LOCALES: Record<UiLanguage, string> = { en: 'en-US', de: 'de-DE' };

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export async function launchDesktopChromium(screen: VirtualDisplay, extensionDir: string, lang: UiLanguage = 'en'): Promise<DesktopChromium> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-desktop-'));
  // A pinned extension shows its own button in the toolbar (otherwise it hides behind the puzzle piece).
  fs.mkdirSync(path.join(profileDir, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] } }));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM.path,
    headless: false,
    viewport: null, // the page gets the window's size, as a reader's does
    locale: LOCALES[lang],
    reducedMotion: 'reduce',
    env: { ...screen.env, LANGUAGE: lang, LANG: `${LOCALES[lang].replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${lang}`,
      '--window-position=0,0',
      '--window-size=1280,800',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      // No "unsupported command-line flag" bar and no translation offer over the page in the screenshots.
      '--test-type',
      '--disable-features=Translate',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return {
      context,
      worker,
      extensionId: new URL(worker.url()).host,
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
