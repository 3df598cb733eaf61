// The corpus, or some of its articles with their events, as a versioned corpus pack: the same format the
// bundled corpus and the import use, so an export imports back into the same corpus.

import { CORPUS_FORMAT, CORPUS_VERSION, type CorpusArticle } from '../../engine';
import { CorpusDbError, guardDb } from '../corpus-db-error';
import { corpusFromRows } from '../corpus-store';
import type { ArticleRow, ParallaxDb } from '../schema';

async function chosenRows(db: ParallaxDb, ids: string[] | undefined): Promise<ArticleRow[]> {
  if (ids === undefined) return db.articles.toArray();
  const unique = [...new Set(ids)].sort();
  const rows = await db.articles.bulkGet(unique);
  const missing = unique.find((_, i) => !rows[i]);
  if (missing !== undefined) throw new CorpusDbError('not-found', `could not export the articles: article "${missing}" is not in the corpus`);
  return rows as ArticleRow[];
}

/** One article (and one event) a line: still one JSON document, but readable and diffable. */
function serialise(head: Record<string, unknown>, articles: unknown[], events: unknown[]): string {
  const list = (items: unknown[]) => (items.length ? `[\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n]` : '[]');
  return `${JSON.stringify(head).slice(0, -1)},\n"articles": ${list(articles)},\n"events": ${list(events)}\n}\n`;
}

/** Events are restricted to the chosen articles; the reader's placements travel as the events themselves,
 *  and an article the reader placed is marked `placedByReader: true`. */
export async function exportPack(db: ParallaxDb, articleIds?: string[], now: () => Date = () => new Date()): Promise<string> {
  const { articles, events } = await guardDb('export the corpus', () =>
    db.transaction('r', db.articles, db.events, async () => {
      const rows = await chosenRows(db, articleIds);
      const eventRows = await db.events.bulkGet([...new Set(rows.map((r) => r.eventId))]);
      const corpus = corpusFromRows(rows, eventRows.flatMap((e) => (e ? [e] : [])));
      const placed = new Set(rows.filter((r) => r.placedByReader === true).map((r) => r.id));
      return { ...corpus, articles: corpus.articles.map((a): CorpusArticle => (placed.has(a.id) ? { ...a, placedByReader: true } : a)) };
    }),
  );
  const head = {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    createdAt: now().toISOString(),
    description: `Exported from Parallax: ${articles.length} article${articles.length === 1 ? '' : 's'}, ${events.length} event${events.length === 1 ? '' : 's'}.`,
  };
  return serialise(head, articles, events);
}
