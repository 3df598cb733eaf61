// `npm run bench:meaning`: sentence similarity on the STS benchmark's dev split (third-party data in
// ../shared/eval/stsb-multi-mt/): Spearman ×100 against the gold scores, and AUC of gold ≥ 4 (paraphrase)
// vs gold ≤ 2 (not), for the engine's sentenceSimilarity beside word TF-IDF and word-set Jaccard computed in
// the same run. Parts: German; German news (rows 1000–1499); German sentence 1 with English sentence 2.
// Also times the scoring of 1,000 pairs, as alignment would call it (sentences analysed once, cached).

import { readStsb, type StsPair } from '../../src/cli/stsb';
import { loadSentenceSimilarity, sentenceSimilarity } from '../../src/engine/index';
import { auc, spearman } from './bench-lib/rank-metrics';
import { tfidfScorer, jaccard } from './bench-lib/lexical-baselines';

await loadSentenceSimilarity();
const deTrain = readStsb('de', 'train');
const enTrain = readStsb('en', 'train');
const deDev = readStsb('de', 'dev');
const enDev = readStsb('en', 'dev');

interface Part {
  name: string;
  pairs: Array<StsPair & { languageA: string; languageB: string }>;
}
const parts: Part[] = [
  { name: 'German', pairs: deDev.map((p) => ({ ...p, languageA: 'de', languageB: 'de' })) },
  { name: 'German news (rows 1000–1499)', pairs: deDev.slice(1000, 1500).map((p) => ({ ...p, languageA: 'de', languageB: 'de' })) },
  { name: 'German–English', pairs: deDev.map((p, i) => ({ a: p.a, b: enDev[i]!.b, score: p.score, languageA: 'de', languageB: 'en' })) },
];

// IDF for the TF-IDF baseline from the train split's sentences (both languages), as tuning data should be.
const tfidf = tfidfScorer([...deTrain, ...enTrain].flatMap((p) => [p.a, p.b]));

const methods: Array<[string, (p: Part['pairs'][number]) => number]> = [
  ['Parallax sentenceSimilarity', (p) => sentenceSimilarity(p.a, p.b, { languageA: p.languageA, languageB: p.languageB })],
  ['word TF-IDF cosine (IDF from train)', (p) => tfidf(p.a, p.b)],
  ['word-set Jaccard', (p) => jaccard(p.a, p.b)],
];

const rows: string[] = [];
rows.push('| method | ' + parts.map((p) => `${p.name}: Spearman / AUC`).join(' | ') + ' |');
rows.push('|---|' + parts.map(() => '---:').join('|') + '|');
for (const [name, score] of methods) {
  const cells = parts.map((part) => {
    const predicted = part.pairs.map(score);
    const gold = part.pairs.map((p) => p.score);
    return `${(100 * spearman(predicted, gold)).toFixed(1)} / ${(100 * auc(predicted, gold)).toFixed(1)}`;
  });
  rows.push(`| ${name} | ${cells.join(' | ')} |`);
}
console.log(rows.join('\n'));

// Cost per 1,000 pairs, shaped like alignment: 40 sentences of one report against 25 of each other report
// (1,000 pairs), German–German and German–English. "cold" analyses every sentence on first sight (new
// sentences, word cache warm from the runs above); "pairs only" scores already-analysed sentences, which is what
// alignment pays per extra pair. Medians of 5 runs on different sentences.
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
// CPU time of this process, not wall time: on a shared machine wall time mostly measures the other processes.
function timeBlock(left: string[], right: string[], la: string, lb: string): number {
  const started = process.cpuUsage();
  for (const a of left) for (const b of right) sentenceSimilarity(a, b, { languageA: la, languageB: lb });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}
const cost: Record<string, number[]> = { 'German, cold': [], 'German, pairs only': [], 'German–English, cold': [], 'German–English, pairs only': [] };
for (let run = 0; run < 5; run++) {
  const offset = 3000 + run * 65;
  const left = deTrain.slice(offset, offset + 40).map((p) => p.a);
  const rightDe = deTrain.slice(offset + 40, offset + 65).map((p) => p.b);
  const rightEn = enTrain.slice(offset + 40, offset + 65).map((p) => p.a);
  cost['German, cold']!.push(timeBlock(left, rightDe, 'de', 'de'));
  cost['German, pairs only']!.push(timeBlock(left, rightDe, 'de', 'de'));
  cost['German–English, cold']!.push(timeBlock(left, rightEn, 'de', 'en'));
  cost['German–English, pairs only']!.push(timeBlock(left, rightEn, 'de', 'en'));
}
console.log('\nCPU cost per 1,000 pairs (40 × 25 sentences, median of 5 runs):');
for (const [name, values] of Object.entries(cost)) console.log(`  ${name}: ${median(values).toFixed(1)} ms`);
