// The meaning data once loaded, for engine code that uses it when present and works without it (the event
// match). This module imports nothing at run time: code that reads it does not pull the loaders' dynamic
// imports of the data into its bundle (the options page's import worker is built as one file, which cannot
// hold a dynamic import). lexicon.ts and similarity.ts record here what they loaded.

import type { MeaningLexicon } from './meaning-lexicon';
import type { SentenceMeaning } from './sentence-meaning';

export interface LoadedSentenceSimilarity {
  analyse: (text: string, language: string | null | undefined, lexicon: MeaningLexicon) => SentenceMeaning;
  similarity: (a: SentenceMeaning, b: SentenceMeaning) => number;
}

let lexicon: MeaningLexicon | null = null;
let sentences: LoadedSentenceSimilarity | null = null;

export function recordLoadedLexicon(loaded: MeaningLexicon): void {
  lexicon = loaded;
}

export function recordLoadedSentenceSimilarity(loaded: LoadedSentenceSimilarity): void {
  sentences = loaded;
}

/** The lexicon when `loadMeaning()` has finished in this context, else null. */
export function loadedLexicon(): MeaningLexicon | null {
  return lexicon;
}

/** Sentence analysis and similarity when `loadSentenceSimilarity()` has finished in this context, else null. */
export function loadedSentenceSimilarity(): LoadedSentenceSimilarity | null {
  return sentences;
}
