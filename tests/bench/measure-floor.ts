// The floor under issue 15's warm ratio: the same click on the demo page with the comparison costing nothing.
// A copy of the committed tree is built with floor/reuse-comparison.patch (the background reuses the comparison
// it computed for the same article text on an earlier click, so a warm click pays injection, extraction, the
// messages, the frame's boot and the rendering, and no corpus read or comparison), and measure:sidebar runs on
// the as-is build and the floor build alternately, in one sitting. What the click costs beyond the floor is
// what the engine and the database can still win; the floor itself is the pipeline's.
// Run after `npm run build` (the as-is build is .output/chrome-mv3):
//   npm run -s measure:floor -- [--sizes bundled,10000] [--rounds 2] [--runs 20]
// Prints one JSON object: per corpus size and build, the rounds' warm medians and frame medians, and their
// medians. Cold clicks are not floored (a stopped worker forgets what it reused), so the floor build runs one.
// Nothing of this is bundled or shipped; the patch touches only the copy.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Measure {
  corpus: string;
  corpusSize: number;
  warmMedianMs: number;
  frameMedianMs: number;
  warmToFrame: number;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const PATCH = path.join(import.meta.dirname, 'floor', 'reuse-comparison.patch');
const AS_IS = path.join(ROOT, '.output', 'chrome-mv3');

function option(argv: string[], name: string, fallback: string): string {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`measure-floor: --${name} needs a value`);
  return value;
}

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The committed tree, patched and built in a temporary worktree; returns the build's folder. */
function floorBuild(into: string): string {
  run('git', ['worktree', 'add', '--detach', into, 'HEAD'], ROOT);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(into, 'node_modules'));
  try {
    run('git', ['apply', PATCH], into);
  } catch {
    throw new Error(`measure-floor: ${PATCH} no longer applies to src/background/comparisons.ts; mend the patch to the code as it is`);
  }
  run('npx', ['wxt', 'prepare'], into);
  run('npm', ['run', '-s', 'build'], into);
  return path.join(into, '.output', 'chrome-mv3');
}

function measure(build: string, sizes: string, runs: string, coldRuns: string): Measure[] {
  const script = path.join(import.meta.dirname, 'measure-sidebar.ts');
  const args = ['--import', 'tsx', script, '--json', '--sizes', sizes, '--runs', runs, '--cold-runs', coldRuns];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, PARALLAX_EXTENSION_DIR: build }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`measure-floor: measure:sidebar failed on ${build} (exit ${result.status ?? result.signal})`);
  const parsed = JSON.parse(result.stdout) as Measure | Measure[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function main(argv: string[]): void {
  const sizes = option(argv, 'sizes', 'bundled');
  const rounds = Number(option(argv, 'rounds', '2'));
  const runs = option(argv, 'runs', '20');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`measure-floor: --rounds: expected a positive integer, got "${rounds}"`);
  if (!fs.existsSync(path.join(AS_IS, 'manifest.json'))) throw new Error(`measure-floor: no build in ${AS_IS}; run npm run build first`);
  if (execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim()) {
    console.error('measure-floor: the working tree has changes; the floor build is made from the last commit, the as-is build from .output');
  }

  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-floor-'));
  fs.rmSync(tree, { recursive: true });
  try {
    const floor = floorBuild(tree);
    const seen = new Map<string, { asIs: Measure[]; floor: Measure[] }>();
    for (let round = 0; round < rounds; round++) {
      for (const [name, build, coldRuns] of [['asIs', AS_IS, '3'], ['floor', floor, '1']] as const) {
        for (const m of measure(build, sizes, runs, coldRuns)) {
          const entry = seen.get(m.corpus) ?? { asIs: [], floor: [] };
          entry[name].push(m);
          seen.set(m.corpus, entry);
          console.error(`round ${round + 1}, ${name}, ${m.corpus}: warm ${m.warmMedianMs} ms, frame ${m.frameMedianMs} ms (${m.warmToFrame}×)`);
        }
      }
    }
    const summary = [...seen].map(([corpus, { asIs, floor: floored }]) => {
      const of = (ms: Measure[]) => ({
        warmMedianMs: ms.map((m) => m.warmMedianMs),
        frameMedianMs: ms.map((m) => m.frameMedianMs),
        warmToFrame: ms.map((m) => m.warmToFrame),
        medianWarmToFrame: median(ms.map((m) => m.warmToFrame)),
      });
      const asIsOf = of(asIs);
      const floorOf = of(floored);
      return {
        corpus,
        corpusSize: asIs[0]!.corpusSize,
        asIs: asIsOf,
        floor: floorOf,
        /** The click's median beyond the floor's, ms: the corpus read and the comparison. */
        beyondFloorMs: Math.round(median(asIs.map((m) => m.warmMedianMs)) - median(floored.map((m) => m.warmMedianMs))),
      };
    });
    process.stdout.write(`${JSON.stringify(summary.length === 1 ? summary[0] : summary)}\n`);
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
    fs.rmSync(tree, { recursive: true, force: true });
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
