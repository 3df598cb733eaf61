// English lemmas the way WordNet's morphy finds them: irregular forms from an exception list, then
// suffix rules whose result must be a known lemma (cats → cat, stopped → stop, cities → city).

import type { WordMap, WordSet } from './sorted-table';

export interface EnglishLemmaData {
  lemmas: WordSet;
  exceptions: WordMap<string>;
}

const RULES: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'],
  ['es', 'e'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''],
  ['ier', 'y'], ['iest', 'y'], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];

function undouble(base: string): string | null {
  const n = base.length;
  return n > 2 && base[n - 1] === base[n - 2] && !/[aeiou]/.test(base[n - 1] ?? '') ? base.slice(0, -1) : null;
}

/** The lemma of a lower-cased English word form; the form itself when it is unknown. */
export function englishLemma(lower: string, data: EnglishLemmaData): string {
  const exception = data.exceptions.get(lower);
  if (exception !== undefined) return exception;
  if (data.lemmas.has(lower)) return lower;
  for (const [suffix, replacement] of RULES) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < 2) continue;
    const base = lower.slice(0, lower.length - suffix.length);
    const candidate = base + replacement;
    if (data.lemmas.has(candidate)) return candidate;
    // stopped → stopp → stop, bigger → bigg → big
    const single = replacement === '' ? undouble(base) : null;
    if (single && data.lemmas.has(single)) return single;
  }
  // Possessive and contracted forms ("Putin's", "Trump’s").
  const bare = lower.replace(/['’]s$/, '');
  return bare !== lower ? englishLemma(bare, data) : lower;
}
