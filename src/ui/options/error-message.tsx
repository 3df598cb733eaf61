// An error in words, never a blank panel: what went wrong for the reader, and the admin's own message (which
// names the culprit) as details. A full disk says how much is used.

import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { ERROR_MESSAGES, errorInfo } from './errors';
import { formatMegabytes } from './format';

function useUsedMegabytes(wanted: boolean): string | null {
  const [used, setUsed] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted || typeof navigator.storage?.estimate !== 'function') return;
    navigator.storage.estimate().then((e) => setUsed(formatMegabytes(e.usage ?? 0)), () => undefined);
  }, [wanted]);
  return used;
}

export function ErrorMessage({ error }: { error: unknown }) {
  const info = errorInfo(error);
  const used = useUsedMegabytes(info.kind === 'quota');
  const text = info.kind === 'quota' ? (used === null ? t('optErrorQuotaUnknown') : t('optErrorQuota', used)) : t(ERROR_MESSAGES[info.kind]);
  return (
    <div class="error-box" role="alert">
      <p class="error-message">{text}</p>
      <p class="muted small error-details">{t('errorDetails', info.message)}</p>
    </div>
  );
}
