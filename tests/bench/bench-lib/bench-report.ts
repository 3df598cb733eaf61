// The benchmark's Markdown report: machine and command first, then latency, clustering and match quality.

import { cpus, platform, arch } from 'node:os';
import type { ClusterTiming } from './cluster-timing';
import { precision, recall, type MatchQuality } from './match-quality';
import type { CompareMeasurement } from './measure-compare';
import type { QueryKind } from './queries';
import { formatMb, formatMs, formatShare, median, percentile } from './stats';

export interface CorpusSection {
  name: string;
  articles: number;
  events: number;
  queries: number;
  measurement: CompareMeasurement;
  quality?: MatchQuality;
}

export interface BenchReport {
  command: string;
  seed: number;
  sections: CorpusSection[];
  clustering: ClusterTiming[];
  processMaxRss: number;
  totalMs: number;
}

const KINDS: QueryKind[] = ['held-out', 'pack', 'unrelated', 'seed', 'fixture'];

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function latencyTable(sections: CorpusSection[]): string[] {
  return [
    row(['corpus', 'articles', 'events', 'index build (median of runs)', 'queries × repeats × runs = samples', 'compare median', 'compare p95', 'peak RSS', 'peak heap']),
    row(Array(9).fill('---')),
    ...sections.map((s) => row([
      s.name, s.articles.toLocaleString('en'), s.events.toLocaleString('en'), `${formatMs(median(s.measurement.buildMs))} (${s.measurement.buildMs.length})`,
      `${s.queries} → ${s.measurement.compareMs.length}`, formatMs(median(s.measurement.compareMs)), formatMs(percentile(s.measurement.compareMs, 95)),
      formatMb(s.measurement.peakRss), formatMb(s.measurement.peakHeap),
    ])),
  ];
}

function byKindTable(sections: CorpusSection[]): string[] {
  const cell = (samples: number[] | undefined) => (samples?.length ? `${formatMs(median(samples))} / ${formatMs(percentile(samples, 95))}` : '–');
  return [
    row(['corpus (median / p95)', ...KINDS]),
    row(Array(KINDS.length + 1).fill('---')),
    ...sections.map((s) => row([s.name, ...KINDS.map((k) => cell(s.measurement.compareMsByKind.get(k)))])),
  ];
}

function analysesTable(sections: CorpusSection[]): string[] {
  return [
    row(['corpus', 'facts only: median', 'full comparison: median', 'full / facts only']),
    row(Array(4).fill('---')),
    ...sections.map((s) => {
      const core = median(s.measurement.factsOnlyMs);
      const full = median(s.measurement.compareMs);
      return row([s.name, formatMs(core), formatMs(full), `${(full / core).toFixed(2)}×`]);
    }),
  ];
}

function clusterLines(clustering: ClusterTiming[]): string[] {
  const lines = [row(['articles', 'clusterEvents', 'note']), row(['---', '---', '---'])];
  for (const c of clustering) lines.push(row([c.articles.toLocaleString('en'), c.medianMs === null ? 'not measured' : formatMs(c.medianMs), c.note]));
  for (const c of clustering) {
    const q = c.quality;
    if (!q) continue;
    lines.push('', `Clusters of the ${c.articles.toLocaleString('en')} corpus against the true events: ${q.clusters} clusters for ${q.trueEvents} events; ` +
      `pairwise precision ${(100 * q.pairPrecision).toFixed(1)}%, recall ${(100 * q.pairRecall).toFixed(1)}% (target ≥ 95% each); ` +
      `${q.merging} clusters merge several events, ${q.split} events are split.`);
  }
  return lines;
}

function qualityLines(sections: CorpusSection[]): string[] {
  const withQuality = sections.filter((s) => s.quality);
  const lines = [
    row(['corpus', "precision of 'same'", "recall of 'same'", 'wrong event', 'related only', 'no event', "unrelated given a 'same'", 'pack articles recognised']),
    row(Array(8).fill('---')),
  ];
  for (const s of withQuality) {
    const q = s.quality!;
    const p = precision(q);
    const r = recall(q);
    lines.push(row([s.name, formatShare(p.part, p.whole), formatShare(r.part, r.whole), q.wrongEvent, q.relatedOnly, q.noEvent,
      formatShare(q.unrelatedSame, q.unrelated), formatShare(q.packCorrect, q.packQueries)]));
  }
  return lines;
}

export function formatBenchReport(report: BenchReport): string {
  const cpu = cpus();
  return [
    '# compareArticle benchmark',
    '',
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${platform()} ${arch()}`,
    `- Command: \`${report.command}\``,
    `- Generated corpora: tests/bench/generate-corpus.ts, seed ${report.seed}, ~10% English, ~15% single articles; the pack's events are the generator's true labels (a fixture shortcut: matching is measured apart from clustering).`,
    `- Queries per generated corpus: held-out reports of events in the pack, pack articles (recognised by fingerprint), reports of events not in the pack ("unrelated"). Seeds: each seed and each tests/fixtures/articles file.`,
    '',
    '## Latency',
    '',
    ...latencyTable(report.sections),
    '',
    ...byKindTable(report.sections),
    '',
    'Cost of the difference analyses (framing, quotes, numbers, reprints): the same queries with and without them.',
    '',
    ...analysesTable(report.sections),
    '',
    '## clusterEvents',
    '',
    ...clusterLines(report.clustering),
    '',
    '## Match quality on generated corpora (first run)',
    '',
    ...qualityLines(report.sections),
    '',
    `Process peak RSS (kernel): ${formatMb(report.processMaxRss)}. Whole bench: ${formatMs(report.totalMs)}.`,
    '',
  ].join('\n');
}
