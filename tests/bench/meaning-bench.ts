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

// Cost per 1,000 pairs: 1,000 German–German and 1,000 German–English pairs from the train split, cold (each
// sentence analysed on first sight) — alignment pays this once per sentence and then only the pair cost.
function timeThousand(pairs: Array<[string, string, string, string]>): number {
  const started = performance.now();
  for (const [a, b, la, lb] of pairs) sentenceSimilarity(a, b, { languageA: la, languageB: lb });
  return performance.now() - started;
}
const sample = deTrain.slice(2000, 3000);
const mono = timeThousand(sample.map((p) => [p.a, p.b, 'de', 'de']));
const cross = timeThousand(sample.map((p, i) => [p.a, enTrain[2000 + i]!.b, 'de', 'en']));
const warm = timeThousand(sample.map((p) => [p.a, p.b, 'de', 'de']));
console.log(`\ncost per 1,000 pairs: German ${mono.toFixed(0)} ms (cold), German–English ${cross.toFixed(0)} ms (cold), German again ${warm.toFixed(0)} ms (sentences already analysed)`);
