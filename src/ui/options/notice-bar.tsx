// The last result in words at the top of the section ("Deleted 3 articles"), with Undo after a deletion.
// Its text is a polite live region, so screen readers hear it too.

import { t } from '../i18n';

export interface Notice {
  text: string;
  /** Offer to undo the last deletion. */
  undo: boolean;
}

interface NoticeBarProps {
  notice: Notice | null;
  undoing: boolean;
  onUndo: () => void;
  onDismiss: () => void;
}

export function NoticeBar({ notice, undoing, onUndo, onDismiss }: NoticeBarProps) {
  return (
    <div class={notice ? 'notice' : 'notice is-empty'}>
      <p class="notice-text" role="status">{notice?.text ?? ''}</p>
      {notice?.undo && (
        <button type="button" class="button" disabled={undoing} onClick={onUndo}>
          {undoing ? t('optWorking') : t('optUndo')}
        </button>
      )}
      {notice && (
        <button type="button" class="text-button" onClick={onDismiss}>{t('optDismiss')}</button>
      )}
    </div>
  );
}
