// The outlets behind a term, a quote rendering, a value or a reprint: a small list of column badges and names.

import { outletLabel, columnShort, outletName } from './outlet-label';
import { columnsOf, type OutletColumn } from './view-model';

export function OutletTags({ ids, columns, label }: { ids: readonly string[]; columns: readonly OutletColumn[]; label: string }) {
  return (
    <ul class="tags" aria-label={label}>
      {columnsOf(ids, columns).map((col) => (
        <li class="tag" key={col.articleId} title={outletLabel(col)}>
          <span class="badge" aria-hidden="true">{columnShort(col)}</span>
          <span class="sr-only">{outletLabel(col)}</span>
          <span aria-hidden="true">{col.letter === null ? (col.name ?? '') : outletName(col)}</span>
        </li>
      ))}
    </ul>
  );
}
