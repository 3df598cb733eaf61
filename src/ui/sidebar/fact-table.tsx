// The facts: a summary in words, the coverage switch, a filter, and one row per fact with a mark per outlet
// (this article's column first). Opening a fact this article reports scrolls the page to its sentence.

import { useState } from 'preact/hooks';
import type { Comparison } from '../../engine/types';
import { sendToBackground } from '../../messaging/send';
import { t } from '../i18n';
import { CoverageToggle } from './coverage-toggle';
import { FactFilter } from './fact-filter';
import { FactRow } from './fact-row';
import { columnShort } from './outlet-label';
import { Section } from './section';
import { errorCodeOf, errorKey, factCounts, factRows, filterRows, type FactFilter as Filter, type FactRowModel, type OutletColumn } from './view-model';

interface FactTableProps {
  comparison: Comparison;
  columns: readonly OutletColumn[];
  token: string;
  textLang: string;
}

/** Above six columns the marks go under the label and each mark shows its column letter. */
const WIDE = 6;

export function FactTable({ comparison, columns, token, textLang }: FactTableProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const rows = factRows(comparison, columns);
  const counts = factCounts(comparison);

  const highlight = async (sentence: number | null, scroll: boolean, span: { start: number; end: number } | null = null) => {
    setHighlighted(sentence);
    try {
      const { found } = await sendToBackground('highlight', { token, sentence, scroll, span });
      setStatus(found || sentence === null ? '' : t('sentenceNotFound'));
    } catch (error) {
      setStatus(t(errorKey(errorCodeOf(error))));
    }
  };
  const onOpenChange = (row: FactRowModel, open: boolean) => {
    if (row.currentSentence === null) return;
    if (open) void highlight(row.currentSentence, true, row.currentSpan);
    else if (highlighted === row.currentSentence) void highlight(null, false);
  };
  const shown = filterRows(rows, filter);

  return (
    <Section id="facts" title={t('sectionFacts')} count={rows.length} defaultOpen>
      <p class="summary">
        {t('factsSummary', counts.inArticle, counts.onlyHere, counts.omitted)}
        {counts.maybe > 0 && ` · ${t('factsSummaryMaybe', counts.maybe)}`}
      </p>
      <CoverageToggle token={token} comparison={comparison} />
      <FactFilter value={filter} counts={{ all: rows.length, 'only-here': counts.onlyHere, omitted: counts.omitted, maybe: counts.maybe }} onChange={setFilter} />
      <p class="hint muted">{t('factsHint')} {t('marksLegend')} · {t('marksLegendMaybe')}</p>
      <p class="status" role="status">{status}</p>
      <div class={`facts${columns.length > WIDE ? ' is-wide' : ''}`}>
        <div class="facts-head" aria-hidden="true">
          <span />
          <span class="marks">{columns.map((col) => <span class="mark" key={col.articleId}>{columnShort(col)}</span>)}</span>
        </div>
        {shown.length === 0 ? (
          <p class="empty">{t('filterEmpty')}</p>
        ) : (
          <ul class="fact-list">
            {shown.map((row) => (
              <FactRow key={row.fact.id} row={row} columns={columns} textLang={textLang} onOpenChange={onOpenChange} onShow={(s, span) => void highlight(s, true, span)} />
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}
