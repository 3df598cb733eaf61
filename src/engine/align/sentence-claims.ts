// A sentence's source phrase and claims, found once per parsed sentence and language: the event match aligns
// the same corpus articles with many candidates, and both depend on the sentence's text alone. Keyed by the
// sentence object, so the cache lives exactly as long as the parsed article does (as sentence-quantities).

import type { ParsedSentence } from '../article/parse-article';
import { splitClaims, type Claim } from '../claims/split-claims';
import { findAttribution } from './attribution';

export interface SentenceClaims {
  attribution: string | null;
  /** Where the attribution stands in the sentence, when it does. */
  source: { start: number; end: number } | null;
  claims: Claim[];
}

const found = new WeakMap<ParsedSentence, { language: string; value: SentenceClaims }>();

export function sentenceClaims(sentence: ParsedSentence, language: string): SentenceClaims {
  const known = found.get(sentence);
  if (known && known.language === language) return known.value;
  const attribution = findAttribution(sentence.text);
  const at = attribution ? sentence.text.indexOf(attribution) : -1;
  const source = at < 0 ? null : { start: at, end: at + attribution!.length };
  const value = { attribution, source, claims: splitClaims(sentence.text, language, source ?? undefined) };
  found.set(sentence, { language, value });
  return value;
}
