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

type KeyMap = ReadonlyMap<string, number>;

/** Best shared-key weight of two words (meaning), and whether they share a key of full weight (lemma). */
function match(a: KeyMap, b: KeyMap): number {
  let best = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [key, wa] of small) {
    const wb = large.get(key);
    if (wb === undefined) continue;
    const w = wa < wb ? wa : wb;
    if (w > best) best = w;
  }
  return best;
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
 *  meaning key, once by full-weight keys only (same lemma or same written form). One pass computes both. */
function align(a: SentenceMeaning, b: SentenceMeaning, cross: boolean): { lemma: Alignment; meaning: Alignment } {
  const na = a.words.length;
  const nb = b.words.length;
  const bestA = new Float64Array(na);
  const bestB = new Float64Array(nb);
  const exactA = new Float64Array(na);
  const exactB = new Float64Array(nb);
  for (let i = 0; i < na; i++) {
    const ka = cross ? a.words[i]!.cross : a.words[i]!.same;
    for (let j = 0; j < nb; j++) {
      const m = match(ka, cross ? b.words[j]!.cross : b.words[j]!.same);
      if (m === 0) continue;
      if (m > bestA[i]!) bestA[i] = m;
      if (m > bestB[j]!) bestB[j] = m;
      if (m >= 1) {
        exactA[i] = 1;
        exactB[j] = 1;
      }
    }
  }
  return {
    lemma: alignment(side(a.words, exactA), side(b.words, exactB)),
    meaning: alignment(side(a.words, bestA), side(b.words, bestB)),
  };
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function grams(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) {
    const padded = `#${w}#`;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        const g = padded.slice(i, i + n);
        counts.set(g, (counts.get(g) ?? 0) + 1);
      }
    }
  }
  return counts;
}

const surfaceGrams = new WeakMap<SentenceMeaning, Map<string, number>>();
const pivotGrams = new WeakMap<SentenceMeaning, Map<string, number>>();

function cachedGrams(cache: WeakMap<SentenceMeaning, Map<string, number>>, s: SentenceMeaning, pick: (w: MeaningWord) => string): Map<string, number> {
  let g = cache.get(s);
  if (!g) cache.set(s, (g = grams(s.words.map(pick))));
  return g;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [g, x] of a) {
    na += x * x;
    const y = b.get(g);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
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
