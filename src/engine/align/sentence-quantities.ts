// A sentence's quantities, extracted once per parsed sentence and language: clustering aligns one article
// with many neighbours, and extraction was the largest single cost of building sentence features. Keyed by
// the sentence object, so the cache lives exactly as long as the parsed article does.

import type { ParsedSentence } from '../article/parse-article';
import { extractQuantities, type Quantity } from '../quantities';

const extracted = new WeakMap<ParsedSentence, { language: string; referenceDate: string | null; quantities: Quantity[] }>();

export function sentenceQuantities(sentence: ParsedSentence, language: string, referenceDate: string | null): Quantity[] {
  const known = extracted.get(sentence);
  if (known && known.language === language && known.referenceDate === referenceDate) return known.quantities;
  const quantities = extractQuantities(sentence.text, { language, referenceDate });
  extracted.set(sentence, { language, referenceDate, quantities });
  return quantities;
}
