// How likely two sentences of different articles report the same fact. Word overlap alone cannot tell a
// reworded fact from the same people doing something else, so anchors count too: agreeing numbers and
// durations raise the score; naming different parties (talks with the union vs talks with the council) lowers it.

import { quantitiesAgree, quantitiesComparable } from '../quantities';
import { comparedByMeaning, crossLanguageSimilarity, meaningOnLexicalScale, meaningReads } from './cross-language';
import type { SentenceFeatures } from './sentence-features';

export type FeatureWeights = (feature: string) => number;

const QUANTITY_BONUS = 0.15;
/** Both give a duration (or a date, a count…) but different ones: likely one fact reported with a different
 *  figure — exactly what the reader should see side by side — so it still counts a little. */
const COMPARABLE_BONUS = 0.08;
const PARTY_CONFLICT = 0.4;
const NEGATION_MISMATCH = 0.7;
/** One claim announces or plans what the other reports done ("kündigte an, den Landrat zu informieren" vs
 *  "telefonierte mit dem Landrat"): two facts that share their people and words. Weighed more than a negation:
 *  a deed repeats the words of the plan it carries out by construction ("werde den Landrat informieren" vs
 *  "setzte den Landrat in Kenntnis"), so shared words say less about it being one fact. */
const PLAN_MISMATCH = 0.5;
/** One claim asks whether something happened ("ließ offen, ob sie sich mit dem Landrat getroffen habe"),
 *  the other reports it: the question is not the deed. Weighed like a negation. */
const QUESTION_MISMATCH = 0.7;
/** One claim says how long something lasted, the other does not ("die drei Stunden dauerte" vs "Die
 *  Bürgermeisterin bestätigte ein Treffen mit dem Landrat"): the length of a meeting is a fact of its own, told
 *  beside the meeting, and a length claim pulled into the meeting's fact drags a meeting of other parties
 *  along. */
const LENGTH_MISMATCH = 0.7;

function givesLength(claim: SentenceFeatures): boolean {
  return claim.quantities.some((q) => q.kind === 'duration');
}

// Within one language the words decide, and the meaning layer (lemmas, synonyms, a model trained on the STS
// benchmark) settles the pairs they leave open: only pairs the words find at least weakly similar are asked,
// and only a confident answer counts (a confident no also holds back a pair whose words are alike). Levels on the lexical scale (cross-language.ts maps the model's score
// onto it), chosen on the STS benchmark's German TRAIN split (tests/bench/meaning-gates.ts):
/** At or above: the model confirms. On train 92 % of the pairs this high were scored ≥ 2.5 of 5 by people and
 *  3.4 % below 2 (dev: 93 %, 2.5 %). Such a pair counts at least at the alignment's link level. */
export const MEANING_CONFIRMS = 0.6;
/** Below: the model denies. On train 94 % of the pairs this low were scored < 3 by people, and 2.1 % of the
 *  pairs scored ≥ 3 fall here (dev: 5.2 %). Such a pair counts at most at the weak-link level: shown as
 *  "maybe", never as the same fact ("auch über den Hafen sei gesprochen worden" ~ "Das Rathaus bestätigte
 *  das Gespräch" share only the talk). */
export const MEANING_DENIES = 0.1;
/** The alignment's link level (DEFAULT_ALIGNMENT.link) and the weak-link level (WEAK_LINK), restated here
 *  because those modules import this one; a unit test keeps them equal. */
export const CONFIRMED_SCORE = 0.34;
export const DENIED_CEILING = 0.2;

/** A pair this alike in its words is the same sentence, copied or barely edited (reprinted agency copy): the
 *  model is not asked, which saves most of its cost on corpora full of reprints. */
export const NEAR_VERBATIM = 0.8;

/** The gates ask the model about this pair (its words leave it open, and the model reads both languages). */
function askedByMeaning(a: SentenceFeatures, b: SentenceFeatures, score: number): boolean {
  return score >= DENIED_CEILING && score < NEAR_VERBATIM && meaningReads(a, b);
}

function settledBy(meaning: number | null, score: number): number {
  if (meaning === null) return score;
  if (meaning >= MEANING_CONFIRMS) return Math.max(score, CONFIRMED_SCORE);
  if (meaning < MEANING_DENIES) return Math.min(score, DENIED_CEILING);
  return score;
}

function weightedSum(terms: Map<string, number>, weight: FeatureWeights): number {
  let sum = 0;
  for (const [feature, multiplicity] of terms) sum += multiplicity * weight(feature);
  return sum;
}

function lexicalSimilarity(a: SentenceFeatures, b: SentenceFeatures, weight: FeatureWeights): number {
  let shared = 0;
  for (const [feature, multiplicity] of a.terms) {
    const other = b.terms.get(feature);
    if (other !== undefined) shared += Math.min(multiplicity, other) * weight(feature);
  }
  // Shared figures count like shared words; a figure only one side gives does not dilute the score.
  let anchors = 0;
  for (const key of a.anchors) if (b.anchors.has(key)) anchors += weight(key);
  // A shared figure alone ("anderthalb Stunden" ~ "eineinhalb Stunden", no word in common) is evidence
  // when both speak of the same parties; without them it is a coincidence of numbers.
  if (shared === 0 && (anchors === 0 || ![...a.parties].some((p) => b.parties.has(p)))) return 0;
  shared += anchors;
  const sumA = weightedSum(a.terms, weight) + anchors;
  const sumB = weightedSum(b.terms, weight) + anchors;
  const dice = (2 * shared) / (sumA + sumB);
  const containment = shared / Math.min(sumA, sumB);
  return 0.6 * dice + 0.4 * containment;
}

/** Both name parties, and each names one the other does not: likely two different exchanges. */
export function partiesConflict(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (a.parties.size === 0 || b.parties.size === 0) return false;
  const onlyA = [...a.parties].some((p) => !b.parties.has(p));
  const onlyB = [...b.parties].some((p) => !a.parties.has(p));
  return onlyA && onlyB;
}

/** Both report an exchange (a call, a meeting) and each has a partner the other lacks: a call of the mayor
 *  and the district chief is not a call of the mayor and the minister, however alike the words. */
export function partnersConflict(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (!a.exchange || !b.exchange || a.partners.size < 2 || b.partners.size < 2) return false;
  const onlyA = [...a.partners].some((p) => !b.partners.has(p));
  const onlyB = [...b.partners].some((p) => !a.partners.has(p));
  return onlyA && onlyB;
}

function quantityBonus(a: SentenceFeatures, b: SentenceFeatures): number {
  let agreeing = 0;
  let comparable = 0;
  for (const qa of a.quantities) {
    if (b.quantities.some((qb) => quantitiesAgree(qa, qb))) agreeing++;
    else if (qa.kind !== 'year' && b.quantities.some((qb) => quantitiesComparable(qa, qb))) comparable++;
  }
  return QUANTITY_BONUS * Math.min(agreeing, 2) + COMPARABLE_BONUS * Math.min(comparable, 1);
}

/** A pair of claims whose score waits on the meaning model's answer: its score on the words, and the least and
 *  the most it can become whatever the model answers. Alignment asks the model only when the bounds leave a
 *  decision open (most pairs are never read again once the links are made). */
export interface OpenPair {
  a: SentenceFeatures;
  b: SentenceFeatures;
  lexical: number;
  guards: number;
  low: number;
  high: number;
}

export function sentenceSimilarity(a: SentenceFeatures, b: SentenceFeatures, weight: FeatureWeights): number {
  const score = pairSimilarity(a, b, weight);
  return typeof score === 'number' ? score : settle(score);
}

/** The pair's score, or the pair left open when only the meaning model's answer is missing. */
export function pairSimilarity(a: SentenceFeatures, b: SentenceFeatures, weight: FeatureWeights): number | OpenPair {
  // Across languages the meaning layer scores the words and figures; the guards below (parties, partners,
  // negation) read names, countries and negation, which are language-neutral, and apply to both paths.
  const byMeaning = comparedByMeaning(a, b);
  const score = byMeaning ? crossLanguageSimilarity(a, b) : lexicalSimilarity(a, b, weight);
  if (score === 0) return 0;
  const guards = guardsOf(a, b);
  if (byMeaning) return guarded(score, guards);
  const lexical = score + quantityBonus(a, b);
  if (!askedByMeaning(a, b, lexical)) return guarded(lexical, guards);
  // The model can only lift the score to the link level or hold it down to the weak-link level; the guards
  // only multiply, so the bounds are the guarded extremes.
  return { a, b, lexical, guards, low: guarded(Math.min(lexical, DENIED_CEILING), guards), high: guarded(Math.max(lexical, CONFIRMED_SCORE), guards) };
}

/** The open pair's score, the model asked. */
export function settle(pair: OpenPair): number {
  return guarded(settledBy(meaningOnLexicalScale(pair.a, pair.b), pair.lexical), pair.guards);
}

/** Which guards a pair trips, as bits, so that an open pair applies them to each bound and its answer alike. */
const PARTIES = 1;
const NEGATION = 2;
const PLAN = 4;
const QUESTION = 8;
const LENGTH = 16;

function guardsOf(a: SentenceFeatures, b: SentenceFeatures): number {
  let guards = 0;
  if (partiesConflict(a, b) || partnersConflict(a, b)) guards |= PARTIES;
  if (a.negated !== b.negated) guards |= NEGATION;
  if (a.planned !== b.planned) guards |= PLAN;
  if (a.asked !== b.asked) guards |= QUESTION;
  if (givesLength(a) !== givesLength(b)) guards |= LENGTH;
  return guards;
}

/** The score with the guards applied, always in this order (a bound and the answer must round alike). */
function guarded(settled: number, guards: number): number {
  let score = settled;
  if (guards & PARTIES) score *= PARTY_CONFLICT;
  if (guards & NEGATION) score *= NEGATION_MISMATCH;
  if (guards & PLAN) score *= PLAN_MISMATCH;
  if (guards & QUESTION) score *= QUESTION_MISMATCH;
  if (guards & LENGTH) score *= LENGTH_MISMATCH;
  return Math.min(1, score);
}

/** Rarity weights over a set of sentences: features most sentences share say little about which fact. */
export function featureWeights(sentences: SentenceFeatures[]): FeatureWeights {
  const df = new Map<string, number>();
  for (const s of sentences) for (const f of [...s.terms.keys(), ...s.anchors]) df.set(f, (df.get(f) ?? 0) + 1);
  const n = Math.max(sentences.length, 1);
  const cache = new Map<string, number>();
  return (feature) => {
    let w = cache.get(feature);
    if (w === undefined) {
      w = Math.log(1 + n / (df.get(feature) ?? 1));
      cache.set(feature, w);
    }
    return w;
  };
}
