// Measures what a reader waits for: from the toolbar click (the CDP trigger) to the filled sidebar (the first
// fact row visible), each click in a fresh tab with the service worker running (tests/bench/chromium/
// click-to-sidebar.ts). Prints median and p95. Not a test: timings are never asserted. The full benchmark,
// with cold starts and large corpora, is `npx tsx tests/bench/chromium-bench.ts`. Run after `npm run build`:
//   npx tsx tests/e2e/measure-click-to-sidebar.ts [--runs 25] [--page file.html]
import fs from 'node:fs';
import path from 'node:path';
import { median, percentile } from '../bench/bench-lib/stats';
import { timeClickInFreshTab } from '../bench/chromium/click-to-sidebar';
import { EXTENSION_DIR, launchExtension } from './harness/browser';
import { testServer } from './harness/server';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

async function main(): Promise<void> {
  const runs = Number(option('runs', '25'));
  const file = option('page', 'news-trump-putin.html');
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got "${option('runs', '')}"`);
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('run npm run build first');

  const server = await testServer();
  const session = await launchExtension({ emulateLocale: false });
  const times: number[] = [];
  let resent = 0;
  try {
    const url = server.url(file);
    const first = await timeClickInFreshTab(session, url); // builds the background's index: not a warm click
    process.stderr.write(`first click (index build): ${first.ms.toFixed(0)} ms\n`);
    for (let i = 0; i < runs; i++) {
      const run = await timeClickInFreshTab(session, url);
      times.push(run.ms);
      if (run.resent) resent++;
      process.stderr.write(`run ${i + 1}/${runs}: ${run.ms.toFixed(0)} ms${run.resent ? ' (first trigger lost)' : ''}\n`);
    }
  } finally {
    await session.close();
    await server.close();
  }
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`click → first fact row visible, ${file}, ${runs} runs in fresh tabs (${resent} first triggers lost and re-sent)`);
  console.log(`median ${fmt(median(times))} · p95 ${fmt(percentile(times, 95))} · min ${fmt(Math.min(...times))} · max ${fmt(Math.max(...times))}`);
}

main().catch((error: unknown) => {
  console.error(`measure-click-to-sidebar: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
