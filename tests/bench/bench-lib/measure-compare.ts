// Measures one corpus: builds the index afresh for every run (so each run meets the same cold caches),
// warms up, then times every query. The first run's comparisons are kept for the match-quality check.

import { compareArticle } from '../../../src/engine/compare';
import type { CorpusPack } from '../../../src/engine/corpus/pack-format';
import { buildCorpusIndex } from '../../../src/engine/match/corpus-index';
import type { Comparison } from '../../../src/engine/types';
import { MemoryWatch } from './memory';
import type { Query, QueryKind } from './queries';
import { timed } from './stats';

export interface CompareMeasurement {
  buildMs: number[];
  /** Every timed comparison, all runs. */
  compareMs: number[];
  /** The same queries compared with `analyses: false` (facts and coverage only), timed alternately with the
   *  full comparison so load on the machine hits both alike: the cost of framing, quotes, numbers, reprints. */
  factsOnlyMs: number[];
  compareMsByKind: Map<QueryKind, number[]>;
  firstRun: { query: Query; comparison: Comparison }[];
  peakRss: number;
  peakHeap: number;
}

export interface MeasureOptions {
  runs: number;
  /** Untimed comparisons before each run's timed ones: the JIT and the index's lazy parts settle first. */
  warmUp: Query[];
  /** How often each query is timed per run (small corpora need repeats to reach enough samples). */
  repeats: number;
}

export function measureCompare(pack: CorpusPack, queries: Query[], options: MeasureOptions): CompareMeasurement {
  const memory = new MemoryWatch();
  const result: CompareMeasurement = { buildMs: [], compareMs: [], factsOnlyMs: [], compareMsByKind: new Map(), firstRun: [], peakRss: 0, peakHeap: 0 };
  for (let run = 0; run < options.runs; run++) {
    const { value: index, ms } = timed(() => buildCorpusIndex(pack));
    result.buildMs.push(ms);
    memory.sample();
    for (const q of options.warmUp) compareArticle(q.input, index);
    for (const query of queries) {
      for (let r = 0; r < options.repeats; r++) {
        const { value: comparison, ms: compareMs } = timed(() => compareArticle(query.input, index));
        result.compareMs.push(compareMs);
        const byKind = result.compareMsByKind.get(query.kind) ?? [];
        byKind.push(compareMs);
        result.compareMsByKind.set(query.kind, byKind);
        if (run === 0 && r === 0) result.firstRun.push({ query, comparison });
        result.factsOnlyMs.push(timed(() => compareArticle(query.input, index, { analyses: false })).ms);
      }
      memory.sample();
    }
  }
  result.peakRss = memory.peakRss;
  result.peakHeap = memory.peakHeap;
  return result;
}
