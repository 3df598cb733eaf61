// The one message protocol of Parallax, as types: every message's payload, answer and least trusted sender,
// derived from the table in ./messages.ts (declare a message there), and the errors every handler may answer.
// Nothing else calls runtime.sendMessage / tabs.sendMessage directly (see ./send.ts).

import { BACKGROUND_MESSAGES, BACKGROUND_MESSAGE_TYPES, type BackgroundMessageType, type CONTENT_MESSAGES, type ContentMessageType, type SenderKind } from './messages';
import type { Infer } from './shape';

export type {
  BackgroundMessageType,
  ClaimSpan,
  ComparisonResult,
  ContentMessageType,
  CorpusSummary,
  CoverageMark,
  KeepReadResult,
  PageArticle,
  SenderKind,
  StoredArticleText,
} from './messages';

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

type Table = Record<string, { payload: unknown; reply: unknown }>;
type MessageOf<T extends Table, K extends keyof T, Who extends SenderKind> = Message<Infer<T[K]['payload']>, Infer<T[K]['reply']>, Who>;

/** Messages handled by the background (each payload's type is the one its shape checks). */
export type BackgroundProtocol = {
  [K in BackgroundMessageType]: MessageOf<typeof BACKGROUND_MESSAGES, K, (typeof BACKGROUND_MESSAGES)[K]['from']>;
};

/** Messages the background sends to the content script in a tab (only the extension sends them). */
export type ContentProtocol = { [K in ContentMessageType]: MessageOf<typeof CONTENT_MESSAGES, K, 'extension'> };

export type Envelope<P, K extends keyof P> = { type: K; payload: P[K] extends Message<infer Q, unknown, SenderKind> ? Q : never };
export type RequestOf<P, K extends keyof P> = P[K] extends Message<infer Q, unknown, SenderKind> ? Q : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends Message<unknown, infer R, SenderKind> ? R : never;

/** Which background messages a page-side sender may send: only those declared `from: 'page'`. */
export const PAGE_ALLOWED: ReadonlySet<BackgroundMessageType> = new Set(BACKGROUND_MESSAGE_TYPES.filter((type) => BACKGROUND_MESSAGES[type].from === 'page'));

export function isProtocolError(value: unknown): value is ProtocolError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
