// `npx tsx src/cli/train-similarity.ts`: fits the sentence-similarity model on the STS benchmark's TRAIN split
// only (German, English, and both German–English pairings of the row-parallel files) and writes
// src/engine/data/meaning/similarity-model.json. Deterministic: tests/unit/meaning-model.test.ts re-derives it.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainSimilarityModel } from './similarity-training';

const out = join(import.meta.dirname, '..', 'engine', 'data', 'meaning', 'similarity-model.json');
const started = performance.now();
const model = await trainSimilarityModel();
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`similarity model: ${model.trees.length} trees on ${model.training.rows} pairs in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}`);
