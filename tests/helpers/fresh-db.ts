// A fresh corpus database per test (fake-indexeddb), so tests never see each other's rows, and the
// clean-up that closes and deletes every one of them.
import { Dexie } from 'dexie';
import { openCorpusDb, type ParallaxDb } from '../../src/db/schema';

const opened: Dexie[] = [];
let counter = 0;

export function freshDb(prefix = 'parallax-test'): ParallaxDb {
  return trackDb(openCorpusDb(`${prefix}-${process.pid}-${++counter}`));
}

/** A database the test opened itself (e.g. under an older schema), deleted with the others. */
export function trackDb<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

export async function deleteFreshDbs(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}
