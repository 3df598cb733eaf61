// Match quality on generated data, where every article's true event is known. Precision: of the 'same'
// answers, the share naming the true event (a 'same' for an article whose event the pack lacks is wrong).
// Recall: of the articles whose event the pack holds, the share that got it as 'same'.

import type { Comparison } from '../../../src/engine/types';
import type { Query } from './queries';

export interface MatchQuality {
  /** Held-out reports of events in the pack. */
  known: number;
  correct: number;
  wrongEvent: number;
  relatedOnly: number;
  noEvent: number;
  /** Held-out reports of events the pack does not hold, and how many got a 'same' event anyway. */
  unrelated: number;
  unrelatedSame: number;
  packQueries: number;
  packCorrect: number;
  /** Examples of wrong answers, for the report: query id → (true event, answered event). */
  mistakes: { query: string; truth: string | null; answer: string; relation: string; confidence: number }[];
}

export function matchQuality(results: { query: Query; comparison: Comparison }[]): MatchQuality {
  const q: MatchQuality = { known: 0, correct: 0, wrongEvent: 0, relatedOnly: 0, noEvent: 0, unrelated: 0, unrelatedSame: 0, packQueries: 0, packCorrect: 0, mistakes: [] };
  for (const { query, comparison } of results) {
    const event = comparison.event;
    const same = event?.relation === 'same' ? event.id : null;
    if (query.kind === 'pack') {
      q.packQueries++;
      if (same === query.truth) q.packCorrect++;
    } else if (query.kind === 'held-out') {
      q.known++;
      if (same === query.truth) q.correct++;
      else if (same) q.wrongEvent++;
      else if (event) q.relatedOnly++;
      else q.noEvent++;
    } else if (query.kind === 'unrelated') {
      q.unrelated++;
      if (same) q.unrelatedSame++;
    }
    const wrong = (query.kind === 'held-out' || query.kind === 'unrelated') && same !== null && same !== query.truth;
    if (wrong && event) q.mistakes.push({ query: query.name, truth: query.truth, answer: event.id, relation: event.relation, confidence: event.confidence });
  }
  return q;
}

export function precision(q: MatchQuality): { part: number; whole: number } {
  return { part: q.correct, whole: q.correct + q.wrongEvent + q.unrelatedSame };
}

export function recall(q: MatchQuality): { part: number; whole: number } {
  return { part: q.correct, whole: q.known };
}
