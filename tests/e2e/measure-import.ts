// Measures a large import through the options page as a reader does it: a generated pack of 10,000 articles
// chosen in Import's file input, the plan, "Import 10,000 articles", the result. Reports articles per second
// (from choosing the file to the result shown) and the page's longest main-thread task meanwhile (a
// PerformanceObserver for 'longtask', installed before the page's own scripts), median over the runs. Each
// run starts from a fresh profile (the bundled corpus), so every run imports all articles. Not a test:
// timings are never asserted. Run after `npm run build`:
//   npx tsx tests/e2e/measure-import.ts [--articles 10000] [--runs 3] [--seed 7] [--on-page]
// --on-page imports on the page's own thread (`options.html?import=page`) instead of in the import worker.
import fs from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../bench/generate-corpus';
import { EXTENSION_DIR, launchExtension } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { OptionsPage, parseCount, TempFiles } from './pages/options-page';

const LONG_MS = 100;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

/** Every long task of the page from its first script on, with its start on the page's clock. A string, so
 *  tsx's keepNames helper does not end up in a script the page runs. */
const WATCH_LONG_TASKS = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    window.__longTasks = null;
  }
})()`;

interface Run {
  articlesPerSecond: number;
  totalMs: number;
  planMs: number;
  applyMs: number;
  /** Long tasks from choosing the file to the result. */
  longestMs: number;
  over100: number;
  longTasks: number;
  /** Long tasks in the 3 s after the result (the Overview and tables reloading 10,000 articles). */
  afterLongestMs: number;
  afterOver100: number;
  /** What the page itself reported ("unresponsive for at most … ms"), from its own observer. */
  pageReportedMs: number | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function longTasksBetween(options: OptionsPage, from: number, to: number): Promise<{ start: number; duration: number }[]> {
  const tasks = await options.page.evaluate('window.__longTasks') as { start: number; duration: number }[] | null;
  if (tasks === null) throw new Error("this Chromium reports no 'longtask' entries");
  return tasks.filter((t) => t.start + t.duration > from && t.start < to);
}

async function measureOnce(file: string, articles: number, onPage: boolean, shot: string | null): Promise<Run> {
  const session = await launchExtension({ viewport: { width: 1280, height: 900 } });
  try {
    const options = await OptionsPage.open(session, 'overview', { query: onPage ? 'import=page' : undefined, beforeLoad: WATCH_LONG_TASKS });
    await options.overviewCount('Articles'); // the overview has loaded: the page is idle
    await options.goto('import');
    // A check that the observer sees the page's tasks: a 120 ms busy timer task must show (entries arrive a moment
    // later; a script run by the DevTools protocol itself is not reported as a long task).
    await options.page.evaluate('setTimeout(() => { const end = performance.now() + 120; while (performance.now() < end); }, 0)');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const probe = await longTasksBetween(options, 0, Number.POSITIVE_INFINITY);
    if (!probe.some((t) => t.duration >= 110)) throw new Error(`the long-task observer missed a 120 ms busy loop (${JSON.stringify(probe)})`);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const pageStart = (await options.page.evaluate('performance.now()')) as number;
    const start = performance.now();
    await options.importFileInput.setInputFiles(file);
    if ((await options.waitForPlanOrError()) === 'error') throw new Error(`the import was refused: ${await options.errorBox.innerText()}`);
    const planned = performance.now();
    const added = await options.planCount('New articles');
    if (added !== articles) throw new Error(`the plan says ${added} new articles, expected ${articles}`);
    const applyStart = performance.now();
    await options.importButton.click();
    if (shot) {
      // The progress bar while saving, for the record (best effort: it may already be gone).
      // Polled from here: waitForFunction's string predicate would need eval, which the extension's CSP forbids.
      for (const end = performance.now() + 3_000; performance.now() < end; await new Promise((resolve) => setTimeout(resolve, 20))) {
        const value = await options.importProgress.evaluate((el) => (el as HTMLProgressElement).value, undefined, { timeout: 100 }).catch(() => 0);
        if (value > 0) {
          await saveScreenshot(options.page, shot);
          break;
        }
      }
    }
    await options.importResult.or(options.errorBox).first().waitFor({ timeout: 600_000 });
    const end = performance.now();
    const pageEnd = (await options.page.evaluate('performance.now()')) as number;
    if ((await options.errorBox.count()) > 0) throw new Error(`the import failed: ${await options.errorBox.innerText()}`);
    const result = await options.importResult.innerText();
    if (!result.includes(`New: ${articles.toLocaleString('en-US')}`)) throw new Error(`unexpected result: ${result}`);
    const reported = await options.page.locator('[data-longest-task]').getAttribute('data-longest-task');

    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const during = await longTasksBetween(options, pageStart, pageEnd);
    const after = await longTasksBetween(options, pageEnd, Number.POSITIVE_INFINITY);
    const counted = await options.counts();
    if (counted.articles !== articles + 5) throw new Error(`the Overview counts ${counted.articles} articles after the import`);
    return {
      articlesPerSecond: articles / ((end - start) / 1000),
      totalMs: end - start,
      planMs: planned - start,
      applyMs: end - applyStart,
      longestMs: Math.max(0, ...during.map((t) => t.duration)),
      over100: during.filter((t) => t.duration > LONG_MS).length,
      longTasks: during.length,
      afterLongestMs: Math.max(0, ...after.map((t) => t.duration)),
      afterOver100: after.filter((t) => t.duration > LONG_MS).length,
      pageReportedMs: reported === null ? null : parseCount(reported),
    };
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

  const files = new TempFiles();
  try {
    const { pack } = generateCorpus({ articles, seed });
    const file = files.json(`generated-${articles}.json`, pack);
    const megabytes = fs.statSync(file).size / (1024 * 1024);
    process.stderr.write(`pack: ${articles} articles, ${pack.events.length} events, ${megabytes.toFixed(1)} MB; import ${onPage ? 'on the page' : 'in the worker'}\n`);
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await measureOnce(file, articles, onPage, i === 0 ? `options-import-progress-${onPage ? 'page' : 'worker'}` : null);
      results.push(run);
      process.stderr.write(
        `run ${i + 1}/${runs}: ${run.articlesPerSecond.toFixed(0)} articles/s (${(run.totalMs / 1000).toFixed(1)} s: plan ${(run.planMs / 1000).toFixed(1)} s, ` +
          `import ${(run.applyMs / 1000).toFixed(1)} s) · longest task ${run.longestMs.toFixed(0)} ms, ${run.over100} over ${LONG_MS} ms of ${run.longTasks} long tasks` +
          ` · after the result: longest ${run.afterLongestMs.toFixed(0)} ms, ${run.afterOver100} over ${LONG_MS} ms · the page said ${run.pageReportedMs ?? '–'} ms\n`,
      );
    }
    const m = (pick: (r: Run) => number) => median(results.map(pick));
    console.log(`import of ${articles} generated articles through the options page (${onPage ? 'on the page' : 'import worker'}), median of ${runs} runs:`);
    console.log(`  ${m((r) => r.articlesPerSecond).toFixed(0)} articles/s · ${(m((r) => r.totalMs) / 1000).toFixed(1)} s from choosing the file to the result (plan ${(m((r) => r.planMs) / 1000).toFixed(1)} s, import ${(m((r) => r.applyMs) / 1000).toFixed(1)} s)`);
    console.log(`  longest main-thread task ${m((r) => r.longestMs).toFixed(0)} ms · tasks over ${LONG_MS} ms: ${m((r) => r.over100)}`);
    console.log(`  in the 3 s after the result (lists reloading): longest ${m((r) => r.afterLongestMs).toFixed(0)} ms · over ${LONG_MS} ms: ${m((r) => r.afterOver100)}`);
  } finally {
    files.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(`measure-import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
