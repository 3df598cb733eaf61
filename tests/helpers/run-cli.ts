// Runs one of the project's commands as a user would (`tsx src/cli/….ts ARGS` from the repository root) and
// answers its exit code and output instead of throwing on a non-zero exit; and writes input files for it.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(script: string, args: readonly string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(tsx, [script, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliRun;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A fresh temporary folder, and a function that writes a named file into it and answers its path. */
export function inputFiles(prefix: string): { dir: string; file: (name: string, content: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}
