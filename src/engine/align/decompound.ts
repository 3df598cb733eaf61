// German writes compounds as one word (Angriffskrieg, Telefongespräch). With no decompounder on npm, a
// compound is split at the longest suffix that the texts also use as a word of its own (Angriffs|krieg).

import { stemWord } from '../text/stem';

const MIN_PART = 4;
const MIN_COMPOUND = 8;

/** Stems of the parts of `lower` that occur as words in `vocabulary` (stems); empty when none do. */
export function compoundStems(lower: string, language: string, vocabulary: ReadonlySet<string>): string[] {
  if (lower.length < MIN_COMPOUND || lower.includes('-') || !/^\p{L}+$/u.test(lower)) return [];
  for (let cut = 3; cut <= lower.length - MIN_PART; cut++) {
    const head = stemWord(lower.slice(cut), language);
    if (head.length < MIN_PART - 1 || !vocabulary.has(head)) continue;
    const parts = [head];
    // The modifier, without a linking "s" or "es" (Angriffs-, Friedens-).
    const modifier = lower.slice(0, cut).replace(/e?s$/, '');
    const modifierStem = stemWord(modifier, language);
    if (modifier.length >= MIN_PART && vocabulary.has(modifierStem)) parts.push(modifierStem);
    return parts;
  }
  return [];
}
