// One fact: its label as a disclosure button (one line while closed; with "only in this article" / "left out
// here" / "maybe reported", a number conflict and the reprint count in words), a mark per outlet (✓, ? or –),
// and, when opened, the values that differ and each outlet's sentence.

import { useEffect, useId, useState } from 'preact/hooks';
import type { FactConflict } from '../../engine';
import { t } from '../i18n';
import { FactMentions } from './fact-mentions';
import { columnShort, markLabel } from './outlet-label';
import { OutletTags } from './outlet-tags';
import { factTargetId } from './reveal';
import type { FactRowModel, MarkState, OutletColumn } from './view-model';

const MARK_SYMBOLS: Record<MarkState, string> = { reported: '✓', maybe: '?', missing: '–' };

function Marks({ row, columns }: { row: FactRowModel; columns: readonly OutletColumn[] }) {
  return (
    <ul class="marks" aria-label={t('marksLabel')}>
      {columns.map((col, i) => {
        const state = row.marks[i] ?? 'missing';
        return (
          <li key={col.articleId} class={`mark is-${state}`} data-col={columnShort(col)} title={markLabel(col, state)}>
            <span aria-hidden="true">{MARK_SYMBOLS[state]}</span>
            <span class="sr-only">{markLabel(col, state)}</span>
          </li>
        );
      })}
    </ul>
  );
}

function Values({ conflict, columns, textLang }: { conflict: FactConflict; columns: readonly OutletColumn[]; textLang: string }) {
  return (
    <div class="fact-values">
      <p class="small muted">{t('factValues')}</p>
      <ul class="values">
        {conflict.values.map((v, j) => (
          <li class="value" key={j}>
            <p class="value-text" lang={textLang}>{v.texts.join(' / ')}</p>
            <OutletTags ids={v.articleIds} columns={columns} label={t('valueGivenBy')} />
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FactRowProps {
  row: FactRowModel;
  columns: readonly OutletColumn[];
  textLang: string;
  /** The numbers, durations or dates outlets give differently for this fact, if any. */
  conflict: FactConflict | null;
  /** Set when a digest line asked for this fact: the row opens (once per request). */
  revealed: number;
  /** Opening a fact this article reports shows its sentence in the page; closing it clears that. */
  onOpenChange: (row: FactRowModel, open: boolean) => void;
  onShow: (sentence: number, span: { start: number; end: number } | null) => void;
}

export function FactRow({ row, columns, textLang, conflict, revealed, onOpenChange, onShow }: FactRowProps) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  useEffect(() => {
    if (revealed > 0 && !open) {
      setOpen(true);
      onOpenChange(row, true);
    }
    // Only a new request opens the row; closing it afterwards is the reader's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealed]);
  const toggle = () => {
    setOpen(!open);
    onOpenChange(row, !open);
  };
  return (
    <li class={`fact fact-${row.status}${conflict ? ' has-conflict' : ''}`} data-fact={row.fact.id}>
      <div class="fact-line">
        <button type="button" id={factTargetId(row.fact.id)} class="fact-toggle" aria-expanded={open} aria-controls={detailsId} onClick={toggle}>
          <span class="fact-label" lang={textLang}>{row.fact.label}</span>
          {row.status === 'only-here' && <span class="fact-tag tag-only-here">{t('tagOnlyHere')}</span>}
          {row.status === 'omitted' && <span class="fact-tag tag-omitted">{t('tagOmitted')}</span>}
          {row.status === 'maybe' && <span class="fact-tag tag-maybe">{t('tagMaybe')}</span>}
          {conflict && <span class="fact-tag tag-conflict">{t('tagNumbersDiffer')}</span>}
          {row.independent < row.outlets && <span class="fact-reprint">{t('reprintedCount', row.outlets, row.independent)}</span>}
        </button>
        <Marks row={row} columns={columns} />
      </div>
      <div class="fact-details" id={detailsId} hidden={!open}>
        {open && conflict && <Values conflict={conflict} columns={columns} textLang={textLang} />}
        {open && <FactMentions fact={row.fact} columns={columns} textLang={textLang} onShow={onShow} />}
      </div>
    </li>
  );
}
