// Public API of the quantity extractor: find numbers, durations and dates in a sentence and compare them.

export { quantitiesAgree, quantitiesComparable, quantitiesConflict } from './compare-quantities';
export { extractQuantities } from './extract-quantities';
export type { ExtractOptions, Quantity, QuantityKind } from './types';
