// Buttons that narrow the fact list to the facts only this article has, the ones it leaves out, or the ones
// it maybe reports in other words.

import { t } from '../i18n';
import type { MessageKey } from '../messages';
import type { FactFilter as Filter } from './view-model';

const OPTIONS: [Filter, MessageKey][] = [['all', 'filterAll'], ['only-here', 'filterOnlyHere'], ['omitted', 'filterOmitted'], ['maybe', 'filterMaybe']];

interface FactFilterProps {
  value: Filter;
  counts: Record<Filter, number>;
  onChange: (value: Filter) => void;
}

export function FactFilter({ value, counts, onChange }: FactFilterProps) {
  return (
    <div class="filter" role="group" aria-label={t('filterLabel')}>
      {OPTIONS.map(([option, key]) => (
        <button type="button" key={option} class={`filter-button filter-${option}`} aria-pressed={value === option} onClick={() => onChange(option)}>
          {t(key)} <span class="count">({counts[option]})</span>
        </button>
      ))}
    </div>
  );
}
