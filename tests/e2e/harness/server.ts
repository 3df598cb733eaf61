// The test pages are served by the same server `npm run dev` uses (src/cli/demo-pages-server.ts).
import { startDemoServer, type DemoServer } from '../../../src/cli/demo-pages-server';

export type TestServer = DemoServer;

export function testServer(): Promise<TestServer> {
  return startDemoServer(0);
}
