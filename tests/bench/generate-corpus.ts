// A deterministic generator of realistic multi-outlet German news (about a tenth in English) for benchmarks
// and match-quality checks: many events of the same few kinds, each reported by 3–10 invented outlets with
// paraphrase, reprinted agency copy, varying names and titles and sometimes disagreeing numbers, plus
// unrelated single articles. Every article's true event is returned as a label.
//
// Fixture shortcut: by default the pack's `events` are the generator's true labels, not the engine's
// clustering, so that matching can be measured apart from clustering. `clusterWithEngine: true` runs
// clusterEvents instead, as a real import would.

import type { CorpusPack } from '../../src/engine/corpus/pack-format';
import { CORPUS_FORMAT, CORPUS_VERSION } from '../../src/engine/corpus/pack-format';
import { clusterEvents } from '../../src/engine/match/cluster-events';
import type { CorpusArticle, CorpusEvent } from '../../src/engine/types';
import { planEvents, singleEvent, type PlannedEvent } from './corpus-gen/plan-events';
import { createRng, labelledRng } from './corpus-gen/prng';
import { World } from './corpus-gen/world';
import { writeEventReports, type UnnumberedArticle } from './corpus-gen/write-event';

export interface GenerateOptions {
  /** Articles in the pack. */
  articles: number;
  seed: number;
  /** Share of reports written by English-language outlets; default 0.1. */
  englishShare?: number;
  /** Share of pack articles that are the only report of their event; default 0.15. */
  singleShare?: number;
  /** Cluster the pack's events with the engine instead of using the true labels; default false. */
  clusterWithEngine?: boolean;
  /** Articles generated but kept out of the pack, as queries: one more report each of `reports` distinct
   *  multi-report events, and `singles` reports of events the pack does not hold. Default none. */
  heldOut?: { reports: number; singles: number };
}

export interface GeneratedCorpus {
  pack: CorpusPack;
  /** True event label of every generated article, pack and held-out alike. */
  labels: Map<string, string>;
  heldOut: CorpusArticle[];
}

type Labelled = { label: string; article: UnnumberedArticle };

function reportsOf(events: PlannedEvent[], seed: number, englishShare: number, stream: string): Labelled[] {
  return events.flatMap((event) => {
    const rng = labelledRng(seed, `${stream}:${event.label}`);
    return writeEventReports(event, event.reports, rng, seed, englishShare).map((article) => ({ label: event.label, article }));
  });
}

function mode(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function labelEvents(articles: CorpusArticle[], labels: Map<string, string>): CorpusEvent[] {
  const byLabel = new Map<string, CorpusArticle[]>();
  for (const a of articles) {
    const label = labels.get(a.id)!;
    byLabel.set(label, [...(byLabel.get(label) ?? []), a]);
  }
  return [...byLabel].map(([label, members]) => ({
    id: label,
    title: members[0]!.title,
    date: mode(members.map((m) => m.date)),
    articleIds: members.map((m) => m.id),
  }));
}

export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const englishShare = options.englishShare ?? 0.1;
  const planRng = createRng(options.seed);
  const world = new World(planRng);
  const events = planEvents({ articles: options.articles, singleShare: options.singleShare ?? 0.15, sequelShare: 0.12, minReports: 3, maxReports: 10 }, planRng, world);
  const packReports = reportsOf(events, options.seed, englishShare, 'report')
    .sort((a, b) => a.article.date!.localeCompare(b.article.date!));

  // Held-out queries come from their own streams, so that asking for them leaves the pack unchanged.
  const heldRng = labelledRng(options.seed, 'held-out');
  const multi = events.filter((e) => e.reports > 1);
  const extraOf = heldRng.sample(multi, options.heldOut?.reports ?? 0).map((e) => ({ ...e, reports: e.reports + 1 }));
  const heldReports: Labelled[] = extraOf.map((event) => {
    const rng = labelledRng(options.seed, `held-out:${event.label}`);
    return { label: event.label, article: writeEventReports(event, 1, rng, options.seed, englishShare)[0]! };
  });
  for (let i = 0; i < (options.heldOut?.singles ?? 0); i++) {
    const event = singleEvent(`ev-held-${i + 1}`, heldRng, world);
    heldReports.push(...reportsOf([event], options.seed, englishShare, 'held-out-single'));
  }

  const labels = new Map<string, string>();
  const number = (list: Labelled[], offset: number): CorpusArticle[] => list.map(({ label, article }, i) => {
    const id = `g-${offset + i + 1}`;
    labels.set(id, label);
    return { id, ...article };
  });
  const articles = number(packReports, 0);
  const heldOut = number(heldReports, articles.length);
  const pack: CorpusPack = {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    description: `Generated benchmark corpus: ${articles.length} articles, seed ${options.seed}.`,
    articles,
    events: options.clusterWithEngine ? clusterEvents(articles) : labelEvents(articles, labels),
  };
  return { pack, labels, heldOut };
}
