// Extraction on worker threads (./extract-worker.ts), one page per worker at a time, as many workers as cores
// (at most four). Pages wait in a queue; results come back in any order, each to its own caller.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageHints, PageResult } from '../../engine';

type Pending = { resolve: (result: PageResult) => void; reject: (error: Error) => void };
type Job = { id: number; html: string; hints: PageHints } & Pending;

export class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;

  constructor(size = Math.min(4, Math.max(1, availableParallelism()))) {
    const url = new URL('./extract-worker.mjs', import.meta.url);
    for (let i = 0; i < size; i++) {
      // The worker is TypeScript: its starter registers tsx, as the command itself runs through it.
      const worker = new Worker(url);
      worker.on('message', (message: { id: number; result?: PageResult; error?: string }) => {
        const job = this.running.get(worker);
        this.running.delete(worker);
        if (job) {
          if (message.error !== undefined) job.reject(new Error(message.error));
          else job.resolve(message.result!);
        }
        this.idle.push(worker);
        this.pump();
      });
      worker.on('error', (error) => {
        this.running.get(worker)?.reject(error);
        this.running.delete(worker);
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  extract(html: string, hints: PageHints): Promise<PageResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, html, hints, resolve, reject });
      this.pump();
    });
  }

  /** Pages queued or being extracted. */
  get backlog(): number {
    return this.queue.length + this.running.size;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, html: job.html, hints: job.hints });
    }
  }
}
