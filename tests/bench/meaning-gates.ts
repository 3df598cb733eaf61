// `npx tsx tests/bench/meaning-gates.ts`: how far the meaning layer's confident answers can be trusted, the
// evidence for MEANING_CONFIRMS and MEANING_DENIES (src/engine/align/sentence-similarity.ts). For each German
// pair of the STS benchmark, the model's score is mapped onto the lexical scale (as alignment sees it) and
// compared with the score people gave (0–5). Levels are chosen on TRAIN; DEV is printed to report.

import { readStsb } from '../../src/cli/stsb';
import { toLexicalScale } from '../../src/engine/align/cross-language';
import { MEANING_CONFIRMS, MEANING_DENIES } from '../../src/engine/align/sentence-similarity';
import { loadSentenceSimilarity, sentenceSimilarity as meaningScore } from '../../src/engine/meaning/similarity';

await loadSentenceSimilarity();
const share = (rows: { human: number }[], test: (h: number) => boolean) =>
  rows.length ? `${((100 * rows.filter((r) => test(r.human)).length) / rows.length).toFixed(1)} %` : '–';

for (const split of ['train', 'dev'] as const) {
  const rows = readStsb('de', split).map((p) => ({
    meaning: toLexicalScale(meaningScore(p.a, p.b, { languageA: 'de', languageB: 'de' })),
    human: p.score,
  }));
  const same = rows.filter((r) => r.human >= 3);
  console.log(`\n${split}: ${rows.length} German pairs`);
  console.log('confirms at | pairs | people ≥ 2.5 | people ≥ 3 | people < 2');
  for (const level of [0.4, 0.5, MEANING_CONFIRMS, 0.7]) {
    const above = rows.filter((r) => r.meaning >= level);
    console.log(`${level} | ${above.length} | ${share(above, (h) => h >= 2.5)} | ${share(above, (h) => h >= 3)} | ${share(above, (h) => h < 2)}`);
  }
  console.log('denies below | pairs | people < 3 | of the pairs people scored ≥ 3, denied');
  for (const level of [0.05, MEANING_DENIES, 0.2]) {
    const below = rows.filter((r) => r.meaning < level);
    const denied = same.filter((r) => r.meaning < level).length;
    console.log(`${level} | ${below.length} | ${share(below, (h) => h < 3)} | ${((100 * denied) / same.length).toFixed(1)} %`);
  }
}
