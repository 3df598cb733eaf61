// What the digest and the word choice and quotes sections say while their analyses are computed (the facts are
// shown first), or when computing them failed. Nothing once they are there.

import { t } from '../i18n';
import type { WordingState } from './load-view';

export function WordingNotice({ wording, class: extra = '' }: { wording: WordingState; class?: string }) {
  if (wording === 'done') return null;
  const failed = wording === 'failed';
  return (
    <p class={`empty wording-${wording} ${extra}`.trim()} role={failed ? 'alert' : undefined}>
      {t(failed ? 'wordingFailed' : 'wordingPending')}
    </p>
  );
}
