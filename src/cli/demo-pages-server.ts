// Serves the demo news pages (tests/e2e/pages-html/) on 127.0.0.1, as the end-to-end tests and `npm run dev`
// use them. The CSP lets a page load only its own resources, so no request leaves this machine.

import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const DEMO_PAGES_DIR = path.resolve(import.meta.dirname, '..', '..', 'tests', 'e2e', 'pages-html');
const CSP = "default-src 'self' 'unsafe-inline' data:";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface DemoServer {
  origin: string;
  /** The URL of a file in pages-html/, e.g. url('news-local-transport.html'). */
  url(file: string): string;
  close(): Promise<void>;
}

// A page that differs from another only by a few additions (hostile scripts or styles over the demo article)
// is written as `NAME.variant.html`: a first line naming the page it varies, then parts each introduced by a
// marker saying where it goes. The server serves NAME.html as that page with the parts inserted, so the
// article markup exists once and a clean page and its hostile variant cannot drift apart.
const VARIANT_OF = /^<!-- A variant of ([\w.-]+\.html)\b/;
const PARTS = /<!-- (head start|head end|body end) -->\n/;
const INSERT_AT: Record<string, (page: string, part: string) => string> = {
  // Right after the charset declaration: before any of the page's own elements, scripts or styles.
  'head start': (page, part) => page.replace(/(<meta charset="utf-8">\n)/, `$1${part}`),
  'head end': (page, part) => page.replace('</head>', `${part}</head>`),
  'body end': (page, part) => page.replace('</body>', `${part}</body>`),
};

export function composeVariant(variantFile: string): string {
  const source = fs.readFileSync(variantFile, 'utf8');
  const base = VARIANT_OF.exec(source)?.[1];
  if (!base) throw new Error(`demo pages: ${variantFile} does not start with "<!-- A variant of PAGE.html"`);
  const [, ...markedParts] = source.split(PARTS);
  const baseFile = path.join(DEMO_PAGES_DIR, base);
  if (!fs.existsSync(baseFile)) throw new Error(`demo pages: ${variantFile} varies ${base}, which is not in ${DEMO_PAGES_DIR}`);
  let page = fs.readFileSync(baseFile, 'utf8');
  for (let i = 0; i < markedParts.length; i += 2) {
    const insert = INSERT_AT[markedParts[i]!]!;
    const before = page;
    page = insert(page, markedParts[i + 1]!);
    if (page === before) throw new Error(`demo pages: ${base} has no place for the "${markedParts[i]}" part of ${variantFile}`);
  }
  return page;
}

function serveFile(request: http.IncomingMessage, response: http.ServerResponse): void {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const file = path.join(DEMO_PAGES_DIR, path.normalize(pathname));
  const variant = file.replace(/\.html$/, '.variant.html');
  if (file.endsWith('.html') && file.startsWith(DEMO_PAGES_DIR + path.sep) && !fs.existsSync(file) && fs.existsSync(variant)) {
    response.writeHead(200, { 'content-type': TYPES['.html']!, 'content-security-policy': CSP, 'cache-control': 'no-store' });
    response.end(composeVariant(variant));
    return;
  }
  if (!file.startsWith(DEMO_PAGES_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain', 'content-security-policy': CSP });
    response.end(`not found: ${pathname}`);
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'cache-control': 'no-store',
  });
  fs.createReadStream(file).pipe(response);
}

/** Port 0: any free port (tests); a fixed port for `npm run dev`, whose browser opens a known address. */
export async function startDemoServer(port = 0): Promise<DemoServer> {
  const server = http.createServer(serveFile);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (file) => `${origin}/${file}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
