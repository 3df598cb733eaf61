// The quantities a sentence states (durations, counts, percentages, money, dates, years), normalised so that
// differently worded reports of one number can be compared ("zweieinhalb Stunden" = "150 minutes").

import type { QuantityKind } from '../types';

export type { QuantityKind };

export interface Quantity {
  kind: QuantityKind;
  /** duration: minutes; date: days since 1970-01-01 (UTC); year: the year; count/percent/money: the number. */
  value: number;
  /** 'min' (durations), 'day' (dates), 'year', '' (plain counts), a measure ('km'), '%', 'pp', or an ISO currency. */
  unit: string;
  /** Dates only: YYYY-MM-DD, or YYYY-MM when the text names no day. */
  iso?: string;
  /** The text hedges the number ("rund", "knapp", "mehr als", "about", "nearly") or gives a range. */
  approximate: boolean;
  /** Absolute slack in `unit`: 0 when exact; hedges, ranges and month-only dates widen it. */
  tolerance: number;
  /** The matched text as written: `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

export interface ExtractOptions {
  /** BCP-47 tag. "de" and "en" get word rules; any other language still gets digits, symbols and numeric dates. */
  language: string;
  /** YYYY-MM-DD the text speaks from; weekdays and "gestern" resolve against it and are skipped without it. */
  referenceDate?: string | null;
}
