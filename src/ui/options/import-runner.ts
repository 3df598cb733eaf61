// An import in two steps, plan then apply, behind one interface so the page does not care where it runs:
// on the page (tests, and browsers without module workers) or in a worker (./import-worker-client.ts), where
// parsing a 50 MB file cannot freeze the page. The full plan stays where it was made; the page gets a summary.

import type { CorpusAdmin, ImportPlan, ImportProgress, ImportResult } from '../../db/corpus-admin-api';
import type { RecordProblem } from '../../engine';

export interface PlanSummary {
  source: string;
  format: ImportPlan['format'];
  added: number;
  updated: number;
  /** Unchanged articles the file puts in another event or marks as placed by the reader. */
  moved: number;
  duplicates: number;
  invalid: RecordProblem[];
  events: number;
}

export type ProgressListener = (progress: ImportProgress) => void;

export interface ImportRunner {
  plan(file: File, onProgress: ProgressListener): Promise<PlanSummary>;
  apply(onProgress: ProgressListener): Promise<ImportResult>;
  /** Forgets the plan (and stops a worker). */
  dispose(): void;
}

export function summarisePlan(plan: ImportPlan): PlanSummary {
  return {
    source: plan.source,
    format: plan.format,
    added: plan.added.length,
    updated: plan.updated.length,
    moved: plan.moved?.length ?? 0,
    duplicates: plan.duplicates.length,
    invalid: plan.invalid,
    events: plan.events.length,
  };
}

/** Passes on a phase change at once and other ticks at most every `intervalMs`, so 20,000 records do not
 *  mean 20,000 renders (or messages from a worker). */
export function throttleProgress(listener: ProgressListener, intervalMs = 50, now = () => performance.now()): ProgressListener {
  let last = -Infinity;
  let phase: ImportProgress['phase'] | null = null;
  return (progress) => {
    const time = now();
    if (progress.phase === phase && time - last < intervalMs && progress.done < progress.total) return;
    phase = progress.phase;
    last = time;
    listener(progress);
  };
}

/** Reading and planning on the page itself. */
export function pageImport(admin: CorpusAdmin): ImportRunner {
  let planned: ImportPlan | null = null;
  return {
    async plan(file, onProgress) {
      const report = throttleProgress(onProgress);
      report({ phase: 'reading', done: 0, total: 0 });
      const text = await file.text();
      planned = await admin.planImport(file.name, text, report);
      return summarisePlan(planned);
    },
    async apply(onProgress) {
      if (!planned) throw new Error('import: there is no plan to apply');
      const plan = planned;
      planned = null;
      return admin.applyImport(plan, throttleProgress(onProgress));
    },
    dispose() {
      planned = null;
    },
  };
}
