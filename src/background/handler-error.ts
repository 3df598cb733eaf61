// Errors a handler answers with: a protocol code and words for the UI. Database failures keep their
// meaning (full storage, no database); anything unexpected becomes 'internal', naming the message type.

import { CorpusDbError } from '../db/corpus-db-error';
import type { ProtocolError, ProtocolErrorCode } from '../messaging/protocol';

export class HandlerError extends Error {
  constructor(readonly code: ProtocolErrorCode, message: string) {
    super(message);
    this.name = 'HandlerError';
  }
}

export function protocolError(code: ProtocolErrorCode, message: string): ProtocolError {
  return { error: { code, message } };
}

export function toProtocolError(type: string, error: unknown): ProtocolError {
  if (error instanceof HandlerError) return protocolError(error.code, error.message);
  if (error instanceof CorpusDbError) {
    if (error.code === 'quota') return protocolError('storage-full', error.message);
    if (error.code === 'unavailable' || error.code === 'failed') return protocolError('database', error.message);
    if (error.code === 'not-found') return protocolError('not-found', error.message);
    return protocolError('bad-request', error.message);
  }
  console.error(`Parallax: ${type} failed:`, error);
  return protocolError('internal', `${type}: ${error instanceof Error ? error.message : String(error)}`);
}
