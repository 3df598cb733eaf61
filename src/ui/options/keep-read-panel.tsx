// "Keep what I read" on the options page: the switch (off until the reader turns it on), how many articles were
// kept while reading, and deleting them all in one step, asked first and undoable like every deletion.

import { useEffect, useState } from 'preact/hooks';
import { keepWhatIRead, setKeepWhatIRead } from '../../settings/keep-read';
import { t } from '../i18n';
import { useOptions } from './context';
import { DeleteDialog, type PendingDeletion } from './delete-dialogs';
import { ErrorMessage } from './error-message';
import { formatCount } from './format';

/** More than any reader keeps; the count is exact below it. */
const MAX_KEPT = 100_000;

export function KeepReadPanel() {
  const { admin, revision } = useOptions();
  const [on, setOn] = useState<boolean | null>(null);
  const [kept, setKept] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState<PendingDeletion | null>(null);
  useEffect(() => {
    void keepWhatIRead().then(setOn, setError);
  }, []);
  useEffect(() => {
    admin.listArticles({ origin: 'read', page: 0, pageSize: MAX_KEPT })
      .then((page) => setKept(page.rows.map((r) => r.id)), setError);
  }, [admin, revision]);
  const toggle = (value: boolean) => {
    setOn(value);
    setKeepWhatIRead(value).catch(setError);
  };
  return (
    <section class="stack" aria-labelledby="keep-read-heading" id="keep-read-panel">
      <h2 class="subheading" id="keep-read-heading">{t('optKeepReadHeading')}</h2>
      <p class="muted">{t('optKeepReadIntro')}</p>
      <label>
        <input type="checkbox" id="keep-read-option" checked={on === true} disabled={on === null}
          onChange={(e) => toggle(e.currentTarget.checked)} />
        {' '}{t('keepReadLabel')}
      </label>
      <p id="keep-read-count">{t('optKeepReadCount', formatCount(kept?.length ?? 0))}</p>
      <div class="actions">
        <button type="button" class="button danger-outline" disabled={!kept || kept.length === 0}
          onClick={() => kept && setPending({ kind: 'articles', ids: kept })}>{t('optKeepReadDelete')}</button>
      </div>
      {error !== null && <ErrorMessage error={error} />}
      {pending && <DeleteDialog pending={pending} onClose={() => setPending(null)} />}
    </section>
  );
}
