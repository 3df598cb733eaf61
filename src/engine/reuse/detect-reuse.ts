// Reprinted copy among one event's articles: shared passages for every pair that has any, then passages
// that several articles share joined into groups (three outlets printing one agency paragraph → one group).

import { resolveReuseOptions } from './options';
import { groupPassages, type PassageLink } from './reuse-groups';
import { prepareText, type PreparedText } from './reuse-tokens';
import { passagesBetween, type TextWithId } from './shared-passages';
import type { ReuseGroup, ReuseOptions } from './types';

export function detectReuse(articles: TextWithId[], options?: ReuseOptions): ReuseGroup[] {
  const resolved = resolveReuseOptions('detectReuse', options);
  checkArticles(articles);
  const vocabulary = new Map<string, number>();
  const prepared = articles.map((article) => prepareText(article.text, vocabulary, resolved));
  const links: PassageLink[] = [];
  for (const [a, b] of candidatePairs(prepared)) {
    for (const passage of passagesBetween(prepared[a]!, prepared[b]!, resolved)) links.push({ a, b, passage });
  }
  return groupPassages(articles, prepared, links);
}

function checkArticles(articles: TextWithId[]): void {
  const seen = new Set<string>();
  articles.forEach((article, i) => {
    if (typeof article?.id !== 'string') throw new Error(`detectReuse: article ${i} has no "id"`);
    if (typeof article.text !== 'string') throw new Error(`detectReuse: article ${i} ("${article.id}") has no "text"`);
    if (seen.has(article.id)) throw new Error(`detectReuse: duplicate article id "${article.id}"`);
    seen.add(article.id);
  });
}

/**
 * Pairs (a < b) that have at least one n-gram of minTokens tokens in common. Every shared passage contains
 * such an n-gram, so this skips no pair that has one, unlike a MinHash threshold, which misses one shared
 * paragraph in two long articles. (MinHash is for corpora too large to index every n-gram.)
 */
export function candidatePairs(prepared: PreparedText[]): [number, number][] {
  const holders = new Map<number, number[]>();
  prepared.forEach((text, k) => {
    for (const h of text.grams.starts.keys()) {
      const list = holders.get(h);
      if (!list) holders.set(h, [k]);
      else list.push(k);
    }
  });
  const pairs = new Set<number>();
  for (const list of holders.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) pairs.add(list[x]! * prepared.length + list[y]!);
    }
  }
  return [...pairs].sort((x, y) => x - y).map((p) => [Math.floor(p / prepared.length), p % prepared.length]);
}
