// Training of the sentence-similarity model, shared by the training script and the test that re-derives it.

import {
  trainTrees,
  type BoostedTrees,
  type TrainOptions,
  loadMeaning,
  similarityModelFormat as modelFormat,
  FEATURE_NAMES,
  pairFeatures,
  sentenceMeaning,
} from '../engine';
import { stsbAllPairings } from './stsb';

export const TRAINING: TrainOptions = { rounds: 300, depth: 3, learningRate: 0.05, minLeaf: 40, bins: 32 };

export async function trainingRows(split: 'train' | 'dev'): Promise<{ rows: number[][]; targets: number[] }> {
  const lex = await loadMeaning();
  const pairs = stsbAllPairings(split);
  const rows = pairs.map((p) => pairFeatures(sentenceMeaning(p.a, lex, p.languageA), sentenceMeaning(p.b, lex, p.languageB)));
  return { rows, targets: pairs.map((p) => p.score / 5) };
}

export async function trainSimilarityModel(): Promise<BoostedTrees> {
  const { rows, targets } = await trainingRows('train');
  return trainTrees(rows, targets, TRAINING, {
    features: FEATURE_NAMES,
    version: modelFormat.version,
    data: 'stsb-multi-mt train (PhilipMay/stsb-multi-mt 30de0de): de, en, de–en, en–de pairings; scores CC BY-SA 4.0',
  });
}
