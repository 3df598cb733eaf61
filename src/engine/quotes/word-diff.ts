// Word-level difference of one rendering against another, via the longest common subsequence of words
// (case-insensitive). Renderings are a few dozen words, so the quadratic table is cheap.

import { tokenize } from '../text/tokens';
import type { WordDiff } from './types';

export function diffWords(reference: string, variant: string): WordDiff {
  const ref = tokenize(reference);
  const alt = tokenize(variant);
  const table = lcsTable(ref.map((t) => t.lower), alt.map((t) => t.lower));
  const added: string[] = [];
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  while (i < ref.length || j < alt.length) {
    if (i < ref.length && j < alt.length && ref[i]!.lower === alt[j]!.lower) {
      i++;
      j++;
    } else if (j < alt.length && (i >= ref.length || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      added.push(alt[j++]!.text);
    } else {
      removed.push(ref[i++]!.text);
    }
  }
  return { added, removed };
}

/** table[i][j] = LCS length of a[i..] and b[j..]. */
function lcsTable(a: string[], b: string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  return table;
}
