// One article's text prepared for attribution: tokens, quote spans, sentences, and a mask of what lies inside
// quotes (words inside a quote are the speaker's, never the narrator's cues).

import { tokenize, type Token } from '../text/tokens';
import { lexiconFor, type Lexicon } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { rangeIndexAt, sentenceRanges, type SentenceRange } from './sentence-bounds';

export interface TextView {
  text: string;
  language: string;
  lexicon: Lexicon;
  tokens: Token[];
  spans: QuoteSpan[];
  sentences: SentenceRange[];
  /** 1 where the character lies inside a quote span (marks excluded). */
  inside: Uint8Array;
}

/** `sentences` overrides the built-in splitter when the caller already has sentence ranges. */
export function makeTextView(text: string, language: string, sentences?: SentenceRange[]): TextView {
  const spans = findQuoteSpans(text);
  const inside = new Uint8Array(text.length);
  for (const s of spans) inside.fill(1, s.open + 1, s.close);
  return {
    text,
    language,
    lexicon: lexiconFor(language),
    tokens: tokenize(text),
    spans,
    sentences: sentences ?? sentenceRanges(text, spans, language),
    inside,
  };
}

export function isInsideQuote(view: TextView, token: Token): boolean {
  return view.inside[token.start] === 1;
}

/** Index of the first token starting at or after `pos` (tokens.length when none). */
export function tokenIndexFrom(view: TextView, pos: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The characters between token `i - 1` and token `i` (from the text start for i = 0). */
export function gapBefore(view: TextView, i: number): string {
  const prevEnd = i > 0 ? view.tokens[i - 1]!.end : 0;
  const token = view.tokens[i];
  return view.text.slice(prevEnd, token ? token.start : view.text.length);
}

export function sentenceIndexAt(view: TextView, pos: number): number {
  return rangeIndexAt(view.sentences, pos);
}

/** Indices of the tokens in [from, to) that lie outside quotes. */
export function narratorTokens(view: TextView, range: { start: number; end: number }): number[] {
  const out: number[] = [];
  for (let i = tokenIndexFrom(view, range.start); i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (t.end > range.end) break;
    if (!isInsideQuote(view, t)) out.push(i);
  }
  return out;
}

/**
 * Attribution looks at most this far from a quote: cues sit next to it, and a bound keeps text without
 * sentence ends (lists, broken extraction) from making the search quadratic.
 */
export const CUE_WINDOW_CHARS = 400;

/** Narrator tokens of `sentence` before `pos`, within the cue window. */
export function narratorTokensBefore(view: TextView, sentence: SentenceRange, pos: number): number[] {
  return narratorTokens(view, { start: Math.max(sentence.start, pos - CUE_WINDOW_CHARS), end: pos });
}

/** True when `gap` (the characters between two tokens) is spaces within one line: the tokens read as one phrase. */
export const onlySpaces = (gap: string): boolean => /^[^\S\n]+$/u.test(gap);

/** True when `words` occur as consecutive tokens from index `i` with only spaces between them. */
export function matchesSequence(view: TextView, i: number, words: string[]): boolean {
  return words.every((w, k) => {
    const t = view.tokens[i + k];
    if (!t || t.lower !== w) return false;
    return k === 0 || /^\s+$/u.test(gapBefore(view, i + k));
  });
}
