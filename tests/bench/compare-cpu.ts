// CPU time of compareArticle per query on the generated corpus, for before/after comparisons on a machine that
// is not idle: wall time moves with other processes, the CPU time this process spends much less. Each query is
// compared once per run on a fresh index (cold caches, as at a first click on it); prints one JSON line.
// Usage: npx tsx tests/bench/compare-cpu.ts [--size 1000] [--runs 3] [--seed 1]
// A/B: run it alternately at the two commits (or with the two settings) several times and compare the medians.

import { compareArticle } from '../../src/engine/compare';
import { buildCorpusIndex } from '../../src/engine/match/corpus-index';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import { generatedQueries } from './bench-lib/queries';
import { generateCorpus } from './generate-corpus';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`compare-cpu: ${name} needs a positive number, got "${process.argv[at + 1]}"`);
  return value;
}

const size = flag('--size', 1000);
const runs = flag('--runs', 3);
const seed = flag('--seed', 1);

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

await loadSentenceSimilarity();
const corpus = generateCorpus({ articles: size, seed, heldOut: { reports: 60, singles: 20 } });
const queries = generatedQueries(corpus, 20, seed);
const samples: number[] = [];
for (let run = 0; run < runs; run++) {
  const index = buildCorpusIndex(corpus.pack);
  // Warm the JIT on other articles than the timed ones (the index's caches stay cold for the queries).
  for (const article of corpus.pack.articles.slice(0, 3)) compareArticle({ title: article.title, text: article.text, date: article.date }, index);
  for (const query of queries) samples.push(cpuMs(() => compareArticle(query.input, index)));
}
const total = samples.reduce((s, x) => s + x, 0);
process.stdout.write(`${JSON.stringify({ size, runs, queries: queries.length, medianCpuMs: +median(samples).toFixed(2), meanCpuMs: +(total / samples.length).toFixed(2) })}\n`);
