// The contract between the corpus management operations (src/db/admin/, implemented against Dexie) and the
// options page (src/ui/options/): what the reader can do with their corpus, and what each step reports.
// Only extension pages call these; content scripts never reach the database.

import type { RecordProblem, ArticleOrigin, CorpusArticle, CorpusEvent, OutletKnown, Lexicon } from '../engine';

/** One row of the articles table: what the list shows without loading texts. */
export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  outletKnown: OutletKnown;
  date: string | null;
  language: string;
  origin: ArticleOrigin;
  eventId: string;
  eventTitle: string;
  /** The reader moved it: recomputing events keeps it where the reader put it. */
  placedByReader: boolean;
}

export type ArticleSortKey = 'date' | 'title' | 'outlet' | 'origin' | 'event';

export interface ArticleQuery {
  /** Case-insensitive substring of title, outlet or URL. */
  search?: string;
  /** An outlet name; null: the articles whose outlet is unknown; absent: any outlet. */
  outlet?: string | null;
  eventId?: string;
  origin?: ArticleOrigin;
  /** Inclusive YYYY-MM-DD bounds; undated articles never match a date bound. */
  dateFrom?: string;
  dateTo?: string;
  /** Default: newest first. Missing values (no date, no outlet) come last in either direction. */
  sort?: { key: ArticleSortKey; descending: boolean };
  /** 0-based page. */
  page: number;
  pageSize: number;
}

export interface ArticlePage {
  rows: ArticleSummary[];
  /** All rows matching the query, over all pages. */
  total: number;
}

export interface EventSummary {
  id: string;
  title: string;
  date: string | null;
  articleCount: number;
  outlets: string[];
}

export interface CorpusOverview {
  events: EventSummary[];
  articleCount: number;
  outletCount: number;
  /** Distinct outlet names, for the filter. */
  outlets: string[];
}

/** What an import would do, shown to the reader before anything is written. */
export interface ImportPlan {
  source: string;
  format: 'pack' | 'jsonl';
  /** Articles the corpus does not have yet. */
  added: CorpusArticle[];
  /** Articles with a known id whose content differs (the import would replace them). */
  updated: CorpusArticle[];
  /** Articles the corpus already holds unchanged (same id and content, or the same text under another id). */
  duplicates: { article: CorpusArticle; existingId: string }[];
  /** Invalid records with the reason for each ("record 12 ("id": "abc") has no "text""). */
  invalid: RecordProblem[];
  /** Placement changes: articles the corpus already holds unchanged (duplicates by id, not listed in
   *  `duplicates`) that the pack puts in another event, or marks as placed by the reader while the stored
   *  row is not. An unmarked pack placement never moves an article the reader placed. `placedByReader` is
   *  the mark the article gets. Absent: none (a plan made before placements travelled). */
  moved?: { articleId: string; eventId: string; placedByReader: boolean }[];
  /** Events the pack brings for its added and moved articles (restricted to them); added articles without
   *  one are placed by the engine on import, clustered among themselves (not matched to the corpus's events). */
  events: CorpusEvent[];
  /** The corpus revision the plan was checked against: applyImport refuses the plan ('invalid') when the
   *  corpus changed since. Absent: applied whatever changed. */
  basedOnRevision?: number;
}

export interface ImportProgress {
  phase: 'reading' | 'validating' | 'writing' | 'placing' | 'indexing';
  done: number;
  total: number;
}

export interface ImportResult {
  added: number;
  /** Articles whose content was replaced, and articles moved to the pack's event (plan.moved). */
  updated: number;
  /** Records not written: duplicates, invalid article records, and updates of articles deleted since the plan. */
  skipped: number;
  eventsCreated: number;
}

/** What a deletion removed, kept so that the last deletion can be undone. */
export interface DeletionReceipt {
  description: string;
  articleCount: number;
  eventCount: number;
}

export interface ArticlePatch {
  title?: string;
  text?: string;
  url?: string | null;
  outlet?: { name: string | null; known: OutletKnown; evidence: string[] };
  date?: string | null;
  language?: string;
}

export type Placement = { eventId: string } | { newEvent: true };

/**
 * The operations. Every write runs in one transaction (all or nothing), bumps the corpus revision (so the
 * background rebuilds its index), and throws CorpusDbError (code 'quota' | 'unavailable' | 'failed' |
 * 'not-found' | 'invalid') with a message in words naming the culprit.
 */
export interface CorpusAdmin {
  overview(): Promise<CorpusOverview>;
  listArticles(query: ArticleQuery): Promise<ArticlePage>;
  getArticle(id: string): Promise<(Omit<CorpusArticle, 'placedByReader'> & { eventId: string; placedByReader: boolean }) | undefined>;
  updateArticle(id: string, patch: ArticlePatch): Promise<void>;
  /** Moves an article to another event or a new one; the reader's decision survives recomputed events. */
  moveArticle(id: string, placement: Placement): Promise<{ eventId: string }>;
  /** Adds a pasted or dropped article as the reader's own; the engine places it in an event. */
  addArticle(article: CorpusArticle): Promise<{ articleId: string; eventId: string; added: boolean }>;

  /** Parses and validates a file's text (a corpus pack or JSON Lines of articles) against the corpus. Writes
   *  nothing. A file that is neither format, or a pack of another format version, throws CorpusPackError
   *  (its message names the source and the problem); invalid records are listed in the plan instead. */
  planImport(source: string, text: string, onProgress?: (p: ImportProgress) => void): Promise<ImportPlan>;
  /** Writes a plan in one transaction: completes, or leaves the corpus exactly as it was. */
  applyImport(plan: ImportPlan, onProgress?: (p: ImportProgress) => void): Promise<ImportResult>;

  /** The whole corpus, or the given articles (with their events), as a versioned corpus pack. */
  exportPack(articleIds?: string[]): Promise<string>;

  deleteArticles(ids: string[]): Promise<DeletionReceipt>;
  deleteEvent(eventId: string): Promise<DeletionReceipt>;
  deleteOutlet(outlet: string): Promise<DeletionReceipt>;
  /** Puts back what the last deletion removed; null when there is nothing to undo (or after a reset). */
  undoLastDeletion(): Promise<DeletionReceipt | null>;

  /** Back to the bundled corpus, keeping the reader's own and imported articles or dropping them. */
  resetToBundled(options: { keepOwn: boolean }): Promise<void>;

  /** The reader's own lexicon terms (merged over the bundled lexicon by the engine), per language. */
  userLexicon(language: string): Promise<Lexicon | null>;
  saveUserLexicon(lexicon: Lexicon): Promise<void>;
}
