// The term index's counters, kept in the `meta` table: how many articles it holds, the next document and
// batch numbers, and the corpus revision it was last brought up to date with.

import { TERM_INDEX_KEY } from './meta-keys';
import type { ParallaxDb } from './schema';

export { TERM_INDEX_KEY } from './meta-keys';

export interface TermIndexState {
  /** Indexed articles that are still in the corpus: the N of the rarity formula. */
  documents: number;
  nextDoc: number;
  nextBatch: number;
  /** The corpus revision of the last completed update; -1 when never updated. */
  revision: number;
  /** How the indexed terms were made (TERM_FORMAT of article-terms.ts): an index of another format is
   *  derived data of an older engine, dropped and built again by the next update. */
  format: number;
}

/** The format of an index that holds nothing yet: the first context to index sets it. */
export const NO_FORMAT_YET = 0;

export const EMPTY_TERM_INDEX: TermIndexState = { documents: 0, nextDoc: 0, nextBatch: 0, revision: -1, format: NO_FORMAT_YET };

/** Indexes written before the format was stored held stems only. */
const UNSTAMPED_FORMAT = 1;

export async function readTermIndexState(db: ParallaxDb): Promise<TermIndexState> {
  const value = (await db.meta.get(TERM_INDEX_KEY))?.value as Partial<TermIndexState> | undefined;
  if (!value || typeof value !== 'object') return { ...EMPTY_TERM_INDEX };
  return { ...EMPTY_TERM_INDEX, ...value, format: typeof value.format === 'number' ? value.format : UNSTAMPED_FORMAT };
}

/** Call inside a write transaction that includes `meta`. */
export async function writeTermIndexState(db: ParallaxDb, state: TermIndexState): Promise<void> {
  await db.meta.put({ key: TERM_INDEX_KEY, value: state });
}
