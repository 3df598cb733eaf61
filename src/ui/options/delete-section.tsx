// Deleting in bulk: the articles selected in the table, a whole event, or every article of an outlet. Each
// asks first, naming what goes and how many articles; the last deletion can be undone.

import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { useOptions } from './context';
import { DeleteDialog, type PendingDeletion } from './delete-dialogs';
import { ErrorMessage } from './error-message';
import { EventPicker } from './event-picker';
import { formatCount } from './format';
import { formatRoute } from './route';
import { shown } from './use-load';

function OutletChooser({ onChoose }: { onChoose: (outlet: string) => Promise<void> }) {
  const { overview } = useOptions();
  const [outlet, setOutlet] = useState('');
  const [error, setError] = useState<unknown>(null);
  const outlets = shown(overview)?.outlets ?? [];
  return (
    <form class="inline-form" onSubmit={(e) => { e.preventDefault(); setError(null); onChoose(outlet).catch(setError); }}>
      <div class="field">
        <label for="delete-outlet">{t('optDeleteOutletLabel')}</label>
        <select id="delete-outlet" value={outlet} onChange={(e) => setOutlet(e.currentTarget.value)}>
          <option value="">{t('optChooseOutlet')}</option>
          {outlets.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </div>
      <button type="submit" class="button danger-outline" disabled={!outlet}>{t('optDeleteOutletButton')}</button>
      {error !== null && <ErrorMessage error={error} />}
    </form>
  );
}

export function DeleteSection() {
  const { admin, overview, selection } = useOptions();
  const [pending, setPending] = useState<PendingDeletion | null>(null);
  const [eventId, setEventId] = useState('');
  const events = shown(overview)?.events ?? [];
  const event = events.find((e) => e.id === eventId);
  const chooseOutlet = async (outlet: string) => {
    const { total } = await admin.listArticles({ outlet, page: 0, pageSize: 1 });
    setPending({ kind: 'outlet', outlet, count: total });
  };
  return (
    <div class="stack">
      {overview.kind === 'error' && <ErrorMessage error={overview.error} />}
      <h2 class="subheading">{t('optDeleteSelectedHeading')}</h2>
      <p>
        {t('optSelectedCount', formatCount(selection.size))}{' '}
        <a href={formatRoute({ section: 'articles', params: {} })}>{t('optSelectInTable')}</a>
      </p>
      <div class="actions">
        <button type="button" class="button danger-outline" disabled={selection.size === 0}
          onClick={() => setPending({ kind: 'articles', ids: [...selection] })}>{t('optDeleteSelected')}</button>
      </div>
      <h2 class="subheading">{t('optDeleteEventHeading')}</h2>
      <EventPicker id="delete-event" label={t('optDeleteEventLabel')} events={events} value={eventId} onChange={setEventId} />
      <div class="actions">
        <button type="button" class="button danger-outline" disabled={!event}
          onClick={() => event && setPending({ kind: 'event', event })}>{t('optDeleteEventButton')}</button>
      </div>
      <h2 class="subheading">{t('optDeleteOutletHeading')}</h2>
      <OutletChooser onChoose={chooseOutlet} />
      {pending && <DeleteDialog pending={pending} onClose={() => setPending(null)} onDeleted={() => setEventId('')} />}
    </div>
  );
}
