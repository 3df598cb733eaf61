// A matched comparison whose article the corpus does not hold yet: offers to add it, so that another
// outlet's reworded report or word-for-word reprint joins the event as an outlet of its own (article ids
// tell outlets apart, see engine/corpus/article-id). A separate component so that the comparison view only
// places it.

import { useState } from 'preact/hooks';
import type { ProtocolErrorCode } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { t } from '../i18n';
import { ErrorText } from './error-text';
import { errorCodeOf } from './view-model';

type AddState = { kind: 'idle' } | { kind: 'adding' } | { kind: 'added' } | { kind: 'failed'; code: ProtocolErrorCode };

export function AddToEvent({ token }: { token: string }) {
  const [state, setState] = useState<AddState>({ kind: 'idle' });
  const add = async () => {
    setState({ kind: 'adding' });
    try {
      await sendToBackground('addArticle', { token });
      setState({ kind: 'added' });
    } catch (error) {
      setState({ kind: 'failed', code: errorCodeOf(error) });
    }
  };
  return (
    <section class="panel add-to-event" aria-label={t('addArticle')}>
      {state.kind !== 'added' && (
        <>
          <p class="muted">{t('addToEventNote')}</p>
          <button type="button" class="primary-button" disabled={state.kind === 'adding'} onClick={() => void add()}>
            {state.kind === 'adding' ? t('adding') : t('addArticle')}
          </button>
        </>
      )}
      <p class="status" role="status">{state.kind === 'added' ? t('addedToEvent') : ''}</p>
      {state.kind === 'failed' && <ErrorText code={state.code} />}
    </section>
  );
}
