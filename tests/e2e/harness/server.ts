// Serves tests/e2e/pages-html/ on 127.0.0.1 with a CSP like a careful news site's: the page may load only its
// own resources, so any request elsewhere (and any network at all) shows up as a CSP error, not a hang.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const PAGES_DIR = path.resolve('tests/e2e/pages-html');
const CSP = "default-src 'self' 'unsafe-inline' data:";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface TestServer {
  origin: string;
  /** The URL of a file in pages-html/, e.g. url('news-trump-putin.html'). */
  url(file: string): string;
  close(): Promise<void>;
}

function serveFile(request: http.IncomingMessage, response: http.ServerResponse): void {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const file = path.join(PAGES_DIR, path.normalize(pathname));
  if (!file.startsWith(PAGES_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
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

export async function testServer(): Promise<TestServer> {
  const server = http.createServer(serveFile);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
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
