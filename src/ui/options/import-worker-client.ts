// The page's side of an import run in a worker (see ./import-protocol.ts): each step posts one request and
// waits for its answer, passing progress on. A worker that dies says so in words.

import type { ImportResult } from '../../db/corpus-admin-api';
import type { FromImportWorker, ToImportWorker } from './import-protocol';
import type { ImportRunner, PlanSummary, ProgressListener } from './import-runner';

export function workerImport(worker: Worker): ImportRunner {
  let pending: { resolve: (message: FromImportWorker) => void; reject: (error: unknown) => void; onProgress: ProgressListener } | null = null;
  worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (!pending) return;
    if (message.type === 'progress') pending.onProgress(message.progress);
    else if (message.type === 'failed') pending.reject(Object.assign(new Error(message.error.message), message.error));
    else pending.resolve(message);
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    pending?.reject(new Error(`the import worker stopped: ${event.message || 'it could not be started'}`));
  });
  const ask = (request: ToImportWorker, onProgress: ProgressListener) =>
    new Promise<FromImportWorker>((resolve, reject) => {
      pending = { resolve, reject, onProgress };
      worker.postMessage(request);
    }).finally(() => {
      pending = null;
    });
  return {
    async plan(file, onProgress) {
      const answer = await ask({ type: 'plan', file }, onProgress);
      if (answer.type !== 'planned') throw new Error(`import worker: expected a plan, got "${answer.type}"`);
      return answer.summary as PlanSummary;
    },
    async apply(onProgress) {
      const answer = await ask({ type: 'apply' }, onProgress);
      if (answer.type !== 'applied') throw new Error(`import worker: expected a result, got "${answer.type}"`);
      return answer.result as ImportResult;
    },
    dispose() {
      worker.terminate();
    },
  };
}
