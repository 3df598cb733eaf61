// The options page may open before the background has seeded the bundled corpus (right after install, or
// after a worker stopped mid-seed): it would show an empty corpus and plan imports against it. Seeding is
// idempotent and transactional (seed-bundled.ts checks the pack's hash inside its write transaction), so the
// page seeds itself when no pack was ever seeded; the background's run then finds nothing to do.

import type { CorpusPack } from '../../engine';
import { BUNDLED_HASH_KEY, readMeta } from '../meta';
import type { ParallaxDb } from '../schema';
import { seedBundledCorpus } from '../seed-bundled';
import { guardDb } from '../corpus-db-error';

export function seededOnce(db: ParallaxDb, pack: () => CorpusPack): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= (async () => {
      const seeded = await guardDb('read the corpus state', () => readMeta(db, BUNDLED_HASH_KEY));
      if (seeded === undefined) await seedBundledCorpus(db, pack());
    })().catch((error: unknown) => {
      done = undefined; // a failed check is tried again by the next read
      throw error;
    });
    return done;
  };
}
