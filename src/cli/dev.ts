// `npm run dev`: serves the demo news pages on http://127.0.0.1:8080 and starts WXT's dev mode, which opens
// Chromium with the extension loaded on the demo article. Click the Parallax icon there, or on any page.

import { spawn } from 'node:child_process';
import { startDemoServer } from './demo-pages-server';

export const DEV_PORT = 8080;

const server = await startDemoServer(DEV_PORT);
console.log(`demo pages: ${server.url('news-trump-putin.html')} (also news-local-transport.html, shop-listing.html)`);
const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], { stdio: 'inherit' });
const stop = () => wxt.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', (code) => {
  void server.close().finally(() => process.exit(code ?? 0));
});
