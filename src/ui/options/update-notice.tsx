// Shown when a newer Parallax upgraded the corpus database while this page was open: the page's connection
// is closed (see src/db/admin/close-on-upgrade.ts), so it can only be reloaded.

import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/** True once `outdated` resolved. */
function useOutdated(outdated: Promise<void> | undefined): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    outdated?.then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [outdated]);
  return done;
}

export function UpdateNotice({ outdated }: { outdated: Promise<void> | undefined }) {
  if (!useOutdated(outdated)) return null;
  return (
    <div class="notice update-notice" role="alert">
      <p>{t('optUpdatedReload')}</p>
      <button type="button" class="button" onClick={() => location.reload()}>{t('optReloadPage')}</button>
    </div>
  );
}
