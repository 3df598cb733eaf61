// The messages between the options page and its import worker, and the worker's side: it reads the file,
// plans and applies the import with its own admin, and sends back progress, a plan summary and the result.
// Errors cross as plain objects (name, code, message) so the page can still say them in words.

import type { CorpusAdmin, ImportProgress, ImportResult } from '../../db/corpus-admin-api';
import { isQuotaError } from '../../db/corpus-db-error';
import { pageImport, type PlanSummary } from './import-runner';

export type ToImportWorker = { type: 'plan'; file: File } | { type: 'apply' };

export interface PlainError {
  name: string;
  code?: string;
  message: string;
}

export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'planned'; summary: PlanSummary }
  | { type: 'applied'; result: ImportResult }
  | { type: 'failed'; error: PlainError };

export interface MessagePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** A full disk wrapped in another error (an AbortError whose `inner` is the QuotaExceededError) crosses as
 *  a QuotaExceededError: the wrapper's inner errors do not survive postMessage. */
export function plainError(error: unknown): PlainError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; code?: unknown; message?: unknown };
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const plain: PlainError = {
    name: name !== 'CorpusDbError' && isQuotaError(error) ? 'QuotaExceededError' : name,
    message: typeof e.message === 'string' ? e.message : String(error),
  };
  if (typeof e.code === 'string') plain.code = e.code;
  return plain;
}

/** The worker's side. One import per worker: the page starts a new worker for the next file. */
export function serveImports(port: MessagePort, admin: CorpusAdmin): void {
  const runner = pageImport(admin);
  const send = (message: FromImportWorker) => port.postMessage(message);
  const progress = (p: ImportProgress) => send({ type: 'progress', progress: p });
  port.addEventListener('message', (event: MessageEvent) => {
    const request = event.data as ToImportWorker;
    const step = request.type === 'plan'
      ? runner.plan(request.file, progress).then((summary) => send({ type: 'planned', summary }))
      : runner.apply(progress).then((result) => send({ type: 'applied', result }));
    step.catch((error: unknown) => send({ type: 'failed', error: plainError(error) }));
  });
}
