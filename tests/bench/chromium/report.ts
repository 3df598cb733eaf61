// The benchmark's results as rows (measure, corpus, median, p95, runs, target, met?) and their Markdown and
// JSON files. Targets are the issue's; a "never"/"stays under" target is checked against the worst run.
import fs from 'node:fs';
import path from 'node:path';
import { median, percentile } from '../bench-lib/stats';
import type { CorpusResult } from './corpus-phase';
import type { Machine } from './machine';
import type { ReadabilityTimes } from './readability-floor';

type Unit = 'ms' | 'articles/s' | 'bytes' | 'ratio';

interface Target {
  text: string;
  /** Which figure the target is checked against. */
  on: 'median' | 'worst';
  met: (value: number) => boolean;
}

export interface Row {
  measure: string;
  corpus: string;
  unit: Unit;
  median: number;
  p95: number;
  runs: number;
  target: string | null;
  met: boolean | null;
}

export interface BenchResults {
  command: string;
  machine: Machine;
  settings: Record<string, unknown>;
  readability: ReadabilityTimes | null;
  corpora: CorpusResult[];
  rows: Row[];
  durationS: number;
}

const MB = 2 ** 20;
const under = (limit: number, text: string, on: Target['on'] = 'median'): Target => ({ text, on, met: (v) => v < limit });
const atMost = (limit: number, text: string, on: Target['on'] = 'median'): Target => ({ text, on, met: (v) => v <= limit });
const atLeast = (limit: number, text: string): Target => ({ text, on: 'median', met: (v) => v >= limit });

function row(measure: string, corpus: string, unit: Unit, values: number[], target: Target | null = null): Row {
  const worst = unit === 'articles/s' ? Math.min(...values) : Math.max(...values);
  const figure = target?.on === 'worst' ? worst : median(values);
  return { measure, corpus, unit, median: median(values), p95: percentile(values, 95), runs: values.length, target: target?.text ?? null, met: target ? target.met(figure) : null };
}

const WARM_TARGETS: Record<string, Target> = { '10k': under(150, '< 150 ms'), '50k': under(300, '< 300 ms') };
const COLD_TARGETS: Record<string, Target> = { '10k': under(400, '< 400 ms') };
const MEMORY_TARGET = under(100 * MB, '< 100 MB (worst run)', 'worst');

function corpusRows(c: CorpusResult, floorMs: number | null): Row[] {
  const rows = [
    row('click → filled sidebar, warm', c.corpus, 'ms', c.clicks.warmMs, WARM_TARGETS[c.corpus] ?? null),
    row('click → filled sidebar, cold worker', c.corpus, 'ms', c.clicks.coldMs, COLD_TARGETS[c.corpus] ?? null),
    row('of which click → sidebar frame in the page, warm', c.corpus, 'ms', c.clicks.warmFrameMs),
    row('first click after load (index built)', c.corpus, 'ms', [c.clicks.firstMs]),
  ];
  if (floorMs !== null) {
    rows.push(row('headline ratio: warm click / Readability', c.corpus, 'ratio', c.clicks.warmMs.map((ms) => ms / floorMs)));
    rows.push(row('ratio: cold click / Readability', c.corpus, 'ratio', c.clicks.coldMs.map((ms) => ms / floorMs)));
  }
  const memoryTarget = c.corpus === '50k' ? MEMORY_TARGET : null;
  rows.push(
    row('service worker JS heap after clicks', c.corpus, 'bytes', [c.clicks.heapAfterClicks], memoryTarget),
    row('service worker JS heap after clicks, after GC', c.corpus, 'bytes', [c.clicks.heapAfterGc], memoryTarget),
    row('service worker JS heap peak, first click', c.corpus, 'bytes', [c.clicks.firstPeakHeap], memoryTarget),
  );
  if (c.imports.length === 0) return rows;
  const is10k = c.corpus === '10k';
  const imports = c.imports;
  rows.push(
    row('import throughput (options page)', c.corpus, 'articles/s', imports.map((r) => r.articlesPerSecond), is10k ? atLeast(1000, '≥ 1,000 articles/s') : null),
    row('longest main-thread task, options page, during import', c.corpus, 'ms', imports.map((r) => r.longestMs), is10k ? atMost(100, '≤ 100 ms (worst run)', 'worst') : null),
    row('longest main-thread task, 3 s after import', c.corpus, 'ms', imports.map((r) => r.afterLongestMs), is10k ? atMost(100, '≤ 100 ms (worst run)', 'worst') : null),
    row('service worker JS heap peak, import', c.corpus, 'bytes', imports.map((r) => r.heap!.peak.serviceWorker), memoryTarget),
    row('options page JS heap peak, import', c.corpus, 'bytes', imports.map((r) => r.heap!.peak.optionsPage)),
    row('import worker JS heap peak, import', c.corpus, 'bytes', imports.map((r) => r.heap!.peak.importWorker)),
    row('database on disk per 1,000 articles', c.corpus, 'bytes', c.dbBytesAfter.map((after, i) => ((after - c.dbBytesBefore[i]!) / c.imported) * 1000)),
  );
  return rows;
}

export function buildRows(readability: ReadabilityTimes | null, corpora: CorpusResult[]): Row[] {
  const floorMs = readability ? median(readability.firstInTab) : null;
  const rows: Row[] = [];
  if (readability) {
    rows.push(row('Readability parse, first in a fresh tab (the floor)', 'page only', 'ms', readability.firstInTab));
    rows.push(row('Readability parse, repeated in one tab', 'page only', 'ms', readability.repeated));
  }
  return rows.concat(corpora.flatMap((c) => corpusRows(c, floorMs)));
}

function format(unit: Unit, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value >= 10 ? 0 : 1)} ms`;
  if (unit === 'articles/s') return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
  if (unit === 'bytes') return value >= MB ? `${(value / MB).toFixed(1)} MB` : `${(value / 1024).toFixed(0)} KB`;
  return `${value.toFixed(1)}×`;
}

function markdown(results: BenchResults): string {
  const m = results.machine;
  const lines = [
    '# Chromium benchmark: the built extension in a real browser',
    '',
    `- Date: ${m.date}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}`,
    `- Chromium ${m.chromium} (headless=new), Node ${m.node}, extension built from ${m.commit}`,
    `- Command: \`${results.command}\` (${Math.round(results.durationS)} s)`,
    `- Settings: ${Object.entries(results.settings).map(([k, v]) => `${k} ${String(v)}`).join(', ')}`,
    '',
    '| measure | corpus | median | p95 | runs | target | met? |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...results.rows.map((r) =>
      `| ${r.measure} | ${r.corpus} | ${format(r.unit, r.median)} | ${format(r.unit, r.p95)} | ${r.runs} | ${r.target ?? '–'} | ${r.met === null ? '–' : r.met ? 'yes' : '**no**'} |`,
    ),
    '',
    `Other work on the machine while each corpus was measured (1-minute load average at its start → end; the browser runs held the team's e2e lock, other processes were not stopped): ${results.corpora.map((c) => `${c.corpus} ${c.loadAverage.start.toFixed(1)} → ${c.loadAverage.end.toFixed(1)}`).join(', ')}.`,
    '',
    '## How each figure is taken',
    '',
    '- **click → filled sidebar**: from sending the toolbar click (CDP `Extensions.triggerAction`, as a real click) to the first fact row visible in the sidebar frame, on tests/e2e/pages-html/' +
      `${String(results.settings.page)}. Every click is in a freshly opened tab, so extraction and comparison run anew (the background caches comparisons per click token, never per URL: no query string is needed). ` +
      '**warm**: the service worker is running and has its index (an untimed first click built it; its time is the "first click" row). **cold worker**: the service worker is stopped (CDP `ServiceWorker.stopWorker`, tests/e2e/harness/service-worker.ts) after the tab has loaded and before the click. ' +
      'A click whose trigger was lost (no sidebar within 4 s; about one in ten) is re-sent once and timed from the re-send.',
    '- **Readability**: node_modules/@mozilla/readability/Readability.js injected into the same page, `new Readability(document.cloneNode(true)).parse()` timed in the page; "first in a fresh tab" is the first parse after the page loads (nothing compiled yet, as for the content script on a click) and is the floor of the ratios; "repeated" is later parses in one tab.',
    '- **import**: the generated pack chosen in the options page\'s Import file input, the plan, "Import N articles", until the result shows; each run in a fresh profile holding the bundled corpus. Long tasks: a `longtask` PerformanceObserver installed before the page\'s scripts.',
    '- **JS heap**: `Runtime.getHeapUsage` (used size) of each target, sampled every ~100 ms through a browser-level CDP attachment: the service worker, the options page, the import worker. "after GC" follows `HeapProfiler.collectGarbage`.',
    '- **database on disk**: the profile\'s Default/IndexedDB/chrome-extension_<id>_* directories once LevelDB stops writing, after minus before the import, per 1,000 imported articles.',
    '- Generated packs: tests/bench/generate-corpus.ts (the pack\'s events are the generator\'s true labels), cached in the temp directory by size, seed and generator source.',
    '',
  ];
  return lines.join('\n');
}

export function writeResults(outDir: string, results: BenchResults): { md: string; json: string } {
  fs.mkdirSync(outDir, { recursive: true });
  const md = path.join(outDir, 'chromium-latest.md');
  const json = path.join(outDir, 'chromium-latest.json');
  fs.writeFileSync(md, markdown(results));
  fs.writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  return { md, json };
}
