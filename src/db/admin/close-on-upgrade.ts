// A page's (or worker's) corpus connection steps aside when a newer Parallax upgrades the database. Dexie's own
// handler closes the connection too, but reopens it on the next query: a page of the old version would then
// go on writing a database whose newer tables (the term index) it does not know, leaving them stale. Closing
// for good and telling the page to reload is the only safe answer.

import type { Dexie } from 'dexie';

/** Closes `db` for good when another connection upgrades or deletes the database, so that the upgrade is not
 *  blocked. Resolves once that happened: the page then says "reload". Later queries fail with Dexie's
 *  DatabaseClosedError instead of reopening the database under the old schema. */
export function closeOnUpgrade(db: Dexie): Promise<void> {
  return new Promise((resolve) => {
    db.on('versionchange', () => {
      db.close({ disableAutoOpen: true });
      resolve();
      // false: Dexie's default handler (close, then reopen on the next query) must not run after ours.
      return false;
    });
  });
}
