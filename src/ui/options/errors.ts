// Every failure the options page can meet, as words: the admin's CorpusDbError by code, a file that is no
// corpus pack or lexicon, extraction from a page. The admin's own message (which names the culprit) is kept
// as the details. Errors from the import worker arrive as plain objects, so only name, code and message count.
// A full disk is recognised however deeply it is wrapped (a Dexie AbortError's `inner`, a `cause`).

import { isQuotaError } from '../../db/corpus-db-error';
import type { MessageKey } from '../messages';

export type ErrorKind = 'quota' | 'unavailable' | 'failed' | 'not-found' | 'invalid' | 'file' | 'page' | 'other';

export interface ErrorInfo {
  kind: ErrorKind;
  /** The original message, naming what failed. */
  message: string;
}

const DB_CODES = new Set<ErrorKind>(['quota', 'unavailable', 'failed', 'not-found', 'invalid']);

export function errorInfo(error: unknown): ErrorInfo {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as { name?: unknown; code?: unknown; message?: unknown };
  const message = typeof e.message === 'string' && e.message ? e.message : String(error);
  if (e.name === 'CorpusDbError' && DB_CODES.has(e.code as ErrorKind)) return { kind: e.code as ErrorKind, message };
  if (e.name === 'CorpusPackError' || e.name === 'SyntaxError' || e.name === 'LexiconFileError' || e.name === 'ArticleFileError') return { kind: 'file', message };
  if (e.name === 'ExtractionError') return { kind: 'page', message };
  if (isQuotaError(error)) return { kind: 'quota', message };
  return { kind: 'other', message };
}

export const ERROR_MESSAGES: Record<Exclude<ErrorKind, 'quota'>, MessageKey> = {
  unavailable: 'optErrorUnavailable',
  failed: 'optErrorFailed',
  'not-found': 'optErrorNotFound',
  invalid: 'optErrorInvalid',
  file: 'optErrorFile',
  page: 'optErrorPage',
  other: 'optErrorOther',
};
