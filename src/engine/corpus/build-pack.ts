// Builds a corpus pack from articles: the engine clusters them into events; nothing is written by hand.

import { clusterEvents } from '../match/cluster-events';
import type { CorpusArticle } from '../types';
import { CORPUS_FORMAT, CORPUS_VERSION, type CorpusPack } from './pack-format';

export function buildCorpusPack(articles: CorpusArticle[], description?: string): CorpusPack {
  const pack: CorpusPack = {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    articles,
    events: clusterEvents(articles),
  };
  if (description) pack.description = description;
  return pack;
}

/** Several packs as one corpus: the first pack holding an article id wins; events without all their
 *  articles are dropped and those articles clustered again. */
export function mergeCorpusPacks(packs: CorpusPack[]): CorpusPack {
  const articles = new Map<string, CorpusArticle>();
  for (const pack of packs) for (const a of pack.articles) if (!articles.has(a.id)) articles.set(a.id, a);
  const events = packs.flatMap((p) => p.events);
  const placed = new Set<string>();
  const kept = events.filter((e) => {
    if (e.articleIds.some((id) => placed.has(id))) return false;
    e.articleIds.forEach((id) => placed.add(id));
    return true;
  });
  const unplaced = [...articles.values()].filter((a) => !placed.has(a.id));
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    articles: [...articles.values()],
    events: [...kept, ...(unplaced.length ? clusterEvents(unplaced) : [])],
  };
}
