// What can be done with the selected articles (on any page of the table): export them, delete them, or
// clear the selection. The buttons are there but disabled while nothing is selected.

import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { useOptions } from './context';
import { DeleteDialog } from './delete-dialogs';
import { ErrorMessage } from './error-message';
import { exportToFile } from './export-file';
import { formatCount } from './format';

export function SelectionBar() {
  const { admin, selection, setSelection, announce } = useOptions();
  const [deleting, setDeleting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const count = selection.size;
  const exportSelected = async () => {
    setExporting(true);
    setError(null);
    try {
      const file = await exportToFile(admin, [...selection]);
      announce(t('optExported', file.fileName, formatCount(count)));
    } catch (failure) {
      setError(failure);
    } finally {
      setExporting(false);
    }
  };
  return (
    <div class="selection-bar" role="group" aria-label={t('optSelectionLabel')}>
      <span class="selection-count">{t('optSelectedCount', formatCount(count))}</span>
      <button type="button" class="button" disabled={count === 0 || exporting} onClick={() => void exportSelected()}>
        {exporting ? t('optWorking') : t('optExportSelected')}
      </button>
      <button type="button" class="button danger-outline" disabled={count === 0} onClick={() => setDeleting(true)}>{t('optDeleteSelected')}</button>
      {count > 0 && <button type="button" class="text-button" onClick={() => setSelection(new Set())}>{t('optClearSelection')}</button>}
      {error !== null && <ErrorMessage error={error} />}
      {deleting && <DeleteDialog pending={{ kind: 'articles', ids: [...selection] }} onClose={() => setDeleting(false)} />}
    </div>
  );
}
