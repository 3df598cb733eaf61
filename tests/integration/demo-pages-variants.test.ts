// Hostile variants of the demo article are served from the article plus their own parts: the parts land where
// their markers say, and a variant naming a page without that place fails with a message naming both files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeVariant, DEMO_PAGES_DIR, startDemoServer, type DemoServer } from '../../src/cli/demo-pages-server';

let server: DemoServer;
beforeAll(async () => (server = await startDemoServer(0)));
afterAll(async () => server?.close());

describe('demo page variants', () => {
  it('serves hostile-scripts.html as the article with its script first in <head> and its log before </body>', async () => {
    const article = fs.readFileSync(path.join(DEMO_PAGES_DIR, 'news-trump-putin.html'), 'utf8');
    const response = await fetch(server.url('hostile-scripts.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await response.text();
    // Every line of the article is there, in order, and the additions sit where their markers say.
    const articleLines = article.split('\n');
    let at = 0;
    for (const line of page.split('\n')) if (line === articleLines[at]) at++;
    expect(at).toBe(articleLines.length);
    expect(page.indexOf('<script>')).toBeGreaterThan(page.indexOf('<meta charset="utf-8">'));
    expect(page.indexOf('<script>')).toBeLessThan(page.indexOf('<title>'));
    expect(page.indexOf('id="hostile-log"')).toBeLessThan(page.indexOf('</body>'));
    expect(page.indexOf('id="hostile-log"')).toBeGreaterThan(page.indexOf('Alle akzeptieren'));
  });

  it('refuses a variant without its header, or of a page that does not exist, naming the files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-variant-'));
    const headless = path.join(dir, 'headless.variant.html');
    const orphan = path.join(dir, 'orphan.variant.html');
    fs.writeFileSync(headless, '<!-- head start -->\n<style></style>\n');
    fs.writeFileSync(orphan, '<!-- A variant of no-such-page.html -->\n<!-- head start -->\n<style></style>\n');
    try {
      expect(() => composeVariant(headless)).toThrow(/headless\.variant\.html does not start with "<!-- A variant of PAGE\.html"/);
      expect(() => composeVariant(orphan)).toThrow(/orphan\.variant\.html varies no-such-page\.html, which is not in/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
