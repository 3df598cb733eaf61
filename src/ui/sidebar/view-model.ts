// What the sidebar shows, computed from a comparison without touching the DOM or the browser: outlet
// columns, one row per fact with a mark per column, the coverage marks for the page, and which message
// says how sure the match is or what went wrong.

import type { Comparison, ComparisonEvent, Fact, OutletKnown } from '../../engine';
import type { CoverageMark, ProtocolErrorCode } from '../../messaging/protocol';
import type { MessageKey } from '../messages';

/** The article id the engine gives the compared article (the page the reader is on). */
export const CURRENT = 'current';

export interface OutletColumn {
  articleId: string;
  /** "A", "B", … for the other outlets; null for this article (labelled "Here"). */
  letter: string | null;
  /** Outlet name, or null when it is not known. */
  name: string | null;
  /** How the outlet is known; null for this article, which the reader sees for themselves. */
  known: OutletKnown | null;
  evidence: string[];
  /** The evidence in German, when the corpus has it. */
  evidenceDe?: string[];
  title: string;
  /** When several outlets are unknown: 1, 2, … so they can be told apart ("Unknown outlet 2"). */
  unknownNumber?: number;
  /** The article's language (BCP-47 primary tag), when the comparison says. */
  language?: string;
  /** The article's address, only if it is http(s). */
  url: string | null;
  date: string | null;
}

/** Column letters as in the terminal report: A…Z, then A1…Z1, … */
export function columnLetter(index: number): string {
  return String.fromCharCode(65 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26)) : '');
}

export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** This article first, then the event's articles in the engine's order. */
export function outletColumns(c: Comparison, here: { title: string; outlet: string | null; url: string | null }): OutletColumn[] {
  const current: OutletColumn = {
    articleId: CURRENT, letter: null, name: c.article.outlet ?? here.outlet, known: null, evidence: [],
    title: c.article.title || here.title, url: safeHttpUrl(here.url), date: null, language: c.article.language,
  };
  const others = (c.event?.articles ?? []).map((a, i): OutletColumn => {
    const col: OutletColumn = {
      articleId: a.id, letter: columnLetter(i), name: a.outlet, known: a.outletKnown, evidence: a.outletEvidence,
      title: a.title, url: safeHttpUrl(a.url), date: a.date,
    };
    if (a.outletEvidenceDe?.length) col.evidenceDe = a.outletEvidenceDe;
    if (a.language) col.language = a.language;
    return col;
  });
  const unknown = others.filter((col) => col.name === null);
  if (unknown.length > 1) unknown.forEach((col, i) => (col.unknownNumber = i + 1));
  return [current, ...others];
}

/** The columns of these article ids, in column order; ids no column has are left out. */
export function columnsOf(ids: readonly string[], columns: readonly OutletColumn[]): OutletColumn[] {
  const wanted = new Set(ids);
  return columns.filter((col) => wanted.has(col.articleId));
}

/** 'elsewhere': other outlets report it but fewer than two independent ones (one outlet, or reprints of one
 *  copy), so "left out here" would overstate it: that is one outlet's background, not an omission. */
export type FactStatus = 'only-here' | 'omitted' | 'maybe' | 'shared' | 'elsewhere';

/** "Left out here" is said only of facts at least this many independent outlets report. */
export const OMITTED_MIN_INDEPENDENT = 2;

/** Per outlet column: reports the fact, maybe reports it (a weakly similar claim), or does not. */
export type MarkState = 'reported' | 'maybe' | 'missing';

export interface FactRowModel {
  fact: Fact;
  status: FactStatus;
  /** Per column (same order as the columns): does that outlet report the fact? */
  reported: boolean[];
  /** Per column: reported, maybe reported (in other words, see `fact.maybe`), or not. */
  marks: MarkState[];
  /** How many outlets report it, and how many of them on their own (reprints count once). */
  outlets: number;
  independent: number;
  /** The sentence of this article that reports the fact, or null. */
  currentSentence: number | null;
  /** The claim's offsets in that sentence, or null. */
  currentSpan: { start: number; end: number } | null;
}

function statusOf(fact: Fact, c: Comparison): FactStatus {
  if (c.coverage.onlyHere.includes(fact.id)) return 'only-here';
  if (c.coverage.omitted.includes(fact.id)) return fact.independent >= OMITTED_MIN_INDEPENDENT ? 'omitted' : 'elsewhere';
  if (c.coverage.maybe?.includes(fact.id)) return 'maybe';
  return 'shared';
}

export function factRows(c: Comparison, columns: readonly OutletColumn[]): FactRowModel[] {
  return c.facts.map((fact) => {
    const reporters = new Set(fact.mentions.map((m) => m.articleId));
    const maybe = new Set((fact.maybe ?? []).map((m) => m.articleId));
    const own = fact.mentions.find((m) => m.articleId === CURRENT);
    return {
      fact,
      status: statusOf(fact, c),
      reported: columns.map((col) => reporters.has(col.articleId)),
      marks: columns.map((col): MarkState => (reporters.has(col.articleId) ? 'reported' : maybe.has(col.articleId) ? 'maybe' : 'missing')),
      outlets: reporters.size,
      independent: fact.independent,
      currentSentence: own?.sentence ?? null,
      currentSpan: own?.span ?? null,
    };
  });
}

export type FactFilter = 'all' | 'only-here' | 'omitted' | 'maybe';

export function filterRows(rows: readonly FactRowModel[], filter: FactFilter): FactRowModel[] {
  return filter === 'all' ? [...rows] : rows.filter((r) => r.status === filter);
}

export function factCounts(c: Comparison): { inArticle: number; onlyHere: number; omitted: number; maybe: number } {
  const inArticle = c.facts.filter((f) => f.mentions.some((m) => m.articleId === CURRENT)).length;
  const omitted = c.facts.filter((f) => c.coverage.omitted.includes(f.id) && f.independent >= OMITTED_MIN_INDEPENDENT).length;
  return { inArticle, onlyHere: c.coverage.onlyHere.length, omitted, maybe: c.coverage.maybe?.length ?? 0 };
}

/** Every sentence of this article, marked by how many other outlets report a fact it states:
 *  two or more → 'many', one → 'few', none → 'only-here'. */
export function coverageMarks(c: Comparison): CoverageMark[] {
  const others = new Map<number, Set<string>>();
  for (const fact of c.facts) {
    const own = fact.mentions.filter((m) => m.articleId === CURRENT);
    const outlets = fact.mentions.filter((m) => m.articleId !== CURRENT).map((m) => m.articleId);
    for (const m of own) others.set(m.sentence, new Set([...(others.get(m.sentence) ?? []), ...outlets]));
  }
  return c.article.sentences.map(({ index }) => {
    const n = others.get(index)?.size ?? 0;
    return { sentence: index, coverage: n >= 2 ? 'many' : n === 1 ? 'few' : 'only-here' };
  });
}

/** How sure the match is, in words: a related story is never called the same event. */
export function matchKey(event: Pick<ComparisonEvent, 'relation' | 'confidence'> & { articles?: unknown[] }): MessageKey {
  if (event.relation === 'related') return 'matchRelated';
  // The article is the event's only report: it is in the corpus, no other outlet there reports the story.
  if (event.articles?.length === 0) return 'matchOnlyThisArticle';
  if (event.confidence >= 0.85) return 'matchVeryLikely';
  if (event.confidence >= 0.65) return 'matchLikely';
  return 'matchPossibly';
}

const KNOWN_KEYS: Record<OutletKnown, MessageKey> = {
  stated: 'knownStated',
  inferred: 'knownInferred',
  unknown: 'knownUnknown',
};

export function knownKey(known: OutletKnown): MessageKey {
  return KNOWN_KEYS[known];
}

const ERROR_KEYS: Record<ProtocolErrorCode, MessageKey> = {
  'not-allowed': 'errorNotAllowed',
  'bad-request': 'errorBadRequest',
  'not-found': 'errorNotFound',
  database: 'errorDatabase',
  'storage-full': 'errorStorageFull',
  internal: 'errorInternal',
};

export function errorKey(code: ProtocolErrorCode): MessageKey {
  return ERROR_KEYS[code] ?? 'errorInternal';
}

/** The protocol error code of a failed call; anything else (a thrown TypeError, a closed port) is 'internal'. */
export function errorCodeOf(error: unknown): ProtocolErrorCode {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : null;
  return typeof code === 'string' && code in ERROR_KEYS ? (code as ProtocolErrorCode) : 'internal';
}

/** The comparison token the content script put in the frame's URL (#token), or null. */
export function readToken(hash: string): string | null {
  let token = hash.replace(/^#/, '');
  try {
    token = decodeURIComponent(token);
  } catch {
    return null;
  }
  token = token.trim();
  return token ? token : null;
}
