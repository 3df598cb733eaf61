// Back to the bundled corpus, after a dialog that asks whether the reader's own and imported articles stay.

import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ResetDialog } from './reset-dialog';

export function ResetSection() {
  const [open, setOpen] = useState(false);
  return (
    <div class="stack">
      <p>{t('optResetIntro')}</p>
      <div class="actions">
        <button type="button" class="button danger-outline" onClick={() => setOpen(true)}>{t('optResetButton')}</button>
      </div>
      {open && <ResetDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
