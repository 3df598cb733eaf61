// Measures what a reader waits for: from the toolbar click (the CDP trigger) to the filled sidebar (the first
// fact row visible), over repeated visits of the news page. Prints median and p95. Not a test: timings are
// never asserted. Run after `npm run build`:  npx tsx tests/e2e/measure-click-to-sidebar.ts [--runs 25] [--page file.html]
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, launchExtension } from './harness/browser';
import { testServer } from './harness/server';
import { NewsPage } from './pages/news-page';

const TRIGGER_LOST_MS = 4_000;
const FILLED_TIMEOUT_MS = 30_000;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** One click-to-filled time in ms; a click that left no trace is re-sent once and timed from the re-send. */
async function measureOnce(news: NewsPage): Promise<{ ms: number; lost: boolean }> {
  for (const lost of [false, true]) {
    const start = performance.now();
    await news.clickToolbar();
    const sidebar = await news.waitForSidebar(TRIGGER_LOST_MS);
    if (!sidebar) {
      if (await news.hasHost()) throw new Error('the host appeared but its frame did not');
      continue;
    }
    await sidebar.waitForFacts(FILLED_TIMEOUT_MS);
    return { ms: performance.now() - start, lost };
  }
  throw new Error(`no sidebar after two toolbar clicks on ${news.page.url()}`);
}

async function main(): Promise<void> {
  const runs = Number(option('runs', '25'));
  const file = option('page', 'news-trump-putin.html');
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got "${option('runs', '')}"`);
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('run npm run build first');

  const server = await testServer();
  const session = await launchExtension();
  const times: number[] = [];
  let lost = 0;
  try {
    const news = await NewsPage.open(session, server.url(file));
    for (let i = 0; i < runs; i++) {
      await news.reload(); // each run is a fresh visit: no sidebar, no content script left from the last one
      const { ms, lost: wasLost } = await measureOnce(news);
      times.push(ms);
      if (wasLost) lost++;
      process.stderr.write(`run ${i + 1}/${runs}: ${ms.toFixed(0)} ms${wasLost ? ' (first trigger lost)' : ''}\n`);
    }
  } finally {
    await session.close();
    await server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`click → first fact row visible, ${file}, ${runs} runs (${lost} first triggers lost and re-sent)`);
  console.log(`median ${fmt(percentile(sorted, 50))} · p95 ${fmt(percentile(sorted, 95))} · min ${fmt(sorted[0]!)} · max ${fmt(sorted.at(-1)!)}`);
}

main().catch((error: unknown) => {
  console.error(`measure-click-to-sidebar: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
