// A failed action's error in words; a full disk says how much is used of how much the browser allows.

import type { ProtocolErrorCode } from '../../messaging/protocol';
import { t } from '../i18n';
import { useStorageUsage } from '../storage-usage';
import { errorKey } from './view-model';

export function ErrorText({ code }: { code: ProtocolErrorCode }) {
  const usage = useStorageUsage(code === 'storage-full');
  // A full disk waits the moment the browser takes to estimate the space, so the alert says it once, with figures.
  if (code === 'storage-full' && usage === 'pending') return null;
  const text = code === 'storage-full' && typeof usage !== 'string' ? t('errorStorageFullUsage', usage.used, usage.quota) : t(errorKey(code));
  return <p class="error-text" role="alert">{text}</p>;
}
