// The meaning data files, as they lie in src/engine/data/meaning/ and in the extension's meaning/ folder.
export const MEANING_FILE_NAMES = ['de-lemmas.json', 'en-lemmas.json', 'de-en.json', 'de-synsets.json', 'similarity-model.json'] as const;
export type MeaningFileName = (typeof MEANING_FILE_NAMES)[number];
