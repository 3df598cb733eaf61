// Numbers: facts for which outlets give different numbers, durations or dates, each value with its outlets.

import type { Fact, FactConflict } from '../../engine';
import { t } from '../i18n';
import { OutletTags } from './outlet-tags';
import { Section } from './section';
import type { OutletColumn } from './view-model';

interface NumbersSectionProps {
  conflicts: FactConflict[];
  facts: Fact[];
  columns: readonly OutletColumn[];
  textLang: string;
}

export function NumbersSection({ conflicts, facts, columns, textLang }: NumbersSectionProps) {
  const labelOf = (id: string) => facts.find((f) => f.id === id)?.label ?? id;
  return (
    <Section id="numbers" title={t('sectionNumbers')} count={conflicts.length}>
      {conflicts.length === 0 ? (
        <p class="empty">{t('numbersEmpty')}</p>
      ) : (
        <>
          <p class="hint muted">{t('numbersIntro')}</p>
          <ul class="cards">
            {conflicts.map((conflict, i) => (
              <li class="card" key={i} id={`numbers-${i}`} tabIndex={-1}>
                <h3 class="card-title" lang={textLang}>{labelOf(conflict.factId)}</h3>
                <ul class="values">
                  {conflict.values.map((v, j) => (
                    <li class="value" key={j}>
                      <p class="value-text" lang={textLang}>{v.texts.join(' / ')}</p>
                      <OutletTags ids={v.articleIds} columns={columns} label={t('valueGivenBy')} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
