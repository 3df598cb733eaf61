// Sentence and paragraph ranges for attribution windows. A quote may hold several sentences, so no boundary is
// placed inside a quote span; a quote ending in . ! ? and followed by a capital ends its sentence.

import { ABBREVIATIONS, MONTHS } from '../text/abbreviations';
import type { QuoteSpan } from './quote-spans';

export interface SentenceRange {
  start: number;
  end: number;
  /** Lines count as paragraphs: extracted article text puts each paragraph on its own line. */
  paragraph: number;
}

const TERMINAL = /[.!?\u2026]/u;
const NEWLINE_CODE = 0x0a;

/**
 * TERMINAL for one UTF-16 code. The sentence loop asks it of every character, and compares codes because
 * `text[i]` (a new string for each non-Latin-1 character) and a regex test per character are several times slower.
 */
function isTerminalCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026; // . ! ? …
}

const SENTENCE_START = /[\p{Lu}\p{N}„“”"«»‚‘]/u;

/** True when the '.' at `i` ends an abbreviation, an initial ("J.D.") or an ordinal ("am 24. Februar"). */
function isNonTerminalDot(text: string, i: number, nextWord: string): boolean {
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\./gu, ''))) return true;
  if (/^\p{L}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before)) return true;
  if (/^\d{1,2}$/u.test(before) && (/^\p{Ll}/u.test(nextWord) || MONTHS.has(nextWord.toLowerCase()))) return true;
  return false;
}

function insideMask(text: string, spans: QuoteSpan[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const s of spans) mask.fill(1, s.open + 1, s.close);
  return mask;
}

/** Where the sentence ending with the terminal at `i` really ends, or -1 when `i` is no boundary. */
function boundaryAfter(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && /[)\]”“’»«"']/u.test(text[j]!)) j++;
  if (j < text.length && !/\s/u.test(text[j]!)) return -1;
  let k = j;
  while (k < text.length && /[^\S\n]/u.test(text[k]!)) k++;
  if (k >= text.length || text[k] === '\n') return j;
  if (!SENTENCE_START.test(text[k]!)) return -1;
  const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(k))?.[0] ?? '';
  if (text[i] === '.' && isNonTerminalDot(text, i, nextWord)) return -1;
  return j;
}

export function sentenceRanges(text: string, spans: QuoteSpan[]): SentenceRange[] {
  const inside = insideMask(text, spans);
  // A closing mark right after . ! ? ends the sentence like the terminal inside it would. A mask, not a set:
  // it is asked for every character of the text.
  const terminalClosers = new Uint8Array(text.length);
  for (const s of spans) if (TERMINAL.test(text.slice(s.open + 1, s.close).trimEnd().slice(-1))) terminalClosers[s.close] = 1;
  const ranges: SentenceRange[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) ranges.push({ start, end, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE_CODE) {
      push(i);
      start = i + 1;
      paragraph++;
      continue;
    }
    if (inside[i] || !(isTerminalCode(code) || terminalClosers[i])) continue;
    const end = boundaryAfter(text, i);
    if (end < 0) continue;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return ranges;
}

/** Index of the range holding `pos` (the last range starting at or before it). */
export function rangeIndexAt(ranges: SentenceRange[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
