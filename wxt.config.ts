import { existsSync } from 'node:fs';
import { defineConfig, type WxtViteConfig } from 'wxt';
import preact from '@preact/preset-vite';

// `npm run dev` opens Debian's Chromium (or CHROME_PATH) on the demo article that src/cli/dev.ts serves.
const chromium = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// The extension pages' CSP (background, options page and its import worker, sidebar frame): our own scripts,
// workers, styles and connections only; no plugins, no frames inside our pages, no <base>, no form posts.
// Parallax makes no request at all; this makes a remote one impossible even for injected markup. Pinned in
// tests/integration/built-extension.test.ts. Only for builds: `wxt` (dev) adds its dev server to script-src
// and needs a WebSocket to it for reloading, which `connect-src 'self'` would refuse.
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; frame-src 'none'; base-uri 'none'; form-action 'none'";

// Least privilege: the toolbar click grants the page (activeTab); scripting injects the sidebar script on
// that click; storage keeps the reader's settings (sidebar width). No host permissions, no content script
// on every page. The sidebar is an extension page in a frame: the page can neither style nor read it.
export default defineConfig({
  manifest: ({ command, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Parallax' },
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['<all_urls>'] }],
    // WXT writes the MV3 object; for an MV2 build (Firefox) it turns extension_pages into the string MV2 takes.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    // Firefox only (Chrome warns about unknown keys): the add-on ID, which storage needs in MV2, and the statement
    // that Parallax collects no data. web-ext lint asks for both (tests/integration/firefox-lint.test.ts).
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parallax@parallax.local', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
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
