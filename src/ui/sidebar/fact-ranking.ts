// The order and grouping of the fact list: facts that several independent outlets report come first, and one
// outlet's background (facts no other outlet and not this article report) goes under its own heading, so the
// list opens on what outlets agree on and what this article has or lacks, not on every outlet's asides.

import { CURRENT, type FactRowModel } from './view-model';

/** How many ranked facts the list shows before "show all". */
export const FACTS_SHOWN_FIRST = 10;

export interface RankedFacts {
  /** Facts this article reports, or at least two independent outlets report: most independent outlets first. */
  main: FactRowModel[];
  /** Facts only one independent outlet (not this article) reports, in the engine's order. */
  background: FactRowModel[];
}

function reportedHere(row: FactRowModel): boolean {
  return row.fact.mentions.some((m) => m.articleId === CURRENT);
}

/** Splits rows into the ranked list and one-outlet background; the sort is stable (engine order on ties). */
export function rankFacts(rows: readonly FactRowModel[]): RankedFacts {
  const main: { row: FactRowModel; index: number }[] = [];
  const background: FactRowModel[] = [];
  rows.forEach((row, index) => {
    if (reportedHere(row) || row.independent >= 2) main.push({ row, index });
    else background.push(row);
  });
  main.sort((a, b) => b.row.independent - a.row.independent || b.row.outlets - a.row.outlets || a.index - b.index);
  return { main: main.map((m) => m.row), background };
}
