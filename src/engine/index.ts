// The engine's public entry. For now: sentence similarity in 0..1, German, English and across the two.
// Call `await loadSentenceSimilarity()` once (it loads the lexical data and the model lazily), then
// `sentenceSimilarity(a, b, { languageA, languageB })` synchronously as often as needed.

export { isSentenceSimilarityLoaded, loadSentenceSimilarity, sentenceSimilarity, type SimilarityOptions } from './meaning/similarity';
