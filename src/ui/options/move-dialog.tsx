// "Move to event…": an existing event (searchable) or a new event of its own. The reader's decision is kept
// when the engine recomputes events, and the dialog says so.

import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ConfirmDialog } from './confirm-dialog';
import { useOptions } from './context';
import { EventPicker } from './event-picker';
import { shown } from './use-load';

interface MoveDialogProps {
  articleId: string;
  currentEventId: string;
  onClose: () => void;
}

export function MoveDialog({ articleId, currentEventId, onClose }: MoveDialogProps) {
  const { admin, overview, changed, announce } = useOptions();
  const events = shown(overview)?.events ?? [];
  const [target, setTarget] = useState<'existing' | 'new'>('existing');
  const [eventId, setEventId] = useState('');
  const [missing, setMissing] = useState(false);
  const move = async () => {
    if (target === 'existing' && !eventId) {
      setMissing(true);
      return;
    }
    const placement = target === 'new' ? ({ newEvent: true } as const) : { eventId };
    const moved = await admin.moveArticle(articleId, placement);
    const title = events.find((e) => e.id === moved.eventId)?.title;
    announce(target === 'new' || !title ? t('optMovedToNew') : t('optMovedTo', title));
    changed();
    onClose();
  };
  return (
    <ConfirmDialog id="move-dialog" title={t('optMoveTitle')} confirmLabel={t('optMoveConfirm')} onConfirm={move} onCancel={onClose}>
      <fieldset class="choices">
        <legend class="sr-only">{t('optMoveTitle')}</legend>
        <label class="choice">
          <input type="radio" name="move-target" checked={target === 'existing'} onChange={() => setTarget('existing')} />
          {t('optMoveExisting')}
        </label>
        <EventPicker id="move-event" label={t('optMoveEventLabel')} events={events} value={eventId} exclude={currentEventId}
          disabled={target !== 'existing'} onChange={(id) => { setEventId(id); setMissing(false); }} />
        {missing && <p class="field-error" role="alert">{t('optMoveChooseEvent')}</p>}
        <label class="choice">
          <input type="radio" name="move-target" checked={target === 'new'} onChange={() => setTarget('new')} />
          {t('optMoveNew')}
        </label>
      </fieldset>
      <p class="muted small">{t('optMoveKept')}</p>
    </ConfirmDialog>
  );
}
