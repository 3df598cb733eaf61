// `npx tsx tests/bench/cross-language-calibration.ts`: derives the knots of MEANING_TO_LEXICAL
// (src/engine/align/cross-language.ts) from the STS benchmark's TRAIN split. For each pair the lexical
// alignment score is computed in German (sentence 1 with sentence 2, in "events" of 75 pairs so that the
// rarity weights see an event-sized set of sentences), and the meaning score across languages (German
// sentence 1 with the English translation of sentence 2). A lexical level L maps to the meaning score that
// as large a share of pairs reaches: then a threshold on the lexical scale links as many pairs across
// languages as within German. Prints the knots and, at the alignment's link threshold, how well each
// separates the pairs people scored ≥ 4 (same meaning) from the rest.

import { readStsb } from '../../src/cli/stsb';
import { DEFAULT_ALIGNMENT } from '../../src/engine/align/align-facts';
import { STRONG_LINK } from '../../src/engine/align/align-event';
import { buildEventContext } from '../../src/engine/align/event-context';
import { sentenceFeatures } from '../../src/engine/align/sentence-features';
import { featureWeights, sentenceSimilarity } from '../../src/engine/align/sentence-similarity';
import { WEAK_LINK } from '../../src/engine/align/weak-mentions';
import type { ParsedArticle } from '../../src/engine/article/parse-article';
import { loadSentenceSimilarity, sentenceSimilarity as meaningScore } from '../../src/engine/meaning/similarity';

await loadSentenceSimilarity();
const de = readStsb('de', 'train');
const en = readStsb('en', 'train');

function articleOf(texts: string[]): ParsedArticle {
  return {
    title: '', titleSource: 'given', language: 'de', text: texts.join(' '), date: null, headings: [], furniture: [], fingerprint: '',
    // Each sentence its own paragraph: nothing carries over from one unrelated pair to the next.
    sentences: texts.map((text, index) => ({ index, text, start: 0, end: text.length, paragraph: index })),
  };
}

const EVENT_PAIRS = 75;
// Each sentence 1 is scored with its own sentence 2 (the benchmark's pairs, mostly on one topic) and with the
// sentence 2 of the next row (usually another topic): alignment compares every claim of a report with every
// claim of the others, most of them about something else, and the mapping must be right for those too.
const lexical: number[] = [];
const cross: number[] = [];
for (let from = 0; from < de.length; from += EVENT_PAIRS) {
  const pairs = de.slice(from, from + EVENT_PAIRS);
  const a = articleOf(pairs.map((p) => p.a));
  const b = articleOf(pairs.map((p) => p.b));
  const context = buildEventContext([a, b], 'de');
  const fa = sentenceFeatures(a, 'a', context);
  const fb = sentenceFeatures(b, 'b', context);
  const weight = featureWeights([...fa, ...fb]);
  for (const shift of [0, 1]) {
    pairs.forEach((_, i) => {
      const j = (i + shift) % pairs.length;
      let best = 0;
      for (const x of fa) if (x.index === i) for (const y of fb) if (y.index === j) best = Math.max(best, sentenceSimilarity(x, y, weight));
      lexical.push(best);
      cross.push(meaningScore(pairs[i]!.a, en[from + j]!.b, { languageA: 'de', languageB: 'en' }));
    });
  }
}
const sortedCross = [...cross].sort((x, y) => y - x);
const share = (values: number[], level: number) => values.filter((v) => v >= level).length / values.length;
const levels = [0.1, 0.2, WEAK_LINK, DEFAULT_ALIGNMENT.average, DEFAULT_ALIGNMENT.link, 0.42, STRONG_LINK, 0.65, 0.8];
const knots: [number, number][] = [[0, 0]];
for (const level of [...new Set(levels)].sort((x, y) => x - y)) {
  const q = share(lexical, level);
  const at = sortedCross[Math.max(0, Math.ceil(q * sortedCross.length) - 1)]!;
  if (at > knots[knots.length - 1]![0]) knots.push([Math.round(at * 1000) / 1000, level]);
  console.log(`lexical ≥ ${level.toFixed(2)}: ${(100 * q).toFixed(1)} % of pairs; meaning across languages at that share: ${at.toFixed(3)}`);
}
knots.push([1, 1]);
console.log('MEANING_TO_LEXICAL =', JSON.stringify(knots));

// Gold for the scored pairs: a benchmark pair people rated ≥ 4 is the same meaning; a shifted pair never is.
const gold: boolean[] = [];
for (let from = 0; from < de.length; from += EVENT_PAIRS) {
  const n = Math.min(EVENT_PAIRS, de.length - from);
  for (let i = 0; i < n; i++) gold.push(de[from + i]!.score >= 4);
  for (let i = 0; i < n; i++) gold.push(false);
}
function separation(name: string, values: number[], threshold: number): void {
  let tp = 0, fp = 0, fn = 0;
  values.forEach((v, i) => {
    if (v >= threshold && gold[i]) tp++;
    else if (v >= threshold) fp++;
    else if (gold[i]) fn++;
  });
  console.log(`${name} ≥ ${threshold.toFixed(3)}: precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)} for gold ≥ 4 (${gold.filter(Boolean).length} of ${values.length} pairs)`);
}
for (const level of [WEAK_LINK, DEFAULT_ALIGNMENT.link, STRONG_LINK]) {
  const at = knots.find(([, l]) => l === level)?.[0] ?? 0;
  separation(`German lexical`, lexical, level);
  separation(`German–English meaning`, cross, at);
}
