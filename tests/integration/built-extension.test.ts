// The built extension as reviewed: its permissions and web-accessible resources are pinned (a change must
// be a deliberate edit of this test), and its code holds no network API at all. Runs on `npm run build`'s
// output, which `npm test` builds first.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

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
    // No custom CSP: Chromium's MV3 default (script-src 'self'; object-src 'self') forbids remote scripts.
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('contains no network API in any script', () => {
    const offenders: string[] = [];
    for (const file of builtFiles(OUTPUT).filter((f) => f.endsWith('.js') || f.endsWith('.html'))) {
      const code = readFileSync(file, 'utf8');
      for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts(']) {
        if (code.includes(api)) offenders.push(`${file.slice(OUTPUT.length + 1)}: ${api}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
