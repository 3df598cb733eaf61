// Finds the corpus event an article reports. Candidate events come from the term index; the best are then
// aligned fact by fact, because sharing names and phrases ("Berger", "Stadtwerke", "Verhandlungen") is not
// sharing an event: the same event means the article's facts are the event's facts, on compatible dates.

import { alignEvent, type EventAlignment } from '../align/align-event';
import type { ArticleFeatureCache } from '../align/article-feature-cache';
import type { ParsedArticle } from '../article/parse-article';
import type { CorpusEvent, EventRelation } from '../types';
import { loadedLexicon, loadedSentenceSimilarity } from '../meaning/loaded';
import type { CorpusIndex } from './corpus-index';
import { crossLanguageEvidence, type CrossLanguageEvidence } from './cross-language';
import { dayDistance, RELATED_EVENT_DAYS, SAME_EVENT_DAYS } from './event-days';
import type { PreparedQuery } from './prepare-query';

export interface EventMatch {
  event: CorpusEvent;
  relation: EventRelation;
  confidence: number;
  /** Corpus articles compared with (the event's articles, without the article itself). */
  articleIds: string[];
  alignment: EventAlignment;
  evidence: MatchEvidence;
}

export interface MatchEvidence {
  termSimilarity: number;
  sharedShare: number;
  strongShare: number;
  conflictingFacts: number;
  /** Days between the article's date and the event's, when both are known. */
  dayDistance: number | null;
  /** What the article shares with the event's reports in other languages (meaning data loaded only). */
  crossLanguage?: CrossLanguageEvidence | null;
}

/** Term-search hits looked at per match (exported for callers that search ahead of matching). */
export const CANDIDATE_ARTICLES = 30;
const EVENTS_TO_ALIGN = 3;
const MIN_TERM_SIMILARITY = 0.08;
/** Two reports in different languages share language-neutral keys only, never a stem: their cosine is a
 *  fraction of what two reports in one language reach (measured: English reports of the seed event against its
 *  German reports 0.04–0.13 on neutral keys, English reports of unrelated events 0.04 at most). Whether it
 *  is the same event is then decided by the cross-language evidence, not by this. */
const MIN_CROSS_LANGUAGE_SIMILARITY = 0.03;
/** Least rarity-weighted share of an article's words that reports in another language must hold for "same"
 *  (measured: English reports of the seed event 0.44–0.63 of the German reports' keys; English reports of
 *  other Trump–Putin meetings 0.36–0.45, of unrelated events 0.18–0.24). */
const MIN_CROSS_COVERAGE = 0.4;

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

/** Decides the relation from the evidence; null when the article does not report nor follow up the event. */
// Measured on the seeds against each other and on written articles about other events: each seed has
// 13–44% of its sentences closely matched (≥ STRONG_LINK) by the others, a later summit of the same two
// men 0%, another call of theirs 9%. Loosely shared sentences alone do not separate them (50% for the summit).
// Each fact whose figures disagree (a score of 4:1 against 3:2, a call of three hours against ninety
// minutes) counts against "same": one disagreement happens between reports of one event, several rarely do.
export function factSignal(e: Pick<MatchEvidence, 'sharedShare' | 'strongShare' | 'conflictingFacts'>): number {
  return 0.5 * e.sharedShare + e.strongShare - 0.2 * e.conflictingFacts;
}

// Across languages the same reading applies to the sentences the meaning model pairs, provided the other
// reports hold enough of the article's rarer words (names, places, figures, uncommon terms).
function crossSignal(e: MatchEvidence): number {
  const cross = e.crossLanguage;
  if (!cross || cross.coverage < MIN_CROSS_COVERAGE) return 0;
  return factSignal({ sharedShare: cross.sharedShare, strongShare: cross.strongShare, conflictingFacts: e.conflictingFacts });
}

export function decideRelation(e: MatchEvidence): { relation: EventRelation; confidence: number } | null {
  const signal = Math.max(factSignal(e), crossSignal(e));
  if ((e.dayDistance === null || e.dayDistance <= SAME_EVENT_DAYS) && signal >= 0.3) {
    return { relation: 'same', confidence: clamp01(0.5 + 0.5 * signal + 0.3 * e.termSimilarity) };
  }
  const followUp = e.dayDistance === null || e.dayDistance <= RELATED_EVENT_DAYS;
  if (followUp && (e.termSimilarity >= 0.15 || e.sharedShare >= 0.15 || (e.crossLanguage?.coverage ?? 0) >= MIN_CROSS_COVERAGE)) {
    return { relation: 'related', confidence: clamp01(0.25 + 0.5 * e.termSimilarity + signal) };
  }
  return null;
}

export function evaluateEvent(
  article: ParsedArticle,
  event: CorpusEvent,
  selfId: string | null,
  termSimilarity: number,
  corpus: CorpusIndex,
  features?: ArticleFeatureCache,
) {
  const articleIds = event.articleIds.filter((id) => id !== selfId);
  const others = articleIds.map((id) => ({ id, article: corpus.parsed(id) }));
  const alignment = alignEvent(article, others, features);
  const otherLanguages = others.map((o) => o.article).filter((o) => o.language !== article.language);
  const lexicon = loadedLexicon();
  const sentences = loadedSentenceSimilarity();
  const crossLanguage = otherLanguages.length > 0 && lexicon && sentences ? crossLanguageEvidence(article, otherLanguages, lexicon, sentences) : null;
  const evidence: MatchEvidence = {
    termSimilarity,
    sharedShare: alignment.sharedShare,
    strongShare: alignment.strongShare,
    conflictingFacts: alignment.conflictingFacts,
    dayDistance: dayDistance(article.date, event.date),
    crossLanguage,
  };
  return { event, articleIds, alignment, evidence };
}

/** The article's term-search hits grouped by event, best first: the events worth aligning. Hits below
 *  MIN_TERM_SIMILARITY and events weeks away from the article are dropped. */
export function eventsToAlign(
  article: Pick<ParsedArticle, 'date'>,
  hits: { articleId: string; score: number }[],
  corpus: Pick<CorpusIndex, 'eventOf'>,
  selfId: string | null,
  /** Whether a hit is written in another language than the article (a lower similarity then suffices). */
  otherLanguage: (articleId: string) => boolean = () => false,
): [eventId: string, termSimilarity: number][] {
  const bestByEvent = new Map<string, number>();
  for (const hit of hits) {
    const event = corpus.eventOf(hit.articleId);
    const least = otherLanguage(hit.articleId) ? MIN_CROSS_LANGUAGE_SIMILARITY : MIN_TERM_SIMILARITY;
    if (!event || hit.articleId === selfId || hit.score < least) continue;
    // An event weeks away can be neither the same nor a follow-up: not worth aligning, and it must not
    // push a fitting event of the same people out of the few that are aligned.
    const days = dayDistance(article.date, event.date);
    if (days !== null && days > RELATED_EVENT_DAYS) continue;
    bestByEvent.set(event.id, Math.max(bestByEvent.get(event.id) ?? 0, hit.score));
  }
  return [...bestByEvent].sort((a, b) => b[1] - a[1]).slice(0, EVENTS_TO_ALIGN);
}

/** Hits of the article's terms and, for reports in other languages, of its neutral keys alone, merged (an
 *  article's best score of the two). Reports in the article's language keep the score of all its terms. */
export function mergeHits(...lists: { articleId: string; score: number }[][]): { articleId: string; score: number }[] {
  const best = new Map<string, number>();
  for (const list of lists) for (const hit of list) best.set(hit.articleId, Math.max(best.get(hit.articleId) ?? 0, hit.score));
  return [...best].map(([articleId, score]) => ({ articleId, score })).sort((a, b) => b.score - a.score || (a.articleId < b.articleId ? -1 : 1));
}

function searchCandidates(query: MatchQuery, corpus: CorpusIndex, otherLanguage: (id: string) => boolean): { articleId: string; score: number }[] {
  const hits = corpus.search(query.terms, CANDIDATE_ARTICLES);
  if (query.neutral.size === 0) return hits;
  return mergeHits(hits, corpus.search(query.neutral, CANDIDATE_ARTICLES).filter((hit) => otherLanguage(hit.articleId)));
}

/** What matching reads of a prepared query. */
export type MatchQuery = Pick<PreparedQuery, 'parsed' | 'terms' | 'neutral'>;

/** The events worth aligning: the ones a slice was cut for (decided by eventsToAlign when it was cut, see
 *  corpus-view), else those the index's search finds now. */
function candidateEvents(query: MatchQuery, corpus: CorpusIndex, selfId: string | null): readonly (readonly [string, number])[] {
  if (corpus.chosenEvents) return corpus.chosenEvents.filter(([id]) => corpus.events.has(id));
  const article = query.parsed;
  const otherLanguage = (id: string) => {
    const language = corpus.articles.get(id)?.language;
    return language !== undefined && language !== null && language !== article.language;
  };
  return eventsToAlign(article, searchCandidates(query, corpus, otherLanguage), corpus, selfId, otherLanguage);
}

/** The event `query` reports, or null; `features` keeps the corpus articles' readings between matches. */
export function matchEvent(query: MatchQuery, corpus: CorpusIndex, selfId: string | null, features?: ArticleFeatureCache): EventMatch | null {
  const article = query.parsed;
  const ownEvent = selfId ? corpus.eventOf(selfId) : undefined;
  if (ownEvent) {
    const found = evaluateEvent(article, ownEvent, selfId, 1, corpus, features);
    return { ...found, relation: 'same', confidence: 1 };
  }
  const candidates = candidateEvents(query, corpus, selfId);
  let best: EventMatch | null = null;
  for (const [eventId, termSimilarity] of candidates) {
    const found = evaluateEvent(article, corpus.events.get(eventId)!, selfId, termSimilarity, corpus, features);
    const decision = decideRelation(found.evidence);
    if (!decision) continue;
    const rank = (m: { relation: EventRelation; confidence: number }) => (m.relation === 'same' ? 1 : 0) + m.confidence;
    if (!best || rank(decision) > rank(best)) best = { ...found, ...decision };
  }
  return best;
}
