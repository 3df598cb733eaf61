// Issue 16's hostile inputs, answered by the `compare` command as a reader runs it: each input is written to a
// temporary file and `compare` runs in a child process of its own, under GNU time, so that the wall time and
// the peak resident memory are the command's whole cost (parsing, extraction, comparison). Prints a Markdown
// table; the figures go into BENCHMARKS.md ("Hostile inputs"). Not part of `npm test`: tests assert outcomes
// (which bounded path was taken, which message), never timings.
// Usage: npx tsx tests/bench/hostile-inputs.ts [--runs 3] [--timeout-s 120] [--only name,name]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BRIEFS, briefHtml } from '../fixtures/briefs';
import { median } from './bench-lib/stats';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EVAL_PAGES = resolve(ROOT, '..', 'shared', 'eval', 'pages', 'readability');

interface HostileInput {
  name: string;
  what: string;
  /** A file name (its extension decides how `compare` reads it) and its bytes; or a path to read in place. */
  file: string;
  bytes?: () => Buffer;
}

/** A German report's sentences, from the first seed article, as one line: realistic text without line breaks. */
function seedSentences(): string {
  const text = readFileSync(join(ROOT, 'seeds', '000_7965f9ab23ab5937.txt'), 'utf8');
  return text.replace(/\s+/g, ' ').trim();
}

function repeatTo(unit: string, bytes: number, joiner = ' '): string {
  const copies = Math.ceil(bytes / Buffer.byteLength(unit + joiner));
  return Array.from({ length: copies }, () => unit).join(joiner);
}

export const HOSTILE_INPUTS: HostileInput[] = [
  { name: 'baseline', what: 'baseline: a seed report (.txt, read in place)', file: join(ROOT, 'seeds', '000_7965f9ab23ab5937.txt') },
  { name: 'single-line-5mb', what: '5 MB of German sentences on one line (.txt)', file: 'single-line.txt', bytes: () => Buffer.from(repeatTo(seedSentences(), 5 * 1024 * 1024)) },
  { name: 'one-word-5mb', what: '5 MB without a space or a sentence end (.txt)', file: 'one-word.txt', bytes: () => Buffer.from('Wort'.repeat(5 * 1024 * 1024 / 4)) },
  { name: 'nested-100k', what: '100,000 nested <div>s around a paragraph (.html)', file: 'nested.html', bytes: () => Buffer.from(`<!doctype html><html><head><title>Tief</title></head><body>${'<div>'.repeat(100_000)}<p>${seedSentences().slice(0, 2000)}</p>${'</div>'.repeat(100_000)}</body></html>`) },
  { name: 'elements-1m', what: '1,000,000 elements, no article (.html)', file: 'million.html', bytes: () => Buffer.from(`<!doctype html><html><head><title>Liste</title></head><body>${'<span>Wort</span>'.repeat(1_000_000)}</body></html>`) },
  { name: 'elements-1m-article', what: '1,000,000 elements after an <article> (.html)', file: 'million-article.html', bytes: () => Buffer.from(`<!doctype html><html lang="de"><head><title>Bericht</title></head><body><article><h1>Bericht</h1>${seedSentences().split(/(?<=\.) /).slice(0, 20).map((s) => `<p>${s}</p>`).join('')}</article><section>${'<span>Wort</span>'.repeat(1_000_000)}</section></body></html>`) },
  { name: 'chinese-brief', what: 'a Chinese brief of two short paragraphs (.html)', file: 'brief-zh.html', bytes: () => Buffer.from(briefHtml(BRIEFS.zh)) },
  { name: 'qq-gb2312', what: 'Readability\'s qq page, declared gb2312 (.html, read in place)', file: join(EVAL_PAGES, 'qq', 'source.html') },
];

interface Measure {
  seconds: number;
  /** User + system CPU time: less sensitive than the wall time to other work on the machine. */
  cpuSeconds: number;
  maxRssMb: number;
  exit: number;
  /** The command's first line of output (stderr when it failed). */
  answer: string;
}

function runCompare(file: string, timeoutS: number): Measure {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'timeout', String(timeoutS), process.execPath, '--import', 'tsx', 'src/cli/compare.ts', file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = result.stderr.trim().split('\n');
  const [seconds, user, system, rssKb] = (lines.pop() ?? '0 0 0 0').split(' ').map(Number);
  const exit = result.status ?? -1;
  const out = exit === 0 ? result.stdout : lines.join('\n');
  const answer = exit === 124 ? `(no answer within ${timeoutS} s)` : (out.split('\n').find((l) => l.trim() !== '') ?? '').slice(0, 140);
  return { seconds: seconds ?? 0, cpuSeconds: (user ?? 0) + (system ?? 0), maxRssMb: Math.round((rssKb ?? 0) / 1024), exit, answer };
}

interface ReadMeasure {
  ms: number;
  maxRssMb: number;
  answer: string;
}

/** readArticleFile alone, in a child process of its own (see bench-lib/read-one.ts). */
function runRead(file: string, timeoutS: number): ReadMeasure | null {
  const result = spawnSync('timeout', [String(timeoutS), process.execPath, '--import', 'tsx', 'tests/bench/bench-lib/read-one.ts', file], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? (JSON.parse(result.stdout) as ReadMeasure) : null;
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const runs = Number(flag('--runs') ?? 3);
  const timeoutS = Number(flag('--timeout-s') ?? 120);
  const only = flag('--only')?.split(',');
  const dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
  const rows: string[] = ['| input | compare: wall s, median (runs) | CPU s | max RSS MB | exit | reading the file alone: ms, median | its max RSS MB | answer |', '|---|---|---|---|---|---|---|---|'];
  try {
    for (const input of HOSTILE_INPUTS) {
      if (only && !only.includes(input.name)) continue;
      const path = input.bytes ? join(dir, input.file) : input.file;
      if (input.bytes) writeFileSync(path, input.bytes());
      const measures: Measure[] = [];
      for (let i = 0; i < runs; i++) {
        measures.push(runCompare(path, timeoutS));
        process.stderr.write(`[hostile] ${input.name} run ${i + 1}: ${measures.at(-1)!.seconds} s (CPU ${measures.at(-1)!.cpuSeconds.toFixed(2)} s), ${measures.at(-1)!.maxRssMb} MB, exit ${measures.at(-1)!.exit}\n`);
        if (measures.at(-1)!.exit === 124) break; // a timeout is not worth repeating
      }
      const last = measures.at(-1)!;
      const reads: ReadMeasure[] = [];
      for (let i = 0; i < runs; i++) {
        const read = runRead(path, timeoutS);
        if (read) reads.push(read);
      }
      const readMs = reads.length ? median(reads.map((r) => r.ms)).toFixed(0) : '–';
      const readRss = reads.length ? Math.max(...reads.map((r) => r.maxRssMb)) : '–';
      const seconds = median(measures.map((m) => m.seconds));
      const rss = Math.max(...measures.map((m) => m.maxRssMb));
      const cpu = median(measures.map((m) => m.cpuSeconds));
      const answer = (last.exit === 124 || !reads[0] ? last.answer : reads[0].answer).replace(/\|/g, '\\|');
      rows.push(`| ${input.what} | ${seconds.toFixed(2)} (${measures.length}) | ${cpu.toFixed(2)} | ${rss} | ${last.exit} | ${readMs} | ${readRss} | ${answer} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main();
