// The pages and archive records an import of saved pages or web archives left out, each with its reason.

import { t } from '../i18n';
import { formatCount } from './format';
import type { SourceProblem } from './import-sources';

const SHOWN = 20;

export function SkippedSources({ skipped }: { skipped: SourceProblem[] }) {
  if (skipped.length === 0) return null;
  return (
    <div class="stack" id="import-skipped-sources">
      <p>{t('optImportSkippedPages', formatCount(skipped.length))}</p>
      <ul class="small">
        {skipped.slice(0, SHOWN).map((s) => <li key={s.what}>{s.what}: {s.problem}</li>)}
      </ul>
      {skipped.length > SHOWN ? <p class="muted small">{t('optImportSkippedMore', formatCount(skipped.length - SHOWN))}</p> : null}
    </div>
  );
}
