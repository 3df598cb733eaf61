// No event matched: says so plainly and offers to add the article to the reader's corpus, so the next
// report of the same story they read is compared with it; then what the corpus holds and the other ways to
// grow it (the options page's import, the pack command), so the view is no dead end.

import { ErrorText } from './error-text';
import { useEffect, useState } from 'preact/hooks';
import type { CorpusSummary, ProtocolErrorCode } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { t } from '../i18n';
import { corpusSummaryLine } from './corpus-summary-line';
import { errorCodeOf } from './view-model';

type AddState = { kind: 'idle' } | { kind: 'adding' } | { kind: 'added' } | { kind: 'failed'; code: ProtocolErrorCode };

export function NoMatch({ token, title, inCorpus, textLang }: { token: string; title: string; inCorpus: boolean; textLang: string }) {
  const [state, setState] = useState<AddState>({ kind: 'idle' });
  const summary = useCorpusSummary(state.kind === 'added');
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
    <section class="panel no-match" aria-labelledby="no-match-title">
      <h1 id="no-match-title" tabIndex={-1}>{t('noMatchHeading')}</h1>
      {title && (
        <p class="reading">
          <span class="muted">{t('youAreReading')}</span> <span lang={textLang}>{title}</span>
        </p>
      )}
      <p>{t('noMatchText')}</p>
      {inCorpus ? (
        <p>{t('alreadyInCorpus')}</p>
      ) : state.kind !== 'added' ? (
        <button type="button" class="primary-button" disabled={state.kind === 'adding'} onClick={() => void add()}>
          {state.kind === 'adding' ? t('adding') : t('addArticle')}
        </button>
      ) : null}
      <p class="status" role="status">{state.kind === 'added' ? t('added') : ''}</p>
      {state.kind === 'failed' && <ErrorText code={state.code} />}
      {summary && <p class="corpus-summary">{corpusSummaryLine(summary)}</p>}
      <h2 class="grow-heading">{t('noMatchGrowHeading')}</h2>
      <ul class="grow-list">
        <li>{t('noMatchGrowAdd')}</li>
        <li>{t('noMatchGrowImport')}</li>
        <li>{t('noMatchGrowPack')}</li>
      </ul>
      <button type="button" class="text-button" onClick={() => void sendToBackground('openOptions', {}).catch(() => undefined)}>
        {t('noMatchOpenOptions')}
      </button>
    </section>
  );
}

/** What the corpus holds, asked for once and again after the article was added (it then holds one more).
 *  A failed read only leaves the line out: the view works without it. */
function useCorpusSummary(added: boolean): CorpusSummary | null {
  const [summary, setSummary] = useState<CorpusSummary | null>(null);
  useEffect(() => {
    let current = true;
    sendToBackground('getCorpusSummary', {}).then(
      (answer) => { if (current && typeof answer?.articles === 'number') setSummary(answer); },
      () => undefined,
    );
    return () => { current = false; };
  }, [added]);
  return summary;
}
