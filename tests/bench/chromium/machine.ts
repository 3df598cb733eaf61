// What the figures were measured on: CPU, memory, the browser's own version, Node, the extension's commit.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { launchExtension } from '../../e2e/harness/browser';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  chromium: string;
  node: string;
  /** The commit the extension was built from, "+ local changes" when the tree was not clean. */
  commit: string;
  date: string;
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + local changes` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export async function describeMachine(extensionDir: string): Promise<Machine> {
  const session = await launchExtension({ extensionDir, emulateLocale: false });
  let chromium: string;
  try {
    chromium = session.context.browser()?.version() ?? 'unknown';
  } finally {
    await session.close();
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium,
    node: process.version,
    commit: commit(),
    date: new Date().toISOString(),
  };
}
