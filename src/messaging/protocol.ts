// The one message protocol of Parallax: every message, its payload, its answer, and who may send it.
// Nothing else calls runtime.sendMessage / tabs.sendMessage directly (see ./send.ts).
//
// Senders: 'page' = the content script injected into a web page (it runs beside untrusted page code, so it
// may only read); 'extension' = the extension's own pages (the sidebar frame, the options page), which may
// also change the corpus. The background checks this from the sender, never from the payload.

import type { ArticleInput, Comparison, OutletInfo } from '../engine';

/** The article as the content script extracted it from the page. */
export interface PageArticle extends ArticleInput {
  url: string;
  byline: string | null;
  siteName: string | null;
}

export type SenderKind = 'page' | 'extension';

/** Errors every handler may answer with, so the UI can say what went wrong in words. */
export type ProtocolErrorCode =
  | 'not-allowed' // a page-side sender asked for a privileged operation
  | 'bad-request' // the payload does not have the declared shape
  | 'not-found' // the token or article is unknown (e.g. the comparison expired)
  | 'database' // IndexedDB unavailable or failing
  | 'storage-full' // quota exceeded
  | 'internal';

export interface ProtocolError {
  error: { code: ProtocolErrorCode; message: string };
}

interface Message<Request, Response, Who extends SenderKind> {
  request: Request;
  response: Response;
  /** The least trusted sender that may send it. */
  from: Who;
}

/** Messages handled by the background. */
export interface BackgroundProtocol {
  /** Content script → background: the extracted article; the comparison is computed and kept under the
   *  token the content script made up (a random UUID) and put into the sidebar frame's URL (#token). */
  prepareComparison: Message<{ token: string; article: PageArticle }, { token: string }, 'page'>;
  /** Content script → background: extraction failed; the sidebar shows this message instead. */
  reportExtractionFailure: Message<{ token: string; message: string; url: string }, { token: string }, 'page'>;
  /** Sidebar frame → background: the comparison prepared under `token` (computed now if it is still pending). */
  getComparison: Message<{ token: string }, ComparisonResult, 'extension'>;
  /** Sidebar frame → background: add the article extracted under `token` to the corpus as the reader's own. */
  addArticle: Message<{ token: string }, { articleId: string; eventId: string }, 'extension'>;
  /** Sidebar frame → background: when "Keep what I read" is on, keep the article under `token` (origin 'read'). */
  keepRead: Message<{ token: string }, KeepReadResult, 'extension'>;
  /** Sidebar frame → background → the tab's content script: highlight a sentence (null clears) — only the
   *  claim at `span` (offsets in the sentence) when given — or mark every sentence by coverage. */
  highlight: Message<{ token: string; sentence: number | null; scroll: boolean; span?: ClaimSpan | null }, { found: boolean }, 'extension'>;
  markCoverage: Message<{ token: string; marks: CoverageMark[] | null }, { marked: number }, 'extension'>;
  /** Sidebar frame → background → content script: close the sidebar. */
  closeSidebar: Message<{ token: string }, { closed: boolean }, 'extension'>;
  /** Sidebar frame → background: one stored article's text, to read an outlet's sentence in its context.
   *  Read-only; from our own pages only, as the corpus holds the reader's own articles. */
  getArticle: Message<{ articleId: string }, { article: StoredArticleText | null }, 'extension'>;
  /** Sidebar frame → background: open the options page. */
  openOptions: Message<Record<string, never>, { opened: boolean }, 'extension'>;
}

/** A stored article as the sidebar's reader view shows it (its text is shown as text, never as HTML). */
export interface StoredArticleText {
  id: string;
  title: string;
  text: string;
  url: string | null;
  outlet: OutletInfo;
  date: string | null;
  dateNote: string | null;
  language: string;
}

/** A claim's character offsets in its sentence (end exclusive), as in `FactMention.span`. */
export interface ClaimSpan {
  start: number;
  end: number;
}

/** 'off': the setting is off, nothing kept; 'kept': added now; 'held': the corpus already had it. */
export type KeepReadResult = { kept: 'off' } | { kept: 'kept' | 'held'; articleId: string; eventId: string };

/** How many outlets report a sentence of the article: shown as marks in the page. */
export interface CoverageMark {
  sentence: number;
  coverage: 'many' | 'few' | 'only-here';
}

export type ComparisonResult =
  | { state: 'ready'; comparison: Comparison; article: { title: string; url: string; siteName: string | null } }
  | { state: 'extraction-failed'; message: string; url: string };

/** Messages the background sends to the content script in a tab. */
export interface ContentProtocol {
  highlightSentence: Message<{ sentence: number | null; text: string | null; scroll: boolean; span?: ClaimSpan | null }, { found: boolean }, 'extension'>;
  markSentences: Message<{ marks: { text: string; coverage: CoverageMark['coverage'] }[] | null }, { marked: number }, 'extension'>;
  removeSidebar: Message<Record<string, never>, { closed: boolean }, 'extension'>;
}

export type BackgroundMessageType = keyof BackgroundProtocol;
export type ContentMessageType = keyof ContentProtocol;

export type Envelope<P, K extends keyof P> = { type: K; payload: P[K] extends Message<infer Q, unknown, SenderKind> ? Q : never };
export type RequestOf<P, K extends keyof P> = P[K] extends Message<infer Q, unknown, SenderKind> ? Q : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends Message<unknown, infer R, SenderKind> ? R : never;

/** Which background messages a page-side sender may send: only those declared `from: 'page'`. */
export const PAGE_ALLOWED: ReadonlySet<BackgroundMessageType> = new Set<BackgroundMessageType>(['prepareComparison', 'reportExtractionFailure']);

export function isProtocolError(value: unknown): value is ProtocolError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
