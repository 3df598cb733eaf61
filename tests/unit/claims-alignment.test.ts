// Facts as claims, measured: the seeds' alignment against the hand-made gold (tests/fixtures/claims-gold),
// the look-alike statements kept apart, the JSON contract's spans, coverage that does not accuse, and the
// demo page's lead sentence on the length of the call.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/cli/read-article-file';
import { compareArticle } from '../../src/engine/compare';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import type { CorpusIndex } from '../../src/engine/match/corpus-index';
import type { Comparison } from '../../src/engine/types';
import { comparisons, readGold, scoreAgainstGold, type Score } from '../helpers/claims-gold';
import { seedCorpus } from '../helpers/seeds';

let corpus: CorpusIndex;
let results: Map<string, Comparison>;
let score: Score;
beforeAll(async () => {
  // As the extension and the compare command do: the meaning data (lemmas) is loaded beside the corpus.
  await loadSentenceSimilarity();
  corpus = await seedCorpus();
  results = comparisons(corpus);
  score = scoreAgainstGold(readGold(), corpus, results);
}, 60_000); // five comparisons of the seeds: seconds, more on a loaded machine

describe('the seeds against the gold alignment', () => {
  it('keeps every look-alike pair apart (two 90-minute calls, two meetings, two talks of Selenskyj)', () => {
    expect(score.merges).toEqual([]);
  });

  // The targets (0.90 / 0.90). Measured with the meaning data loaded: recall 0.955, precision 0.956 on
  // 176 gold pairs since a medium phrase is a claim of its own (0.905 / 0.952 before, on 168 pairs: the gold
  // gained one claim, see its README) (0.798 / 0.909 on the lexical path alone); 0.738 / 0.855 before a call's length, an open
  // question, an exchange talked about, lemmas and the meaning layer's confident answers counted; 0.690 /
  // 0.824 before a plan and its deed were told apart; 0.48 / 0.77 before claims were split.
  it('recalls at least 0.90 of the gold pairs with at least 0.90 precision', () => {
    expect(score.recall, score.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(score.precision, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the JSON contract of a mention', () => {
  it('gives each mention the span of its claim in its sentence, and the claim text', () => {
    for (const c of results.values()) {
      for (const fact of c.facts) {
        for (const m of [...fact.mentions, ...fact.maybe]) {
          expect(m.span.start).toBeGreaterThanOrEqual(0);
          expect(m.span.end).toBeLessThanOrEqual(m.text.length);
          expect(m.text.slice(m.span.start, m.span.end)).toBe(m.claim);
        }
      }
    }
  });

  it('lets one sentence appear under several facts, each with another claim, and one article once per fact', () => {
    const c = results.get('002')!;
    const lead = c.facts.flatMap((f) => f.mentions.filter((m) => m.articleId === 'current' && m.sentence === 0));
    expect(new Set(lead.map((m) => m.claim)).size).toBeGreaterThanOrEqual(2);
    for (const fact of c.facts) {
      const ids = fact.mentions.map((m) => m.articleId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('coverage that does not accuse', () => {
  it('says "left out" only when this article has no weakly similar claim, and "maybe" with that claim otherwise', () => {
    for (const c of results.values()) {
      const { onlyHere, omitted, maybe } = c.coverage;
      for (const id of maybe) expect(onlyHere.includes(id) || omitted.includes(id)).toBe(false);
      for (const id of omitted) expect(c.facts.find((f) => f.id === id)!.maybe.some((m) => m.articleId === 'current')).toBe(false);
      for (const id of onlyHere) expect(c.facts.find((f) => f.id === id)!.maybe).toEqual([]);
      for (const id of maybe) expect(c.facts.find((f) => f.id === id)!.maybe.length).toBeGreaterThan(0);
    }
  });
});

describe('the demo page', () => {
  let demo: Comparison;
  beforeAll(async () => {
    const page = await readArticleFile(join(import.meta.dirname, '..', 'e2e', 'pages-html', 'news-trump-putin.html'));
    demo = compareArticle(page, corpus);
  }, 60_000);

  it('aligns its statements of the call’s length with the reports of the Trump–Putin call, never the Selenskyj call', () => {
    const isOwnLength = (claim: string) => /^Rund anderthalb Stunden|90 Minuten/.test(claim);
    const own = demo.facts.filter((f) => f.mentions.some((m) => m.articleId === 'current' && isOwnLength(m.claim)));
    // The lead and the body sentence both state that the two spoke and for how long: one goes with the
    // reports of the call, the other with the three reports of its length (one mention per article per fact).
    expect(own).toHaveLength(2);
    for (const fact of own) {
      expect(demo.coverage.onlyHere).not.toContain(fact.id);
      for (const m of [...fact.mentions, ...fact.maybe]) expect(m.text).not.toMatch(/Kiew|Selenskyj/);
    }
    const length = own.find((f) => f.mentions.filter((m) => /eineinhalb Stunden/.test(m.claim)).length >= 3);
    expect(length, 'a fact with the three corpus reports of the call length').toBeDefined();
    const lead = own.find((f) => f.mentions.some((m) => m.claim.startsWith('Rund anderthalb Stunden')))!;
    expect(lead.mentions.length).toBeGreaterThan(1);
  });
});
