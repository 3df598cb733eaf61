// Stems for matching. Snowball folds ß and umlauts (Rußland → russland), which is what matching wants; the
// original spelling stays on the token for framing and orthography signals.

import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as englishStemmer } from '@orama/stemmers/english';

const STEMMERS: Record<string, (word: string) => string> = { de: germanStemmer, en: englishStemmer };

function foldDiacritics(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

export function stemWord(lower: string, language: string): string {
  const stemmer = STEMMERS[language];
  if (stemmer && /^\p{L}+$/u.test(lower)) return foldDiacritics(stemmer(lower));
  return foldDiacritics(lower);
}
