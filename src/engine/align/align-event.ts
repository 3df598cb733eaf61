// Aligns one article with the other articles of an event: builds the event's shared context, the features
// of every sentence, and the facts. Also measures how much of the article the event confirms, which the
// event match uses to tell "same event" from "same people, other event".

import type { ParsedArticle } from '../article/parse-article';
import { quantitiesConflict } from '../quantities';
import { alignFacts, type AlignedFact } from './align-facts';
import type { ArticleFeatureCache } from './article-feature-cache';
import { readArticle } from './article-reading';
import { buildEventContext, type EventContext } from './event-context';
import { sentenceFeatures, type SentenceFeatures } from './sentence-features';

export const CURRENT = 'current';

/** A pair this similar is the same statement reworded, not just the same people and topic. */
export const STRONG_LINK = 0.5;

export interface AlignedArticle {
  id: string;
  article: ParsedArticle;
}

export interface EventAlignment {
  facts: AlignedFact[];
  /** Every claim of every article, in article and sentence order. */
  claims: SentenceFeatures[];
  /** Similarity of two claims of different articles (0 when they share no distinctive feature). */
  similarity: (a: SentenceFeatures, b: SentenceFeatures) => number;
  /** The most their similarity can be without asking the meaning model (see align-facts.ts). */
  similarityAtMost: (a: SentenceFeatures, b: SentenceFeatures) => number;
  /** The compared article (id CURRENT) first, then the others, with the context their features came from. */
  articles: AlignedArticle[];
  context: EventContext;
  /** Share of the current article's sentences that another article reports too. */
  sharedShare: number;
  /** Share of the current article's sentences with a close counterpart (similarity ≥ STRONG_LINK). */
  strongShare: number;
  /** Facts shared with another article whose numbers or dates disagree beyond tolerance. */
  conflictingFacts: number;
  /** Facts reported by at least two other articles, and how many of those the current article reports. */
  eventFacts: number;
  eventFactsReported: number;
}

/** Aligns `current` with `others`; `features` keeps the others' readings between calls (the current article
 *  is read afresh: a page is compared once per click, and keeping it would push corpus articles out). */
export function alignEvent(current: ParsedArticle, others: AlignedArticle[], features?: ArticleFeatureCache): EventAlignment {
  const ids = new Map(others.map((o) => [o.article, o.id]));
  const read = (article: ParsedArticle) => {
    const id = article === current ? undefined : ids.get(article);
    return features && id !== undefined ? features.reading(id, article, readArticle) : readArticle(article);
  };
  const context = buildEventContext([current, ...others.map((o) => o.article)], current.language, read);
  const sentences = [
    ...sentenceFeatures(current, CURRENT, context),
    ...others.flatMap((o) => sentenceFeatures(o.article, o.id, context)),
  ];
  const { facts, similarity, similarityAtMost } = alignFacts(sentences);
  // Shares are of sentences (a sentence counts once however many of its claims another outlet reports), so
  // the event match reads them as it did before claims were split.
  const shared = new Set<number>();
  const strong = new Set<number>();
  let conflicting = 0;
  let eventFacts = 0;
  let eventFactsReported = 0;
  for (const fact of facts) {
    const own = fact.mentions.find((m) => m.articleId === CURRENT);
    const otherMentions = fact.mentions.filter((m) => m.articleId !== CURRENT);
    if (otherMentions.length >= 2) {
      eventFacts++;
      if (own) eventFactsReported++;
    }
    if (!own || otherMentions.length === 0) continue;
    shared.add(own.index);
    if (fact.linkReaches(own, STRONG_LINK)) strong.add(own.index);
    if (own.quantities.some((q) => otherMentions.some((m) => m.quantities.some((o) => quantitiesConflict(q, o))))) conflicting++;
  }
  const n = current.sentences.length;
  return {
    facts,
    claims: sentences,
    similarity,
    similarityAtMost,
    articles: [{ id: CURRENT, article: current }, ...others],
    context,
    sharedShare: n ? shared.size / n : 0,
    strongShare: n ? strong.size / n : 0,
    conflictingFacts: conflicting,
    eventFacts,
    eventFactsReported,
  };
}
