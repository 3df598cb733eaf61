// Which sentences are reprinted copy, and from whom: the alignment must not count a reprint of another
// outlet's (or the same agency's) sentence as independent confirmation of a fact.

import { coveredLength, mergeIntervals, type Interval } from './intervals';
import type { ReuseGroup, SentenceReprint, SentenceSpan } from './types';

/** Share of a sentence's characters that must lie in passages shared with an article. */
export const REPRINT_SHARE = 0.6;

/**
 * For each article in `sentencesByArticle`, its sentences of which ≥ 60% of the characters lie inside
 * passages it shares with another article, with those articles' ids. Articles without such sentences map to [].
 */
export function reprintedSentences(
  groups: ReuseGroup[],
  sentencesByArticle: Record<string, SentenceSpan[]>,
  minShare = REPRINT_SHARE,
): Record<string, SentenceReprint[]> {
  const result: Record<string, SentenceReprint[]> = {};
  for (const [id, sentences] of Object.entries(sentencesByArticle)) {
    const sharedWith = spansSharedWith(groups, id);
    result[id] = sentences
      .map((sentence) => ({ index: sentence.index, with: reprintSources(sentence, sharedWith, minShare) }))
      .filter((reprint) => reprint.with.length > 0)
      .sort((x, y) => x.index - y.index);
  }
  return result;
}

/** Character spans of article `id` that it shares with each other article, merged per other article. */
function spansSharedWith(groups: ReuseGroup[], id: string): Map<string, Interval[]> {
  const byOther = new Map<string, Interval[]>();
  for (const group of groups) {
    for (const detail of group.details) {
      const own = detail.spans[id];
      if (!own) continue;
      for (const other of Object.keys(detail.spans)) {
        if (other !== id) byOther.set(other, [...(byOther.get(other) ?? []), ...own]);
      }
    }
  }
  for (const [other, spans] of byOther) byOther.set(other, mergeIntervals(spans));
  return byOther;
}

function reprintSources(sentence: SentenceSpan, sharedWith: Map<string, Interval[]>, minShare: number): string[] {
  const length = sentence.end - sentence.start;
  if (length <= 0) return [];
  return [...sharedWith]
    .filter(([, spans]) => coveredLength(spans, sentence.start, sentence.end) >= minShare * length)
    .map(([other]) => other)
    .sort();
}
