// The click measurements on one loaded corpus: the first click (which builds the background's index), warm
// clicks (service worker running, index built, every click in a fresh tab) and cold clicks (service worker
// stopped before each click), and the service worker's heap once the clicks are done.
import type { ExtensionSession } from '../../e2e/harness/browser';
import { serviceWorkerRunning, stopServiceWorker } from '../../e2e/harness/service-worker';
import { timeClickInFreshTab } from './click-to-sidebar';
import { HeapSampler } from './heap-sampler';
import { AttachedTarget, serviceWorkerTarget } from './target-heap';

export interface ClickSeries {
  /** The first click on this corpus, ms: the background reads the corpus and builds its index. */
  firstMs: number;
  /** Peak heap of the service worker during that first click, bytes. */
  firstPeakHeap: number;
  warmMs: number[];
  coldMs: number[];
  /** Of each click, until the sidebar frame was in the page (the rest is the comparison and its rendering). */
  warmFrameMs: number[];
  coldFrameMs: number[];
  /** Clicks whose first trigger was lost and re-sent (timed from the re-send). */
  resent: number;
  /** Warm runs before which the worker had stopped on its own and a warm-up click was needed. */
  rewarmed: number;
  /** The service worker's heap right after the warm clicks, and after a forced garbage collection. */
  heapAfterClicks: number;
  heapAfterGc: number;
}

export interface ClickPlan {
  url: string;
  warmRuns: number;
  coldRuns: number;
  /** Runs between the warm and the cold clicks (the bench lets other browser runs take the lock there). */
  beforeColdClicks?: () => Promise<void>;
  progress: (line: string) => void;
}

async function firstClick(session: ExtensionSession, url: string): Promise<{ ms: number; peak: number; resent: boolean }> {
  const sampler = new HeapSampler(session, { serviceWorker: (t) => t.type === 'service_worker' });
  try {
    const { ms, resent } = await timeClickInFreshTab(session, url);
    return { ms, resent, peak: (await sampler.stop()).peak.serviceWorker };
  } finally {
    await sampler.stop();
  }
}

async function workerHeap(session: ExtensionSession): Promise<{ used: number; afterGc: number }> {
  const info = await serviceWorkerTarget(session);
  if (!info) throw new Error('the service worker stopped before its heap could be read after the clicks');
  const worker = await AttachedTarget.attach(session, info);
  try {
    return { used: await worker.heapUsed(), afterGc: await worker.heapUsedAfterGc() };
  } finally {
    await worker.detach();
  }
}

async function stopWorkerBeforeClick(session: ExtensionSession): Promise<void> {
  await stopServiceWorker(session);
  if (await serviceWorkerRunning(session)) throw new Error('the service worker runs again right after being stopped: the cold click would be warm');
}

export async function measureClicks(session: ExtensionSession, plan: ClickPlan): Promise<ClickSeries> {
  const first = await firstClick(session, plan.url);
  let resent = first.resent ? 1 : 0;
  plan.progress(`first click (index build): ${first.ms.toFixed(0)} ms, worker heap peak ${(first.peak / 2 ** 20).toFixed(0)} MB`);

  const warmMs: number[] = [];
  const warmFrameMs: number[] = [];
  let rewarmed = 0;
  for (let i = 0; i < plan.warmRuns; i++) {
    if (!(await serviceWorkerRunning(session))) {
      rewarmed++;
      await timeClickInFreshTab(session, plan.url);
    }
    const run = await timeClickInFreshTab(session, plan.url);
    warmMs.push(run.ms);
    warmFrameMs.push(run.frameMs);
    if (run.resent) resent++;
    plan.progress(`warm click ${i + 1}/${plan.warmRuns}: ${run.ms.toFixed(0)} ms (frame at ${run.frameMs.toFixed(0)} ms)${run.resent ? ' (first trigger lost, re-sent)' : ''}`);
  }
  const heap = await workerHeap(session);
  plan.progress(`worker heap after the warm clicks: ${(heap.used / 2 ** 20).toFixed(1)} MB, after GC ${(heap.afterGc / 2 ** 20).toFixed(1)} MB`);

  await plan.beforeColdClicks?.();
  const coldMs: number[] = [];
  const coldFrameMs: number[] = [];
  for (let i = 0; i < plan.coldRuns; i++) {
    const run = await timeClickInFreshTab(session, plan.url, () => stopWorkerBeforeClick(session));
    coldMs.push(run.ms);
    coldFrameMs.push(run.frameMs);
    if (run.resent) resent++;
    plan.progress(`cold click ${i + 1}/${plan.coldRuns}: ${run.ms.toFixed(0)} ms (frame at ${run.frameMs.toFixed(0)} ms)${run.resent ? ' (first trigger lost, re-sent)' : ''}`);
  }
  return { firstMs: first.ms, firstPeakHeap: first.peak, warmMs, coldMs, warmFrameMs, coldFrameMs, resent, rewarmed, heapAfterClicks: heap.used, heapAfterGc: heap.afterGc };
}
