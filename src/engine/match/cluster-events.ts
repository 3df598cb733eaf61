// Groups corpus articles into events with the same judgement the event match uses: articles are taken in
// date order, each joins the candidate event whose articles report its facts (decideRelation says "same"),
// or starts a new event. Ids are stable while an event's earliest article stays in it.

import { alignEvent } from '../align/align-event';
import { firstFreeEventId } from '../corpus/event-id';
import type { CorpusArticle, CorpusEvent } from '../types';
import { placeAcrossLanguages } from './cluster-across-languages';
import { articleRecords, dateOrder, moveTo, type ArticleRecord, type Cluster } from './cluster-records';
import { dayDistance, SAME_EVENT_DAYS } from './event-days';
import { decideRelation, type MatchEvidence } from './match-event';
import { TermIndex } from './term-index';

export interface ClusterOptions {
  neighbours: number;
  /** Term similarity above which an article joins its neighbour's event without aligning facts. */
  sureSimilarity: number;
  minSimilarity: number;
  /** Most articles of a candidate event aligned with (the most similar ones). */
  alignWith: number;
  /** Facts with disagreeing figures at which an article is kept out of an event however well it aligns. */
  maxConflicts: number;
}

/** Groups this small are re-judged member by member after the first pass (measured: 1 → 3 raised pairwise
 *  recall on the generated 1k corpus from 0.91 to 0.95 at unchanged precision). */
const SMALL_CLUSTER = 3;
/** Candidate events judged per article: the best by term similarity. */
const EVENTS_JUDGED = 3;

// maxConflicts: reports of one event disagree on a figure or two; three facts with disagreeing figures mean two
// events of one kind told in the same words (two fires, two council votes), however closely the sentences
// match. Measured on the generated 1k corpus: of the wrong joins, 27 of 42 had three or more; of the right
// ones, 17 of 380. Clustering only: matching a page aligns it with a whole event (more reports, so more
// disagreeing figures), and the same veto there cut recall of 'same' from 92% to 78% at 10k.
export const DEFAULT_CLUSTERING: ClusterOptions = { neighbours: 12, sureSimilarity: 0.7, minSimilarity: 0.08, alignWith: 6, maxConflicts: 3 };

/** An event met among an article's nearest neighbours: its best term similarity to the article and the
 *  neighbours it holds, nearest first. */
interface Candidate {
  cluster: Cluster;
  score: number;
  neighbours: ArticleRecord[];
}

/** Where an article fits best: the event and how surely (2 + similarity when the terms alone leave no
 *  doubt, 1 + confidence when the facts say "same"). */
interface Placement {
  cluster: Cluster;
  rank: number;
}

/** The events of the article's nearest neighbours, best first. */
function candidatesFor(record: ArticleRecord, records: readonly ArticleRecord[], index: TermIndex, options: ClusterOptions): Candidate[] {
  const byCluster = new Map<Cluster, Candidate>();
  for (const hit of index.search(record.terms, options.neighbours + 1)) {
    const neighbour = records[hit.doc];
    const cluster = neighbour?.cluster;
    if (!neighbour || !cluster || neighbour === record || cluster === record.cluster || hit.score < options.minSimilarity) continue;
    // Only "same" joins an event, and reports of one event are days apart at most: a neighbour weeks away
    // (the same kind of story another time) must not take one of the few places that are aligned.
    const days = dayDistance(record.article.date, neighbour.article.date);
    if (days !== null && days > SAME_EVENT_DAYS) continue;
    const candidate = byCluster.get(cluster);
    if (candidate) {
      candidate.score = Math.max(candidate.score, hit.score);
      candidate.neighbours.push(neighbour);
    } else byCluster.set(cluster, { cluster, score: hit.score, neighbours: [neighbour] });
  }
  return [...byCluster.values()].sort((a, b) => b.score - a.score).slice(0, EVENTS_JUDGED);
}

/** The reports of a candidate event the article is aligned with: its nearest neighbours there first, then the
 *  event's other members, at most `alignWith`. */
function reportsToAlign(record: ArticleRecord, candidate: Candidate, alignWith: number): ArticleRecord[] {
  const rest = candidate.cluster.members.filter((member) => !candidate.neighbours.includes(member) && member !== record);
  return [...candidate.neighbours, ...rest].slice(0, alignWith);
}

/** What the event match weighs, measured between the article and some of the candidate's reports. Clustering
 *  keeps out a join with too many disagreeing figures, which matching a page does not (see DEFAULT_CLUSTERING). */
function evidenceAgainst(record: ArticleRecord, candidate: Candidate, options: ClusterOptions): MatchEvidence {
  const reports = reportsToAlign(record, candidate, options.alignWith);
  const alignment = alignEvent(record.parsed, reports.map((r) => ({ id: r.article.id, article: r.parsed })));
  const nearest = candidate.neighbours[0];
  return {
    termSimilarity: candidate.score,
    sharedShare: alignment.sharedShare,
    strongShare: alignment.strongShare,
    conflictingFacts: alignment.conflictingFacts,
    dayDistance: nearest ? dayDistance(record.article.date, nearest.article.date) : null,
  };
}

/** How surely the article belongs to the candidate event; 0 when it does not. Every neighbour is within the
 *  same-event window already (candidatesFor), so a high term similarity alone suffices. */
function rankFor(record: ArticleRecord, candidate: Candidate, options: ClusterOptions): number {
  if (candidate.score >= options.sureSimilarity) return 2 + candidate.score;
  const evidence = evidenceAgainst(record, candidate, options);
  const decision = decideRelation(evidence);
  if (decision?.relation !== 'same' || evidence.conflictingFacts >= options.maxConflicts) return 0;
  return 1 + decision.confidence;
}

/** The event the article fits best, other than its own; null when none fits. */
function bestPlacement(record: ArticleRecord, records: readonly ArticleRecord[], index: TermIndex, options: ClusterOptions): Placement | null {
  let best: Placement | null = null;
  for (const candidate of candidatesFor(record, records, index, options)) {
    const rank = rankFor(record, candidate, options);
    if (rank > (best?.rank ?? 0)) best = { cluster: candidate.cluster, rank };
  }
  return best;
}

function mode(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
}

/** The report that titles the event: the one that joined it most surely, among reports with a headline of
 *  their own (a headline names an event better than a first sentence cut short); the earliest on a tie. */
function titleReport(members: readonly ArticleRecord[], first: ArticleRecord): ArticleRecord {
  const titled = members.filter((m) => m.parsed.titleSource !== 'first-sentence');
  const pool = titled.length ? titled : members;
  return pool.reduce((best, m) => (m.terms.size > 0 && m.centrality > best.centrality ? m : best), pool[0] ?? first);
}

/** The cluster as a corpus event, its articles in date order; null for a cluster left empty by moves. */
function toEvent(cluster: Cluster, takenIds: Set<string>): CorpusEvent | null {
  const members = [...cluster.members].sort((x, y) => x.position - y.position);
  const first = members[0];
  if (!first) return null;
  // Distinct articles give distinct ids but for a hash collision, which must not merge two events.
  const id = firstFreeEventId(first.article.id, (taken) => takenIds.has(taken));
  takenIds.add(id);
  return {
    id,
    title: titleReport(members, first).parsed.title,
    date: mode(members.map((m) => m.article.date)),
    articleIds: members.map((m) => m.article.id),
  };
}

export function clusterEvents(articles: CorpusArticle[], options: ClusterOptions = DEFAULT_CLUSTERING): CorpusEvent[] {
  const records = articleRecords(articles);
  const index = new TermIndex();
  for (const record of records) index.add(record.terms);
  const order = dateOrder(records);
  const clusters: Cluster[] = [];

  for (const record of order) {
    const placement = bestPlacement(record, records, index, options);
    let cluster = placement?.cluster;
    if (!cluster) {
      cluster = { members: [] };
      clusters.push(cluster);
    }
    moveTo(record, cluster, placement?.rank ?? 0);
  }
  // An article met its event's first articles before the rest had joined: a report that stood alone then, or
  // in a group of a few, is judged once more against the events as they ended up, and moves only to an event
  // at least as large as its own (two small groups must not trade members back and forth).
  for (const record of order) {
    const own = record.cluster;
    if (!own || own.members.length > SMALL_CLUSTER) continue;
    const placement = bestPlacement(record, records, index, options);
    if (!placement || placement.cluster.members.length < own.members.length) continue;
    moveTo(record, placement.cluster, placement.rank);
  }

  placeAcrossLanguages(records, clusters);

  const takenIds = new Set<string>();
  return clusters.flatMap((cluster) => toEvent(cluster, takenIds) ?? []);
}

