// The built extension as reviewed: its permissions, web-accessible resources and CSP are pinned (a change must
// be a deliberate edit of this test), its code holds no network API outside an audited allow-list, and
// the content script holds no way to the corpus database. Runs on `npm run build`'s output, which `npm test`
// builds first.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEWED_CSP } from '../helpers/reviewed-csp';

const OUTPUT = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');


/** APIs that make a request or open a connection, as they appear in bundled code. */
const NETWORK_APIS = ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts(', 'WebTransport', 'RTCPeerConnection'];

/** Audited exceptions: `{ file, api, why }` for a network API the bundle may hold (`*` in `file`: the build's
 *  content hash). Parallax makes no request (Vite's module-preload polyfill is turned off in wxt.config.ts); the
 *  one fetch() reads the package's own files, in the background and, since an import indexes its articles with
 *  the meaning data, in the options page's import code. */
const MEANING_FETCH = "src/engine/meaning/meaning-files.packaged.ts reads the package's own meaning/*.json by a path relative to the extension's origin; connect-src 'self' allows nothing else (pinned above)";
const NETWORK_ALLOW_LIST: { file: string; api: string; why: string }[] = [
  { file: 'background.js', api: 'fetch(', why: MEANING_FETCH },
  { file: 'assets/import-worker-*.js', api: 'fetch(', why: `${MEANING_FETCH}; the import worker loads it to index what it imported` },
  { file: 'chunks/options-*.js', api: 'fetch(', why: `${MEANING_FETCH}; the options page bundles the same import code (its corpus admin)` },
];

/** Whether `name` is the allow-list's `file`, a `*` standing for the build's content hash. */
function isFile(pattern: string, name: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[\\w-]+')}$`).test(name);
}

function scriptsIn(dir: string): string[] {
  return builtFiles(dir).filter((f) => f.endsWith('.js') || f.endsWith('.html'));
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [path];
  });
}

describe('the built extension', () => {
  it('exists (run npm run build first)', () => {
    expect(existsSync(join(OUTPUT, 'manifest.json'))).toBe(true);
  });

  it('asks for exactly the reviewed permissions and exposes only the sidebar page', () => {
    const manifest = JSON.parse(readFileSync(join(OUTPUT, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['sidebar.html'], matches: ['<all_urls>'] }]);
    expect(manifest.content_security_policy).toEqual({ extension_pages: REVIEWED_CSP });
    // Nothing outside may connect to us: no externally_connectable, no sandboxed pages with their own CSP.
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(Object.keys(manifest).sort()).toEqual(
      ['action', 'background', 'commands', 'content_scripts', 'content_security_policy', 'default_locale', 'description', 'icons', 'manifest_version', 'name', 'options_ui', 'permissions', 'version', 'web_accessible_resources'],
    );
  });

  it('has a CSP that refuses remote scripts, connections, frames and plugins', () => {
    const directives = new Map(REVIEWED_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    for (const name of ['default-src', 'script-src', 'connect-src']) expect(directives.get(name), name).toEqual(["'self'"]);
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action']) expect(directives.get(name), name).toEqual(["'none'"]);
    // No directive names a host, a scheme or an escape hatch.
    expect(REVIEWED_CSP).not.toMatch(/https?:|wss?:|data:|blob:|\*|'unsafe-|'wasm-unsafe-eval'/);
  });

  it('ships the meaning data as files read on the first comparison, not inside a script evaluated at start', () => {
    for (const name of ['de-lemmas.json', 'en-lemmas.json', 'de-en.json', 'de-synsets.json', 'similarity-model.json']) {
      expect(existsSync(join(OUTPUT, 'meaning', name)), `meaning/${name}`).toBe(true);
    }
    // The lemma tables alone are megabytes: a script that holds them would be far larger than the engine.
    for (const file of scriptsIn(OUTPUT)) expect(statSync(file).size, file.slice(OUTPUT.length + 1)).toBeLessThan(1_500_000);
  });

  it('contains no network API in any script outside the audited allow-list', () => {
    const offenders: string[] = [];
    for (const file of scriptsIn(OUTPUT)) {
      const code = readFileSync(file, 'utf8');
      const name = file.slice(OUTPUT.length + 1);
      for (const api of NETWORK_APIS) {
        if (code.includes(api) && !NETWORK_ALLOW_LIST.some((entry) => isFile(entry.file, name) && entry.api === api)) offenders.push(`${name}: ${api}`);
      }
    }
    expect(offenders).toEqual([]);
    for (const entry of NETWORK_ALLOW_LIST) expect(entry.why.length, `${entry.file}: ${entry.api} needs a reason`).toBeGreaterThan(20);
  });

  it('listens to no other extension or page by message, and the content script cannot reach the corpus database', () => {
    for (const file of scriptsIn(OUTPUT)) {
      const code = readFileSync(file, 'utf8');
      for (const api of ['onMessageExternal', 'onConnectExternal', 'onConnect', 'externally_connectable']) {
        expect(code.includes(api), `${file.slice(OUTPUT.length + 1)} uses ${api}`).toBe(false);
      }
    }
    // A content script's IndexedDB belongs to the page's origin; ours does not even open one. Privileged
    // operations (import, delete, reset, lexicon) live only in the options page and its worker.
    const contentScripts = scriptsIn(join(OUTPUT, 'content-scripts'));
    expect(contentScripts.length).toBeGreaterThan(0);
    for (const file of contentScripts) {
      const code = readFileSync(file, 'utf8');
      for (const api of ['indexedDB', 'Dexie', 'addEventListener("message"', "addEventListener('message'", 'onmessage']) {
        expect(code.includes(api), `${file.slice(OUTPUT.length + 1)} holds ${api}`).toBe(false);
      }
    }
  });

});
