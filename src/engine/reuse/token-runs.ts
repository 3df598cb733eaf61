// Runs of identical tokens between two texts, at token level. Seeds are n-grams of `minTokens` tokens
// looked up in a hash index of b; each seed is extended greedily along its diagonal (j - i), which is
// O(n) for ordinary text because each diagonal is extended once.

import { sequenceHash } from './hash';

/** A stretch of a matched to a stretch of b; ends exclusive. Equal lengths unless edits were merged over. */
export interface TokenRun {
  startA: number;
  endA: number;
  startB: number;
  endB: number;
  /** Tokens identical on both sides. */
  matched: number;
}

export interface RunOptions {
  minTokens: number;
  maxGap: number;
  maxOccurrences: number;
}

/** A text's token ids with the start positions of each of its n-grams, n = minTokens. Built once per text. */
export interface IndexedIds {
  ids: Int32Array;
  grams: NgramIndex;
}

export interface NgramIndex {
  /** Hash of the n-gram starting at each position. */
  hashes: Int32Array;
  /** Hash → start positions, capped per n-gram so boilerplate cannot make the search quadratic. */
  starts: Map<number, number[]>;
}

export function indexNgrams(ids: Int32Array, n: number, maxOccurrences: number): NgramIndex {
  const hashes = new Int32Array(Math.max(0, ids.length - n + 1));
  const starts = new Map<number, number[]>();
  for (let j = 0; j < hashes.length; j++) {
    const h = sequenceHash(ids, j, n);
    hashes[j] = h;
    const list = starts.get(h);
    if (!list) starts.set(h, [j]);
    else if (list.length < maxOccurrences) list.push(j);
  }
  return { hashes, starts };
}

export function sharedRuns(a: IndexedIds, b: IndexedIds, options: RunOptions): TokenRun[] {
  const exact = maximalRuns(a, b, options.minTokens);
  const kept = oneToOne(exact, a.ids.length, b.ids.length, options.minTokens);
  return mergeAcrossEdits(kept, options.maxGap, b.ids.length);
}

/** Every maximal run of ≥ n identical tokens (found at its first position, so no backward step). */
function maximalRuns(a: IndexedIds, b: IndexedIds, n: number): TokenRun[] {
  const [idsA, idsB] = [a.ids, b.ids];
  const reach = new Map<number, number>(); // diagonal → end in a of the run last found on it
  const runs: TokenRun[] = [];
  for (let i = 0; i < a.grams.hashes.length; i++) {
    const starts = b.grams.starts.get(a.grams.hashes[i]!);
    if (!starts) continue;
    for (const j of starts) {
      if ((reach.get(j - i) ?? -1) > i) continue; // inside a run already found
      let length = 0;
      while (i + length < idsA.length && j + length < idsB.length && idsA[i + length] === idsB[j + length]) {
        length++;
      }
      if (length < n) continue; // hash collision
      reach.set(j - i, i + length);
      runs.push({ startA: i, endA: i + length, startB: j, endB: j + length, matched: length });
    }
  }
  return runs;
}

/**
 * Keeps each token on at most one run per side, longest runs first: when b repeats a paragraph of a, the
 * longest copy wins, and a shorter run that overlaps keeps only its longest free stretch.
 */
function oneToOne(runs: TokenRun[], lengthA: number, lengthB: number, minTokens: number): TokenRun[] {
  const usedA = new Uint8Array(lengthA);
  const usedB = new Uint8Array(lengthB);
  const sorted = [...runs].sort((x, y) => y.matched - x.matched || x.startA - y.startA || x.startB - y.startB);
  const kept: TokenRun[] = [];
  for (const run of sorted) {
    let bestStart = 0;
    let bestLength = 0;
    let start = 0;
    for (let k = 0; k <= run.matched; k++) {
      const free = k < run.matched && !usedA[run.startA + k] && !usedB[run.startB + k];
      if (free) continue;
      if (k - start > bestLength) [bestStart, bestLength] = [start, k - start];
      start = k + 1;
    }
    if (bestLength < minTokens) continue;
    const a = run.startA + bestStart;
    const b = run.startB + bestStart;
    usedA.fill(1, a, a + bestLength);
    usedB.fill(1, b, b + bestLength);
    kept.push({ startA: a, endA: a + bestLength, startB: b, endB: b + bestLength, matched: bestLength });
  }
  return kept;
}

/**
 * Joins runs that follow each other on both sides with at most `maxGap` differing tokens between them: an
 * editor changing, adding or dropping a word or two inside reprinted copy. Every run is already ≥ minTokens,
 * so only long runs are joined and two unrelated phrases a word apart cannot fuse. The gap in b must not
 * belong to another run (possible only when minTokens ≤ maxGap), or passages would overlap in b.
 */
function mergeAcrossEdits(runs: TokenRun[], maxGap: number, lengthB: number): TokenRun[] {
  const ownedB = new Uint8Array(lengthB);
  for (const run of runs) ownedB.fill(1, run.startB, run.endB);
  const sorted = [...runs].sort((x, y) => x.startA - y.startA);
  const merged: TokenRun[] = [];
  for (const run of sorted) {
    const last = merged[merged.length - 1];
    const gapA = last ? run.startA - last.endA : -1;
    const gapB = last ? run.startB - last.endB : -1;
    const joinable = gapA >= 0 && gapA <= maxGap && gapB >= 0 && gapB <= maxGap;
    if (last && joinable && !ownedB.subarray(last.endB, run.startB).includes(1)) {
      merged[merged.length - 1] = { ...last, endA: run.endA, endB: run.endB, matched: last.matched + run.matched };
    } else {
      merged.push(run);
    }
  }
  return merged;
}
