// The token stream the quantity rules walk: word tokens plus the raw text between them, where symbols
// ("%", "€", "$"), colons of clock times and the period of "12. Februar" or "ca. 90" live.

import { tokenize, type Token } from '../text/tokens';
import { parseReferenceDay } from './calendar';
import type { Lexicon } from './lexicon';
import { lexiconFor } from './lexicons';
import type { ExtractOptions, Quantity } from './types';

export interface Scan {
  text: string;
  tokens: readonly Token[];
  /** Primary language subtag, lower case ("de" for "de-AT"). */
  language: string;
  /** Word rules of the language; null when it has none (digits and symbols still work). */
  lexicon: Lexicon | null;
  /** The reference date as a day number, or null when unknown. */
  refDay: number | null;
}

/** What a rule made of the tokens from where it started up to `next`: a quantity, or null to skip them. */
export interface Match {
  quantity: Quantity | null;
  next: number;
}

export function createScan(text: string, options: ExtractOptions): Scan {
  const language = (options.language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return {
    text,
    tokens: tokenize(text),
    language,
    lexicon: lexiconFor(language),
    refDay: parseReferenceDay(options.referenceDate),
  };
}

export const SPACES = /^[ \t\u00a0\u202f]+$/;
const PERIOD_SPACES = /^\.[ \t\u00a0\u202f]+$/;
/** Abbreviations whose period does not end the phrase ("ca. 90", "2 Mio. Euro", "Feb. 12", "Nr. 5"). */
const ABBREVIATIONS = new Set([
  'ca', 'approx', 'mio', 'mrd', 'bn', 'mn', 'std', 'min', 'sek', 'sec', 'hrs', 'nr', 'no', 'art', 'jan', 'feb',
  'mär', 'mrz', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec',
]);

/** The raw text between token i-1 and token i (from the start / to the end at the edges). */
export function gapBefore(scan: Scan, i: number): string {
  const prev = scan.tokens[i - 1];
  const cur = scan.tokens[i];
  return scan.text.slice(prev?.end ?? 0, cur?.start ?? scan.text.length);
}

export function gapAfter(scan: Scan, i: number): string {
  return gapBefore(scan, i + 1);
}

export function lowerAt(scan: Scan, i: number): string {
  return scan.tokens[i]?.lower ?? '';
}

export function textAt(scan: Scan, i: number): string {
  return scan.tokens[i]?.text ?? '';
}

/** Token i continues the phrase of token i-1: only spaces between, or the period of an abbreviation. */
export function continues(scan: Scan, i: number): boolean {
  if (i <= 0 || i >= scan.tokens.length) return false;
  const gap = gapBefore(scan, i);
  return SPACES.test(gap) || (PERIOD_SPACES.test(gap) && ABBREVIATIONS.has(lowerAt(scan, i - 1)));
}

/** Tokens i… spell `words` as one phrase (whether token i continues what precedes is the caller's question). */
export function spells(scan: Scan, i: number, words: readonly string[]): boolean {
  return words.every((w, k) => lowerAt(scan, i + k) === w && (k === 0 || continues(scan, i + k)));
}

/** Lower-cased words from i on while they form one phrase, at most `max`. */
export function phraseWords(scan: Scan, i: number, max: number): string[] {
  const words = [lowerAt(scan, i)];
  for (let k = i + 1; k < i + max && continues(scan, k); k++) words.push(lowerAt(scan, k));
  return words;
}

/**
 * A capital on token i that is not explained by a sentence start: a German noun ("außer Acht", "die Elf") or a
 * name ("Air Force One"), not a number word. Any punctuation other than a comma counts as a possible start.
 */
export function capitalisedMidSentence(scan: Scan, i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(textAt(scan, i)) && /^[ \t\u00a0\u202f,]*$/.test(gapBefore(scan, i));
}
