// "Keep what I read" in the sidebar: the switch, and whether this article was kept. With the switch on, the
// article is kept as soon as the comparison is shown (so it was compared with the corpus as it was before);
// turning it on here keeps this article too.

import { useEffect, useState } from 'preact/hooks';
import type { KeepReadResult } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { keepWhatIRead, setKeepWhatIRead } from '../../settings/keep-read';
import { t } from '../i18n';

type State = { on: boolean | null; result: KeepReadResult | null; failed: boolean };

export function KeepReadBar({ token }: { token: string }) {
  const [state, setState] = useState<State>({ on: null, result: null, failed: false });
  const keep = () =>
    sendToBackground('keepRead', { token })
      .then((result) => setState((s) => ({ ...s, result, failed: false })))
      .catch(() => setState((s) => ({ ...s, failed: true })));
  useEffect(() => {
    void keepWhatIRead().then((on) => {
      setState((s) => ({ ...s, on }));
      if (on) void keep();
    });
    // Once per article: `keep` is a new closure each render and only reads `token`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);
  const toggle = async (on: boolean) => {
    setState((s) => ({ ...s, on }));
    await setKeepWhatIRead(on);
    if (on) await keep();
  };
  const kept = state.result && state.result.kept !== 'off' ? state.result.kept : null;
  return (
    <div class="keep-read" data-kept={kept ?? 'no'}>
      <label class="toggle-label">
        <input type="checkbox" id="keep-read" checked={state.on === true} disabled={state.on === null}
          onChange={(e) => void toggle(e.currentTarget.checked)} />
        {' '}{t('keepReadLabel')}
      </label>
      <p class="status small" role="status">
        {kept === 'kept' ? t('keepReadKept') : kept === 'held' ? t('keepReadHeld') : state.failed ? t('errorHeading') : ''}
      </p>
    </div>
  );
}
