// The shape of a language's word rules for quantities (the data lives in lexicon-de.ts, lexicon-en.ts).

import type { WeekdayDirection } from './calendar';
import type { NumberReading } from './number-words';
import type { UnitDef } from './units';

export interface Lexicon {
  /** Reads a number from the start of lower-cased words ("drei", "two hundred"); `used` says how many words. */
  readNumber(words: readonly string[]): NumberReading | null;
  /** How many words one number may span (German fuses them into one: "zweihundertfünfzig"). */
  numberWordsMax: number;
  /** Hedges before a number ("rund", "mehr als", "about"), as word sequences, longest first. */
  approximators: ReadonlyArray<readonly string[]>;
  /** "zwischen 10 und 15 Minuten": opens a range closed by `conjunction`. */
  between: ReadonlySet<string>;
  /** "10 bis 15 Minuten", "10 to 15 minutes". */
  rangeJoiners: ReadonlySet<string>;
  conjunction: string;
  /** Words meaning "one" only when a unit follows: "ein Tag" is a duration, "ein Treffen" no quantity. */
  articles: ReadonlySet<string>;
  /** Between article and unit: a fraction ("eine halbe Stunde") or a hedge ("eine gute Stunde"). */
  articleAdjectives: ReadonlyMap<string, { factor: number; approximate: boolean }>;
  /** Words before an article that make it no count ("once a day", "twice a year"). */
  articleBlockers: ReadonlySet<string>;
  /** "eines Tages" is an idiom ("some day"); it measures only after these ("binnen eines Tages"). */
  genitiveArticles: ReadonlySet<string>;
  genitivePrepositions: ReadonlySet<string>;
  /** "half" before an article ("half an hour"); "halb" fused in compounds ("halbstündig"). */
  halfWords: ReadonlySet<string>;
  /** "one and a half hours", "an hour and a half". Empty when the language fuses it ("eineinhalb"). */
  andHalf: readonly string[];
  /** May stand between a number and its unit without changing it ("drei lange Jahre", "two more hours"). */
  fillers: ReadonlySet<string>;
  units: ReadonlyMap<string, UnitDef>;
  /** Multipliers after a number: "Millionen", "Mrd", "billion", "Dutzend". */
  scales: ReadonlyMap<string, number>;
  /** Adjective stems with a fused duration, read as number + stem + ending ("zwei|stündig|e"). */
  durationSuffixes: ReadonlyMap<string, number>;
  months: ReadonlyMap<string, number>;
  /** Weekday names, 0 = Sunday, and the parts of day that may be fused to them ("Sonntag|abend"). */
  weekdays: ReadonlyMap<string, number>;
  weekdayParts: ReadonlySet<string>;
  weekdayShifts: ReadonlyMap<string, WeekdayDirection>;
  /** Days relative to the reference ("gestern" → -1). */
  relativeDays: ReadonlyMap<string, number>;
  /** Relative-day words that mean something else when capitalised ("Morgen" is the morning, "morgen" tomorrow). */
  lowercaseOnly: ReadonlySet<string>;
  /** Before "3." these make it an ordinal ("am 3. Tag"), not a count. */
  ordinalDeterminers: ReadonlySet<string>;
  /** After a number these make it a clock time ("19 Uhr", "7 p.m."). */
  clockWords: ReadonlySet<string>;
  /** Day numbers may carry an ordinal suffix ("12th"). */
  ordinalSuffix: RegExp | null;
}

/** Hedges sorted longest first, so "mehr als" wins over a shorter entry with the same start. */
export function longestFirst(phrases: readonly string[]): ReadonlyArray<readonly string[]> {
  return phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
}

export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/** Maps each space-separated spelling of a group to the group's value. */
export function wordTable<T>(groups: ReadonlyArray<readonly [string, T]>): ReadonlyMap<string, T> {
  return new Map(groups.flatMap(([spellings, value]) => spellings.split(' ').map((s) => [s, value] as const)));
}
