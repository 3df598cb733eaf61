// What the corpus holds, in a few figures, for the sidebar's no-match view: how many articles about how many
// events, the span of their dates and their languages. Counts and dates come from the indexes (count(), key
// cursors), never from the rows, so that a corpus of 50,000 articles answers as fast as one of five. The
// articles table has no language index (adding one is a schema version), so languages are read from the rows
// only while the corpus is small, once per corpus revision; a larger corpus reports them as not counted.

import { primaryLanguage as primarySubtag } from '../engine';
import type { CorpusSummary } from '../messaging/messages';
import { guardDb } from './corpus-db-error';
import { readRevision } from './meta';
import type { ParallaxDb } from './schema';

export type { CorpusSummary } from '../messaging/messages';

/** Up to this many articles, their rows are read for their languages (about 5 kB each: at most ~10 MB). */
export const LANGUAGE_SCAN_LIMIT = 2_000;

/** Languages as last read, per database and corpus revision: the same revision is never read twice. */
const languagesRead = new WeakMap<ParallaxDb, { revision: number; languages: CorpusSummary['languages'] }>();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "de-AT" and "de" are both German (the engine's primary subtag); undetermined ("und", "") is left out. */
export function primaryLanguage(tag: string): string | null {
  const primary = primarySubtag(tag);
  return primary === 'und' ? null : primary;
}

export async function readCorpusSummary(db: ParallaxDb): Promise<CorpusSummary> {
  return guardDb('read what the corpus holds', () =>
    db.transaction('r', db.articles, db.meta, async () => {
      const [articles, eventIds, dated, first, last, revision] = await Promise.all([
        db.articles.count(),
        // A key cursor that skips repeats: events with at least one article, without reading one.
        db.articles.orderBy('eventId').uniqueKeys(),
        // Undated articles are absent from the date index.
        db.articles.orderBy('date').count(),
        db.articles.orderBy('date').limit(1).keys(),
        db.articles.orderBy('date').reverse().limit(1).keys(),
        readRevision(db),
      ]);
      const dates = [first[0], last[0]].filter((d): d is string => typeof d === 'string' && ISO_DATE.test(d));
      return {
        articles,
        events: eventIds.length,
        dated,
        firstDate: dates.length === 2 ? dates[0]! : null,
        lastDate: dates.length === 2 ? dates[1]! : null,
        languages: await languagesOf(db, articles, revision),
      };
    }),
  );
}

/** Articles per primary language, most articles first; null when the corpus is too large to read them. */
async function languagesOf(db: ParallaxDb, articles: number, revision: number): Promise<CorpusSummary['languages']> {
  const known = languagesRead.get(db);
  if (known && known.revision === revision) return known.languages;
  if (articles > LANGUAGE_SCAN_LIMIT) return null;
  const counts = new Map<string, number>();
  await db.articles.each((row) => {
    const language = primaryLanguage(row.language);
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  });
  const languages = [...counts].map(([language, count]) => ({ language, articles: count }))
    .sort((a, b) => b.articles - a.articles || (a.language < b.language ? -1 : 1));
  languagesRead.set(db, { revision, languages });
  return languages;
}
