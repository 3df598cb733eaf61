// clusterEvents timings: the median of three runs on the 1,000-article corpus, in-process, with the quality of
// the clusters; a larger corpus only when the 1k figure says it can finish within the limit, in a child
// process that is stopped at the limit.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { clusterEvents } from '../../../src/engine/match/cluster-events';
import type { GeneratedCorpus } from '../generate-corpus';
import { clusterQuality, type ClusterQuality } from './cluster-quality';
import { median, timed } from './stats';

export interface ClusterTiming {
  articles: number;
  /** Null when not measured; `note` says why. */
  medianMs: number | null;
  runs: number;
  note: string;
  quality?: ClusterQuality;
}

export function timeClusteringInProcess(corpus: GeneratedCorpus, runs: number): ClusterTiming {
  const times: number[] = [];
  let quality: ClusterQuality | undefined;
  for (let i = 0; i < runs; i++) {
    const { value, ms } = timed(() => clusterEvents(corpus.pack.articles));
    times.push(ms);
    quality ??= clusterQuality(value, corpus.labels);
  }
  return { articles: corpus.pack.articles.length, medianMs: median(times), runs, note: `median of ${runs}`, quality };
}

/** Clustering is at least linear in the corpus: a 10× corpus takes at least 10× the time. */
export function timeClusteringWithLimit(articles: number, seed: number, reference: ClusterTiming, limitMs: number): ClusterTiming {
  const estimate = reference.medianMs === null ? Infinity : (reference.medianMs * articles) / reference.articles;
  if (estimate >= limitMs) {
    return { articles, medianMs: null, runs: 0, note: `not measured: too slow (linear estimate from ${reference.articles.toLocaleString('en')}: ≥ ${(estimate / 1000).toFixed(0)} s, limit ${limitMs / 1000} s)` };
  }
  const child = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'cluster-child.ts'), String(articles), String(seed)], {
    timeout: limitMs, encoding: 'utf8', maxBuffer: 1 << 20,
  });
  if (child.error || child.status !== 0) {
    const why = child.signal ? `stopped after ${limitMs / 1000} s` : (child.error?.message ?? child.stderr.trim().split('\n').at(-1));
    return { articles, medianMs: null, runs: 0, note: `not measured: too slow (${why})` };
  }
  const { ms, quality } = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { ms: number; quality: ClusterQuality };
  return { articles, medianMs: ms, runs: 1, note: 'one run in a child process (a median of 3 would exceed the time budget)', quality };
}
