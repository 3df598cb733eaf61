// The confirmation before a deletion (articles, an event, an outlet's articles), naming what will go and how
// many articles; after it the page offers Undo. Deleted articles leave the selection.

import type { EventSummary } from '../../db/corpus-admin-api';
import { t } from '../i18n';
import { ConfirmDialog } from './confirm-dialog';
import { useOptions } from './context';
import { formatCount } from './format';

export type PendingDeletion =
  | { kind: 'articles'; ids: string[] }
  | { kind: 'event'; event: EventSummary }
  | { kind: 'outlet'; outlet: string; count: number };

function wording(pending: PendingDeletion): { title: string; body: string } {
  switch (pending.kind) {
    case 'articles':
      return { title: t('optDeleteArticlesTitle'), body: t('optDeleteArticlesBody', formatCount(pending.ids.length)) };
    case 'event':
      return {
        title: t('optDeleteEventTitle'),
        body: t('optDeleteEventBody', pending.event.title || t('optUntitled'), formatCount(pending.event.articleCount)),
      };
    case 'outlet':
      return { title: t('optDeleteOutletTitle'), body: t('optDeleteOutletBody', pending.outlet, formatCount(pending.count)) };
  }
}

interface DeleteDialogProps {
  pending: PendingDeletion;
  onClose: () => void;
  /** After a deletion, before the dialog closes (the article view leaves its deleted article). */
  onDeleted?: () => void;
}

export function DeleteDialog({ pending, onClose, onDeleted }: DeleteDialogProps) {
  const { admin, deleted, changed, selection, setSelection } = useOptions();
  const { title, body } = wording(pending);
  const run = async () => {
    const receipt =
      pending.kind === 'articles' ? await admin.deleteArticles(pending.ids)
      : pending.kind === 'event' ? await admin.deleteEvent(pending.event.id)
      : await admin.deleteOutlet(pending.outlet);
    if (pending.kind === 'articles') setSelection(new Set([...selection].filter((id) => !pending.ids.includes(id))));
    else setSelection(new Set());
    deleted(receipt);
    changed();
    onDeleted?.();
    onClose();
  };
  return (
    <ConfirmDialog id="delete-dialog" title={title} confirmLabel={t('optDeleteConfirm')} danger onConfirm={run} onCancel={onClose}>
      <p>{body}</p>
      <p class="muted small">{t('optDeleteUndoHint')}</p>
    </ConfirmDialog>
  );
}
