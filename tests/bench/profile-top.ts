// Summarises a V8 CPU profile (from `node --cpu-prof`) as the functions with the most self time, so a
// profile can be read without a browser. Usage: npx tsx tests/bench/profile-top.ts <file.cpuprofile> [count] [path-filter]
// A path filter ("src/engine") leaves out the rest (the corpus generator, tsx's compiler) but keeps shares of the whole.

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function where(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  const file = url ? relative(process.cwd(), url.replace(/^file:\/\//, '')) : '(native)';
  // Line numbers are left out: under tsx they count lines of the compiled module, not of the source file.
  return `${functionName || '(anonymous)'} ${file}`;
}

async function main(path: string | undefined, count: number, filter: string | undefined): Promise<void> {
  if (!path) throw new Error('profile-top: usage: profile-top.ts <file.cpuprofile> [count] [path-filter]');
  const profile = JSON.parse(await readFile(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Self time: each sample's delta belongs to the node on top of the stack at that sample.
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = where(byId.get(id)!);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  const top = [...self].filter(([key]) => !filter || key.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, count);
  process.stdout.write(`| self ms | share | function |\n| --- | --- | --- |\n`);
  for (const [key, us] of top) process.stdout.write(`| ${(us / 1000).toFixed(0)} | ${((us / 1000 / total) * 100).toFixed(1)}% | \`${key}\` |\n`);
  process.stdout.write(`\nprofile length ${(total / 1000).toFixed(1)} s\n`);
}

await main(process.argv[2], Number(process.argv[3] ?? 10), process.argv[4]);
