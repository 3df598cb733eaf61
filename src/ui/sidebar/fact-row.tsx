// One fact: its label as a disclosure button (with "only in this article" / "not in this article" / "maybe
// reported" and the reprint count in words), a mark per outlet (✓, ? or –), and each outlet's sentence when
// opened.

import { useId, useState } from 'preact/hooks';
import { t } from '../i18n';
import { FactMentions } from './fact-mentions';
import { columnShort, markLabel } from './outlet-label';
import type { FactRowModel, MarkState, OutletColumn } from './view-model';

const MARK_SYMBOLS: Record<MarkState, string> = { reported: '✓', maybe: '?', missing: '–' };

function Marks({ row, columns }: { row: FactRowModel; columns: readonly OutletColumn[] }) {
  return (
    <ul class="marks" aria-label={t('marksLabel')}>
      {columns.map((col, i) => {
        const state = row.marks[i] ?? 'missing';
        return (
          <li key={col.articleId} class={`mark is-${state}`} data-col={columnShort(col)}>
            <span aria-hidden="true">{MARK_SYMBOLS[state]}</span>
            <span class="sr-only">{markLabel(col, state)}</span>
          </li>
        );
      })}
    </ul>
  );
}

interface FactRowProps {
  row: FactRowModel;
  columns: readonly OutletColumn[];
  textLang: string;
  /** Opening a fact this article reports shows its sentence in the page; closing it clears that. */
  onOpenChange: (row: FactRowModel, open: boolean) => void;
  onShow: (sentence: number, span: { start: number; end: number } | null) => void;
}

export function FactRow({ row, columns, textLang, onOpenChange, onShow }: FactRowProps) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const toggle = () => {
    setOpen(!open);
    onOpenChange(row, !open);
  };
  return (
    <li class={`fact fact-${row.status}`} data-fact={row.fact.id}>
      <div class="fact-line">
        <button type="button" class="fact-toggle" aria-expanded={open} aria-controls={detailsId} onClick={toggle}>
          <span class="fact-label" lang={textLang}>{row.fact.label}</span>
          {row.status === 'only-here' && <span class="fact-tag tag-only-here">{t('tagOnlyHere')}</span>}
          {row.status === 'omitted' && <span class="fact-tag tag-omitted">{t('tagOmitted')}</span>}
          {row.status === 'maybe' && <span class="fact-tag tag-maybe">{t('tagMaybe')}</span>}
          {row.independent < row.outlets && <span class="fact-reprint">{t('reprintedCount', row.outlets, row.independent)}</span>}
        </button>
        <Marks row={row} columns={columns} />
      </div>
      <div class="fact-details" id={detailsId} hidden={!open}>
        {open && <FactMentions fact={row.fact} columns={columns} textLang={textLang} onShow={onShow} />}
      </div>
    </li>
  );
}
