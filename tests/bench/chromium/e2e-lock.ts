// The team's browser lock (/tmp/parallax-e2e.lock, taken with flock(1) by every e2e run on a shared machine):
// held while this benchmark's browser runs, so no other browser competes for the CPU and skews the timings.
// Held by a `flock … cat` child: the lock lasts until its stdin closes, which also happens if we die.
import { spawn, type ChildProcess } from 'node:child_process';

export const DEFAULT_LOCK_FILE = '/tmp/parallax-e2e.lock';

export interface HeldLock {
  release(): Promise<void>;
}

const NO_LOCK: HeldLock = { release: async () => undefined };

/** Waits for the lock; without flock(1) on this machine (or with `file` null) runs unlocked. */
export function acquireE2eLock(file: string | null, log: (line: string) => void): Promise<HeldLock> {
  if (file === null) return Promise.resolve(NO_LOCK);
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn('flock', [file, 'sh', '-c', 'echo held; exec cat >/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const waiting = setTimeout(() => log(`waiting for ${file} (another browser run holds it)`), 1_000);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(waiting);
      if (error.code !== 'ENOENT') return reject(new Error(`flock ${file}: ${error.message}`));
      log(`flock(1) is not installed: running without ${file}`);
      resolve(NO_LOCK);
    });
    child.once('exit', (code) => reject(new Error(`flock ${file} exited with ${code} before taking the lock`)));
    child.stdout!.once('data', () => {
      clearTimeout(waiting);
      child.removeAllListeners('exit');
      resolve({
        release: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.stdin!.end();
          }),
      });
    });
  });
}
