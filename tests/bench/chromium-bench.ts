// The Chromium half of the benchmark (issue 6): the built extension in Debian's Chromium, measured as a reader
// uses it. Click → filled sidebar (warm and cold service worker) with the bundled corpus and with generated
// packs imported through the options page, import throughput and long tasks, JS heap of the service worker,
// options page and import worker, database size on disk, and Readability's own extraction as the floor.
// Writes tests/bench/results/chromium-latest.md and .json. Run after `npm run build` (takes minutes):
//   npx tsx tests/bench/chromium-bench.ts [--sizes bundled,10000,50000] [--runs 20] [--cold-runs 7] [--import-runs 3]
// Each browser phase holds /tmp/parallax-e2e.lock (flock), so no other e2e browser competes with it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, launchExtension } from '../e2e/harness/browser';
import { testServer } from '../e2e/harness/server';
import { corpusName, parseBenchOptions, type BenchOptions } from './chromium/bench-options';
import { runCorpusPhase, type CorpusResult } from './chromium/corpus-phase';
import { acquireE2eLock } from './chromium/e2e-lock';
import { describeMachine, type Machine } from './chromium/machine';
import { cachedPack, type CachedPack } from './chromium/packs';
import { timeReadability, type ReadabilityTimes } from './chromium/readability-floor';
import { buildRows, writeResults } from './chromium/report';

const started = performance.now();

function log(line: string): void {
  const s = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[chromium-bench ${s} s] ${line}\n`);
}

/** The build copied now, so a `wxt build` started meanwhile (it empties .output/) cannot pull files from under the browser. */
function snapshotBuild(): string {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR}/manifest.json does not exist: run npm run build first`);
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-build-'));
  fs.cpSync(EXTENSION_DIR, snapshot, { recursive: true });
  return snapshot;
}

/** Runs `run` holding the e2e lock; `letOthersIn` releases it and waits to take it again, so that one
 *  corpus's long measurement does not keep every other browser run waiting for more than ~10 minutes. */
async function locked<T>(options: BenchOptions, what: string, run: (letOthersIn: () => Promise<void>) => Promise<T>): Promise<T> {
  let lock = await acquireE2eLock(options.lockFile, log);
  log(`${what}: started`);
  try {
    return await run(async () => {
      await lock.release();
      lock = await acquireE2eLock(options.lockFile, log);
    });
  } finally {
    await lock.release();
  }
}

function warnAboutRunCounts(options: BenchOptions): void {
  if (options.warmRuns < 15) log(`--runs ${options.warmRuns}: fewer than the 15 warm clicks the issue asks for (a trial run?)`);
  if (options.coldRuns < 7) log(`--cold-runs ${options.coldRuns}: fewer than the 7 cold starts the issue asks for (a trial run?)`);
}

async function main(argv: string[]): Promise<void> {
  const options = parseBenchOptions(argv);
  warnAboutRunCounts(options);
  const extensionDir = snapshotBuild();
  const server = await testServer();
  const corpora: CorpusResult[] = [];
  let readability: ReadabilityTimes | null = null;
  let machine: Machine | undefined;
  const write = () =>
    writeResults(options.outDir, {
      command: `npx tsx tests/bench/chromium-bench.ts ${argv.join(' ')}`.trim(),
      machine: machine!,
      settings: { page: options.page, seed: options.seed, 'warm runs': options.warmRuns, 'cold runs': options.coldRuns, 'imports of 10k': options.importRuns, 'Readability runs': options.readabilityRuns },
      readability,
      corpora,
      rows: buildRows(readability, corpora),
      durationS: (performance.now() - started) / 1000,
    });
  try {
    const packs = new Map<number, CachedPack>();
    for (const size of options.sizes) {
      if (size === 'bundled') continue;
      const pack = cachedPack(size, options.seed, log);
      packs.set(size, pack);
      log(`pack ${corpusName(size)}: ${(pack.bytes / 2 ** 20).toFixed(1)} MB${pack.generated ? '' : ' (cached)'} ${pack.file}`);
    }
    const url = server.url(options.page);
    machine = await locked(options, 'machine', () => describeMachine(extensionDir));
    log(`Chromium ${machine.chromium}, ${machine.cores} cores, Node ${machine.node}, extension from ${machine.commit}`);
    readability = await locked(options, 'Readability floor', async () => {
      const session = await launchExtension({ extensionDir, emulateLocale: false });
      try {
        return await timeReadability(session, url, options.readabilityRuns, log);
      } finally {
        await session.close();
      }
    });
    for (const size of options.sizes) {
      const corpus = corpusName(size);
      const pack = size === 'bundled' ? null : packs.get(size)!;
      const result = await locked(options, `corpus ${corpus}`, (letOthersIn) =>
        runCorpusPhase({
          corpus,
          extensionDir,
          pack,
          importRuns: size === 10_000 ? options.importRuns : 1,
          clicks: {
            url,
            warmRuns: options.warmRuns,
            coldRuns: options.coldRuns,
            beforeColdClicks: letOthersIn,
            progress: (line) => log(`${corpus}: ${line}`),
          },
        }),
      );
      corpora.push(result);
      write(); // after every corpus: a later failure keeps what was measured
    }
    const files = write();
    for (const r of buildRows(readability, corpora)) {
      if (r.met === false) log(`target missed: ${r.measure}, ${r.corpus} (${r.target})`);
    }
    log(`done: ${files.md} and ${files.json}`);
  } finally {
    await server.close();
    fs.rmSync(extensionDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`chromium-bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
