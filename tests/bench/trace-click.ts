// Where a warm click's time goes, across every process: records a Chrome trace (all renderers and the
// extension's service worker) of single warm clicks on the demo page with the bundled corpus, and prints, per
// click, each thread's busy time and its largest tasks on a timeline from the click. For finding what to make
// faster, not a benchmark (one trace per click perturbs the timing a little); the figures to report come from
// `npm run measure:sidebar`. Run after `npm run build`:
//   npx tsx tests/bench/trace-click.ts [--clicks 5] [--cold] [--no-samples] [--out /tmp/parallax-trace]
// --cold stops the service worker before each traced click (the trace then shows its start). --no-samples
// leaves out the CPU profiler: starting it in each new script context (the content scripts' world, the frame)
// costs 25–50 ms there, which moves the steps being timed; marks and task times are then closer to an
// untraced click.
import fs from 'node:fs';
import path from 'node:path';
import { launchExtension } from '../e2e/harness/browser';
import { testServer } from '../e2e/harness/server';
import { stopServiceWorker } from '../e2e/harness/service-worker';
import { timeClickInFreshTab } from './chromium/click-to-sidebar';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const argv = process.argv.slice(2);
const clicks = Number(argv[argv.indexOf('--clicks') + 1] ?? 5) || 5;
const cold = argv.includes('--cold');
const outDir = argv.includes('--out') ? argv[argv.indexOf('--out') + 1]! : '/tmp/parallax-trace';
fs.mkdirSync(outDir, { recursive: true });

const samples = !argv.includes('--no-samples');
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'v8', 'disabled-by-default-v8.compile', ...(samples ? ['disabled-by-default-v8.cpu_profiler'] : [])].join(',');

async function traced<T>(session: Awaited<ReturnType<typeof launchExtension>>, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => events.push(...e.value);
  session.browserCdp.on('Tracing.dataCollected' as never, onData as never);
  await session.browserCdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' } as never);
  const result = await run();
  const done = new Promise<void>((resolve) => session.browserCdp.once('Tracing.tracingComplete' as never, (() => resolve()) as never));
  await session.browserCdp.send('Tracing.end');
  await done;
  session.browserCdp.off('Tracing.dataCollected' as never, onData as never);
  return { result, events };
}

function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  const procs = new Map<number, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'process_labels') procs.set(e.pid, String((e.args as { labels?: string })?.labels ?? ''));
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, `${String((e.args as { name: string }).name)}@${e.pid}${procs.get(e.pid) ? ` ${procs.get(e.pid)}` : ''}`);
  return names;
}

function describe(e: TraceEvent): string {
  const data = (e.args?.data ?? e.args?.beginData ?? {}) as Record<string, unknown>;
  const where = data.url ?? data.fileName ?? data.functionName ?? data.type ?? data.message ?? '';
  return `${e.name}${where ? ` ${String(where).replace(/^chrome-extension:\/\/[a-z]+/, '').slice(0, 90)}` : ''}`;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** CPU samples of each profiled thread (the trace's ProfileChunk events), summed per function: self time and
 *  inclusive time (a function counted once per sample however deep it recurses). */
function profiles(events: TraceEvent[], names: Map<string, string>): string[] {
  const threadOf = new Map<string, string>();
  for (const e of events) if (e.name === 'Profile') threadOf.set(`${e.pid}:${String((e as unknown as { id: string }).id)}`, `${e.pid}:${e.tid}`);
  const perThread = new Map<string, { nodes: Map<number, ProfileNode>; samples: { node: number; dt: number }[] }>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const key = threadOf.get(`${e.pid}:${String((e as unknown as { id: string }).id)}`) ?? `${e.pid}:${e.tid}`;
    const entry = perThread.get(key) ?? { nodes: new Map<number, ProfileNode>(), samples: [] as { node: number; dt: number }[] };
    perThread.set(key, entry);
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile?.nodes ?? []) entry.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    samples.forEach((node, i) => entry.samples.push({ node, dt: data.timeDeltas?.[i] ?? 0 }));
  }
  const lines: string[] = [];
  for (const [key, { nodes, samples }] of perThread) {
    const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').replace(/^chrome-extension:\/\/[a-z]+/, '').replace(/^http:\/\/127[^/]*/, '')}:${(n.callFrame.lineNumber ?? -1) + 1}`;
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let total = 0;
    // A sample's weight is the time to the next sample.
    for (let i = 0; i < samples.length; i++) {
      const ms = (samples[i + 1]?.dt ?? 0) / 1000;
      const node = nodes.get(samples[i]!.node);
      if (!node) continue;
      const name = label(node);
      if (/^\(idle\)|^\(program\)/.test(name)) continue;
      total += ms;
      self.set(name, (self.get(name) ?? 0) + ms);
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = node; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
        const l = label(n);
        if (seen.has(l)) continue;
        seen.add(l);
        inclusive.set(l, (inclusive.get(l) ?? 0) + ms);
      }
    }
    if (total < 5) continue;
    const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, ms]) => `  ${ms.toFixed(1).padStart(6)} ms ${n}`);
    lines.push(`### samples of ${names.get(key) ?? key}: ${total.toFixed(1)} ms`, '- self:', ...top(self, 25), '- inclusive:', ...top(inclusive, 40));
  }
  return lines;
}

function report(events: TraceEvent[], clickMs: { ms: number; frameMs: number }, n: number): string {
  const names = threadNames(events);
  const begin = events.filter((e) => e.ph === 'X' || e.ph === 'B').reduce((m, e) => Math.min(m, e.ts), Infinity);
  const lines = [`## click ${n}: ${clickMs.ms.toFixed(0)} ms (frame ${clickMs.frameMs.toFixed(0)} ms); t = ms from trace start`];
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) if (e.ph === 'X' && e.dur !== undefined) byThread.set(`${e.pid}:${e.tid}`, [...(byThread.get(`${e.pid}:${e.tid}`) ?? []), e]);
  for (const [key, list] of byThread) {
    const tasks = list.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    const busy = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    if (busy < 3) continue;
    lines.push(`### ${names.get(key) ?? key}: busy ${busy.toFixed(1)} ms`);
    const interesting = list
      .filter((e) => (e.dur ?? 0) >= 2000 && !/RunTask|ThreadController|RunMicrotasks|v8\.run|V8\.Execute/.test(e.name))
      .sort((a, b) => a.ts - b.ts);
    for (const e of interesting.slice(0, 40)) lines.push(`- t=${((e.ts - begin) / 1000).toFixed(1)} +${((e.dur ?? 0) / 1000).toFixed(1)} ms ${describe(e)}`);
  }
  const stamps = events.filter((e) => e.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
  if (stamps.length) lines.push('### marks (console.timeStamp)', ...stamps.map((e) => `- t=${((e.ts - begin) / 1000).toFixed(1)} ${String((e.args?.data as { message?: string })?.message)} (${names.get(`${e.pid}:${e.tid}`) ?? ''})`));
  lines.push(...profiles(events, names));
  return lines.join('\n');
}

const server = await testServer();
const session = await launchExtension({ emulateLocale: false });
try {
  const url = server.url('news-trump-putin.html');
  for (let i = 0; i < 3; i++) await timeClickInFreshTab(session, url); // warm the worker and its caches
  const out: string[] = [];
  for (let i = 1; i <= clicks; i++) {
    const { result, events } = await traced(session, () => timeClickInFreshTab(session, url, cold ? () => stopServiceWorker(session) : undefined));
    fs.writeFileSync(path.join(outDir, `click-${i}.json`), JSON.stringify({ traceEvents: events }));
    out.push(report(events, result, i));
  }
  process.stdout.write(`${out.join('\n\n')}\n`);
} finally {
  await session.close();
  await server.close();
}
