// Builds a Quantity from what a rule found, so text, offsets and tolerance are derived the same way everywhere.

import type { Scan } from './scan';
import { toleranceFor } from './tolerance';
import type { Quantity, QuantityKind } from './types';

export interface QuantityParts {
  kind: QuantityKind;
  value: number;
  unit: string;
  approximate: boolean;
  start: number;
  end: number;
  iso?: string;
  /** Slack the text itself gives (half a range, half a month); the tolerance is at least this. */
  spread?: number;
}

export function makeQuantity(scan: Scan, parts: QuantityParts): Quantity {
  const { kind, value, unit, approximate, start, end, iso, spread = 0 } = parts;
  return {
    kind,
    value,
    unit,
    ...(iso === undefined ? {} : { iso }),
    approximate,
    tolerance: Math.max(toleranceFor(kind, value, approximate), spread),
    text: scan.text.slice(start, end),
    start,
    end,
  };
}
