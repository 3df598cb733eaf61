// Bytes the extension's IndexedDB takes on disk in the browser profile: Chromium keeps each origin's
// databases in Default/IndexedDB/<origin>.indexeddb.leveldb (and .blob for large values).
import fs from 'node:fs';
import path from 'node:path';
import type { ExtensionSession } from '../../e2e/harness/browser';

const SETTLE_POLL_MS = 500;
const SETTLE_READINGS = 4;
const SETTLE_MAX_MS = 30_000;

function bytesUnder(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0; // LevelDB removes compacted files while we walk
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(entry).reduce((sum, name) => sum + bytesUnder(path.join(entry, name)), 0);
}

export function indexedDbBytes(session: ExtensionSession): number {
  const root = path.join(session.profileDir, 'Default', 'IndexedDB');
  const prefix = `chrome-extension_${session.extensionId}_`;
  const dirs = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => name.startsWith(prefix)) : [];
  if (dirs.length === 0) throw new Error(`indexedDbBytes: no ${prefix}* in ${root} (has the extension opened its database? is this profile layout new?)`);
  return dirs.reduce((sum, name) => sum + bytesUnder(path.join(root, name)), 0);
}

/** The size once LevelDB has stopped writing (its log flushed and compactions done): the same reading
 *  SETTLE_READINGS times in a row, or the last reading after SETTLE_MAX_MS. */
export async function settledIndexedDbBytes(session: ExtensionSession): Promise<number> {
  let last = indexedDbBytes(session);
  let same = 1;
  for (const end = Date.now() + SETTLE_MAX_MS; same < SETTLE_READINGS && Date.now() < end; ) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const now = indexedDbBytes(session);
    same = now === last ? same + 1 : 1;
    last = now;
  }
  return last;
}
