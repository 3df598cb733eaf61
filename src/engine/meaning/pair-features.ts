// Features of a sentence pair for the trained combination: IDF-weighted greedy alignment of words by lemma
// and by meaning key (synonyms, translations, compound heads), character n-gram cosines, lengths, figures
// that agree or differ, negation and countries. Order and meaning of each entry are fixed by FEATURE_NAMES;
// the shipped model refers to them by position.

import { quantitiesAgree, quantitiesConflict } from '../quantities';
import type { MeaningWord, SentenceMeaning } from './sentence-meaning';

export const FEATURE_NAMES = [
  'crossLingual', 'bothEnglish',
  'lemmaMinSide', 'lemmaMaxSide', 'lemmaF1',
  'meaningMinSide', 'meaningMaxSide', 'meaningF1', 'meaningF1Unweighted',
  'charCosine', 'pivotCharCosine',
  'wordsMin', 'wordsMax', 'lengthDifference', 'lengthRatio',
  'figuresAgreeing', 'figuresConflicting', 'figuresOneSided',
  'negationMismatch', 'partiesConflict', 'unmatchedRarity',
] as const;

/** Per sentence and key kind: key → the words that carry it, with the key's weight for each. */
type KeyIndex = Map<string, { word: number; weight: number }[]>;

const sameIndex = new WeakMap<SentenceMeaning, KeyIndex>();
const crossIndex = new WeakMap<SentenceMeaning, KeyIndex>();

function keyIndex(s: SentenceMeaning, cross: boolean): KeyIndex {
  const cache = cross ? crossIndex : sameIndex;
  let index = cache.get(s);
  if (!index) {
    index = new Map();
    s.words.forEach((w, word) => {
      for (const [key, weight] of cross ? w.cross : w.same) {
        const list = index!.get(key);
        if (list) list.push({ word, weight });
        else index!.set(key, [{ word, weight }]);
      }
    });
    cache.set(s, index);
  }
  return index;
}

interface Alignment {
  precision: number;
  recall: number;
  unweighted: number;
  unmatchedRarity: number;
}

interface Side {
  score: number;
  plain: number;
  unmatched: number;
}

function side(words: readonly MeaningWord[], best: Float64Array): Side {
  let sum = 0;
  let total = 0;
  let plain = 0;
  let unmatched = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = best[i]!;
    sum += w.idf * m;
    total += w.idf;
    plain += m;
    if (m === 0 && w.idf > unmatched) unmatched = w.idf;
  }
  return { score: total > 0 ? sum / total : 0, plain: words.length > 0 ? plain / words.length : 0, unmatched };
}

function alignment(sa: Side, sb: Side): Alignment {
  return { precision: sa.score, recall: sb.score, unweighted: (sa.plain + sb.plain) / 2, unmatchedRarity: Math.max(sa.unmatched, sb.unmatched) };
}

/** Each word's best match on the other side, weighted by the word's rarity, in both directions: once by any
 *  meaning key, once by full-weight keys only (same lemma or same written form). One pass computes both.
 *  Two words match as strongly as the best key they share (the lesser of its two weights); walking a's keys
 *  through b's key index visits exactly the shared keys, so no word pair is compared key by key. */
function align(a: SentenceMeaning, b: SentenceMeaning, cross: boolean): { lemma: Alignment; meaning: Alignment } {
  const bestA = new Float64Array(a.words.length);
  const bestB = new Float64Array(b.words.length);
  const exactA = new Float64Array(a.words.length);
  const exactB = new Float64Array(b.words.length);
  const indexB = keyIndex(b, cross);
  a.words.forEach((w, i) => {
    for (const [key, wa] of cross ? w.cross : w.same) {
      const carriers = indexB.get(key);
      if (!carriers) continue;
      for (const { word: j, weight: wb } of carriers) {
        const m = wa < wb ? wa : wb;
        if (m === 0) continue;
        if (m > bestA[i]!) bestA[i] = m;
        if (m > bestB[j]!) bestB[j] = m;
        if (m >= 1) {
          exactA[i] = 1;
          exactB[j] = 1;
        }
      }
    }
  });
  return {
    lemma: alignment(side(a.words, exactA), side(b.words, exactB)),
    meaning: alignment(side(a.words, bestA), side(b.words, bestB)),
  };
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Character n-grams are compared by number: an id per distinct gram string, so a lookup hashes a small
 *  integer instead of a string (the cosines run for every compared pair of claims). The table is bounded: when
 *  full it starts afresh under a new generation, and gram vectors of an older generation are rebuilt, so two
 *  vectors compared always share one numbering. Results do not depend on the numbering. */
const MAX_GRAM_IDS = 400_000;
let gramIds = new Map<string, number>();
let generation = 0;

function gramId(gram: string): number {
  let id = gramIds.get(gram);
  if (id === undefined) {
    id = gramIds.size;
    gramIds.set(gram, id);
  }
  return id;
}

interface GramVector {
  generation: number;
  /** The distinct gram ids, ascending: two vectors meet in one merging pass, without hashing. */
  ids: Int32Array;
  /** Each id's count. */
  counts: Int32Array;
  /** Sum of squared counts. */
  squaredNorm: number;
}

/** A word's gram ids (3- to 5-grams of "#word#"), of the current generation: the words of an event's claims
 *  recur from claim to claim, so each is cut into grams once. Bounded like the gram table, and renewed with it. */
const MAX_WORDS = 200_000;
let wordGrams = new Map<string, Int32Array>();

function gramsOfWord(word: string): Int32Array {
  let ids = wordGrams.get(word);
  if (!ids) {
    const padded = `#${word}#`;
    const found: number[] = [];
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) found.push(gramId(padded.slice(i, i + n)));
    ids = Int32Array.from(found);
    wordGrams.set(word, ids);
  }
  return ids;
}

function grams(words: readonly string[]): GramVector {
  const lists = words.map(gramsOfWord);
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  const ids = new Int32Array(all.length);
  const counts = new Int32Array(all.length);
  let n = 0;
  for (const id of all) {
    if (n > 0 && ids[n - 1] === id) counts[n - 1]!++;
    else {
      ids[n] = id;
      counts[n++] = 1;
    }
  }
  // Counts are integers, so the norm and the dot products are exact whatever the order of summing.
  let squaredNorm = 0;
  for (let i = 0; i < n; i++) squaredNorm += counts[i]! * counts[i]!;
  return { generation, ids: ids.subarray(0, n), counts: counts.subarray(0, n), squaredNorm };
}

const surfaceGrams = new WeakMap<SentenceMeaning, GramVector>();
const pivotGrams = new WeakMap<SentenceMeaning, GramVector>();

/** Call before taking the vectors of one pair: a new generation never starts between the two. */
function startGenerationIfFull(): void {
  if (gramIds.size < MAX_GRAM_IDS && wordGrams.size < MAX_WORDS) return;
  gramIds = new Map();
  wordGrams = new Map();
  generation++;
}

function cachedGrams(cache: WeakMap<SentenceMeaning, GramVector>, s: SentenceMeaning, pick: (w: MeaningWord) => string): GramVector {
  let g = cache.get(s);
  if (!g || g.generation !== generation) cache.set(s, (g = grams(s.words.map(pick))));
  return g;
}

function cosine(a: GramVector, b: GramVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.counts[i++]! * b.counts[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return a.squaredNorm > 0 && b.squaredNorm > 0 ? dot / Math.sqrt(a.squaredNorm * b.squaredNorm) : 0;
}

function figures(a: SentenceMeaning, b: SentenceMeaning): [number, number, number] {
  let agreeing = 0;
  let conflicting = 0;
  let oneSided = 0;
  for (const qa of a.quantities) {
    if (b.quantities.some((qb) => quantitiesAgree(qa, qb))) agreeing++;
    else if (b.quantities.some((qb) => quantitiesConflict(qa, qb))) conflicting++;
    else oneSided++;
  }
  for (const qb of b.quantities) if (!a.quantities.some((qa) => quantitiesAgree(qa, qb) || quantitiesConflict(qa, qb))) oneSided++;
  return [agreeing, conflicting, oneSided];
}

/** Each side names a country or a name the other does not ("Frankreich 0-0 Deutschland" vs "Deutschland 0-0
 *  Ghana"): likely other parties, so another event, however many words agree. */
function partiesConflict(a: SentenceMeaning, b: SentenceMeaning): number {
  if (a.parties.size === 0 || b.parties.size === 0) return 0;
  const onlyA = [...a.parties].some((c) => !b.parties.has(c));
  const onlyB = [...b.parties].some((c) => !a.parties.has(c));
  return onlyA && onlyB ? 1 : 0;
}

export function pairFeatures(a: SentenceMeaning, b: SentenceMeaning): number[] {
  const cross = a.language !== b.language;
  const { lemma, meaning } = align(a, b, cross);
  startGenerationIfFull();
  const surface = cross ? 0 : cosine(cachedGrams(surfaceGrams, a, (w) => w.lower), cachedGrams(surfaceGrams, b, (w) => w.lower));
  const pivot = cosine(cachedGrams(pivotGrams, a, (w) => w.pivot), cachedGrams(pivotGrams, b, (w) => w.pivot));
  const na = a.words.length;
  const nb = b.words.length;
  return [
    cross ? 1 : 0,
    a.language === 'en' && b.language === 'en' ? 1 : 0,
    Math.min(lemma.precision, lemma.recall), Math.max(lemma.precision, lemma.recall), f1(lemma.precision, lemma.recall),
    Math.min(meaning.precision, meaning.recall), Math.max(meaning.precision, meaning.recall), f1(meaning.precision, meaning.recall), meaning.unweighted,
    surface, pivot,
    Math.min(na, nb), Math.max(na, nb), Math.abs(na - nb) / Math.max(na, nb, 1), Math.min(na, nb) / Math.max(na, nb, 1),
    ...figures(a, b),
    a.negated !== b.negated ? 1 : 0,
    partiesConflict(a, b),
    meaning.unmatchedRarity,
  ];
}
