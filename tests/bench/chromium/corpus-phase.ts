// One corpus size, start to finish, in one fresh browser profile: the bundled corpus alone, or a generated pack
// imported through the options page (several times, each in a fresh profile, for the import figures; the last
// import's profile then serves the clicks). Also the database's size on disk before and after the import.
import os from 'node:os';
import { launchExtension, type ExtensionSession } from '../../e2e/harness/browser';
import { OptionsPage } from '../../e2e/pages/options-page';
import { measureClicks, type ClickPlan, type ClickSeries } from './click-series';
import { settledIndexedDbBytes } from './indexeddb-size';
import { importThroughOptionsPage, type ImportRun } from './options-import';
import type { CachedPack } from './packs';

export interface CorpusResult {
  /** "bundled", "10k", "50k". */
  corpus: string;
  /** Articles imported on top of the bundled corpus (0 for the bundled corpus alone). */
  imported: number;
  imports: ImportRun[];
  /** The extension's IndexedDB on disk with the bundled corpus, and after each import, bytes. */
  dbBytesBefore: number[];
  dbBytesAfter: number[];
  clicks: ClickSeries;
  /** 1-minute load average of the machine when the phase started and ended: other work skews the timings. */
  loadAverage: { start: number; end: number };
}

export interface CorpusPlan {
  corpus: string;
  extensionDir: string;
  pack: CachedPack | null;
  importRuns: number;
  clicks: ClickPlan;
}

const VIEWPORT = { width: 1280, height: 900 };

/** The database once the bundled corpus is seeded (the Overview counts it), on disk. */
async function seededDbBytes(session: ExtensionSession): Promise<number> {
  const options = await OptionsPage.open(session, 'overview');
  try {
    await options.overviewCount('Articles');
  } finally {
    await options.page.close();
  }
  return settledIndexedDbBytes(session);
}

/** One import into a fresh profile; the session is returned open for the caller to use or close. */
async function importOnce(plan: CorpusPlan, pack: CachedPack, run: number, result: CorpusResult): Promise<ExtensionSession> {
  const session = await launchExtension({ extensionDir: plan.extensionDir, viewport: VIEWPORT, emulateLocale: false });
  try {
    result.dbBytesBefore.push(await seededDbBytes(session));
    const imported = await importThroughOptionsPage(session, pack.file, pack.articles, { sampleHeap: true });
    result.imports.push(imported);
    result.dbBytesAfter.push(await settledIndexedDbBytes(session));
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
    plan.clicks.progress(
      `import ${run}/${plan.importRuns}: ${imported.articlesPerSecond.toFixed(0)} articles/s (${(imported.totalMs / 1000).toFixed(1)} s), ` +
        `longest task ${imported.longestMs.toFixed(0)} ms, heap peaks: worker ${mb(imported.heap!.peak.serviceWorker)} MB, ` +
        `options page ${mb(imported.heap!.peak.optionsPage)} MB, import worker ${mb(imported.heap!.peak.importWorker)} MB; ` +
        `database ${mb(result.dbBytesBefore.at(-1)!)} → ${mb(result.dbBytesAfter.at(-1)!)} MB`,
    );
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}

export async function runCorpusPhase(plan: CorpusPlan): Promise<CorpusResult> {
  const result: CorpusResult = { corpus: plan.corpus, imported: plan.pack?.articles ?? 0, imports: [], dbBytesBefore: [], dbBytesAfter: [], clicks: undefined as never, loadAverage: { start: os.loadavg()[0]!, end: 0 } };
  let session: ExtensionSession;
  if (plan.pack) {
    for (let run = 1; ; run++) {
      session = await importOnce(plan, plan.pack, run, result);
      if (run === plan.importRuns) break;
      await session.close();
    }
  } else {
    session = await launchExtension({ extensionDir: plan.extensionDir, viewport: VIEWPORT, emulateLocale: false });
  }
  try {
    result.clicks = await measureClicks(session, plan.clicks);
    result.loadAverage.end = os.loadavg()[0]!;
    return result;
  } finally {
    await session.close();
  }
}
