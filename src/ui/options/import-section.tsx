// Importing a corpus pack (.json) or JSON Lines (.jsonl): read and check the file with progress, show the
// plan, import the valid articles or none, show the result and how long the page was at most unresponsive.
// A file that cannot be read shows its error and nothing else happens.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportProgress, ImportResult } from '../../db/corpus-admin-api';
import { t } from '../i18n';
import { useOptions } from './context';
import { ErrorMessage } from './error-message';
import { FileDrop } from './file-drop';
import { formatCount } from './format';
import { ImportPlanView, importableCount } from './import-plan-view';
import type { ImportRunner, PlanSummary } from './import-runner';
import { watchLongTasks, type LongTaskWatch } from './long-task-monitor';
import { phaseText, ProgressBar } from './progress-bar';
import { isPackOrLines, isPageOrArchive, readPageSources, type SourceProblem } from './import-sources';
import { SkippedSources } from './skipped-sources';

type Step =
  | { kind: 'choose' }
  | { kind: 'planning'; progress: ImportProgress }
  | { kind: 'planned'; summary: PlanSummary; skipped: SourceProblem[] }
  | { kind: 'applying'; progress: ImportProgress }
  | { kind: 'done'; result: ImportResult; longestTask: number | null }
  | { kind: 'failed'; error: unknown };

const START: ImportProgress = { phase: 'reading', done: 0, total: 0 };

export function importResultText(result: ImportResult): string {
  return t('optImportDone', formatCount(result.added), formatCount(result.updated), formatCount(result.skipped), formatCount(result.eventsCreated));
}

function LongestTask({ ms }: { ms: number | null }) {
  if (ms === null) return null;
  return <p class="muted small" data-longest-task={ms}>{ms < 50 ? t('optLongTaskNone') : t('optLongTask', formatCount(ms))}</p>;
}

export function ImportSection({ createImport }: { createImport: () => ImportRunner }) {
  const { changed, announce } = useOptions();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const runner = useRef<ImportRunner | null>(null);
  const watch = useRef<LongTaskWatch | null>(null);
  const phase = useRef<string>('');
  useEffect(() => () => runner.current?.dispose(), []);

  const progress = (kind: 'planning' | 'applying') => (p: ImportProgress) => {
    if (p.phase !== phase.current) announce(phaseText(p));
    phase.current = p.phase;
    setStep({ kind, progress: p });
  };
  const fail = (error: unknown) => {
    runner.current?.dispose();
    runner.current = null;
    watch.current?.stop();
    setStep({ kind: 'failed', error });
    announce(t('optImportFailed'));
  };

  const plan = async (files: File[]) => {
    runner.current?.dispose();
    runner.current = createImport();
    watch.current = watchLongTasks();
    phase.current = '';
    setStep({ kind: 'planning', progress: START });
    try {
      let file = files[0]!;
      let skipped: SourceProblem[] = [];
      if (files.length > 1 || !isPackOrLines(file.name)) {
        const other = files.find((f) => !isPageOrArchive(f.name));
        if (other) throw new Error(t('optImportMixed', other.name));
        const read = await readPageSources(files, progress('planning'));
        if (read.articles === 0) throw new Error(t('optImportNoArticles', formatCount(read.skipped.length)));
        file = read.file;
        skipped = read.skipped;
      }
      const summary = await runner.current.plan(file, progress('planning'));
      setStep({ kind: 'planned', summary, skipped });
      announce(t('optPlanReady', formatCount(importableCount(summary)), formatCount(summary.invalid.length)));
    } catch (error) {
      fail(error);
    }
  };
  const apply = async () => {
    setStep({ kind: 'applying', progress: { phase: 'writing', done: 0, total: 0 } });
    try {
      const result = await runner.current!.apply(progress('applying'));
      setStep({ kind: 'done', result, longestTask: watch.current?.stop() ?? null });
      announce(importResultText(result));
      changed();
    } catch (error) {
      fail(error);
    }
  };
  const cancel = () => {
    runner.current?.dispose();
    runner.current = null;
    watch.current?.stop();
    setStep({ kind: 'choose' });
    announce(t('optImportCancelled'));
  };

  const chooser = (
    <FileDrop id="import-file" label={t('optImportFile')} hint={t('optImportFileHint')} accept=".json,.jsonl,.warc,.gz,.html,.htm,.txt,application/json"
      onFile={(f) => void plan([f])} onFiles={(fs) => void plan(fs)} />
  );
  switch (step.kind) {
    case 'choose':
      return <div class="stack"><p class="muted">{t('optImportIntro')}</p>{chooser}</div>;
    case 'planning':
      return <div class="stack"><ProgressBar id="import-progress" progress={step.progress} /><div class="actions"><button type="button" class="button" onClick={cancel}>{t('optCancel')}</button></div></div>;
    case 'planned':
      return <div class="stack"><SkippedSources skipped={step.skipped} /><ImportPlanView summary={step.summary} onImport={() => void apply()} onCancel={cancel} /></div>;
    case 'applying':
      return <ProgressBar id="import-progress" progress={step.progress} />;
    case 'done':
      return (
        <div class="stack">
          <div class="result-box"><p>{importResultText(step.result)}</p><LongestTask ms={step.longestTask} /></div>
          {chooser}
        </div>
      );
    case 'failed':
      return <div class="stack"><ErrorMessage error={step.error} /><p>{t('optImportNothingChanged')}</p>{chooser}</div>;
  }
}
