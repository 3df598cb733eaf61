// Whether two reported quantities say the same: same kind and unit, values within the looser tolerance.

import type { Quantity } from './types';

/** Same kind and unit: a duration never compares with a count, "20 km" never with "20" people. */
export function quantitiesComparable(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.unit === b.unit;
}

/** True when a and b are the same kind and unit and their values agree within the larger tolerance. */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  if (!quantitiesComparable(a, b)) return false;
  // Minutes from fractions ("eineinhalb" × 60) are floats; a rounding error must not make a conflict.
  const epsilon = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) <= Math.max(a.tolerance, b.tolerance) + epsilon;
}

/** True when comparable (same kind and unit) but disagreeing beyond tolerance. */
export function quantitiesConflict(a: Quantity, b: Quantity): boolean {
  return quantitiesComparable(a, b) && !quantitiesAgree(a, b);
}
