// Walks a sentence token by token and lets each rule claim what it recognises: dates first (so "12. Februar" is
// no count 12), then numbers that are no quantities (clock times, ids), then amounts.

import { matchAmount } from './amounts';
import { matchDate } from './dates';
import { nonQuantityLength } from './guards';
import { matchNamedDay } from './named-days';
import { createScan, type Match, type Scan } from './scan';
import type { ExtractOptions, Quantity } from './types';

/** Quantities in `text`, in order, never overlapping; each `text` equals `input.slice(start, end)`. */
export function extractQuantities(text: string, options: ExtractOptions): Quantity[] {
  const scan = createScan(text, options);
  const found: Quantity[] = [];
  for (let i = 0; i < scan.tokens.length; ) {
    const match = matchAt(scan, i);
    if (match?.quantity) found.push(match.quantity);
    i = match ? Math.max(match.next, i + 1) : i + 1;
  }
  return found;
}

function matchAt(scan: Scan, i: number): Match | null {
  const skip = nonQuantityLength(scan, i);
  return (
    matchDate(scan, i) ??
    (skip > 0 ? { quantity: null, next: i + skip } : null) ??
    matchNamedDay(scan, i) ??
    matchAmount(scan, i)
  );
}
