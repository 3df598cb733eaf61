// An error in words, never a blank panel: what went wrong for the reader, and the admin's own message (which
// names the culprit) as details. A full disk says how much is used of how much the browser allows.

import { t } from '../i18n';
import { ERROR_MESSAGES, errorInfo } from './errors';
import { useStorageUsage } from '../storage-usage';

export function ErrorMessage({ error }: { error: unknown }) {
  const info = errorInfo(error);
  const usage = useStorageUsage(info.kind === 'quota');
  // A full disk waits the moment the browser takes to estimate the space, so the alert says it once, with figures.
  if (info.kind === 'quota' && usage === 'pending') return null;
  const text = info.kind === 'quota'
    ? (typeof usage === 'string' ? t('optErrorQuotaUnknown') : t('optErrorQuota', usage.used, usage.quota))
    : t(ERROR_MESSAGES[info.kind]);
  return (
    <div class="error-box" role="alert">
      <p class="error-message">{text}</p>
      <p class="muted small error-details">{t('errorDetails', info.message)}</p>
    </div>
  );
}
