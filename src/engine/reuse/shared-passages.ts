// Passages two texts share word for word (case- and punctuation-insensitive, light edits tolerated),
// with character offsets into both originals so the UI can highlight them.

import { resolveReuseOptions } from './options';
import { prepareText, type PreparedText } from './reuse-tokens';
import { sharedRuns, type RunOptions, type TokenRun } from './token-runs';
import type { ReuseOptions, SharedPassage } from './types';

export interface TextWithId {
  id: string;
  text: string;
}

/** Maximal shared passages of ≥ minTokens tokens, ordered by position in a. */
export function findSharedPassages(a: TextWithId, b: TextWithId, options?: ReuseOptions): SharedPassage[] {
  const resolved = resolveReuseOptions('findSharedPassages', options);
  for (const article of [a, b]) {
    if (typeof article?.text !== 'string') {
      throw new Error(`findSharedPassages: article ${JSON.stringify(article?.id)} has no "text"`);
    }
  }
  const vocabulary = new Map<string, number>();
  const [pa, pb] = [prepareText(a.text, vocabulary, resolved), prepareText(b.text, vocabulary, resolved)];
  return passagesBetween(pa, pb, resolved);
}

/** The same on texts prepared with one vocabulary and these options (detectReuse prepares each article once). */
export function passagesBetween(a: PreparedText, b: PreparedText, options: RunOptions): SharedPassage[] {
  return sharedRuns(a, b, options).map((run) => toPassage(a, b, run));
}

function toPassage(a: PreparedText, b: PreparedText, run: TokenRun): SharedPassage {
  const [startA, endA] = charRange(a, run.startA, run.endA);
  const [startB, endB] = charRange(b, run.startB, run.endB);
  return {
    textA: a.text.slice(startA, endA),
    textB: b.text.slice(startB, endB),
    startA,
    endA,
    startB,
    endB,
    tokens: run.endA - run.startA,
    matchedTokens: run.matched,
    tokenRangeA: [run.startA, run.endA],
    tokenRangeB: [run.startB, run.endB],
  };
}

/** From the first token's first character to the last token's last one. */
export function charRange(text: PreparedText, tokenStart: number, tokenEnd: number): [number, number] {
  const first = text.tokens[tokenStart];
  const last = text.tokens[tokenEnd - 1];
  if (!first || !last) throw new Error(`charRange: tokens ${tokenStart}..${tokenEnd} out of range`);
  return [first.start, last.end];
}
