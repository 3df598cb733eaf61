// Dexie and IndexedDB failures as one error type whose code the UI can act on ('quota': storage is full;
// 'unavailable': the database cannot be opened at all) and whose message says what was being done.

export type CorpusDbErrorCode = 'quota' | 'unavailable' | 'failed' | 'not-found' | 'invalid';

export class CorpusDbError extends Error {
  constructor(readonly code: CorpusDbErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorpusDbError';
  }
}

// Firefox reported a full disk under its own name before it adopted the standard one.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError', // no IndexedDB in this context
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError', // e.g. older Firefox private windows
  'VersionError', // a newer extension version upgraded the database
  'UpgradeError',
  'SecurityError',
]);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** The error and every error it wraps: Dexie's `inner`, the standard `cause`, a BulkError's `failures`. */
export function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const pending: unknown[] = [error];
  while (pending.length && chain.length < 32) {
    const next = pending.shift();
    if (typeof next !== 'object' || next === null || chain.includes(next as ErrorLike)) continue;
    const e = next as ErrorLike;
    chain.push(e);
    pending.push(e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : []));
  }
  return chain;
}

export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some((e) => QUOTA_NAMES.has(String(e.name)));
}

function describeCause(error: unknown): string {
  const first = errorChain(error)[0];
  if (!first) return String(error);
  const name = typeof first.name === 'string' ? first.name : 'Error';
  const message = typeof first.message === 'string' ? first.message.split('\n')[0] : '';
  return message ? `${name}: ${message}` : name;
}

/** `action` says what was being done, in words: "seed the bundled corpus", "add article a-…". */
export function toCorpusDbError(action: string, error: unknown): CorpusDbError {
  // Thrown inside a transaction, our own error may come back wrapped (an AbortError's `inner`).
  const own = errorChain(error).find((e): e is CorpusDbError => e instanceof CorpusDbError);
  if (own) return own;
  if (isQuotaError(error)) {
    return new CorpusDbError('quota', `could not ${action}: the browser's storage for Parallax is full`, { cause: error });
  }
  if (errorChain(error).some((e) => UNAVAILABLE_NAMES.has(String(e.name)))) {
    return new CorpusDbError('unavailable', `could not ${action}: the corpus database cannot be opened (${describeCause(error)})`, { cause: error });
  }
  return new CorpusDbError('failed', `could not ${action}: ${describeCause(error)}`, { cause: error });
}

/** Runs a database operation, turning any failure into a CorpusDbError. */
export async function guardDb<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toCorpusDbError(action, error);
  }
}
