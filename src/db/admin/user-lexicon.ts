// The reader's own framing lexicon, one per primary language ("de" serves "de-AT"), validated like the
// bundled ones. The engine merges it over the bundled lexicon (mergeLexicons).

import { parseLexicon, type Lexicon } from '../../engine';
import { CorpusDbError, guardDb } from '../corpus-db-error';
import { bumpRevision } from '../meta';
import { sameRecord } from '../rows';
import type { ParallaxDb } from '../schema';

export function lexiconKey(language: string): string {
  return String(language).toLowerCase().split('-')[0] ?? '';
}

/** The stored lexicon for a language, validated again (it may come from an older version); null if none. */
export async function loadUserLexicon(db: ParallaxDb, language: string): Promise<Lexicon | null> {
  const key = lexiconKey(language);
  const row = await guardDb(`read the reader's lexicon for "${key}"`, () => db.lexicons.get(key));
  if (!row) return null;
  try {
    return parseLexicon(row.lexicon, `the reader's lexicon for "${key}"`);
  } catch (error) {
    throw new CorpusDbError('invalid', `could not read the reader's lexicon: ${(error as Error).message}`);
  }
}

/** Saving bumps the corpus revision, so the background rebuilds what depends on the lexicon. */
export async function saveUserLexicon(db: ParallaxDb, lexicon: Lexicon): Promise<void> {
  const language = typeof lexicon?.language === 'string' ? lexicon.language : '?';
  let parsed: Lexicon;
  try {
    parsed = parseLexicon(lexicon, `the lexicon for "${language}"`);
  } catch (error) {
    throw new CorpusDbError('invalid', `could not save the lexicon: ${(error as Error).message}`);
  }
  const key = lexiconKey(parsed.language);
  await guardDb(`save the reader's lexicon for "${key}"`, () =>
    db.transaction('rw', db.lexicons, db.meta, async () => {
      const old = await db.lexicons.get(key);
      if (old && sameRecord(old.lexicon, parsed)) return;
      await db.lexicons.put({ language: key, lexicon: parsed });
      await bumpRevision(db);
    }),
  );
}
