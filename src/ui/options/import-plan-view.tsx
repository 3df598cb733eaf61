// What an import would do, before anything is written: new, updated, moved, already there, invalid (each invalid
// record with its reason), and the choice to import the valid articles or nothing.

import { describeProblem } from '../../engine';
import { t } from '../i18n';
import { formatCount } from './format';
import type { PlanSummary } from './import-runner';

const PROBLEMS_LISTED = 100;

/** Articles an import would write: new ones, changed ones and moved ones; unchanged ones are skipped. */
export function importableCount(summary: PlanSummary): number {
  return summary.added + summary.updated + summary.moved;
}

interface ImportPlanViewProps {
  summary: PlanSummary;
  onImport: () => void;
  onCancel: () => void;
}

function Problems({ summary }: { summary: PlanSummary }) {
  const listed = summary.invalid.slice(0, PROBLEMS_LISTED);
  return (
    <>
      <h3 class="subheading">{t('optInvalidHeading')}</h3>
      <ul class="problems">
        {listed.map((p) => <li key={`${p.list}-${p.record}`}>{describeProblem(p)}</li>)}
      </ul>
      {summary.invalid.length > listed.length && <p class="muted small">{t('optInvalidMore', formatCount(summary.invalid.length - listed.length))}</p>}
    </>
  );
}

export function ImportPlanView({ summary, onImport, onCancel }: ImportPlanViewProps) {
  const count = importableCount(summary);
  const invalid = summary.invalid.length;
  return (
    <div class="stack plan">
      <h2 class="subheading">{t('optPlanHeading', summary.source)}</h2>
      <dl class="counts">
        <div><dt>{t('optPlanNew')}</dt><dd>{formatCount(summary.added)}</dd></div>
        <div><dt>{t('optPlanUpdated')}</dt><dd>{formatCount(summary.updated)}</dd></div>
        {summary.moved > 0 && <div><dt>{t('optPlanMoved')}</dt><dd>{formatCount(summary.moved)}</dd></div>}
        <div><dt>{t('optPlanDuplicates')}</dt><dd>{formatCount(summary.duplicates)}</dd></div>
        <div><dt>{t('optPlanInvalid')}</dt><dd>{formatCount(invalid)}</dd></div>
        <div><dt>{t('optPlanEvents')}</dt><dd>{formatCount(summary.events)}</dd></div>
      </dl>
      {summary.updated > 0 && <p class="muted small">{t('optPlanUpdatedNote')}</p>}
      {invalid > 0 && <Problems summary={summary} />}
      {count === 0 ? <p>{t('optPlanNothing')}</p> : invalid > 0 ? <p>{t('optPlanChoice')}</p> : null}
      <div class="actions">
        {count > 0 && (
          <button type="button" class="button primary-button" onClick={onImport}>
            {invalid > 0 ? t('optImportValid', formatCount(count)) : t('optImportAll', formatCount(count))}
          </button>
        )}
        <button type="button" class="button" onClick={onCancel}>{count === 0 ? t('optClose') : invalid > 0 ? t('optImportNone') : t('optCancel')}</button>
      </div>
    </div>
  );
}
