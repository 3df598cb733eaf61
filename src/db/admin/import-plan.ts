// What an import would do, worked out before anything is written: the file's format, its valid and invalid
// records, and each valid article classified against the corpus (added, updated, duplicate, or moved: an
// unchanged article the file puts in another event or marks as placed by the reader). Long files are
// worked through in chunks with a macrotask between them, reporting progress, so the page stays responsive.

import type { ImportPlan, ImportProgress } from '../corpus-admin-api';
import {
  readImportText,
  validateJsonLines,
  validateCorpusPack,
  type RecordProblem,
  textHashFor,
  type CorpusArticle,
  type CorpusEvent,
} from '../../engine';
import { guardDb } from '../corpus-db-error';
import { readRevision } from '../meta';
import { articleFromRow, sameRecord } from '../rows';
import type { ArticleRow, ParallaxDb } from '../schema';
import { sameTextElsewhere, type SnapshotCache } from './corpus-snapshot';
import { CHUNK, nextMacrotask } from './next-macrotask';

type Progress = ((p: ImportProgress) => void) | undefined;

interface ReadRecords {
  format: ImportPlan['format'];
  articles: CorpusArticle[];
  events: CorpusEvent[];
  invalid: RecordProblem[];
}

async function readRecords(source: string, text: string, onProgress: Progress): Promise<ReadRecords> {
  onProgress?.({ phase: 'reading', done: 0, total: 1 });
  const read = readImportText(text, source);
  if (read.format === 'pack') {
    const { pack, problems } = validateCorpusPack(read.json, source, 'imported');
    onProgress?.({ phase: 'reading', done: 1, total: 1 });
    return { format: 'pack', articles: pack.articles, events: pack.events, invalid: problems };
  }
  const records: ReadRecords = { format: 'jsonl', articles: [], events: [], invalid: [] };
  const seenIds = new Map<string, number>();
  for (let i = 0; i < read.lines.length; i += CHUNK) {
    const { articles, problems } = validateJsonLines(read.lines.slice(i, i + CHUNK), 'imported', seenIds);
    records.articles.push(...articles);
    records.invalid.push(...problems);
    onProgress?.({ phase: 'reading', done: Math.min(i + CHUNK, read.lines.length), total: read.lines.length });
    await nextMacrotask();
  }
  return records;
}

/** Content equality without the origin and the placement mark: the same article re-imported from an export
 *  or another file is a duplicate whoever made the file and wherever it puts the article. */
function sameContent(row: ArticleRow, article: CorpusArticle): boolean {
  const { origin: _a, ...stored } = articleFromRow(row);
  const { origin: _b, placedByReader: _c, ...incoming } = article;
  return sameRecord(stored, incoming);
}

type Classified = Pick<ImportPlan, 'added' | 'updated' | 'duplicates'>;

/** Articles by folded text (textHashFor), with their outlet names. */
type TextKeys = Map<string, { id: string; outlet: string | null }[]>;

/** `textKeys`: the stored articles' texts, and those of the file's earlier records that will be written
 *  (so that a duplicate always names an article the corpus will hold). True for a duplicate by id. */
function classify(article: CorpusArticle, stored: ArticleRow | undefined, textKeys: TextKeys, into: Classified): boolean {
  const key = textHashFor(article.text);
  const existingId = stored
    ? (sameContent(stored, article) ? stored.id : undefined)
    : sameTextElsewhere(textKeys, key, article.outlet.name);
  if (existingId !== undefined) {
    into.duplicates.push({ article, existingId });
    return stored !== undefined;
  }
  (stored ? into.updated : into.added).push(article);
  const entry = { id: article.id, outlet: article.outlet.name };
  const same = textKeys.get(key);
  if (same) same.push(entry);
  else textKeys.set(key, [entry]);
  return false;
}

/** Each article's event in the pack; an article a second event names again stays in the first and the
 *  second event's claim is listed as invalid. The events come back with only their valid claims. */
function packPlacements(events: CorpusEvent[], invalid: RecordProblem[]): { eventOf: Map<string, string>; claimed: CorpusEvent[] } {
  const eventOf = new Map<string, string>();
  const claimed = events.map((event, i) => {
    const members: string[] = [];
    for (const id of event.articleIds) {
      const other = eventOf.get(id);
      if (other !== undefined && other !== event.id) {
        invalid.push({ record: i + 1, list: 'events', id: event.id, message: `names article "${id}", which event "${other}" already holds; it stays there` });
        continue;
      }
      eventOf.set(id, event.id);
      if (!members.includes(id)) members.push(id);
    }
    return { ...event, articleIds: members };
  });
  return { eventOf, claimed };
}

/** The pack's events restricted to the given articles (events left empty go). */
function eventsFor(claimed: CorpusEvent[], ids: ReadonlySet<string>): CorpusEvent[] {
  return claimed.flatMap((event) => {
    const members = event.articleIds.filter((id) => ids.has(id));
    return members.length > 0 ? [{ ...event, articleIds: members }] : [];
  });
}

type StoredPlacement = Pick<ArticleRow, 'eventId' | 'placedByReader'>;

/** A duplicate by id whose pack event differs from its stored one, or which the pack marks as placed by the
 *  reader while the row is not, is moved. An unmarked pack placement never overrides the reader's own. */
function placementChange(article: CorpusArticle, stored: StoredPlacement, packEvent: string | undefined): NonNullable<ImportPlan['moved']>[number] | null {
  if (packEvent === undefined) return null;
  const packPlaced = article.placedByReader === true;
  const rowPlaced = stored.placedByReader === true;
  if (rowPlaced && !packPlaced) return null;
  if (packEvent === stored.eventId && packPlaced === rowPlaced) return null;
  return { articleId: article.id, eventId: packEvent, placedByReader: packPlaced };
}

export async function planImport(db: ParallaxDb, snapshots: SnapshotCache, source: string, text: string, onProgress?: (p: ImportProgress) => void): Promise<ImportPlan> {
  const records = await readRecords(source, text, onProgress);
  const revision = await guardDb('read the corpus revision', () => readRevision(db));
  const textKeys: TextKeys = new Map([...(await snapshots.textKeysNow())].map(([key, same]) => [key, [...same]]));
  const plan: ImportPlan = { source, format: records.format, added: [], updated: [], duplicates: [], moved: [], invalid: records.invalid, events: [], basedOnRevision: revision };
  const storedDuplicates = new Map<string, StoredPlacement>();
  const { articles } = records;
  onProgress?.({ phase: 'validating', done: 0, total: articles.length });
  for (let i = 0; i < articles.length; i += CHUNK) {
    const chunk = articles.slice(i, i + CHUNK);
    const stored = await guardDb(`check ${source} against the corpus`, () => db.articles.bulkGet(chunk.map((a) => a.id)));
    chunk.forEach((article, k) => {
      const row = stored[k];
      if (classify(article, row, textKeys, plan) && row) storedDuplicates.set(article.id, { eventId: row.eventId, placedByReader: row.placedByReader });
    });
    onProgress?.({ phase: 'validating', done: i + chunk.length, total: articles.length });
    await nextMacrotask();
  }
  const { eventOf, claimed } = packPlacements(records.events, plan.invalid);
  const moved = plan.moved!;
  plan.duplicates = plan.duplicates.filter(({ article }) => {
    const stored = storedDuplicates.get(article.id);
    const change = stored && placementChange(article, stored, eventOf.get(article.id));
    if (change) moved.push(change);
    return !change;
  });
  plan.events = eventsFor(claimed, new Set([...plan.added.map((a) => a.id), ...moved.map((m) => m.articleId)]));
  return plan;
}
