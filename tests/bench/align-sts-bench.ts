// `npx tsx tests/bench/align-sts-bench.ts [train|dev]`: fact alignment on the STS benchmark (German), the whole
// split. Sentences 1 form one "article" and sentences 2 another, 75 pairs per event (an event-sized set for the
// rarity weights, each sentence its own paragraph); a pair counts as aligned when both sentences are claims of
// one fact. Prints the share aligned of the pairs people scored ≥ 4 (same meaning) and ≤ 2 (different), with
// the meaning data loaded as in the extension.
import { readStsb } from '../../src/cli/stsb';
import { alignEvent } from '../../src/engine/align/align-event';
import type { ParsedArticle } from '../../src/engine/article/parse-article';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';

const split = process.argv[2] === 'train' ? 'train' : 'dev';
await loadSentenceSimilarity();
const pairs = readStsb('de', split);

function articleOf(texts: string[]): ParsedArticle {
  return {
    title: '', titleSource: 'given', language: 'de', text: texts.join(' '), date: null, headings: [], furniture: [], fingerprint: '',
    sentences: texts.map((text, index) => ({ index, text, start: 0, end: text.length, paragraph: index })),
  };
}

const EVENT_PAIRS = 75;
let same = 0;
let sameAligned = 0;
let different = 0;
let differentAligned = 0;
for (let from = 0; from < pairs.length; from += EVENT_PAIRS) {
  const chunk = pairs.slice(from, from + EVENT_PAIRS);
  const alignment = alignEvent(articleOf(chunk.map((p) => p.a)), [{ id: 'b', article: articleOf(chunk.map((p) => p.b)) }]);
  chunk.forEach((pair, i) => {
    const aligned = alignment.facts.some((f) => f.mentions.some((m) => m.articleId === 'current' && m.index === i) && f.mentions.some((m) => m.articleId === 'b' && m.index === i));
    if (pair.score >= 4) {
      same++;
      if (aligned) sameAligned++;
    } else if (pair.score <= 2) {
      different++;
      if (aligned) differentAligned++;
    }
  });
}
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} % (${n}/${d})`;
console.log(`STS German ${split}: aligned as one fact — same meaning (≥ 4): ${pct(sameAligned, same)}; different (≤ 2): ${pct(differentAligned, different)}`);
