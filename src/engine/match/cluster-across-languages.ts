// A few reports in one language that stand apart may be the reports of an event in that language: they join
// the event in another language, dated within a day, whose reports hold most of their names and figures.
// Alignment cannot see this (it compares words); names and figures read the same in any language.

import { dayDistance } from './event-days';
import { anchorOverlap } from './language-anchors';
import { anchorsOf, moveTo, type ArticleRecord, type Cluster } from './cluster-records';

// Measured on generated corpora (tests/bench): without this, English reports of events reported in German
// formed clusters of their own, and pairwise recall was 77% at 1,000 articles. A share of 0.4 rather than 0.5
// places a third more of them without a wrong placement on the 1k corpus.
const CROSS_LANGUAGE = { minShare: 0.4, minShared: 4, maxDays: 1, maxGroup: 3 };

function languagesOf(cluster: Cluster): Set<string> {
  return new Set(cluster.members.map((member) => member.parsed.language));
}

/** Small groups written in one language: the ones that may be another language's event told apart. */
function smallOneLanguageGroups(clusters: readonly Cluster[]): Cluster[] {
  return clusters.filter((c) => c.members.length > 0 && c.members.length <= CROSS_LANGUAGE.maxGroup && languagesOf(c).size === 1);
}

/** Which records hold each anchor, in input order. */
function anchorHolders(records: readonly ArticleRecord[]): Map<string, ArticleRecord[]> {
  const holders = new Map<string, ArticleRecord[]>();
  for (const record of records) {
    for (const anchor of anchorsOf(record)) {
      const list = holders.get(anchor);
      if (list) list.push(record);
      else holders.set(anchor, [record]);
    }
  }
  return holders;
}

function withinDays(a: ArticleRecord, b: ArticleRecord, days: number): boolean {
  const distance = dayDistance(a.article.date, b.article.date);
  return distance !== null && distance <= days;
}

/** Events of reports in another language than `language` that share an anchor with the group and were
 *  published within a day of one of its reports, in the order they are first met. */
function candidateEvents(group: Cluster, own: readonly ArticleRecord[], ownAnchors: ReadonlySet<string>, language: string, holders: ReadonlyMap<string, ArticleRecord[]>): Set<Cluster> {
  const candidates = new Set<Cluster>();
  for (const anchor of ownAnchors) {
    for (const holder of holders.get(anchor) ?? []) {
      if (holder.parsed.language === language || holder.cluster === group || !holder.cluster) continue;
      if (own.some((record) => withinDays(record, holder, CROSS_LANGUAGE.maxDays))) candidates.add(holder.cluster);
    }
  }
  return candidates;
}

/** The candidate whose other-language reports hold the largest share of the group's anchors, enough of
 *  them; null when none does. The first met wins a tie. */
function bestHolder(ownAnchors: ReadonlySet<string>, language: string, candidates: Iterable<Cluster>): Cluster | null {
  let chosen: Cluster | null = null;
  let chosenShare = 0;
  for (const candidate of candidates) {
    const eventAnchors = new Set(candidate.members.filter((m) => m.parsed.language !== language).flatMap((m) => [...anchorsOf(m)]));
    const { share, shared } = anchorOverlap(ownAnchors, eventAnchors);
    if (share >= CROSS_LANGUAGE.minShare && shared >= CROSS_LANGUAGE.minShared && share > chosenShare) [chosen, chosenShare] = [candidate, share];
  }
  return chosen;
}

export function placeAcrossLanguages(records: readonly ArticleRecord[], clusters: readonly Cluster[]): void {
  if (new Set(records.map((r) => r.parsed.language)).size < 2) return;
  // The groups are chosen once, before any moves: a group that received another meanwhile is still looked at
  // (with all its members now), one that moved away has none left.
  const groups = smallOneLanguageGroups(clusters);
  if (groups.length === 0) return;
  const holders = anchorHolders(records);
  for (const group of groups) {
    const own = [...group.members];
    const first = own[0];
    if (!first) continue; // merged into another group meanwhile
    const language = first.parsed.language;
    const ownAnchors = new Set(own.flatMap((record) => [...anchorsOf(record)]));
    const chosen = bestHolder(ownAnchors, language, candidateEvents(group, own, ownAnchors, language, holders));
    if (!chosen) continue;
    // The move keeps each report's centrality: it was measured against its own language's reports.
    for (const record of own) moveTo(record, chosen, record.centrality);
  }
}
