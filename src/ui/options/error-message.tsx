// An error in words, never a blank panel: what went wrong for the reader, and the admin's own message (which
// names the culprit) as details. A full disk says how much is used of how much the browser allows.

import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { ERROR_MESSAGES, errorInfo } from './errors';
import { formatMegabytes } from './format';

interface Usage {
  used: string;
  quota: string;
}

/** The browser's estimate in megabytes; null while unknown (no estimate, or no quota in it). */
function useStorageUsage(wanted: boolean): Usage | null {
  const [usage, setUsage] = useState<Usage | null>(null);
  useEffect(() => {
    if (!wanted || typeof navigator.storage?.estimate !== 'function') return;
    navigator.storage.estimate().then(
      (e) => e.quota && setUsage({ used: formatMegabytes(e.usage ?? 0), quota: formatMegabytes(e.quota) }),
      () => undefined,
    );
  }, [wanted]);
  return usage;
}

export function ErrorMessage({ error }: { error: unknown }) {
  const info = errorInfo(error);
  const usage = useStorageUsage(info.kind === 'quota');
  const text = info.kind === 'quota'
    ? (usage === null ? t('optErrorQuotaUnknown') : t('optErrorQuota', usage.used, usage.quota))
    : t(ERROR_MESSAGES[info.kind]);
  return (
    <div class="error-box" role="alert">
      <p class="error-message">{text}</p>
      <p class="muted small error-details">{t('errorDetails', info.message)}</p>
    </div>
  );
}
