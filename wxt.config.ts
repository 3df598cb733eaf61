import { existsSync } from 'node:fs';
import { defineConfig, type WxtViteConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { ICON_SIZES, iconPath, writeIcons } from './src/icons/render-icons';
import { MEANING_FILE_NAMES } from './src/engine/meaning/meaning-file-names';

// The meaning data (lemmas, dictionary, thesaurus, similarity model; 7 MB) ships as files in meaning/ and is
// read on the first comparison: the extension's build swaps the engine's loader for the one that reads them
// (src/engine/meaning/meaning-files.packaged.ts), so no script of the package carries the data.
const MEANING_DATA_DIR = fileURLToPath(new URL('./src/engine/data/meaning/', import.meta.url));
const PACKAGED_MEANING_LOADER = fileURLToPath(new URL('./src/engine/meaning/meaning-files.packaged.ts', import.meta.url));

// The engine is pure functions and data (no module does anything on import), and outside code imports it
// through one index (src/engine/index.ts). Saying so lets each bundle drop the engine modules it takes nothing
// from: otherwise the index would pull every module's top-level tables (gazetteers, unit words) into the page
// script and Readability into the background, which only the page and the options page use.
const ENGINE_SOURCE = /[\\/]src[\\/]engine[\\/].*\.ts$/;
const ENGINE_TREESHAKE = { moduleSideEffects: (id: string) => !ENGINE_SOURCE.test(id) };

// `npm run dev` opens Debian's Chromium (or CHROME_PATH) on the demo article that src/cli/dev.ts serves.
const chromium = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// The extension pages' CSP (background, options page and its import worker, sidebar frame): our own scripts,
// workers, styles and connections only; no plugins, no frames inside our pages, no <base>, no form posts.
// Parallax makes no request at all; this makes a remote one impossible even for injected markup. Pinned in
// tests/integration/built-extension.test.ts. Only for builds: `wxt` (dev) adds its dev server to script-src
// and needs a WebSocket to it for reloading, which `connect-src 'self'` would refuse.
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; frame-src 'none'; base-uri 'none'; form-action 'none'";

// The toolbar, extensions page and store icons, rendered from src/icons/parallax.svg by every build (see the
// build:publicAssets hook below): { "16": "icons/16.png", ... }.
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));

// Firefox 140 (desktop) and 142 (Android) are the first to know gecko.data_collection_permissions; 127 and older
// refuse to install a manifest that has it. 140 is also the ESR line the oldest supported Firefox is on.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

// The keyboard shortcut that presses the toolbar button (open and close the sidebar on the current page); a
// reader can change it in the browser's shortcut settings. Alt+Shift+O (O for the other outlets): the issue
// suggested Alt+Shift+P, but Chromium 156 keeps Alt+Shift+P (and X, R) for itself and leaves the command
// without a shortcut (commands.getAll() answers ""), and on Linux Firefox gives Alt+Shift with a menu's access
// key (F, E, V, S, B, T, H) to its menu bar. Both browsers hand Alt+Shift+O to us (tests/e2e/keyboard-and-toolbar.e2e.ts,
// tests/e2e-firefox/).
export const SHORTCUT = 'Alt+Shift+O';

// Least privilege: the toolbar click grants the page (activeTab); scripting injects the sidebar script on
// that click; storage keeps the reader's settings (sidebar width). No host permissions, no content script
// on every page. The sidebar is an extension page in a frame: the page can neither style nor read it.
export default defineConfig({
  manifest: ({ command, browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    icons: ICONS,
    action: { default_title: 'Parallax', default_icon: ICONS },
    // MV3 presses `action` with _execute_action; the Firefox (MV2) build's browser_action with its own name.
    // Either fires the same onClicked as a click, with the same activeTab grant.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: SHORTCUT } },
    },
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['<all_urls>'] }],
    // WXT writes the MV3 object; for an MV2 build (Firefox) it turns extension_pages into the string MV2 takes.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    // Firefox only (Chrome warns about unknown keys): the add-on ID, which storage needs in MV2, and the statement
    // that Parallax collects no data. web-ext lint asks for both (tests/integration/firefox-lint.test.ts).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'parallax@parallax.local', strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
  hooks: {
    // The icons come from the one SVG on every build (build, zip, dev): rendered into .wxt/ (not kept in git)
    // and copied into the extension as if they lay in public/.
    'build:publicAssets': (wxt, files) => {
      for (const icon of writeIcons(`${wxt.config.wxtDir}/icons`)) files.push({ absoluteSrc: icon.file, relativeDest: icon.relativeDest });
      for (const name of MEANING_FILE_NAMES) files.push({ absoluteSrc: MEANING_DATA_DIR + name, relativeDest: `meaning/${name}` });
    },
  },
  zip: {
    // `npm run zip`: .output/parallax-<version>-chrome.zip, -firefox.zip and -sources.zip. The sources zip is
    // what addons.mozilla.org's reviewers rebuild the Firefox package from (`npm run build:amo`, see
    // AMO-BUILD.md): everything the build reads, without tests, benchmarks and generated files.
    excludeSources: ['tests/**', 'test-results/**', 'src/generated/**', 'scratch/**', 'docs/store/screenshots/**', '*.log'],
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
  vite: () => ({
    plugins: preact() as unknown as WxtViteConfig['plugins'],
    build: { modulePreload: { polyfill: false }, rollupOptions: { treeshake: ENGINE_TREESHAKE } },
    worker: { rollupOptions: { treeshake: ENGINE_TREESHAKE } },
    resolve: { alias: [{ find: /^\.\/meaning-files$/, replacement: PACKAGED_MEANING_LOADER }] },
  }),
});
