// Claims of different languages (an English report against German ones) share no stems, so the lexical
// score cannot see that they state one fact. For them alignment asks the meaning layer (lemmas, a
// bilingual dictionary, a model trained on the STS benchmark) and maps its 0..1 score onto the lexical
// score's scale, so that the same thresholds (link, average, weak link, strong link) decide for both.
// Used only when the meaning data is loaded; without it the lexical path stays in charge.

import { analyseSentence, isSentenceSimilarityLoaded, meaningSimilarity } from '../meaning/similarity';
import { toMeaningLanguage, type SentenceMeaning } from '../meaning/sentence-meaning';
import type { SentenceFeatures } from './sentence-features';

/**
 * Meaning score → lexical score, as knots [meaning, lexical] interpolated linearly. Calibrated on the STS
 * benchmark's TRAIN split (tests/bench/cross-language-calibration.ts): German sentence 1 with the English
 * translation of sentence 2, against the lexical score of the same pair in German, matched by rank (the
 * share of pairs at or above a meaning score equals the share at or above its lexical counterpart).
 */
export const MEANING_TO_LEXICAL: readonly (readonly [number, number])[] = [
  [0, 0], [0.31, 0.1], [0.385, 0.2], [0.408, 0.24], [0.475, 0.34], [0.536, 0.42], [0.592, 0.5], [0.676, 0.65], [0.74, 0.8], [1, 1],
];

/** Below this (on the lexical scale: the strong-link level) a pair of claims of different languages counts
 *  only when they share a person, a party or a figure. Claims of one event all speak of its topic, and the
 *  model gives unrelated ones up to about the link level ("Construction is set to begin in March, the
 *  mayor's office said" ~ "Die Frist lief ohne Ergebnis ab" reaches it): on its own such a pair
 *  would make an unrelated English story "related" to a German event. The lexical path has the same rule in
 *  another form (no shared distinctive feature, no score). */
const UNANCHORED_FLOOR = 0.5;

export function toLexicalScale(meaning: number, knots = MEANING_TO_LEXICAL): number {
  for (let i = 1; i < knots.length; i++) {
    const [m1, l1] = knots[i]!;
    if (meaning <= m1) {
      const [m0, l0] = knots[i - 1]!;
      return l0 + ((meaning - m0) / (m1 - m0 || 1)) * (l1 - l0);
    }
  }
  return knots[knots.length - 1]![1];
}

const analysed = new WeakMap<SentenceFeatures, SentenceMeaning>();

function meaningOf(claim: SentenceFeatures): SentenceMeaning {
  let meaning = analysed.get(claim);
  if (!meaning) {
    meaning = analyseSentence(claim.claim.reading, claim.language);
    analysed.set(claim, meaning);
  }
  return meaning;
}

/** The two claims are in different languages the meaning layer reads, and its data is loaded. */
export function comparedByMeaning(a: Pick<SentenceFeatures, 'language'>, b: Pick<SentenceFeatures, 'language'>): boolean {
  return a.language !== b.language && toMeaningLanguage(a.language) !== null && toMeaningLanguage(b.language) !== null && isSentenceSimilarityLoaded();
}

/** Similarity of two claims of different languages on the lexical score's scale (0..1). */
export function crossLanguageSimilarity(a: SentenceFeatures, b: SentenceFeatures): number {
  const score = toLexicalScale(meaningSimilarity(meaningOf(a), meaningOf(b)));
  return score >= UNANCHORED_FLOOR || shareAnchor(a, b) ? score : 0;
}

function intersects<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): boolean {
  for (const v of x) if (y.has(v)) return true;
  return false;
}

/** Language-neutral evidence that two claims speak of the same thing: people, parties, figures. */
function shareAnchor(a: SentenceFeatures, b: SentenceFeatures): boolean {
  return intersects(a.partners, b.partners) || intersects(a.parties, b.parties) || intersects(a.anchors, b.anchors);
}

/** The meaning data is loaded and reads the languages of both claims. */
export function meaningReads(a: Pick<SentenceFeatures, 'language'>, b: Pick<SentenceFeatures, 'language'>): boolean {
  return isSentenceSimilarityLoaded() && toMeaningLanguage(a.language) !== null && toMeaningLanguage(b.language) !== null;
}

/** Similarity of two claims of one language by the meaning layer, on the lexical scale; null when the meaning
 *  data is not loaded or the language is not one it reads. */
export function meaningOnLexicalScale(a: SentenceFeatures, b: SentenceFeatures): number | null {
  if (!meaningReads(a, b)) return null;
  // The claims of an event's other articles meet again at every click on a report of that event: their
  // scores are remembered by text (the model is a pure function of the two claims and their languages).
  const [x, y] = a.claim.reading < b.claim.reading ? [a, b] : [b, a];
  const key = `${x.language}\u0000${y.language}\u0000${x.claim.reading}\u0000${y.claim.reading}`;
  let score = remembered.get(key);
  if (score === undefined) {
    score = toLexicalScale(meaningSimilarity(meaningOf(x), meaningOf(y)));
    if (remembered.size >= REMEMBERED_PAIRS) remembered.clear();
    remembered.set(key, score);
  }
  return score;
}

/** Bound on remembered pair scores: about 20 MB of keys at most. */
const REMEMBERED_PAIRS = 50_000;
const remembered = new Map<string, number>();
