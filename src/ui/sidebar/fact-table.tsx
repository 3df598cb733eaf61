// The facts: a summary in words, the coverage switch, a filter, then the facts several independent outlets
// report (first ten, "show all" for the rest) and, collapsed under its own heading, one outlet's background.
// One row per fact with a mark per outlet (this article's column first) under a sticky header that names
// the columns. Opening a fact this article reports scrolls the page to its sentence.

import { useCallback, useState } from 'preact/hooks';
import type { Comparison, FactConflict } from '../../engine';
import { sendToBackground } from '../../messaging/send';
import { t } from '../i18n';
import { CoverageToggle } from './coverage-toggle';
import { FactFilter } from './fact-filter';
import { FACTS_SHOWN_FIRST, rankFacts } from './fact-ranking';
import { FactRow } from './fact-row';
import { columnShort, outletLabel } from './outlet-label';
import { useReveal, type RevealRequest } from './reveal';
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

function Head({ columns }: { columns: readonly OutletColumn[] }) {
  // Hidden from screen readers (each mark names its outlet); the names are there on hover.
  return (
    <div class="facts-head" aria-hidden="true">
      <span />
      <span class="marks">{columns.map((col) => <span class="mark" key={col.articleId} title={outletLabel(col)}>{columnShort(col)}</span>)}</span>
    </div>
  );
}

export function FactTable({ comparison, columns, token, textLang }: FactTableProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [showAll, setShowAll] = useState(false);
  const [backgroundOpen, setBackgroundOpen] = useState(false);
  const [revealed, setRevealed] = useState<{ fact: string; n: number } | null>(null);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const rows = factRows(comparison, columns);
  const counts = factCounts(comparison);
  const ranked = rankFacts(rows);
  const conflicts = new Map<string, FactConflict>(comparison.conflicts.map((c) => [c.factId, c]));

  // A digest line asking for a fact: make its row visible wherever it is, then open it.
  useReveal(useCallback((request: RevealRequest) => {
    if (!request.fact) return;
    const fact = request.fact;
    setFilter('all');
    const index = ranked.main.findIndex((r) => r.fact.id === fact);
    if (index >= FACTS_SHOWN_FIRST) setShowAll(true);
    if (index < 0) setBackgroundOpen(true);
    setRevealed((prev) => ({ fact, n: (prev?.n ?? 0) + 1 }));
  }, [ranked.main]));

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
  const rowList = (list: readonly FactRowModel[]) => (
    <ul class="fact-list">
      {list.map((row) => (
        <FactRow
          key={row.fact.id}
          row={row}
          columns={columns}
          textLang={textLang}
          conflict={conflicts.get(row.fact.id) ?? null}
          revealed={revealed?.fact === row.fact.id ? revealed.n : 0}
          onOpenChange={onOpenChange}
          onShow={(s, span) => void highlight(s, true, span)}
        />
      ))}
    </ul>
  );

  const filtered = filter === 'all' ? null : filterRows([...ranked.main, ...ranked.background], filter);
  const main = showAll ? ranked.main : ranked.main.slice(0, FACTS_SHOWN_FIRST);
  const hiddenCount = ranked.main.length - main.length;

  return (
    <Section id="facts" title={t('sectionFacts')} count={rows.length} defaultOpen>
      <p class="summary">
        {t('factsSummary', counts.inArticle, counts.onlyHere, counts.omitted)}
        {counts.maybe > 0 && ` · ${t('factsSummaryMaybe', counts.maybe)}`}
      </p>
      <CoverageToggle token={token} comparison={comparison} />
      <FactFilter value={filter} counts={{ all: rows.length, 'only-here': counts.onlyHere, omitted: counts.omitted, maybe: counts.maybe }} onChange={setFilter} />
      <p class="hint muted">{t('factsRankedHint')} {t('factsHint')} {t('marksLegend')} · {t('marksLegendMaybe')}</p>
      <p class="status" role="status">{status}</p>
      <div class={`facts${columns.length > WIDE ? ' is-wide' : ''}`}>
        <Head columns={columns} />
        {filtered !== null ? (
          filtered.length === 0 ? <p class="empty">{t('filterEmpty')}</p> : rowList(filtered)
        ) : (
          <>
            {ranked.main.length === 0 ? <p class="empty">{t('filterEmpty')}</p> : rowList(main)}
            {(hiddenCount > 0 || showAll) && ranked.main.length > FACTS_SHOWN_FIRST && (
              <button type="button" class="text-button small facts-more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
                {showAll ? t('factsShowFewer') : t('factsShowAll', ranked.main.length)}
              </button>
            )}
            {ranked.background.length > 0 && (
              <div class="facts-background">
                <h3 class="facts-background-heading">
                  <button type="button" class="section-toggle small-toggle" aria-expanded={backgroundOpen} aria-controls="facts-background-body" onClick={() => setBackgroundOpen(!backgroundOpen)}>
                    <span>{t('factsBackground')}</span> <span class="count">({ranked.background.length})</span>
                  </button>
                </h3>
                <div id="facts-background-body" hidden={!backgroundOpen}>
                  <p class="hint muted">{t('factsBackgroundHint')}</p>
                  {backgroundOpen && rowList(ranked.background)}
                </div>
              </div>
            )}
          </>
        )}
      </div>
    </Section>
  );
}
