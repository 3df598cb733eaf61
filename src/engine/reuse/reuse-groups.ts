// From pairwise passages to groups. Each passage occurrence is a node; the two sides of a pair's passage are
// joined, and so are occurrences in one article that mostly overlap (the same agency paragraph matched with
// two outlets). Components over the same set of articles form one group.

import { mergeIntervals, totalLength, coveredLength, type Interval } from './intervals';
import { quotedRanges } from './quotes';
import type { PreparedText } from './reuse-tokens';
import { charRange, type TextWithId } from './shared-passages';
import type { PassageDetail, ReuseGroup, SharedPassage } from './types';

/** A passage shared by articles `a` and `b` (indices into the article list). */
export interface PassageLink {
  a: number;
  b: number;
  passage: SharedPassage;
}

/** A passage in one article, as a token range. */
interface Occurrence {
  article: number;
  start: number;
  end: number;
}

/** Share of quoted characters from which a passage counts as quotation only. */
const QUOTE_ONLY_SHARE = 0.8;

export function groupPassages(articles: TextWithId[], prepared: PreparedText[], links: PassageLink[]): ReuseGroup[] {
  const occurrences = links.flatMap(({ a, b, passage }): Occurrence[] => [
    { article: a, start: passage.tokenRangeA[0], end: passage.tokenRangeA[1] },
    { article: b, start: passage.tokenRangeB[0], end: passage.tokenRangeB[1] },
  ]);
  const parent = occurrences.map((_, i) => i);
  links.forEach((_, k) => union(parent, 2 * k, 2 * k + 1));
  joinOverlapping(occurrences, parent);

  const components = new Map<number, Occurrence[]>();
  occurrences.forEach((occurrence, i) => {
    const root = find(parent, i);
    const component = components.get(root);
    if (component) component.push(occurrence);
    else components.set(root, [occurrence]);
  });
  const byArticleSet = new Map<string, Occurrence[][]>();
  for (const component of components.values()) {
    const key = [...new Set(component.map((o) => o.article))].sort((x, y) => x - y).join(',');
    const group = byArticleSet.get(key);
    if (group) group.push(component);
    else byArticleSet.set(key, [component]);
  }
  const quotes = new Map<number, Interval[]>();
  const quotesOf = (k: number) => quotes.get(k) ?? quotes.set(k, quotedRanges(prepared[k]!.text)).get(k)!;
  return [...byArticleSet.entries()]
    .map(([key, group]) => buildGroup(key.split(',').map(Number), group, articles, prepared, quotesOf))
    .sort((x, y) => y.group.articleIds.length - x.group.articleIds.length || y.sharedTokens - x.sharedTokens)
    .map(({ group }) => group);
}

function buildGroup(
  members: number[],
  components: Occurrence[][],
  articles: TextWithId[],
  prepared: PreparedText[],
  quotesOf: (article: number) => Interval[],
): { group: ReuseGroup; sharedTokens: number } {
  const first = members[0]!;
  const tokenSpans = components.map((component) => tokenSpansByArticle(component));
  tokenSpans.sort((x, y) => (x.get(first)?.[0]?.[0] ?? 0) - (y.get(first)?.[0]?.[0] ?? 0));
  const details = tokenSpans.map((spans) => toDetail(spans, first, articles, prepared, quotesOf));
  const tokenShare: Record<string, number> = {};
  let sharedTokens = 0;
  for (const k of members) {
    const inside = totalLength(mergeIntervals(tokenSpans.flatMap((spans) => spans.get(k) ?? [])));
    tokenShare[articles[k]!.id] = inside / Math.max(1, prepared[k]!.tokens.length);
    sharedTokens += inside;
  }
  const articleIds = members.map((k) => articles[k]!.id);
  return { group: { articleIds, passages: details.map((d) => d.text), tokenShare, details }, sharedTokens };
}

function tokenSpansByArticle(component: Occurrence[]): Map<number, Interval[]> {
  const spans = new Map<number, Interval[]>();
  for (const { article, start, end } of component) {
    const list = spans.get(article);
    if (list) list.push([start, end]);
    else spans.set(article, [[start, end]]);
  }
  for (const [article, list] of spans) spans.set(article, mergeIntervals(list));
  return spans;
}

function toDetail(
  tokenSpans: Map<number, Interval[]>,
  first: number,
  articles: TextWithId[],
  prepared: PreparedText[],
  quotesOf: (article: number) => Interval[],
): PassageDetail {
  const spans: Record<string, [number, number][]> = {};
  let chars = 0;
  let quoted = 0;
  for (const [k, list] of [...tokenSpans].sort((x, y) => x[0] - y[0])) {
    const charSpans = list.map(([s, e]) => charRange(prepared[k]!, s, e));
    spans[articles[k]!.id] = charSpans;
    for (const [s, e] of charSpans) {
      chars += e - s;
      quoted += coveredLength(quotesOf(k), s, e);
    }
  }
  const firstText = prepared[first]!.text;
  const text = (spans[articles[first]!.id] ?? []).map(([s, e]) => firstText.slice(s, e)).join(' … ');
  return { text, quoteOnly: chars > 0 && quoted / chars >= QUOTE_ONLY_SHARE, spans };
}

/** Joins occurrences in one article that overlap by at least half of the shorter one. */
function joinOverlapping(occurrences: Occurrence[], parent: number[]): void {
  const order = occurrences.map((_, i) => i).sort((x, y) => {
    const [ox, oy] = [occurrences[x]!, occurrences[y]!];
    return ox.article - oy.article || ox.start - oy.start;
  });
  order.forEach((x, pos) => {
    const ox = occurrences[x]!;
    for (let next = pos + 1; next < order.length; next++) {
      const y = order[next]!;
      const oy = occurrences[y]!;
      if (oy.article !== ox.article || oy.start >= ox.end) break;
      const overlap = Math.min(ox.end, oy.end) - oy.start;
      if (2 * overlap >= Math.min(ox.end - ox.start, oy.end - oy.start)) union(parent, x, y);
    }
  });
}

function find(parent: number[], x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root]!;
  while (parent[x] !== root) [parent[x], x] = [root, parent[x]!];
  return root;
}

function union(parent: number[], x: number, y: number): void {
  parent[find(parent, x)] = find(parent, y);
}
