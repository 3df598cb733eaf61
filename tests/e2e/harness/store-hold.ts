// Holds one object store of the extension's database in a readwrite transaction, from an extension page of
// its own, until released. IndexedDB runs transactions with overlapping scopes in the order they were asked
// for, so every later transaction that touches the store (an import's write, a comparison's read) waits
// behind the hold: a test can make "while the import is still running" true by the database's own locking,
// not by hoping that one thing outlasts another.
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser';

export interface StoreHold {
  /** Ends the hold; resolves when its transaction has committed. */
  release(): Promise<void>;
}

// A page script (a string: tsx's helpers do not exist in the page). The transaction stays active only while
// it has requests: each read asks the next, until `release` is called. Chromium aborts an *idle* transaction
// that blocks others after 60 s; this one is never idle, and a test holds it for seconds.
const HOLD = `(store) => new Promise((resolve, reject) => {
  const open = indexedDB.open('parallax');
  // Never create the database: that is the extension's job.
  open.onupgradeneeded = () => open.transaction.abort();
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction([store], 'readwrite');
    let released = false;
    const done = new Promise((ok, fail) => {
      tx.oncomplete = () => { db.close(); ok(); };
      tx.onabort = () => { db.close(); fail(tx.error || new Error('the hold on ' + store + ' was aborted')); };
    });
    window.__parallaxHold = { release: () => { released = true; return done; } };
    const next = () => {
      if (released) return;
      tx.objectStore(store).count().onsuccess = next;
    };
    tx.objectStore(store).count().onsuccess = () => { resolve(); next(); };
  };
})`;

/** Starts holding `store`; resolves once the hold's transaction is running (every later one waits). */
export async function holdStore(session: ExtensionSession, store: string): Promise<StoreHold> {
  const page: Page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
  await page.evaluate(`(${HOLD})(${JSON.stringify(store)})`);
  return {
    async release() {
      try {
        await page.evaluate('window.__parallaxHold.release()');
      } finally {
        await page.close();
      }
    },
  };
}
