// The corpus management operations of the options page (the CorpusAdmin contract, ../corpus-admin-api.ts),
// wired from one file per concern. Reads of the whole corpus go through one snapshot per revision.

import type { CorpusAdmin } from '../corpus-admin-api';
import { bundledPack } from '../bundled-pack';
import type { CorpusPack } from '../../engine';
import type { ParallaxDb } from '../schema';
import { addArticle } from './add-article';
import { SnapshotCache } from './corpus-snapshot';
import { deleteArticles, deleteEvent, deleteOutlet } from './delete';
import { seededOnce } from './ensure-seeded';
import { getArticle, updateArticle } from './edit-article';
import { exportPack } from './export';
import { applyImport } from './import-apply';
import { planImport } from './import-plan';
import { queryArticles } from './list-articles';
import { moveArticle } from './move-article';
import { overviewOf } from './overview';
import { resetToBundled } from './reset';
import { undoLastDeletion } from './undo';
import { loadUserLexicon, saveUserLexicon } from './user-lexicon';

export interface CorpusAdminOptions {
  /** The pack a reset seeds; the bundled corpus unless a test gives another. */
  bundledPack?: () => CorpusPack;
  /** The clock of an export's createdAt. */
  now?: () => Date;
  /** Seed the bundled pack before the first read if no pack was ever seeded (the options page: see
   *  ./ensure-seeded.ts). Off by default, so a test's empty database stays empty. */
  seedIfNeverSeeded?: boolean;
}

export function createCorpusAdmin(db: ParallaxDb, options: CorpusAdminOptions = {}): CorpusAdmin {
  const snapshots = new SnapshotCache(db);
  const pack = options.bundledPack ?? bundledPack;
  const seeded = options.seedIfNeverSeeded ? seededOnce(db, pack) : () => Promise.resolve();
  return {
    overview: async () => {
      await seeded();
      return overviewOf(await snapshots.current());
    },
    listArticles: async (query) => {
      await seeded();
      return queryArticles(await snapshots.current(), query);
    },
    getArticle: (id) => getArticle(db, id),
    updateArticle: (id, patch) => updateArticle(db, id, patch),
    moveArticle: (id, placement) => moveArticle(db, id, placement),
    addArticle: (article) => addArticle(db, snapshots, article),
    planImport: async (source, text, onProgress) => {
      await seeded();
      return planImport(db, snapshots, source, text, onProgress);
    },
    applyImport: (plan, onProgress) => applyImport(db, plan, onProgress),
    exportPack: (articleIds) => exportPack(db, articleIds, options.now),
    deleteArticles: (ids) => deleteArticles(db, ids),
    deleteEvent: (eventId) => deleteEvent(db, eventId),
    deleteOutlet: (outlet) => deleteOutlet(db, outlet),
    undoLastDeletion: () => undoLastDeletion(db),
    resetToBundled: ({ keepOwn }) => resetToBundled(db, pack(), keepOwn),
    userLexicon: (language) => loadUserLexicon(db, language),
    saveUserLexicon: (lexicon) => saveUserLexicon(db, lexicon),
  };
}
