// Saving the corpus, or the articles selected in the table, as a corpus pack file on the reader's device.

import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { useOptions } from './context';
import { ErrorMessage } from './error-message';
import { exportToFile, type ExportedFile } from './export-file';
import { formatCount, formatMegabytes } from './format';
import { formatRoute } from './route';
import { shown } from './use-load';

export function ExportSection() {
  const { admin, overview, selection, announce } = useOptions();
  const [what, setWhat] = useState<'all' | 'selection'>(selection.size > 0 ? 'selection' : 'all');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<ExportedFile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const total = shown(overview)?.articleCount;
  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const file = await exportToFile(admin, what === 'selection' ? [...selection] : undefined);
      setSaved(file);
      announce(t('optExportSaved', file.fileName, formatMegabytes(file.bytes)));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="stack">
      <p class="muted">{t('optExportIntro')}</p>
      <fieldset class="choices">
        <legend>{t('optExportWhat')}</legend>
        <label class="choice">
          <input type="radio" name="export-what" checked={what === 'all'} onChange={() => setWhat('all')} />
          {total === undefined ? t('optExportAllPlain') : t('optExportAll', formatCount(total))}
        </label>
        <label class="choice">
          <input type="radio" name="export-what" checked={what === 'selection'} disabled={selection.size === 0} onChange={() => setWhat('selection')} />
          {t('optExportSelection', formatCount(selection.size))}
        </label>
        {selection.size === 0 && (
          <p class="hint muted"><a href={formatRoute({ section: 'articles', params: {} })}>{t('optSelectInTable')}</a></p>
        )}
      </fieldset>
      <div class="actions">
        <button type="button" class="button primary-button" disabled={busy} onClick={() => void save()}>{busy ? t('optWorking') : t('optExportButton')}</button>
      </div>
      <p role="status" class="muted">{saved ? t('optExportSaved', saved.fileName, formatMegabytes(saved.bytes)) : ''}</p>
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
