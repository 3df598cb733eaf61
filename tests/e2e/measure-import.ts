// Measures a large import through the options page as a reader does it (tests/bench/chromium/options-import.ts):
// articles per second from choosing the file to the result, and the page's longest main-thread task meanwhile,
// median over the runs. Each run starts from a fresh profile (the bundled corpus), so every run imports all
// articles. Not a test: timings are never asserted. `npx tsx tests/bench/chromium-bench.ts` measures this too,
// with memory and database size. Run after `npm run build`:
//   npx tsx tests/e2e/measure-import.ts [--articles 10000] [--runs 3] [--seed 7] [--on-page]
// --on-page imports on the page's own thread (`options.html?import=page`) instead of in the import worker.
import fs from 'node:fs';
import path from 'node:path';
import { median } from '../bench/bench-lib/stats';
import { cachedPack } from '../bench/chromium/packs';
import { importThroughOptionsPage, LONG_TASK_LIMIT_MS, type ImportRun } from '../bench/chromium/options-import';
import { EXTENSION_DIR, launchExtension } from './harness/browser';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

async function measureOnce(file: string, articles: number, onPage: boolean, screenshot: string | undefined): Promise<ImportRun> {
  const session = await launchExtension({ viewport: { width: 1280, height: 900 } });
  try {
    return await importThroughOptionsPage(session, file, articles, { onPage, screenshot });
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const articles = Number(option('articles', '10000'));
  const runs = Number(option('runs', '3'));
  const seed = Number(option('seed', '7'));
  const onPage = process.argv.includes('--on-page');
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles: expected a positive integer, got "${option('articles', '')}"`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got "${option('runs', '')}"`);
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('run npm run build first');

  const pack = cachedPack(articles, seed, (line) => process.stderr.write(`${line}\n`));
  process.stderr.write(`pack: ${articles} articles, ${(pack.bytes / (1024 * 1024)).toFixed(1)} MB; import ${onPage ? 'on the page' : 'in the worker'}\n`);
  const results: ImportRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await measureOnce(pack.file, articles, onPage, i === 0 ? `options-import-progress-${onPage ? 'page' : 'worker'}` : undefined);
    results.push(run);
    process.stderr.write(
      `run ${i + 1}/${runs}: ${run.articlesPerSecond.toFixed(0)} articles/s (${(run.totalMs / 1000).toFixed(1)} s: plan ${(run.planMs / 1000).toFixed(1)} s, ` +
        `import ${(run.applyMs / 1000).toFixed(1)} s) · longest task ${run.longestMs.toFixed(0)} ms, ${run.overLimit} over ${LONG_TASK_LIMIT_MS} ms of ${run.longTasks} long tasks` +
        ` · after the result: longest ${run.afterLongestMs.toFixed(0)} ms, ${run.afterOverLimit} over ${LONG_TASK_LIMIT_MS} ms · the page said ${run.pageReportedMs ?? '–'} ms\n`,
    );
  }
  const m = (pick: (r: ImportRun) => number) => median(results.map(pick));
  console.log(`import of ${articles} generated articles through the options page (${onPage ? 'on the page' : 'import worker'}), median of ${runs} runs:`);
  console.log(`  ${m((r) => r.articlesPerSecond).toFixed(0)} articles/s · ${(m((r) => r.totalMs) / 1000).toFixed(1)} s from choosing the file to the result (plan ${(m((r) => r.planMs) / 1000).toFixed(1)} s, import ${(m((r) => r.applyMs) / 1000).toFixed(1)} s)`);
  console.log(`  longest main-thread task ${m((r) => r.longestMs).toFixed(0)} ms · tasks over ${LONG_TASK_LIMIT_MS} ms: ${m((r) => r.overLimit)}`);
  console.log(`  in the 3 s after the result (lists reloading): longest ${m((r) => r.afterLongestMs).toFixed(0)} ms · over ${LONG_TASK_LIMIT_MS} ms: ${m((r) => r.afterOverLimit)}`);
}

main().catch((error: unknown) => {
  console.error(`measure-import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
