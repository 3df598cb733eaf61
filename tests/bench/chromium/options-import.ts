// One import of a corpus pack through the options page, as a reader does it: the file chosen in Import's file
// input, the plan, "Import N articles", the result. Times it, records the page's long main-thread tasks
// meanwhile (a PerformanceObserver for 'longtask' installed before the page's own scripts) and, optionally,
// samples the JS heap of the service worker, the options page and its import worker every ~100 ms.
import type { ExtensionSession } from '../../e2e/harness/browser';
import { saveScreenshot } from '../../e2e/harness/screenshots';
import { OptionsPage, parseCount } from '../../e2e/pages/options-page';
import { HeapSampler, type HeapPeaks } from './heap-sampler';

/** The responsiveness bound: no main-thread task longer than this. */
export const LONG_TASK_LIMIT_MS = 100;
const IMPORT_TIMEOUT_MS = 600_000;

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

export type ImportHeapGroup = 'serviceWorker' | 'optionsPage' | 'importWorker';

export interface ImportRun {
  articles: number;
  articlesPerSecond: number;
  totalMs: number;
  planMs: number;
  applyMs: number;
  /** Long tasks from choosing the file to the result. */
  longestMs: number;
  overLimit: number;
  longTasks: number;
  /** Long tasks in the 3 s after the result (the Overview and tables reloading every article). */
  afterLongestMs: number;
  afterOverLimit: number;
  /** What the page itself reported ("unresponsive for at most … ms"), from its own observer. */
  pageReportedMs: number | null;
  heap: HeapPeaks<ImportHeapGroup> | null;
}

export interface ImportHow {
  /** `options.html?import=page`: the import on the page's own thread instead of in the import worker. */
  onPage?: boolean;
  /** Saves a screenshot of the progress bar under this name (best effort). */
  screenshot?: string;
  sampleHeap?: boolean;
}

type LongTask = { start: number; duration: number };

async function longTasksBetween(options: OptionsPage, from: number, to: number): Promise<LongTask[]> {
  const tasks = (await options.page.evaluate('window.__longTasks')) as LongTask[] | null;
  if (tasks === null) throw new Error("this Chromium reports no 'longtask' entries");
  return tasks.filter((t) => t.start + t.duration > from && t.start < to);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Proves the observer sees the page's tasks: a 120 ms busy timer task must show (a script run by the DevTools
 *  protocol itself is not reported as a long task, hence the timer). */
async function checkLongTaskObserver(options: OptionsPage): Promise<void> {
  await options.page.evaluate('setTimeout(() => { const end = performance.now() + 120; while (performance.now() < end); }, 0)');
  await sleep(500);
  const probe = await longTasksBetween(options, 0, Number.POSITIVE_INFINITY);
  if (!probe.some((t) => t.duration >= 110)) throw new Error(`the long-task observer missed a 120 ms busy loop (${JSON.stringify(probe)})`);
  await sleep(500);
}

async function screenshotProgress(options: OptionsPage, name: string): Promise<void> {
  // Polled from here: waitForFunction's string predicate would need eval, which the extension's CSP forbids.
  for (const end = performance.now() + 3_000; performance.now() < end; await sleep(20)) {
    const value = await options.importProgress.evaluate((el) => (el as HTMLProgressElement).value, undefined, { timeout: 100 }).catch(() => 0);
    if (value > 0) {
      await saveScreenshot(options.page, name);
      return;
    }
  }
}

function heapSampler(session: ExtensionSession): HeapSampler<ImportHeapGroup> {
  const optionsUrl = `chrome-extension://${session.extensionId}/options.html`;
  return new HeapSampler(session, {
    serviceWorker: (t) => t.type === 'service_worker',
    optionsPage: (t) => t.type === 'page' && t.url.startsWith(optionsUrl),
    importWorker: (t) => t.type === 'worker',
  });
}

/** Imports `file` (a pack of `articles` new articles) through a new options page tab, which it closes after. */
export async function importThroughOptionsPage(session: ExtensionSession, file: string, articles: number, how: ImportHow = {}): Promise<ImportRun> {
  const options = await OptionsPage.open(session, 'overview', { query: how.onPage ? 'import=page' : undefined, beforeLoad: WATCH_LONG_TASKS });
  let sampler: HeapSampler<ImportHeapGroup> | null = null;
  try {
    const before = await options.overviewCount('Articles'); // the overview has loaded: the page is idle
    await options.goto('import');
    await checkLongTaskObserver(options);

    sampler = how.sampleHeap ? heapSampler(session) : null;
    const pageStart = (await options.page.evaluate('performance.now()')) as number;
    const start = performance.now();
    await options.importFileInput.setInputFiles(file);
    if ((await options.waitForPlanOrError()) === 'error') throw new Error(`the import of ${file} was refused: ${await options.errorBox.innerText()}`);
    const planned = performance.now();
    const added = await options.planCount('New articles');
    if (added !== articles) throw new Error(`the plan for ${file} says ${added} new articles, expected ${articles}`);
    const applyStart = performance.now();
    await options.importButton.click();
    if (how.screenshot) await screenshotProgress(options, how.screenshot);
    await options.importResult.or(options.errorBox).first().waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const end = performance.now();
    const pageEnd = (await options.page.evaluate('performance.now()')) as number;
    const heap = sampler ? await sampler.stop() : null;
    if ((await options.errorBox.count()) > 0) throw new Error(`the import of ${file} failed: ${await options.errorBox.innerText()}`);
    const result = await options.importResult.innerText();
    if (!result.includes(`New: ${articles.toLocaleString('en-US')}`)) throw new Error(`unexpected import result for ${file}: ${result}`);
    const reported = await options.page.locator('[data-longest-task]').getAttribute('data-longest-task');

    await sleep(3_000);
    const during = await longTasksBetween(options, pageStart, pageEnd);
    const after = await longTasksBetween(options, pageEnd, Number.POSITIVE_INFINITY);
    const counted = await options.counts();
    if (counted.articles !== before + articles) throw new Error(`the Overview counts ${counted.articles} articles after importing ${articles} into ${before}`);
    return {
      articles,
      articlesPerSecond: articles / ((end - start) / 1000),
      totalMs: end - start,
      planMs: planned - start,
      applyMs: end - applyStart,
      longestMs: Math.max(0, ...during.map((t) => t.duration)),
      overLimit: during.filter((t) => t.duration > LONG_TASK_LIMIT_MS).length,
      longTasks: during.length,
      afterLongestMs: Math.max(0, ...after.map((t) => t.duration)),
      afterOverLimit: after.filter((t) => t.duration > LONG_TASK_LIMIT_MS).length,
      pageReportedMs: reported === null ? null : parseCount(reported),
      heap,
    };
  } finally {
    await sampler?.stop(); // a failed import must not leave the sampler polling
    await options.page.close().catch(() => undefined);
  }
}
