// The `meta` table: the corpus revision, bumped by every write so that the background rebuilds its cached
// index only after a change, and the hash of the bundled pack last seeded.

import type { ParallaxDb } from './schema';

export const REVISION_KEY = 'revision';
export const BUNDLED_HASH_KEY = 'bundledPackHash';

export async function readMeta(db: ParallaxDb, key: string): Promise<unknown> {
  return (await db.meta.get(key))?.value;
}

export async function readRevision(db: ParallaxDb): Promise<number> {
  const value = await readMeta(db, REVISION_KEY);
  return typeof value === 'number' ? value : 0;
}

/** Call inside a write transaction that includes `meta`. */
export async function bumpRevision(db: ParallaxDb): Promise<number> {
  const next = (await readRevision(db)) + 1;
  await db.meta.put({ key: REVISION_KEY, value: next });
  return next;
}
