// Every protocol message in one table: who may send it, whether it may be sent again after the service worker
// stopped, its payload's shape (the background checks it before the handler runs) and its reply's type. The
// protocol's types (./protocol.ts), the sender check, the payload check and the resend rule all derive from it.
//
// Senders: 'page' = the content script injected into a web page (it runs beside untrusted page code, so it
// may only read); 'extension' = the extension's own pages (the sidebar frame, the options page), which may
// also change the corpus. The background checks this from the sender, never from the payload.

import type { Comparison, CorpusArticle } from '../engine';
import { boolean, list, matching, nullable, object, oneOf, optional, string, typeOnly, wholeNumber, type Infer, type Shape, type TypeOnly } from './shape';

export type SenderKind = 'page' | 'extension';

// ---- Parts of payloads ----------------------------------------------------------------------------------

/** Bounds that keep one page's article within session storage's quota. */
const MAX_TEXT = 2_000_000;
const MAX_SHORT = 4_000;
const MAX_URL = 8_192;
const MAX_MARKS = 5_000;

const token = string({ nonEmpty: true, max: 200 });
const sentenceIndex = wholeNumber('a sentence index');

const pageArticle = object({
  title: string({ max: MAX_SHORT }),
  text: string({ nonEmpty: true, max: MAX_TEXT }),
  url: string({ max: MAX_URL }),
  byline: nullable(string()),
  siteName: nullable(string()),
  outlet: optional(string()),
  date: optional(matching(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')),
  language: optional(string({ max: 35 })),
});
/** The article as the content script extracted it from the page (an engine `ArticleInput` with its page's data). */
export type PageArticle = Infer<typeof pageArticle>;

const claimSpan = object({ start: wholeNumber('a character offset'), end: wholeNumber('a character offset') });
/** A claim's character offsets in its sentence (end exclusive), as in `FactMention.span`. */
export type ClaimSpan = Infer<typeof claimSpan>;

const coverageMark = object({ sentence: sentenceIndex, coverage: oneOf(['many', 'few', 'only-here']) });
/** How many outlets report a sentence of the article: shown as marks in the page. */
export type CoverageMark = Infer<typeof coverageMark>;

// ---- Replies that have a name of their own --------------------------------------------------------------

export type ComparisonResult =
  | {
      state: 'ready';
      comparison: Comparison;
      /** false: the comparison's first stage, whose `framing` and `quotes` are empty until getWordingAndQuotes
       *  answers (the facts come first; word choice and quotes take a third of the work). */
      complete: boolean;
      article: { title: string; url: string; siteName: string | null };
    }
  | { state: 'extraction-failed'; message: string; url: string };

/** The comparison's second stage: how outlets word the same things, and how they render the same quotes. */
export type WordingAndQuotes = Pick<Comparison, 'framing' | 'quotes'>;

/** 'off': the setting is off, nothing kept; 'kept': added now; 'held': the corpus already had it. */
export type KeepReadResult = { kept: 'off' } | { kept: 'kept' | 'held'; articleId: string; eventId: string };

/** A stored article as the sidebar's reader view shows it (its text is shown as text, never as HTML). */
export type StoredArticleText = Pick<CorpusArticle, 'id' | 'title' | 'text' | 'url' | 'outlet' | 'date' | 'language'> & {
  /** Why the date is the event's rather than the article's (CorpusArticle.dateNote), null when it is not. */
  dateNote: string | null;
};

/** What the corpus holds, for the no-match view: counts and date span read from the indexes. */
export interface CorpusSummary {
  articles: number;
  /** Events that hold at least one article. */
  events: number;
  /** Articles with a known date; the others are undated. */
  dated: number;
  /** YYYY-MM-DD: the earliest and the latest article date; both null when no article is dated. */
  firstDate: string | null;
  lastDate: string | null;
  /** Articles per primary language ("de"), most first; null when the corpus is too large to count them. */
  languages: { language: string; articles: number }[] | null;
}

// ---- The messages the background handles ----------------------------------------------------------------

interface BackgroundMessage {
  /** The least trusted sender that may send it. */
  from: SenderKind;
  /** Whether a copy lost with a stopped service worker is sent again: only when a second delivery does nothing
   *  the first did not (reads, or writes of the same value under the same token). */
  resendable: boolean;
  payload: Shape<unknown>;
  reply: TypeOnly<unknown>;
}

export const BACKGROUND_MESSAGES = {
  /** Content script → background: the extracted article; the comparison is computed and kept under the
   *  token the content script made up (a random UUID) and put into the sidebar frame's URL (#token). */
  prepareComparison: { from: 'page', resendable: true, payload: object({ token, article: pageArticle }), reply: typeOnly<{ token: string }>() },
  /** Sidebar script → background: the sidebar under `token` is open and waits for its article; the background
   *  injects the article script (Readability) into the sender's frame. Asked by the page side, not done by the
   *  click's own handler, so a service worker stopped meanwhile only delays it. Resent safely: a second article
   *  script finds the article already taken and does nothing. */
  readPageArticle: { from: 'page', resendable: true, payload: object({ token }), reply: typeOnly<{ injected: true }>() },
  /** Content script → background: extraction failed; the sidebar shows this message instead. */
  reportExtractionFailure: {
    from: 'page',
    resendable: true,
    payload: object({ token, message: string({ max: MAX_SHORT }), url: string({ max: MAX_URL }) }),
    reply: typeOnly<{ token: string }>(),
  },
  /** Sidebar frame → background: the comparison prepared under `token` (computed now if it is still pending). */
  getComparison: { from: 'extension', resendable: true, payload: object({ token }), reply: typeOnly<ComparisonResult>() },
  /** Sidebar frame → background: word choice and quote renderings of the comparison under `token`, computed
   *  right after its first stage was answered. */
  getWordingAndQuotes: { from: 'extension', resendable: true, payload: object({ token }), reply: typeOnly<WordingAndQuotes>() },
  /** Sidebar frame → background: add the article extracted under `token` to the corpus as the reader's own.
   *  Not resent: a lost answer may hide an article already added. */
  addArticle: { from: 'extension', resendable: false, payload: object({ token }), reply: typeOnly<{ articleId: string; eventId: string }>() },
  /** Sidebar frame → background: when "Keep what I read" is on, keep the article under `token` (origin 'read').
   *  Not resent: it writes to the corpus, and a lost answer may hide an article already kept. */
  keepRead: { from: 'extension', resendable: false, payload: object({ token }), reply: typeOnly<KeepReadResult>() },
  /** Sidebar frame → background → the tab's content script: highlight a sentence (null clears) — only the
   *  claim at `span` (offsets in the sentence) when given. */
  highlight: {
    from: 'extension',
    resendable: true,
    payload: object({ token, sentence: nullable(sentenceIndex), scroll: boolean, span: optional(claimSpan) }),
    reply: typeOnly<{ found: boolean }>(),
  },
  /** Sidebar frame → background → content script: mark every sentence by coverage (null clears). */
  markCoverage: {
    from: 'extension',
    resendable: true,
    payload: object({ token, marks: nullable(list(coverageMark, MAX_MARKS)) }),
    reply: typeOnly<{ marked: number }>(),
  },
  /** Sidebar frame → background → content script: close the sidebar. */
  closeSidebar: { from: 'extension', resendable: true, payload: object({ token }), reply: typeOnly<{ closed: boolean }>() },
  /** Sidebar frame → background: one stored article's text, to read an outlet's sentence in its context.
   *  Read-only; from our own pages only, as the corpus holds the reader's own articles. Not resent so far;
   *  being a read, it could be. */
  getArticle: {
    from: 'extension',
    resendable: false,
    payload: object({ articleId: string({ nonEmpty: true, max: 200 }) }),
    reply: typeOnly<{ article: StoredArticleText | null }>(),
  },
  /** Sidebar frame → background: open the options page. Not resent: a lost answer may hide a page opened. */
  openOptions: { from: 'extension', resendable: false, payload: object({}), reply: typeOnly<{ opened: boolean }>() },
  /** Sidebar frame → background: what the corpus holds (articles, events, dates, languages), so that the
   *  no-match view is no dead end. A read: resent after a stopped worker. */
  getCorpusSummary: { from: 'extension', resendable: true, payload: object({}), reply: typeOnly<CorpusSummary>() },
} as const satisfies Record<string, BackgroundMessage>;

export type BackgroundMessageType = keyof typeof BACKGROUND_MESSAGES;

/** Every message type the background answers, in the table's order (tests walk them all). */
export const BACKGROUND_MESSAGE_TYPES = Object.keys(BACKGROUND_MESSAGES) as readonly BackgroundMessageType[];

// ---- The messages the background sends to the content script in a tab ----------------------------------

/** Payloads are declared, not checked: the content script hears only our own background (it checks the
 *  sender's id), which builds them from payloads it has checked. */
interface ContentMessage {
  payload: TypeOnly<unknown>;
  reply: TypeOnly<unknown>;
}

export const CONTENT_MESSAGES = {
  highlightSentence: {
    payload: typeOnly<{ sentence: number | null; text: string | null; scroll: boolean; span?: ClaimSpan | null }>(),
    reply: typeOnly<{ found: boolean }>(),
  },
  markSentences: {
    payload: typeOnly<{ marks: { text: string; coverage: CoverageMark['coverage'] }[] | null }>(),
    reply: typeOnly<{ marked: number }>(),
  },
  removeSidebar: { payload: typeOnly<Record<string, never>>(), reply: typeOnly<{ closed: boolean }>() },
} as const satisfies Record<string, ContentMessage>;

export type ContentMessageType = keyof typeof CONTENT_MESSAGES;
