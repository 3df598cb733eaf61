// How an outlet column is named in words: "A Tagesblatt", "B Unknown outlet", "This article (Nordkurier)".

import { t } from '../i18n';
import type { OutletColumn } from './view-model';

export function outletName(col: OutletColumn): string {
  return col.name ?? t('unknownOutlet');
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

/** A ✓/– mark in words, for screen readers: "Reported by Junge Freiheit (B)", "Not reported in this article". */
export function markLabel(col: OutletColumn, reported: boolean): string {
  if (col.letter === null) return t(reported ? 'markReportedHere' : 'markNotReportedHere');
  return t(reported ? 'markReported' : 'markNotReported', outletName(col), col.letter);
}
