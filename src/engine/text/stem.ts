// Stems for matching. Snowball folds ß and umlauts (Rußland → russland), which is what matching wants; the
// original spelling stays on the token for framing and orthography signals.

import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { stemmer as italianStemmer } from '@orama/stemmers/italian';
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';

/** The engine's Snowball stemmers, by primary language tag. */
const SNOWBALL: Record<string, (word: string) => string> = {
  de: germanStemmer, en: englishStemmer, fr: frenchStemmer, es: spanishStemmer, it: italianStemmer, nl: dutchStemmer,
};

/** The Snowball stemmer of a primary language tag, unfolded and uncached (quotes compare words with it). */
export function snowballStemmer(language: string): ((word: string) => string) | undefined {
  return SNOWBALL[language];
}

// Matching stems German and English only: its lexicons, synonyms and golds are written for those two.
const STEMMERS: Record<string, (word: string) => string> = { de: SNOWBALL.de!, en: SNOWBALL.en! };

function foldDiacritics(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

// Stemming is the engine's most repeated step (every word of every compared article, several times);
// a bounded cache per language keeps it off the profile.
const caches = new Map<string, Map<string, string>>();
const CACHE_SIZE = 50_000;

export function stemWord(lower: string, language: string): string {
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new Map()));
  let stem = cache.get(lower);
  if (stem !== undefined) return stem;
  const stemmer = STEMMERS[language];
  stem = stemmer && /^\p{L}+$/u.test(lower) ? foldDiacritics(stemmer(lower)) : foldDiacritics(lower);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(lower, stem);
  return stem;
}
