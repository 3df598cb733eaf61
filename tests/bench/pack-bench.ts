// Benchmarks the pack command on a local web archive: N generated multi-outlet news pages (default 1,000),
// rendered as an outlet's site serves them and written into a WARC.gz with warcio, then `parallax-pack
// crawl.warc.gz --out pack.json` in a child process: pages per second for extraction, clustering and writing
// the pack, and the child's peak memory (resident set of the main thread and its extraction workers).
// Usage: npx tsx tests/bench/pack-bench.ts [--pages 1000] [--seed 3]

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from 'node:path';
import type { CorpusPack } from '../../src/engine/corpus/pack-format';
import { articleFromHtml } from '../../src/engine/corpus/harvest/page-article';
import { parseHtmlWithLinkedom } from '../../src/cli/pack/html-dom';
import { articlePage, writeWarc } from '../helpers/news-sites/render';
import { generateCorpus } from './generate-corpus';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const pages = option('pages', 1000);
const seed = option('seed', 3);
const root = join(import.meta.dirname, '..', '..');
const dir = await mkdtemp(join(tmpdir(), 'parallax-pack-bench-'));
try {
  const { pack } = generateCorpus({ articles: pages, seed });
  const warc = await writeWarc(pack.articles.map((a) => ({ url: `https://news.test/${a.id}.html`, body: articlePage(a) })), true);
  const warcPath = join(dir, 'crawl.warc.gz');
  await writeFile(warcPath, warc);
  // The per-document step alone, on this thread: CPU time per page does not depend on the machine's load.
  const cpuBefore = process.cpuUsage();
  for (const a of pack.articles) articleFromHtml(articlePage(a), parseHtmlWithLinkedom, { url: `https://news.test/${a.id}.html` });
  const cpuAfter = process.cpuUsage(cpuBefore);
  const extractCpu = (cpuAfter.user + cpuAfter.system) / 1e6;
  const out = join(dir, 'pack.json');
  // GNU time's format is not there on every machine: the child reports its own peak RSS on exit.
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', join(import.meta.dirname, 'bench-lib', 'report-max-rss.mjs'), join(root, 'src/cli/pack/pack.ts'), warcPath, '--out', out], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`pack command failed (${code}):\n${stderr}`);
  const built = JSON.parse(await readFile(out, 'utf8')) as CorpusPack;
  const maxRss = Number(/max-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  const cpuSeconds = Number(/cpu-us (\d+)/.exec(stderr)?.[1] ?? NaN) / 1e6;
  const report = [
    `pages in the WARC.gz: ${pages} (${(warc.byteLength / 1048576).toFixed(1)} MB), seed ${seed}`,
    `articles in the pack: ${built.articles.length} in ${built.events.length} events, ${((await stat(out)).size / 1048576).toFixed(1)} MB`,
    `wall time (process start to exit, extraction + clustering + write): ${seconds.toFixed(1)} s`,
    `pages per second: ${(pages / seconds).toFixed(1)}`,
    `extraction alone (one thread, in process): ${extractCpu.toFixed(1)} CPU-s = ${(pages / extractCpu).toFixed(1)} pages per CPU-second`,
    `CPU time (all threads): ${cpuSeconds.toFixed(1)} s = ${(pages / cpuSeconds).toFixed(1)} pages per CPU-second`,
    `peak memory (max RSS of the process, workers included): ${maxRss.toFixed(0)} MB`,
    `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, load average during the run ${loadavg()[0]!.toFixed(1)} (1 min, at the end)`,
  ];
  console.log(report.join('\n'));
  console.log(stdout.split("\n").filter((l) => l.startsWith("time:") || l.includes("written")).join("\n"));
} finally {
  await rm(dir, { recursive: true, force: true });
}
