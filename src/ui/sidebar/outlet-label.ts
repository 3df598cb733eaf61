// How an outlet column is named in words: "A Tagesblatt", "B Unknown outlet", "This article (Nordkurier)".

import { t } from '../i18n';
import type { MessageKey } from '../messages';
import type { MarkState, OutletColumn } from './view-model';

export function outletName(col: OutletColumn): string {
  if (col.name !== null) return col.name;
  return col.unknownNumber ? t('unknownOutletNumbered', col.unknownNumber) : t('unknownOutlet');
}

/** The short column label: its letter, or "Here" for this article. */
export function columnShort(col: OutletColumn): string {
  return col.letter ?? t('columnHere');
}

/** The column in full, for lists and screen readers. */
export function outletLabel(col: OutletColumn): string {
  if (col.letter === null) return col.name ? `${t('thisArticle')} (${col.name})` : t('thisArticle');
  return `${col.letter} ${outletName(col)}`;
}

const MARK_KEYS: Record<MarkState, { here: MessageKey; other: MessageKey }> = {
  reported: { here: 'markReportedHere', other: 'markReported' },
  maybe: { here: 'markMaybeHere', other: 'markMaybe' },
  missing: { here: 'markNotReportedHere', other: 'markNotReported' },
};

/** A ✓/?/– mark in words, for screen readers: "Reported by Junge Freiheit (B)", "Not reported in this article". */
export function markLabel(col: OutletColumn, state: MarkState): string {
  const keys = MARK_KEYS[state];
  if (col.letter === null) return t(keys.here);
  return t(keys.other, outletName(col), col.letter);
}
