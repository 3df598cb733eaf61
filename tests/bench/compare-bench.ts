// Benchmarks compareArticle: latency (median and p95 over many queries and runs), index build time, peak
// memory, clusterEvents time and match quality, on the bundled seed corpus and on generated corpora.
// Prints a Markdown report and writes it to tests/bench/results/compare-latest.md.
// Usage: npx tsx tests/bench/compare-bench.ts [--sizes 1000,10000] [--runs 3] [--seed 1] [--no-cluster] [--out file.md]

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildSeedPack } from '../../src/cli/seed-corpus';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import { parseBenchArgs } from './bench-lib/bench-args';
import { formatBenchReport, type CorpusSection } from './bench-lib/bench-report';
import { timeClusteringInProcess, timeClusteringWithLimit, type ClusterTiming } from './bench-lib/cluster-timing';
import { matchQuality } from './bench-lib/match-quality';
import { measureCompare } from './bench-lib/measure-compare';
import { processMaxRss } from './bench-lib/memory';
import { generatedQueries, seedQueries } from './bench-lib/queries';
import { generateCorpus } from './generate-corpus';

const RESULTS = join(import.meta.dirname, 'results', 'compare-latest.md');
/** At least this many timed comparisons per corpus. */
const MIN_SAMPLES = 50;
const HELD_OUT = { reports: 60, singles: 20 };
const PACK_QUERIES = 20;
const WARM_UP_QUERIES = 5;
const CLUSTER_REFERENCE_SIZE = 1000;

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function seedSection(runs: number): Promise<CorpusSection> {
  const pack = await buildSeedPack();
  const queries = await seedQueries(pack);
  const repeats = Math.ceil(MIN_SAMPLES / (queries.length * runs));
  log(`seeds: ${pack.articles.length} articles, ${queries.length} queries × ${repeats} × ${runs} runs`);
  const measurement = measureCompare(pack, queries, { runs, repeats, warmUp: queries });
  return { name: 'seeds + fixtures', articles: pack.articles.length, events: pack.events.length, queries: queries.length, measurement };
}

function generatedSection(size: number, seed: number, runs: number): { section: CorpusSection; corpus: ReturnType<typeof generateCorpus> } {
  const corpus = generateCorpus({ articles: size, seed, heldOut: HELD_OUT });
  const queries = generatedQueries(corpus, PACK_QUERIES + WARM_UP_QUERIES, seed);
  // The warm-up queries are pack articles that are not timed.
  const warmUp = queries.splice(queries.length - WARM_UP_QUERIES);
  const repeats = Math.max(1, Math.ceil(MIN_SAMPLES / (queries.length * runs)));
  log(`generated ${size}: ${corpus.pack.events.length} events, ${queries.length} queries × ${repeats} × ${runs} runs`);
  const measurement = measureCompare(corpus.pack, queries, { runs, repeats, warmUp });
  const name = `generated ${size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : size}`;
  return {
    section: { name, articles: size, events: corpus.pack.events.length, queries: queries.length, measurement, quality: matchQuality(measurement.firstRun) },
    corpus,
  };
}

function clusteringTimings(args: ReturnType<typeof parseBenchArgs>, reference: ReturnType<typeof generateCorpus> | undefined): ClusterTiming[] {
  if (!args.cluster) return [];
  const runs = 3;
  log(`clusterEvents on ${CLUSTER_REFERENCE_SIZE} articles × ${runs}`);
  const base = timeClusteringInProcess(reference ?? generateCorpus({ articles: CLUSTER_REFERENCE_SIZE, seed: args.seed }), runs);
  const larger = args.sizes.filter((s) => s > CLUSTER_REFERENCE_SIZE).map((size) => {
    log(`clusterEvents on ${size} articles (limit ${args.clusterLimitMs / 1000} s)`);
    return timeClusteringWithLimit(size, args.seed, base, args.clusterLimitMs);
  });
  return [base, ...larger];
}

async function main(argv: string[]): Promise<void> {
  const started = performance.now();
  const args = parseBenchArgs(argv);
  // As the extension and the compare command do before comparing: the meaning data (lemmas, dictionary,
  // thesaurus, model) gives the event match its language-neutral terms and cross-language evidence.
  await loadSentenceSimilarity();
  const sections = [await seedSection(Math.max(args.runs, 1))];
  let reference: ReturnType<typeof generateCorpus> | undefined;
  for (const size of args.sizes) {
    const { section, corpus } = generatedSection(size, args.seed, args.runs);
    sections.push(section);
    // The 1k corpus is reused for clustering; larger corpora are let go before the next one is built.
    if (size === CLUSTER_REFERENCE_SIZE) reference = corpus;
  }
  const clustering = clusteringTimings(args, reference);
  const report = formatBenchReport({
    command: `npx tsx tests/bench/compare-bench.ts ${argv.join(' ')}`.trim(),
    seed: args.seed,
    sections,
    clustering,
    processMaxRss: processMaxRss(),
    totalMs: performance.now() - started,
  });
  process.stdout.write(report);
  const out = args.out ?? RESULTS;
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, report);
  log(`written to ${out}`);
}

await main(process.argv.slice(2));
