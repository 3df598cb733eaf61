// How fast the sidebar answers a click, as the ratios issue 15 sets its targets in: the chromium bench's click
// series on the demo page (warm and cold service worker), with the time until the empty sidebar frame is in the
// page and Readability's own parse measured in the same run. Run after `npm run build`:
//   npm run -s measure:sidebar -- [--json] [--sizes bundled,10000] [--runs 20] [--cold-runs 7]
// --json prints one JSON object per corpus size (a JSON list when there are several) on stdout; the bench's
// progress goes to stderr. Targets: warm ≤ 2.0× the frame time, cold ≤ 3.0×.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface BenchJson {
  readability: { firstInTab: number[] } | null;
  corpora: { corpus: string; imported: number; clicks: { warmMs: number[]; coldMs: number[]; warmFrameMs: number[]; coldFrameMs: number[] } }[];
}

export interface SidebarMeasure {
  corpus: string;
  corpusSize: number;
  warmMedianMs: number;
  warmP95Ms: number;
  coldMedianMs: number;
  /** Click → the empty sidebar frame in the page, warm clicks. */
  frameMedianMs: number;
  /** Click → the empty sidebar frame in the page, cold clicks (the worker starts first): what a cold click pays
   *  before anything of the comparison can show. */
  coldFrameMedianMs: number;
  readabilityMedianMs: number | null;
  warmToFrame: number;
  coldToFrame: number;
}

const BUNDLED_ARTICLES = 5;

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

const round = (x: number) => Math.round(x * 10) / 10;

function summarise(bench: BenchJson): SidebarMeasure[] {
  const readability = bench.readability ? round(quantile(bench.readability.firstInTab, 0.5)) : null;
  return bench.corpora.map(({ corpus, imported, clicks }) => {
    const warm = quantile(clicks.warmMs, 0.5);
    const cold = quantile(clicks.coldMs, 0.5);
    const frame = quantile(clicks.warmFrameMs, 0.5);
    return {
      corpus,
      corpusSize: BUNDLED_ARTICLES + imported,
      warmMedianMs: round(warm),
      warmP95Ms: round(quantile(clicks.warmMs, 0.95)),
      coldMedianMs: round(cold),
      frameMedianMs: round(frame),
      coldFrameMedianMs: round(quantile(clicks.coldFrameMs, 0.5)),
      readabilityMedianMs: readability,
      warmToFrame: Math.round((warm / frame) * 100) / 100,
      coldToFrame: Math.round((cold / frame) * 100) / 100,
    };
  });
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const passed = new Set(rest.filter((a) => a.startsWith('--')));
  const defaults = [
    ...(passed.has('--sizes') ? [] : ['--sizes', 'bundled,10000']),
    ...(passed.has('--runs') ? [] : ['--runs', '20']),
    ...(passed.has('--import-runs') ? [] : ['--import-runs', '1']),
  ];
  if (passed.has('--out')) throw new Error('measure-sidebar: --out is chosen here (a temporary folder); leave it out');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-measure-sidebar-'));
  try {
    const bench = path.join(import.meta.dirname, 'chromium-bench.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', bench, ...rest, ...defaults, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`measure-sidebar: the chromium bench failed (exit ${run.status ?? run.signal}); its log is above`);
    const results = summarise(JSON.parse(fs.readFileSync(path.join(out, 'chromium-latest.json'), 'utf8')) as BenchJson);
    if (json) {
      process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results)}\n`);
      return;
    }
    for (const r of results) {
      process.stdout.write(
        `${r.corpus} (${r.corpusSize} articles): warm ${r.warmMedianMs} ms (p95 ${r.warmP95Ms}), cold ${r.coldMedianMs} ms, ` +
          `frame ${r.frameMedianMs} ms (cold ${r.coldFrameMedianMs} ms), Readability ${r.readabilityMedianMs ?? '–'} ms; warm ${r.warmToFrame}× the frame ` +
          `(target ≤ 2.0), cold ${r.coldToFrame}× (target ≤ 3.0)\n`,
      );
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
