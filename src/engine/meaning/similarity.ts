// Sentence similarity in 0..1: the pair's features (pair-features.ts) combined by a small boosted-tree model
// trained on the STS benchmark's train split (src/cli/train-similarity.ts). The same function scores German,
// English and German–English pairs; alignment calls `meaningSimilarity` on sentences analysed once each.

import modelFormat from './model-format';
import { predictTrees, type BoostedTrees } from './boosted-trees';
import { loadMeaning, meaningLexicon, type MeaningLexicon } from './lexicon';
import { recordLoadedSentenceSimilarity } from './loaded';
import { readMeaningFile } from './meaning-files';
import { FEATURE_NAMES, pairFeatures } from './pair-features';
import { sentenceMeaning, type SentenceMeaning } from './sentence-meaning';

let model: BoostedTrees | null = null;
let loading: Promise<void> | null = null;

export function checkModel(candidate: BoostedTrees, name = 'similarity-model.json'): BoostedTrees {
  if (candidate.format !== 'parallax-similarity-model' || candidate.version !== modelFormat.version) {
    throw new Error(`${name}: expected parallax-similarity-model version ${modelFormat.version}, found ${candidate.format} version ${candidate.version}`);
  }
  if (candidate.features.join() !== FEATURE_NAMES.join()) {
    throw new Error(`${name}: trained on features [${candidate.features.join(', ')}], the engine computes [${FEATURE_NAMES.join(', ')}] — retrain with src/cli/train-similarity.ts`);
  }
  return candidate;
}

/** Loads the lexical data and the model once (read on the first call, see meaning-files.ts). */
export function loadSentenceSimilarity(): Promise<void> {
  loading ??= Promise.all([loadMeaning(), readMeaningFile('similarity-model.json')]).then(([, m]) => {
    model = checkModel(m as BoostedTrees);
    recordLoadedSentenceSimilarity({ analyse: analyseSentence, similarity: (a, b) => meaningSimilarity(a, b) });
  });
  return loading;
}

/** True once `loadSentenceSimilarity()` has finished. Engine code that can use meaning checks this and falls back
 *  to its lexical path when the data is absent (unit tests of other parts, a caller that did not load it), so
 *  loading stays the caller's choice and a missing load never throws in the middle of a comparison. */
export function isSentenceSimilarityLoaded(): boolean {
  return model !== null;
}

function loadedModel(): BoostedTrees {
  if (!model) throw new Error('sentence similarity not loaded yet: await loadSentenceSimilarity() once before scoring');
  return model;
}

/** Similarity of two analysed sentences, 0 (unrelated) … 1 (same meaning). */
export function meaningSimilarity(a: SentenceMeaning, b: SentenceMeaning, trees: Pick<BoostedTrees, 'base' | 'trees'> = loadedModel()): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const score = predictTrees(trees, pairFeatures(a, b));
  return Math.min(1, Math.max(0, score));
}

export interface SimilarityOptions {
  /** BCP-47 tag of each text ("de", "en-GB"); guessed from the words when absent or neither German nor English. */
  languageA?: string;
  languageB?: string;
}

const analysed = new Map<string, SentenceMeaning>();

/** Analyses a sentence once; the cache keeps alignment's repeated comparisons cheap. */
export function analyseSentence(text: string, language?: string | null, lex: MeaningLexicon = meaningLexicon()): SentenceMeaning {
  const key = `${language ?? ''}\u0000${text}`;
  let meaning = analysed.get(key);
  if (!meaning) {
    meaning = sentenceMeaning(text, lex, language);
    if (analysed.size > 20_000) analysed.clear();
    analysed.set(key, meaning);
  }
  return meaning;
}

export function sentenceSimilarity(a: string, b: string, options: SimilarityOptions = {}): number {
  return meaningSimilarity(analyseSentence(a, options.languageA), analyseSentence(b, options.languageB));
}
