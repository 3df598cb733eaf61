// A step's progress: the phase in words, a <progress> bar (indeterminate until the total is known) and the
// count. Screen readers hear the phase changes through the page's live region, not every tick.

import type { ImportProgress } from '../../db/corpus-admin-api';
import { t } from '../i18n';
import type { MessageKey } from '../messages';
import { formatCount } from './format';

const PHASES: Record<ImportProgress['phase'], MessageKey> = {
  reading: 'optPhaseReading',
  validating: 'optPhaseValidating',
  writing: 'optPhaseWriting',
  placing: 'optPhasePlacing',
  indexing: 'optPhaseIndexing',
};

export function phaseText(progress: ImportProgress): string {
  return t(PHASES[progress.phase]);
}

export function ProgressBar({ id, progress }: { id: string; progress: ImportProgress }) {
  const known = progress.total > 0;
  return (
    <div class="progress">
      <label for={id} class="progress-label">{phaseText(progress)}</label>
      {known ? <progress id={id} max={progress.total} value={Math.min(progress.done, progress.total)} /> : <progress id={id} />}
      {known && <span class="muted small">{t('optProgressCount', formatCount(progress.done), formatCount(progress.total))}</span>}
    </div>
  );
}
