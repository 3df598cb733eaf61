// What went wrong, in words: extraction failures with their message, protocol errors by code, and a way to
// try again where trying again can help.

import { t } from '../i18n';
import type { MessageKey } from '../messages';

interface ErrorPanelProps {
  message: MessageKey;
  detail?: string;
  onRetry?: () => void;
}

export function ErrorPanel({ message, detail, onRetry }: ErrorPanelProps) {
  return (
    <section class="panel error-panel" aria-labelledby="error-title">
      <h1 id="error-title" tabIndex={-1}>{t('errorHeading')}</h1>
      <p class="error-message">{t(message)}</p>
      {detail && <p class="muted">{t('errorDetails', detail)}</p>}
      {onRetry && <button type="button" class="primary-button" onClick={onRetry}>{t('retry')}</button>}
    </section>
  );
}
