// Back to the bundled corpus: everything goes except, when the reader keeps their own, the articles of
// origin 'user' and 'imported' (with the events they are in); then the bundled pack is seeded anew, even if
// it is the pack last seeded. The last deletion can no longer be undone afterwards. Lexicons stay.

import type { CorpusPack } from '../../engine';
import { guardDb } from '../corpus-db-error';
import { BUNDLED_HASH_KEY, bumpRevision, readRevision } from '../meta';
import type { ParallaxDb } from '../schema';
import { bundledRows, seedBundledCorpus } from '../seed-bundled';

export async function resetToBundled(db: ParallaxDb, pack: CorpusPack, keepOwn: boolean): Promise<void> {
  bundledRows(pack); // refuses a broken pack before anything is dropped
  await guardDb('reset the corpus to the bundled articles', () =>
    db.transaction('rw', [db.articles, db.events, db.meta, db.trash], async () => {
      const before = await readRevision(db);
      if (keepOwn) {
        await db.articles.where('origin').equals('bundled').delete();
        const inUse = new Set(await db.articles.orderBy('eventId').uniqueKeys());
        await db.events.filter((e) => !inUse.has(e.id)).delete();
      } else {
        await db.articles.clear();
        await db.events.clear();
      }
      await db.trash.clear();
      await db.meta.delete(BUNDLED_HASH_KEY);
      await seedBundledCorpus(db, pack);
      if ((await readRevision(db)) === before) await bumpRevision(db);
    }),
  );
}
