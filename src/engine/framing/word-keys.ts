// The keys under which a word can match a lexicon term: its stem (for naming concepts, so inflection and
// adjective endings do not matter) or its exact lower-cased spelling (for spelling concepts, where ß, y or w
// is the signal). Terms and text words go through the same functions, so they meet on equal keys.

import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as englishStemmer } from '@orama/stemmers/english';

export type WordStemmer = (lower: string) => string;

const STEMMERS: Record<string, (word: string) => string> = { de: germanStemmer, en: englishStemmer };

// English possessives ("Russia's") and their German imitation ("Berger's") carry no naming choice.
const POSSESSIVE = /['’]s$/u;

/** A stemmer for a language; unknown languages only lower-case, so their terms still match exact words. */
export function stemmerFor(language: string): WordStemmer {
  const stem = STEMMERS[language.toLowerCase().split('-')[0] ?? ''] ?? ((w: string) => w);
  // Parts of a hyphen compound are stemmed one by one: "Ukraine-Konflikts" → "ukrain-konflikt".
  return (lower) => lower.replace(POSSESSIVE, '').split('-').map(stem).join('-');
}

export function stemKey(lower: string, stem: WordStemmer): string {
  return `stem:${stem(lower)}`;
}

export function spellingKey(lower: string): string {
  return `spelling:${lower}`;
}

/**
 * Every key a text word can be found under. Spelling keys also drop a genitive or possessive ending
 * ("Selenskyjs", "Rußlands", "Zelensky's"), which the stemmer would otherwise have removed.
 */
export function textWordKeys(lower: string, stem: WordStemmer): string[] {
  const spellings = new Set([lower, lower.replace(POSSESSIVE, ''), lower.replace(/s$/u, '')]);
  return [stemKey(lower, stem), ...[...spellings].filter((w) => w !== '').map(spellingKey)];
}
