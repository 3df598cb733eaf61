import { existsSync } from 'node:fs';
import { defineConfig, type WxtViteConfig } from 'wxt';
import preact from '@preact/preset-vite';

// `npm run dev` opens Debian's Chromium (or CHROME_PATH) on the demo article that src/cli/dev.ts serves.
const chromium = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Least privilege: the toolbar click grants the page (activeTab); scripting injects the sidebar script on
// that click; storage keeps the reader's settings (sidebar width). No host permissions, no content script
// on every page. The sidebar is an extension page in a frame: the page can neither style nor read it.
export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Parallax' },
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['<all_urls>'] }],
  },
  webExt: {
    ...(chromium ? { binaries: { chrome: chromium } } : {}),
    startUrls: ['http://127.0.0.1:8080/news-trump-putin.html'],
    // Chromium refuses its sandbox to root (containers); a person's desktop session keeps it.
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  // The preset is typed against the top-level vite, WXT bundles its own: same plugin API, two type copies.
  // No module-preload polyfill: extension pages run in Chromium, which preloads natively, and the polyfill
  // is the only fetch() the bundle would contain.
  vite: () => ({ plugins: preact() as unknown as WxtViteConfig['plugins'], build: { modulePreload: { polyfill: false } } }),
});
