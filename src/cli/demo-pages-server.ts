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

function serveFile(request: http.IncomingMessage, response: http.ServerResponse): void {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const file = path.join(DEMO_PAGES_DIR, path.normalize(pathname));
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
