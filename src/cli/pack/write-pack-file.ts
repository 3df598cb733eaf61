// Writes a pack whole or not at all: into a temporary file beside the target, then renamed over it, so an
// interrupted run (Ctrl-C, a full disk, a crash) leaves the previous pack byte for byte as it was.

import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CorpusPack } from '../../engine';

export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
}

export async function writePackFile(path: string, pack: CorpusPack): Promise<number> {
  const text = `${JSON.stringify(pack, null, 1)}\n`;
  const temporary = temporaryPathFor(path);
  try {
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return Buffer.byteLength(text);
}
