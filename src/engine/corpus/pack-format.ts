// The versioned corpus pack: one JSON document for the bundled corpus, the options page's import and its
// export alike. Parsing validates every record and names the culprit; unknown formats and versions are
// refused before anything is used.
//
// Version 1 article fields: id, text (required); title, url, outlet, date, dateNote, language, origin, and
// placedByReader (optional boolean, default false: the reader put the article in its event by hand, so that
// an import keeps it there; kept on the CorpusArticle only when true).
// Version 1 event fields: id (unique among the events), articleIds (at least one, each an article of the pack,
// none twice); title, date (optional). Every date is a day of the calendar, not just its shape.
//
// Version 2: the same records; an article's id no longer collides with another outlet's copy of the same text
// (see ./article-id: text, outlet and URL). Version 1 packs are still read: an id there that is the text's
// hash alone is re-derived by the version 2 rule, in the articles and in the events' member lists alike.

import { currentIdFor } from './article-id';
import type { ArticleOrigin, CorpusArticle, CorpusEvent, OutletInfo, OutletKnown } from '../types';

export const CORPUS_FORMAT = 'parallax-corpus';
export const CORPUS_VERSION = 2;
/** Versions this Parallax reads; older ones are brought up to the current one as they are read. */
export const READABLE_CORPUS_VERSIONS: readonly number[] = [1, 2];

export interface CorpusPack {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_VERSION;
  /** ISO timestamp of an export; absent in the bundled pack so that builds are reproducible. */
  createdAt?: string;
  description?: string;
  articles: CorpusArticle[];
  /** Events as the engine clustered them; recomputed by the importer when absent. */
  events: CorpusEvent[];
}

export class CorpusPackError extends Error {
  constructor(readonly source: string, detail: string) {
    super(`${source}: ${detail}`);
    this.name = 'CorpusPackError';
  }
}

export interface RecordProblem {
  /** 1-based position of the record in its list. */
  record: number;
  list: 'articles' | 'events';
  id: string | null;
  message: string;
}

export interface ValidatedPack {
  pack: CorpusPack;
  /** Records left out because they are invalid, each with the reason. */
  problems: RecordProblem[];
}

const OUTLET_KNOWN: readonly OutletKnown[] = ['stated', 'inferred', 'unknown'];
const ORIGINS: readonly ArticleOrigin[] = ['bundled', 'user', 'imported', 'read'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(record: Fields, key: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Error(`"${key}" is not a string`);
  return value;
}

/** A "date" field: null, or a day that exists in the calendar, as YYYY-MM-DD. "2025-13-45" has the shape and
 *  is refused all the same: a sort or a span of days would silently turn it into another day. */
function optionalDate(record: Fields, key: string): string | null {
  const date = optionalString(record, key);
  if (date === null) return null;
  const m = DATE.exec(date);
  if (!m) throw new Error(`"${key}" is not YYYY-MM-DD: ${date.slice(0, 40)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) throw new Error(`"${key}" is not a day of the calendar: ${date} (there is no month ${month})`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) throw new Error(`"${key}" is not a day of the calendar: ${date} (month ${month} of ${year} has ${days} days)`);
  return date;
}

function parseOutlet(value: unknown): OutletInfo {
  if (value === undefined || value === null) return { name: null, known: 'unknown', evidence: [] };
  // A bare name in an imported record is the importer's statement.
  if (typeof value === 'string') return { name: value, known: 'stated', evidence: ['named in the imported record'] };
  if (!isObject(value)) throw new Error('"outlet" is neither a name nor an object');
  const name = optionalString(value, 'name');
  const known = value.known ?? (name ? 'stated' : 'unknown');
  if (!OUTLET_KNOWN.includes(known as OutletKnown)) throw new Error(`"outlet.known" must be one of ${OUTLET_KNOWN.join(', ')}`);
  const evidence = value.evidence ?? [];
  if (!Array.isArray(evidence) || evidence.some((e) => typeof e !== 'string')) throw new Error('"outlet.evidence" is not a list of strings');
  const outlet: OutletInfo = { name, known: known as OutletKnown, evidence: evidence as string[] };
  // German evidence lines (optional, additive): kept when they are a list of strings, else ignored.
  const evidenceDe = value.evidenceDe;
  if (Array.isArray(evidenceDe) && evidenceDe.length > 0 && evidenceDe.every((e) => typeof e === 'string')) outlet.evidenceDe = evidenceDe as string[];
  return outlet;
}

export function parseArticleRecord(record: unknown, defaultOrigin: ArticleOrigin): CorpusArticle {
  if (!isObject(record)) throw new Error('is not an object');
  const id = record.id;
  if (typeof id !== 'string' || !id.trim()) throw new Error('has no "id"');
  const text = record.text;
  if (typeof text !== 'string' || !text.trim()) throw new Error('has no "text"');
  const url = optionalString(record, 'url');
  if (url !== null && !/^https?:\/\//i.test(url)) throw new Error(`"url" is not an http(s) address: ${url.slice(0, 80)}`);
  const date = optionalDate(record, 'date');
  const origin = record.origin ?? defaultOrigin;
  if (!ORIGINS.includes(origin as ArticleOrigin)) throw new Error(`"origin" must be one of ${ORIGINS.join(', ')}`);
  const article: CorpusArticle = {
    id,
    title: optionalString(record, 'title') ?? '',
    text,
    url,
    outlet: parseOutlet(record.outlet),
    date,
    language: optionalString(record, 'language') ?? 'und',
    origin: origin as ArticleOrigin,
  };
  const dateNote = optionalString(record, 'dateNote');
  if (dateNote) article.dateNote = dateNote;
  const placed = record.placedByReader;
  if (placed !== undefined && placed !== null && typeof placed !== 'boolean') throw new Error('"placedByReader" is not true or false');
  if (placed === true) article.placedByReader = true;
  return article;
}

function parseEventRecord(record: unknown, articleIds: ReadonlySet<string>): CorpusEvent {
  if (!isObject(record)) throw new Error('is not an object');
  const id = record.id;
  if (typeof id !== 'string' || !id.trim()) throw new Error('has no "id"');
  const members = record.articleIds;
  if (!Array.isArray(members) || members.some((m) => typeof m !== 'string')) throw new Error('"articleIds" is not a list of ids');
  if (members.length === 0) throw new Error('has no members ("articleIds" is empty)');
  const missing = (members as string[]).find((m) => !articleIds.has(m));
  if (missing !== undefined) throw new Error(`names article "${missing}", which the pack does not contain`);
  const seen = new Set<string>();
  const repeated = (members as string[]).find((m) => seen.size === seen.add(m).size);
  if (repeated !== undefined) throw new Error(`names article "${repeated}" more than once`);
  const date = optionalDate(record, 'date');
  return { id, title: optionalString(record, 'title') ?? '', date, articleIds: members as string[] };
}

/** An event record with its member ids renamed (a version 1 pack's), left as it is when it is malformed
 *  so that parsing names the problem. */
function withRenamedMembers(record: unknown, renamed: ReadonlyMap<string, string>): unknown {
  if (!isObject(record) || !Array.isArray(record.articleIds)) return record;
  return { ...record, articleIds: record.articleIds.map((m) => (typeof m === 'string' ? renamed.get(m) ?? m : m)) };
}

function idOf(record: unknown): string | null {
  return isObject(record) && typeof record.id === 'string' ? record.id : null;
}

function describe(problem: RecordProblem): string {
  const id = problem.id === null ? '' : ` ("id": "${problem.id}")`;
  return `${problem.list === 'events' ? 'event' : 'record'} ${problem.record}${id} ${problem.message}`;
}

/** Validates a pack; invalid records are left out and listed. Throws only when the pack as a whole is unusable. */
export function validateCorpusPack(json: unknown, source: string, defaultOrigin: ArticleOrigin = 'imported'): ValidatedPack {
  if (!isObject(json)) throw new CorpusPackError(source, 'is not a JSON object');
  if (json.format !== CORPUS_FORMAT) {
    throw new CorpusPackError(source, `is not a Parallax corpus pack ("format" must be "${CORPUS_FORMAT}", found ${JSON.stringify(json.format ?? null)})`);
  }
  if (!READABLE_CORPUS_VERSIONS.includes(json.version as number)) {
    throw new CorpusPackError(source, `has format version ${JSON.stringify(json.version ?? null)}; this Parallax reads versions ${READABLE_CORPUS_VERSIONS.join(' and ')}`);
  }
  const formerIds = json.version === 1;
  /** Version 1 ids derived from the text alone → their version 2 ids. */
  const renamed = new Map<string, string>();
  if (!Array.isArray(json.articles)) throw new CorpusPackError(source, 'has no "articles" list');
  const problems: RecordProblem[] = [];
  const articles: CorpusArticle[] = [];
  const ids = new Set<string>();
  json.articles.forEach((record, i) => {
    try {
      const article = parseArticleRecord(record, defaultOrigin);
      if (formerIds) {
        const id = currentIdFor(article);
        if (id !== article.id) {
          renamed.set(article.id, id);
          article.id = id;
        }
      }
      if (ids.has(article.id)) throw new Error('repeats an id used by an earlier record');
      ids.add(article.id);
      articles.push(article);
    } catch (error) {
      problems.push({ record: i + 1, list: 'articles', id: idOf(record), message: (error as Error).message });
    }
  });
  const events: CorpusEvent[] = [];
  const eventIds = new Set<string>();
  const rawEvents = json.events ?? [];
  if (!Array.isArray(rawEvents)) throw new CorpusPackError(source, '"events" is not a list');
  rawEvents.forEach((record, i) => {
    try {
      const event = parseEventRecord(renamed.size > 0 ? withRenamedMembers(record, renamed) : record, ids);
      if (eventIds.has(event.id)) throw new Error('repeats an id used by an earlier event');
      eventIds.add(event.id);
      events.push(event);
    } catch (error) {
      problems.push({ record: i + 1, list: 'events', id: idOf(record), message: (error as Error).message });
    }
  });
  const pack: CorpusPack = { format: CORPUS_FORMAT, version: CORPUS_VERSION, articles, events };
  if (typeof json.createdAt === 'string') pack.createdAt = json.createdAt;
  if (typeof json.description === 'string') pack.description = json.description;
  return { pack, problems };
}

/** Strict parse: any invalid record refuses the whole pack, naming the first one. */
export function parseCorpusPack(json: unknown, source: string, defaultOrigin: ArticleOrigin = 'imported'): CorpusPack {
  const { pack, problems } = validateCorpusPack(json, source, defaultOrigin);
  const first = problems[0];
  if (first) throw new CorpusPackError(source, `${describe(first)}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  return pack;
}

export function describeProblem(problem: RecordProblem): string {
  return describe(problem);
}
