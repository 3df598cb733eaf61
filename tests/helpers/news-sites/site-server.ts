// A test web server on 127.0.0.1 (port 0) answering from a table of routes, logging every request it gets
// (path and User-Agent) so tests can see what was fetched and what was not. `hang` routes never answer.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  | { status?: number; type: string; body: string | Uint8Array | (() => Promise<string | Uint8Array>) }
  | { hang: true };

export interface SiteServer {
  origin: string;
  routes: Map<string, Route>;
  requests: { path: string; userAgent: string; cookie: string | undefined }[];
  close(): Promise<void>;
}

export async function startSite(routes: Map<string, Route> = new Map()): Promise<SiteServer> {
  const requests: SiteServer['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, userAgent: req.headers['user-agent'] ?? '', cookie: req.headers.cookie });
    const route = routes.get(path);
    if (route && 'hang' in route) return; // never answers: the client's timeout must end it
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    void (async () => {
      const body = typeof route.body === 'function' ? await route.body() : route.body;
      res.writeHead(route.status ?? 200, { 'content-type': route.type, 'set-cookie': 'tracking=1; Path=/' }).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
