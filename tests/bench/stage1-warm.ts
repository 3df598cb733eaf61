// A warm click's first stage in Node (issue 15): the same page compared again and again with one corpus in one
// process, as a running service worker compares it, with and without an ArticleFeatureCache (the corpus
// articles' readings kept between clicks), alternating in rounds so both see the same machine load. Also
// replays alignEvent's steps on the events the match aligns, to split the stage into the work on the page, on
// each corpus article alone, and on the event (context, pairs, scores).
// Usage: npx tsx tests/bench/stage1-warm.ts [--runs 15] [--rounds 4] [--page file.html|--size 1000 [--queries 10]]
// Prints one JSON line: medians per mode and the replayed split. No --size: the bundled corpus and the demo page.
// The script runs unchanged at a commit without the cache (it then times the mode without it only), so the
// same command can alternate between two worktrees.

import { performance } from 'node:perf_hooks';
import * as engine from '../../src/engine';
import { compareInStages, prepareQuery, type ArticleFeatureCache, type ArticleInput, type PreparedQuery } from '../../src/engine';
import { alignFacts } from '../../src/engine/align/align-facts';
import { CURRENT } from '../../src/engine/align/align-event';
import { buildEventContext } from '../../src/engine/align/event-context';
import { sentenceFeatures } from '../../src/engine/align/sentence-features';
import type { ParsedArticle } from '../../src/engine/article/parse-article';
import { buildCorpusIndex, type CorpusIndex } from '../../src/engine/match/corpus-index';
import { eventsToAlign } from '../../src/engine/match/match-event';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import { loadCorpus } from '../../src/cli/load-corpus';
import { readArticleFile } from '../../src/cli/read-article-file';
import { generatedQueries } from './bench-lib/queries';
import { generateCorpus } from './generate-corpus';

const arg = (name: string, fallback: string | null) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const runs = Number(arg('--runs', '15'));
const rounds = Number(arg('--rounds', '4'));
const size = arg('--size', null);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

await loadSentenceSimilarity();
let index: CorpusIndex;
let pages: ArticleInput[];
if (size === null) {
  index = buildCorpusIndex(await loadCorpus([]));
  pages = [await readArticleFile(arg('--page', 'tests/e2e/pages-html/news-trump-putin.html')!)];
} else {
  const corpus = generateCorpus({ articles: Number(size), seed: 1, heldOut: { reports: 60, singles: 20 } });
  index = buildCorpusIndex(corpus.pack);
  pages = generatedQueries(corpus, 0, 1).filter((q) => q.kind === 'held-out').slice(0, Number(arg('--queries', '10'))).map((q) => q.input);
}

/** One click per page: the query prepared (not timed: the background prepares before reading the slice), then
 *  the first stage timed. Returns the median over pages of each page's time. */
function click(cache: ArticleFeatureCache | undefined): number {
  const times = pages.map((page) => {
    const query = prepareQuery(page);
    const t = performance.now();
    compareInStages(query, index, { features: cache }).facts;
    return performance.now() - t;
  });
  return median(times);
}

// One cache for the whole run, as the background keeps one for the worker's life (none before the cache existed).
const Cache = (engine as { ArticleFeatureCache?: new () => ArticleFeatureCache }).ArticleFeatureCache;
const cache = Cache ? new Cache() : undefined;
const readArticle = cache ? (await import('../../src/engine/align/article-reading')).readArticle : undefined;
for (let i = 0; i < 5; i++) {
  click(undefined);
  if (cache) click(cache);
}
const samples = { none: [] as number[], cache: [] as number[] };
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < runs; i++) samples.none.push(click(undefined));
  if (cache) for (let i = 0; i < runs; i++) samples.cache.push(click(cache));
}

/** The match's alignments replayed step by step, per click (summed over the events aligned, median over runs). */
function split(features: ArticleFeatureCache | undefined): Record<string, number> {
  const parts: Record<string, number[]> = { context: [], pageFeatures: [], corpusFeatures: [], pairs: [] };
  for (let i = 0; i < runs; i++) {
    const sums: Record<string, number> = { context: 0, pageFeatures: 0, corpusFeatures: 0, pairs: 0 };
    const time = <T>(part: string, fn: () => T): T => {
      const t = performance.now();
      const v = fn();
      sums[part]! += performance.now() - t;
      return v;
    };
    for (const page of pages) {
      const query: PreparedQuery = prepareQuery(page);
      const self = index.byFingerprint(query.fingerprint) ?? null;
      const chosen = eventsToAlign(query.parsed, index.search(query.terms, 30), index, self);
      for (const [eventId] of chosen) {
        const others = index.events.get(eventId)!.articleIds.filter((id) => id !== self).map((id) => ({ id, article: index.parsed(id) }));
        const ids = new Map(others.map((o) => [o.article, o.id]));
        const read = (a: ParsedArticle) => (features && ids.has(a) ? features.reading(ids.get(a)!, a, readArticle!) : readArticle!(a));
        const articles = [query.parsed, ...others.map((o) => o.article)];
        const context = time('context', () => (readArticle ? buildEventContext(articles, query.parsed.language, read) : buildEventContext(articles, query.parsed.language)));
        const own = time('pageFeatures', () => sentenceFeatures(query.parsed, CURRENT, context));
        const rest = time('corpusFeatures', () => others.flatMap((o) => sentenceFeatures(o.article, o.id, context)));
        time('pairs', () => alignFacts([...own, ...rest]));
      }
    }
    for (const [k, v] of Object.entries(sums)) parts[k]!.push(v / pages.length);
  }
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round2(median(v))]));
}

const none = median(samples.none);
const cached = cache ? median(samples.cache) : Number.NaN;
process.stdout.write(
  `${JSON.stringify({
    corpus: size ?? 'bundled',
    pages: pages.length,
    runs: runs * rounds,
    stage1MedianMs: { none: round2(none), cache: round2(cached), ratio: round2(cached / none) },
    perRoundMedians: {
      none: Array.from({ length: rounds }, (_, r) => round2(median(samples.none.slice(r * runs, (r + 1) * runs)))),
      cache: Array.from({ length: rounds }, (_, r) => round2(median(samples.cache.slice(r * runs, (r + 1) * runs)))),
    },
    replayedSplitMs: { none: split(undefined), ...(cache ? { cache: split(cache) } : {}) },
    cache: cache?.stats() ?? null,
  })}\n`,
);
