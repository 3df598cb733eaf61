// Reprints: outlets that print the same text word for word, the passages, and how much of each text they are.

import type { ReuseReport } from '../../engine';
import { formatPercent, t } from '../i18n';
import { outletLabel } from './outlet-label';
import { Section } from './section';
import { columnsOf, type OutletColumn } from './view-model';

function Group({ group, index, columns, textLang }: { group: ReuseReport; index: number; columns: readonly OutletColumn[]; textLang: string }) {
  const cols = columnsOf(group.articleIds, columns);
  const shares = cols
    .filter((col) => group.tokenShare[col.articleId] !== undefined)
    .map((col) => `${outletLabel(col)} ${formatPercent(group.tokenShare[col.articleId]!)}`);
  return (
    <li class="card" id={`reprints-${index}`} tabIndex={-1}>
      <h3 class="card-title">{cols.map(outletLabel).join(', ')}</h3>
      {shares.length > 0 && <p class="muted small">{t('reprintsShare', shares.join(', '))}</p>}
      <ul class="passages">
        {group.passages.map((passage, i) => (
          <li key={i}>
            <blockquote class="passage" lang={textLang}>{passage}</blockquote>
            {group.quoteOnly[i] && <p class="muted small">{t('reprintsQuotation')}</p>}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ReprintsSection({ reuse, columns, textLang }: { reuse: ReuseReport[]; columns: readonly OutletColumn[]; textLang: string }) {
  return (
    <Section id="reprints" title={t('sectionReprints')} count={reuse.length}>
      {reuse.length === 0 ? (
        <p class="empty">{t('reprintsEmpty')}</p>
      ) : (
        <>
          <p class="hint muted">{t('reprintsIntro')}</p>
          <ul class="cards">{reuse.map((g, i) => <Group key={i} index={i} group={g} columns={columns} textLang={textLang} />)}</ul>
        </>
      )}
    </Section>
  );
}
