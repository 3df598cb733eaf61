// "Are you sure?" in a modal dialog that names what will happen. Cancel has the focus first, so Enter on a
// destructive question does nothing harmful. A failed step stays in the dialog with its error in words.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ErrorMessage } from './error-message';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  id: string;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  /** Resolves when done (the caller then closes the dialog); a rejection is shown in the dialog. */
  onConfirm: () => Promise<void>;
  onCancel: () => void;
  children: ComponentChildren;
}

export function ConfirmDialog({ id, title, confirmLabel, danger = false, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog labelledBy={`${id}-title`} describedBy={`${id}-body`} onCancel={() => !busy && onCancel()}>
      <h2 class="dialog-title" id={`${id}-title`}>{title}</h2>
      <div class="dialog-body" id={`${id}-body`}>{children}</div>
      {error !== null && <ErrorMessage error={error} />}
      <div class="dialog-actions">
        <button type="button" class="button" data-autofocus disabled={busy} onClick={onCancel}>{t('optCancel')}</button>
        <button type="button" class={danger ? 'button danger-button' : 'button primary-button'} disabled={busy} onClick={() => void confirm()}>
          {busy ? t('optWorking') : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
