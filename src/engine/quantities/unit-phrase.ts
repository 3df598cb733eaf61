// The unit right after a number: a symbol in the gap ("3,5 %", "5€"), a unit word ("Stunden", "per cent"),
// a currency code ("USD"), optionally behind a filler ("drei lange Jahre").

import { continues, gapAfter, lowerAt, textAt, type Scan } from './scan';
import { SYMBOL_UNITS, universalUnit, type UnitDef } from './units';

export interface UnitMatch {
  def: UnitDef;
  /** Last token the unit took (the number's own token when the unit is a symbol). */
  last: number;
  /** Char offset where the unit ends. */
  end: number;
}

/** The unit that follows the number ending at token `last`, or null. */
export function readUnitAfter(scan: Scan, last: number): UnitMatch | null {
  const token = scan.tokens[last];
  if (!token) return null;
  const symbol = /^[ \u00a0\u202f]?([%€$£])/.exec(gapAfter(scan, last));
  const symbolDef = symbol ? SYMBOL_UNITS.get(symbol[1] ?? '') : undefined;
  if (symbol && symbolDef) return { def: symbolDef, last, end: token.end + symbol[0].length };
  const direct = unitWordAt(scan, last + 1);
  if (direct) return direct;
  const filler = continues(scan, last + 1) && !!scan.lexicon?.fillers.has(lowerAt(scan, last + 1));
  return filler ? unitWordAt(scan, last + 2) : null;
}

function unitWordAt(scan: Scan, k: number): UnitMatch | null {
  if (!continues(scan, k)) return null;
  const units = scan.lexicon?.units;
  const pair = continues(scan, k + 1) ? units?.get(`${lowerAt(scan, k)} ${lowerAt(scan, k + 1)}`) : undefined;
  if (pair) return { def: pair, last: k + 1, end: scan.tokens[k + 1]?.end ?? 0 };
  const single = units?.get(lowerAt(scan, k)) ?? universalUnit(textAt(scan, k));
  return single ? { def: single, last: k, end: scan.tokens[k]?.end ?? 0 } : null;
}
