// Peak memory of a benchmark section. Timers cannot fire during synchronous engine work, so the bench samples
// explicitly between steps; the process's own maximum RSS (from the kernel) backs the sampled figure up.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
// A gc function obtained after the flag is set; lets each section start from a collected heap.
const collect = runInNewContext('gc') as (() => void) | undefined;

export class MemoryWatch {
  peakRss = 0;
  peakHeap = 0;

  constructor() {
    collect?.();
    this.sample();
  }

  sample(): void {
    const usage = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, usage.rss);
    this.peakHeap = Math.max(this.peakHeap, usage.heapUsed);
  }
}

/** The largest resident set the process has had so far, in bytes. */
export function processMaxRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
