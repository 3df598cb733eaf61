// The bar at the top of every view: the name, "Manage corpus" and the close button.

import { useState } from 'preact/hooks';
import type { ProtocolErrorCode } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { t } from '../i18n';
import { CloseIcon } from './icons';
import { errorCodeOf, errorKey } from './view-model';

export function Toolbar({ token }: { token: string | null }) {
  const [failed, setFailed] = useState<ProtocolErrorCode | null>(null);
  const run = (send: () => Promise<unknown>) => {
    setFailed(null);
    send().catch((error: unknown) => setFailed(errorCodeOf(error)));
  };
  return (
    <header class="toolbar">
      <span class="brand">{t('extName')}</span>
      <button type="button" class="text-button" onClick={() => run(() => sendToBackground('openOptions', {}))}>
        {t('manageCorpus')}
      </button>
      <button
        type="button"
        class="icon-button"
        aria-label={t('closeSidebar')}
        title={t('closeSidebar')}
        onClick={() => run(() => sendToBackground('closeSidebar', { token: token ?? '' }))}
      >
        <CloseIcon />
      </button>
      {failed && <p class="toolbar-error" role="alert">{t(errorKey(failed))}</p>}
    </header>
  );
}
