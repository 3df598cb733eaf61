// Which languages have word rules. German and English do; any other language gets none, so only digits,
// symbols, currency codes and numeric dates are read there.

import type { Lexicon } from './lexicon';
import { ENGLISH } from './lexicon-en';
import { GERMAN } from './lexicon-de';

/** The lexicon of a primary language subtag ("de", "en"), or null when there is none. */
export function lexiconFor(language: string): Lexicon | null {
  if (language === 'de') return GERMAN;
  if (language === 'en') return ENGLISH;
  return null;
}
