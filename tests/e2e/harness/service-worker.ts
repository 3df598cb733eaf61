// Stops the extension's MV3 service worker the way Chromium does when it has been idle (~30 s): its global
// scope, memory and open ports are gone, and the next event (a message, a toolbar click) starts a fresh one.
//
// How (checked with Chromium 156 and playwright-core 1.65): the browser-level CDP session has no ServiceWorker
// domain, but a page session of one of our own extension pages does, and it sees our worker's version. We
// open such a page, ask for our worker's version, send ServiceWorker.stopWorker for it and wait for Chromium to
// report that version `stopped` (its devtools target disappears at the same time). A restarted worker keeps the
// same target id; Playwright 1.65's Worker object follows it into the new global scope.
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from './browser';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

interface TargetInfo {
  type: string;
  url: string;
}

const STOP_TIMEOUT_MS = 10_000;

function isOurs(session: ExtensionSession, scriptUrl: string): boolean {
  return scriptUrl.startsWith(`chrome-extension://${session.extensionId}/`);
}

/** True while our extension's service worker is alive (started and not yet stopped). */
export async function serviceWorkerRunning(session: ExtensionSession): Promise<boolean> {
  const { targetInfos } = (await session.browserCdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.some((t) => t.type === 'service_worker' && isOurs(session, t.url));
}

/** Stops our extension's service worker and resolves once Chromium reports it stopped. */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  // Any page of our own origin gives a ServiceWorker domain in the extension's storage partition; the manifest
  // is always there and runs no script of ours.
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
    const cdp = await session.context.newCDPSession(page);
    try {
      await stopOurWorker(session, cdp);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  } finally {
    await closeQuietly(page);
  }
}

async function stopOurWorker(session: ExtensionSession, cdp: CDPSession): Promise<void> {
  const latest = new Map<string, WorkerVersion>();
  // Remembered, not read off `latest`: a sidebar's retry may start the same version again right after it stops.
  const stoppedSinceRequest = new Set<string>();
  let stopRequested = false;
  const waiters: Array<() => void> = [];
  cdp.on('ServiceWorker.workerVersionUpdated' as never, (event: { versions: WorkerVersion[] }) => {
    for (const version of event.versions) {
      if (!isOurs(session, version.scriptURL)) continue;
      latest.set(version.versionId, version);
      if (stopRequested && version.runningStatus === 'stopped') stoppedSinceRequest.add(version.versionId);
    }
    for (const wake of waiters.splice(0)) wake();
  });
  const until = async (what: string, condition: () => boolean): Promise<void> => {
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (!condition()) {
      const left = deadline - Date.now();
      if (left <= 0) {
        const seen = [...latest.values()].map((v) => `${v.versionId}: ${v.runningStatus}`).join(', ') || 'none';
        throw new Error(`stopServiceWorker: ${what} within ${STOP_TIMEOUT_MS} ms (versions of ${session.extensionId}: ${seen})`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };

  // enable reports every registered version at once, as events.
  await cdp.send('ServiceWorker.enable' as never);
  await until('Chromium reported no version of our service worker', () => latest.size > 0);
  const live = [...latest.values()].filter((v) => v.runningStatus !== 'stopped');
  stopRequested = true;
  for (const version of live) {
    await cdp.send('ServiceWorker.stopWorker' as never, { versionId: version.versionId } as never);
  }
  await until('our service worker did not stop', () => live.every((v) => stoppedSinceRequest.has(v.versionId)));
  await cdp.send('ServiceWorker.disable' as never).catch(() => undefined);
}

async function closeQuietly(page: Page): Promise<void> {
  await page.close().catch(() => undefined);
}
