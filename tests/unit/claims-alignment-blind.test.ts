// The seeds' alignment against a second gold written blind (tests/fixtures/claims-gold-blind): a stand-in for
// the independent check of issue 12 (target recall ≥ 0.85, precision ≥ 0.90). Floors at what the engine
// measures, so a change that loses ground shows here even when our own gold does not move.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import { comparisons, readGold, scoreAgainstGold, type Score } from '../helpers/claims-gold';
import { seedCorpus } from '../helpers/seeds';

let score: Score;
beforeAll(async () => {
  await loadSentenceSimilarity();
  const corpus = await seedCorpus();
  score = scoreAgainstGold(readGold(join(import.meta.dirname, '..', 'fixtures', 'claims-gold-blind', 'seeds-gold.json')), corpus, comparisons(corpus));
}, 60_000);

describe('the seeds against the blind second gold', () => {
  // Measured: recall 0.794 (170/214), precision 0.952 (158/166). Most misses are one clause stating two facts
  // ("bezeichnete das Gespräch auf seiner Plattform Truth Social als „lange und hochproduktiv“"): raising
  // recall to the 0.85 is the remaining work of issue 12.
  it('recalls at least 0.78 of its pairs with at least 0.93 precision', () => {
    expect(score.recall, score.missed.join('\n')).toBeGreaterThanOrEqual(0.78);
    expect(score.precision, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.93);
  });
});
