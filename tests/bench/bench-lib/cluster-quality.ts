// How the engine's clustering compares with the generator's true events: pairwise precision and recall over
// article pairs, and the count of clusters that merge several events or events split over several clusters.

import type { CorpusEvent } from '../../../src/engine/types';

export interface ClusterQuality {
  clusters: number;
  trueEvents: number;
  pairPrecision: number;
  pairRecall: number;
  /** Clusters holding articles of more than one true event. */
  merging: number;
  /** True events (with ≥ 2 articles) whose articles ended up in more than one cluster. */
  split: number;
}

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

export function clusterQuality(clusters: CorpusEvent[], labels: ReadonlyMap<string, string>): ClusterQuality {
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const id of c.articleIds) clusterOf.set(id, c.id);
  const byLabel = new Map<string, string[]>();
  for (const c of clusters) for (const id of c.articleIds) {
    const label = labels.get(id)!;
    byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  let together = 0;
  for (const c of clusters) {
    const counts = new Map<string, number>();
    for (const id of c.articleIds) counts.set(labels.get(id)!, (counts.get(labels.get(id)!) ?? 0) + 1);
    for (const n of counts.values()) together += pairs(n);
  }
  const clusteredPairs = clusters.reduce((sum, c) => sum + pairs(c.articleIds.length), 0);
  const truePairs = [...byLabel.values()].reduce((sum, ids) => sum + pairs(ids.length), 0);
  return {
    clusters: clusters.length,
    trueEvents: byLabel.size,
    pairPrecision: clusteredPairs ? together / clusteredPairs : 1,
    pairRecall: truePairs ? together / truePairs : 1,
    merging: clusters.filter((c) => new Set(c.articleIds.map((id) => labels.get(id))).size > 1).length,
    split: [...byLabel.values()].filter((ids) => ids.length > 1 && new Set(ids.map((id) => clusterOf.get(id))).size > 1).length,
  };
}
