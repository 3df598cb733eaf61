// The switch that marks every sentence of the article on the page by how many other outlets report it.

import { useState } from 'preact/hooks';
import type { Comparison } from '../../engine';
import { sendToBackground } from '../../messaging/send';
import { t } from '../i18n';
import { coverageMarks, errorCodeOf, errorKey } from './view-model';

export function CoverageToggle({ token, comparison }: { token: string; comparison: Comparison }) {
  const [on, setOn] = useState(false);
  const [status, setStatus] = useState('');
  const toggle = async (next: boolean) => {
    setOn(next);
    try {
      const { marked } = await sendToBackground('markCoverage', { token, marks: next ? coverageMarks(comparison) : null });
      setStatus(next ? t('coverageMarked', marked) : t('coverageCleared'));
    } catch (error) {
      setOn(!next);
      setStatus(t(errorKey(errorCodeOf(error))));
    }
  };
  return (
    <div class="coverage">
      <label class="switch">
        <input type="checkbox" checked={on} onChange={(e) => void toggle(e.currentTarget.checked)} />
        <span>{t('coverageToggle')}</span>
      </label>
      {on && (
        <ul class="coverage-legend">
          <li><span class="sample sample-many" aria-hidden="true">Abc</span>{t('coverageMany')}</li>
          <li><span class="sample sample-few" aria-hidden="true">Abc</span>{t('coverageFew')}</li>
          <li><span class="sample sample-only-here" aria-hidden="true">Abc</span>{t('coverageOnlyHere')}</li>
        </ul>
      )}
      <p class="status" role="status">{status}</p>
    </div>
  );
}
