// The shape of the meaning layer's lookup tables. A module of its own because the loader (lexicon.ts), the
// record of what is loaded (loaded.ts) and the readers of sentences (sentence-meaning.ts, compounds.ts) all
// speak of it, and the loader imports the record.

import type { EnglishLemmaData } from './english-lemmas';
import type { GermanLemmaData } from './german-lemmas';
import type { WordMap, WordSet } from './sorted-table';

export interface MeaningLexicon {
  german: GermanLemmaData;
  germanNouns: WordSet;
  english: EnglishLemmaData;
  /** English lemma → occurrences in the SUBTLEX subtitle corpus. */
  englishCounts: WordMap<number>;
  englishTotal: number;
  /** German lemma → English lemmas, most usual rendering first. */
  translations: WordMap<readonly string[]>;
  /** German lemma → ids of the OpenThesaurus synsets it belongs to. */
  synsets: WordMap<readonly number[]>;
}
