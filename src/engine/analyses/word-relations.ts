// Whether two wordings name the same thing, as far as the meaning layer can tell: shared OpenThesaurus synsets,
// shared English renderings (Ding), a compound and its head. Word substitution uses it to keep a swap of
// synonyms ("Telefonat" / "Gespräch", "Beendigung" / "Ende") and drop a swap of unrelated words that merely sit
// in the same place of two sentences ("Telefonat" / "Verhandlungen").

import { analyseSentence, isSentenceSimilarityLoaded } from '../meaning/similarity';
import type { MeaningWord } from '../meaning/sentence-meaning';

/** Only a word's first renderings: the long tail of a dictionary entry ("Montag" → "each") relates too much. */
const TOP_RENDERINGS = 3;
/** Below this, a shared key is a distant relative (a compound's modifier, a synonym of a head). */
export const MIN_RELATION = 0.48;

function topRenderings(word: MeaningWord): Set<string> {
  return new Set([...word.same.keys()].filter((k) => k.startsWith('e:')).slice(0, TOP_RENDERINGS));
}

/** How closely two words of one language are related by meaning keys, 0 (not at all) … 1 (same lemma). Keys
 *  of the word form and the stem are left out: they say "same word", which a substitution is not. */
export function wordRelation(a: MeaningWord, b: MeaningWord): number {
  if (a.lemma === b.lemma) return 1;
  let best = 0;
  const renderingsA = topRenderings(a);
  const renderingsB = topRenderings(b);
  for (const [key, weight] of a.same) {
    if (key.startsWith('w:') || key.startsWith('t:')) continue;
    if (key.startsWith('e:') && !(renderingsA.has(key) && renderingsB.has(key))) continue;
    const other = b.same.get(key);
    if (other !== undefined) best = Math.max(best, Math.min(weight, other));
  }
  return best;
}

/** The meaning words of a short wording (function words dropped), or null when the meaning layer is not loaded. */
export function meaningWords(text: string, language: string): MeaningWord[] | null {
  if (!isSentenceSimilarityLoaded()) return null;
  return analyseSentence(text, language).words;
}

/**
 * Whether two wordings are related in meaning: some word of one is a synonym, rendering-mate or compound head
 * of some word of the other, and no word of either is left unrelated when both are one word. Null when the
 * meaning layer is not loaded (the caller keeps its lexical rule).
 */
export function wordingsRelated(a: string, b: string, language: string): boolean | null {
  const wa = meaningWords(a, language);
  const wb = meaningWords(b, language);
  if (wa === null || wb === null) return null;
  for (const x of wa) for (const y of wb) if (wordRelation(x, y) >= MIN_RELATION) return true;
  return false;
}
