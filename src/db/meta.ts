// The `meta` table: the corpus revision, bumped by every write so that the background rebuilds its cached
// index only after a change, and the hash of the bundled pack last seeded.

import { REVISION_KEY } from './meta-keys';
import type { ParallaxDb } from './schema';

export { BUNDLED_HASH_KEY, REVISION_KEY } from './meta-keys';

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
