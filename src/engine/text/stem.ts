// Stems for matching. Snowball folds ß and umlauts (Rußland → russland), which is what matching wants; the
// original spelling stays on the token for framing and orthography signals.

import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as englishStemmer } from '@orama/stemmers/english';

const STEMMERS: Record<string, (word: string) => string> = { de: germanStemmer, en: englishStemmer };

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
