// Reprinted agency copy within one comparison: which articles print the same passages, and for each
// sentence which other articles print it too, so a reprint is not counted as independent confirmation.

import type { AlignedArticle } from '../align/align-event';
import { detectReuse, reprintedSentences, type ReuseGroup } from '../reuse';
import type { ReuseReport } from '../types';

export interface Reprints {
  groups: ReuseReport[];
  /** Other articles printing the same text as sentence `index` of `articleId`. */
  reprintedBy(articleId: string, index: number): string[];
}

export function findReprints(articles: AlignedArticle[]): Reprints {
  const groups: ReuseGroup[] = detectReuse(articles.map((a) => ({ id: a.id, text: a.article.text })));
  const bySentence = reprintedSentences(
    groups,
    Object.fromEntries(articles.map((a) => [a.id, a.article.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end }))])),
  );
  const lookup = new Map<string, string[]>();
  for (const [id, sentences] of Object.entries(bySentence)) for (const s of sentences) lookup.set(`${id}#${s.index}`, s.with);
  return {
    groups: groups.map((g) => ({
      articleIds: g.articleIds,
      passages: g.passages,
      quoteOnly: g.details.map((d) => d.quoteOnly),
      tokenShare: g.tokenShare,
    })),
    reprintedBy: (articleId, index) => lookup.get(`${articleId}#${index}`) ?? [],
  };
}

/** How many outlets report a fact on their own: mentions that reprint one another count once. */
export function independentCount(mentions: { articleId: string; sentence: number }[], reprints: Reprints): number {
  const parent = new Map(mentions.map((m) => [m.articleId, m.articleId]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (const m of mentions) {
    for (const other of reprints.reprintedBy(m.articleId, m.sentence)) {
      if (parent.has(other)) parent.set(find(other), find(m.articleId));
    }
  }
  return new Set(mentions.map((m) => find(m.articleId))).size;
}
