// German writes compounds as one word (Angriffskrieg, Telefongespräch). With no decompounder on npm, a
// compound is split at the longest suffix that the texts also use as a word of its own (Angriffs|krieg).
// Where a word could split depends on its spelling alone (compoundCuts, kept with an article's reading);
// which cut holds depends on the texts aligned together (stemsFromCuts, against their vocabulary).

import { stemWord } from '../text/stem';

const MIN_PART = 4;
const MIN_COMPOUND = 8;

/** One way to split a word: the stems of its head and of its modifier (null when too short to count). */
export interface CompoundCut {
  head: string;
  modifier: string | null;
}

/** Every cut of `lower` whose head is long enough, longest head first. */
export function compoundCuts(lower: string, language: string): CompoundCut[] {
  if (lower.length < MIN_COMPOUND || lower.includes('-') || !/^\p{L}+$/u.test(lower)) return [];
  const cuts: CompoundCut[] = [];
  for (let cut = 3; cut <= lower.length - MIN_PART; cut++) {
    const head = stemWord(lower.slice(cut), language);
    if (head.length < MIN_PART - 1) continue;
    // The modifier, without a linking "s" or "es" (Angriffs-, Friedens-).
    const modifier = lower.slice(0, cut).replace(/e?s$/, '');
    cuts.push({ head, modifier: modifier.length >= MIN_PART ? stemWord(modifier, language) : null });
  }
  return cuts;
}

/** The stems of the parts at the first cut whose head occurs as a word in `vocabulary`; empty when none does. */
export function stemsFromCuts(cuts: readonly CompoundCut[], vocabulary: ReadonlySet<string>): string[] {
  for (const { head, modifier } of cuts) {
    if (!vocabulary.has(head)) continue;
    return modifier !== null && vocabulary.has(modifier) ? [head, modifier] : [head];
  }
  return [];
}

/** Stems of the parts of `lower` that occur as words in `vocabulary` (stems); empty when none do. */
export function compoundStems(lower: string, language: string, vocabulary: ReadonlySet<string>): string[] {
  return stemsFromCuts(compoundCuts(lower, language), vocabulary);
}
