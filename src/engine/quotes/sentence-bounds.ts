// Sentence and paragraph ranges for attribution windows: the engine's sentences (text/sentences.ts), one
// paragraph per line, joined where a quote runs across them. A quote may hold several sentences, and its cue
// ("„…. …“, sagte Berger") must stand in the same range as its opening mark.

import { splitSentences } from '../text/sentences';
import type { QuoteSpan } from './quote-spans';

export interface SentenceRange {
  start: number;
  end: number;
  /** Lines count as paragraphs: extracted article text puts each paragraph on its own line. */
  paragraph: number;
}

export function sentenceRanges(text: string, spans: QuoteSpan[], language: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let lineStart = 0;
  let paragraph = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    for (const s of splitSentences(text.slice(lineStart, lineEnd), language, lineStart)) {
      ranges.push({ start: s.start, end: s.end, paragraph });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
    paragraph++;
  }
  return joinAcrossQuotes(ranges, spans);
}

/** Ranges in order, with every range a quote opens in joined to the ranges up to the one it closes in. */
function joinAcrossQuotes(ranges: SentenceRange[], spans: QuoteSpan[]): SentenceRange[] {
  if (!spans.length) return ranges;
  const out: SentenceRange[] = [];
  let k = 0;
  for (const range of ranges) {
    const previous = out[out.length - 1];
    // Spans are ordered by their opening mark; those closing before this range cannot join it.
    while (k < spans.length && spans[k]!.close < range.start) k++;
    let crossing = false;
    for (let j = k; j < spans.length && previous && spans[j]!.open < previous.end; j++) {
      if (spans[j]!.close >= range.start) {
        crossing = true;
        break;
      }
    }
    if (crossing && previous && previous.paragraph === range.paragraph) previous.end = range.end;
    else out.push({ ...range });
  }
  return out;
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
