// How far a reported number may stray and still mean the same: exact numbers must match; hedged ones ("rund",
// "about") get 10% of the value, never less than a floor that suits the kind.

import type { QuantityKind } from './types';

/** Dates and years are points on a timeline, not magnitudes: 10% of a day number would span centuries. */
const RELATIVE: Readonly<Record<QuantityKind, number>> = {
  duration: 0.1, count: 0.1, percent: 0.1, money: 0.1, date: 0, year: 0,
};

/** Minutes, days, percent points …: "rund 5" should still agree with 6, "etwa 30 Minuten" with 35. */
const FLOOR: Readonly<Record<QuantityKind, number>> = {
  duration: 5, date: 1, year: 0, count: 1, percent: 0.5, money: 0,
};

export function toleranceFor(kind: QuantityKind, value: number, approximate: boolean): number {
  if (!approximate) return 0;
  return Math.max(RELATIVE[kind] * Math.abs(value), FLOOR[kind]);
}
