// What the corpus holds, for the no-match view: articles, events that hold them, the span of their dates
// and their languages, read from the indexes; the rows are read (for languages) only while the corpus is
// small, and once per revision.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../../src/db/bundled-pack';
import { LANGUAGE_SCAN_LIMIT, primaryLanguage, readCorpusSummary } from '../../src/db/corpus-summary';
import { seedBundledCorpus } from '../../src/db/corpus-store';
import { bumpRevision } from '../../src/db/meta';
import { articleRow } from '../../src/db/rows';
import type { ArticleRow } from '../../src/db/schema';
import type { CorpusArticle } from '../../src/engine/types';
import { deleteFreshDbs, freshDb } from '../helpers/fresh-db';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshDbs();
});

/** An invented article row: only its event, date and language matter here. */
function row(n: number, eventId: string, date: string | null, language: string): ArticleRow {
  const article: CorpusArticle = {
    id: `a-${n}`,
    title: `Article ${n}`,
    text: `Text of article ${n}.`,
    url: null,
    outlet: { name: null, known: 'unknown', evidence: [] },
    date,
    language,
    origin: 'user',
  };
  return articleRow(article, eventId);
}

describe('the corpus summary', () => {
  it('of an empty corpus is all zeros, with no dates and no languages', async () => {
    expect(await readCorpusSummary(freshDb())).toEqual({ articles: 0, events: 0, dated: 0, firstDate: null, lastDate: null, languages: [] });
  });

  it('of the bundled pack counts its articles, its events, their date span and languages', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, pack);
    const dates = pack.articles.flatMap((a) => (a.date ? [a.date] : [])).sort();
    const languages = new Map<string, number>();
    for (const a of pack.articles) languages.set(primaryLanguage(a.language)!, (languages.get(primaryLanguage(a.language)!) ?? 0) + 1);
    expect(await readCorpusSummary(db)).toEqual({
      articles: pack.articles.length,
      events: pack.events.length,
      dated: dates.length,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      languages: [...languages].map(([language, articles]) => ({ language, articles })),
    });
  });

  it('counts undated articles apart, groups regional variants, leaves out undetermined languages, and counts only events with articles', async () => {
    const db = freshDb();
    await db.events.bulkAdd([{ id: 'e-1', title: 'One', date: null }, { id: 'e-2', title: 'Two', date: null }, { id: 'e-empty', title: 'Empty', date: null }]);
    await db.articles.bulkAdd([
      row(1, 'e-1', '2024-12-30', 'de'),
      row(2, 'e-1', null, 'de-AT'),
      row(3, 'e-2', '2025-02-13', 'en'),
      row(4, 'e-2', '2025-01-05', 'DE'),
      row(5, 'e-2', null, 'und'),
    ]);
    expect(await readCorpusSummary(db)).toEqual({
      articles: 5,
      events: 2,
      dated: 3,
      firstDate: '2024-12-30',
      lastDate: '2025-02-13',
      languages: [{ language: 'de', articles: 3 }, { language: 'en', articles: 1 }],
    });
  });

  it('with no dated article has no date span', async () => {
    const db = freshDb();
    await db.articles.bulkAdd([row(1, 'e-1', null, 'de'), row(2, 'e-1', null, 'de')]);
    expect(await readCorpusSummary(db)).toMatchObject({ articles: 2, events: 1, dated: 0, firstDate: null, lastDate: null });
  });

  it('reads the rows for languages once per corpus revision', async () => {
    const db = freshDb();
    await db.articles.bulkAdd([row(1, 'e-1', null, 'de')]);
    const each = vi.spyOn(db.articles, 'each');
    expect((await readCorpusSummary(db)).languages).toEqual([{ language: 'de', articles: 1 }]);
    expect((await readCorpusSummary(db)).languages).toEqual([{ language: 'de', articles: 1 }]);
    expect(each).toHaveBeenCalledTimes(1);
    await db.transaction('rw', db.articles, db.meta, async () => {
      await db.articles.add(row(2, 'e-1', null, 'pl'));
      await bumpRevision(db);
    });
    expect((await readCorpusSummary(db)).languages).toEqual([{ language: 'de', articles: 1 }, { language: 'pl', articles: 1 }]);
    expect(each).toHaveBeenCalledTimes(2);
  });

  it('of a corpus larger than the language scan counts from the indexes alone and does not read a row', async () => {
    const db = freshDb();
    const rows = Array.from({ length: LANGUAGE_SCAN_LIMIT + 1 }, (_, n) => row(n, `e-${n % 7}`, n % 2 ? `2025-01-${String((n % 28) + 1).padStart(2, '0')}` : null, 'de'));
    await db.articles.bulkAdd(rows);
    const each = vi.spyOn(db.articles, 'each');
    const toArray = vi.spyOn(db.articles, 'toArray');
    const summary = await readCorpusSummary(db);
    const dates = rows.flatMap((r) => (r.date ? [r.date] : [])).sort();
    expect(summary).toEqual({ articles: rows.length, events: 7, dated: dates.length, firstDate: dates[0], lastDate: dates.at(-1), languages: null });
    expect(each).not.toHaveBeenCalled();
    expect(toArray).not.toHaveBeenCalled();
  });
});
