// "Reset to the bundled corpus?" with the choice to keep the reader's own and imported articles (the default)
// or to drop them too. The bundled articles come back as shipped; the reader's edits to them are lost.

import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ConfirmDialog } from './confirm-dialog';
import { useOptions } from './context';

export function ResetDialog({ onClose }: { onClose: () => void }) {
  const { admin, changed, announce, setSelection } = useOptions();
  const [keepOwn, setKeepOwn] = useState(true);
  const reset = async () => {
    await admin.resetToBundled({ keepOwn });
    setSelection(new Set());
    announce(keepOwn ? t('optResetDoneKept') : t('optResetDoneDropped'));
    changed();
    onClose();
  };
  return (
    <ConfirmDialog id="reset-dialog" title={t('optResetTitle')} confirmLabel={t('optResetConfirm')} danger onConfirm={reset} onCancel={onClose}>
      <p>{t('optResetBody')}</p>
      <fieldset class="choices">
        <legend>{t('optResetKeepLegend')}</legend>
        <label class="choice">
          <input type="radio" name="reset-keep" checked={keepOwn} onChange={() => setKeepOwn(true)} />
          {t('optResetKeep')}
        </label>
        <label class="choice">
          <input type="radio" name="reset-keep" checked={!keepOwn} onChange={() => setKeepOwn(false)} />
          {t('optResetDrop')}
        </label>
      </fieldset>
    </ConfirmDialog>
  );
}
