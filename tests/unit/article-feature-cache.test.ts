// The corpus articles' readings kept between comparisons (issue 15): a comparison with the cache answers exactly
// as one without (seeds, English reports, a generated corpus), a second comparison reads no corpus article
// again, an article whose text changed under the same id is read again, and the bound holds.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleFeatureCache } from '../../src/engine/align/article-feature-cache';
import { readArticle } from '../../src/engine/align/article-reading';
import { parseArticle, type ParsedArticle } from '../../src/engine/article/parse-article';
import { compareArticle } from '../../src/engine/compare';
import { buildCorpusIndex, parseCorpusArticle } from '../../src/engine/match/corpus-index';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import type { ArticleInput, Comparison } from '../../src/engine/types';
import { generatedQueries } from '../bench/bench-lib/queries';
import { generateCorpus } from '../bench/generate-corpus';
import { SEED_FILES, seedCorpus, seedCorpusWithout, seedInput, seedPack } from '../helpers/seeds';

beforeAll(() => loadSentenceSimilarity(), 60_000);

const withoutTimings = (c: Comparison) => ({ ...c, timings: null });
const prefixes = SEED_FILES.map((f) => f.slice(0, 3));
const REPORTS = join(import.meta.dirname, '..', 'fixtures', 'english-reports');

function report(file: string): ArticleInput {
  const [title, ...rest] = readFileSync(join(REPORTS, file), 'utf8').split('\n');
  return { title: title!.trim(), text: rest.join('\n'), date: /(\d{4}-\d{2}-\d{2})\.txt$/.exec(file)?.[1] ?? null };
}

describe('comparisons with an ArticleFeatureCache', () => {
  it.each(prefixes)('seed %s against the other seeds: the same comparison as without, on the first click and the next', async (prefix) => {
    const corpus = await seedCorpusWithout(prefix);
    const cache = new ArticleFeatureCache();
    const plain = compareArticle(seedInput(prefix), corpus);
    expect(plain.event?.relation).toBe('same');
    expect(plain.facts.length).toBeGreaterThan(10);
    const first = compareArticle(seedInput(prefix), corpus, { features: cache });
    const second = compareArticle(seedInput(prefix), corpus, { features: cache });
    expect(withoutTimings(first)).toEqual(withoutTimings(plain));
    expect(withoutTimings(second)).toEqual(withoutTimings(plain));
  });

  it('the 13 English reports and each seed against the whole bundled corpus, one cache for all: the same comparisons as without', async () => {
    const corpus = await seedCorpus();
    const cache = new ArticleFeatureCache();
    const reports = [...readdirSync(REPORTS), ...readdirSync(join(REPORTS, 'negatives')).map((f) => join('negatives', f))].filter((f) => f.endsWith('.txt'));
    expect(reports).toHaveLength(13);
    const pages = [...reports.map(report), ...prefixes.map(seedInput)];
    for (const page of pages) {
      expect(withoutTimings(compareArticle(page, corpus, { features: cache }))).toEqual(withoutTimings(compareArticle(page, corpus)));
    }
    // Five corpus articles, read once, whatever the pages asked.
    expect(cache.stats().misses).toBe(5);
  });

  it('a generated corpus, reports of its events and articles of other events: the same comparisons as without', () => {
    const generated = generateCorpus({ articles: 300, seed: 11, heldOut: { reports: 6, singles: 2 } });
    const corpus = buildCorpusIndex(generated.pack);
    const cache = new ArticleFeatureCache();
    const queries = generatedQueries(generated, 2, 11);
    let matched = 0;
    for (const query of queries) {
      const plain = compareArticle(query.input, corpus);
      if (plain.event) matched++;
      for (let click = 0; click < 2; click++) expect(withoutTimings(compareArticle(query.input, corpus, { features: cache }))).toEqual(withoutTimings(plain));
    }
    expect(matched).toBeGreaterThanOrEqual(4);
    expect(cache.stats().hits).toBeGreaterThan(0);
  });

  it('a second comparison reads no corpus article again', async () => {
    const corpus = await seedCorpusWithout('002');
    const cache = new ArticleFeatureCache();
    compareArticle(seedInput('002'), corpus, { features: cache });
    const first = cache.stats();
    expect(first).toEqual({ hits: 0, misses: 4, size: 4 });
    compareArticle(seedInput('002'), corpus, { features: cache });
    expect(cache.stats()).toEqual({ hits: 4, misses: 4, size: 4 });
  });

  it('reads an article again when its text changed under the same id, and answers as without the cache', async () => {
    const pack = await seedPack();
    const changedId = pack.articles[1]!.id;
    // The same id, one sentence of its text replaced: a corrected report re-imported.
    const changed = {
      ...pack,
      articles: pack.articles.map((a) => (a.id === changedId ? { ...a, text: a.text.replace(/Telefonat/u, 'Telefongespräch') } : a)),
    };
    expect(changed.articles[1]!.text).not.toBe(pack.articles[1]!.text);
    const before = buildCorpusIndex(pack);
    const after = buildCorpusIndex(changed);
    const cache = new ArticleFeatureCache();
    const page = report('wire-copy-2025-02-12.txt');
    compareArticle(page, before, { features: cache });
    const read = cache.stats().misses;
    const comparison = compareArticle(page, after, { features: cache });
    expect(cache.stats().misses).toBe(read + 1);
    expect(withoutTimings(comparison)).toEqual(withoutTimings(compareArticle(page, after)));
    // The reading itself: the changed text's tokens, not the old ones.
    const parsed = parseCorpusArticle(changed.articles[1]!);
    const tokens = cache.reading(changedId, parsed, readArticle).tokens.flat().map((t) => t.lower);
    expect(tokens).toContain('telefongespräch');
  });
});

describe('ArticleFeatureCache', () => {
  const articles = ['a', 'b', 'c'].map((name) =>
    parseArticle({ title: '', text: `Der Rat der Stadt ${name.toUpperCase()}-Dorf tagte am Montag. Die Bürgermeisterin Anna Berger sprach lange.`, language: 'de' }),
  );

  it('keeps at most its capacity, the least recently used going first', () => {
    const cache = new ArticleFeatureCache(2);
    const [a, b, c] = articles as [ParsedArticle, ParsedArticle, ParsedArticle];
    cache.reading('a', a, readArticle);
    cache.reading('b', b, readArticle);
    cache.reading('a', a, readArticle); // a is now the most recently used
    cache.reading('c', c, readArticle); // b goes
    expect(cache.stats()).toEqual({ hits: 1, misses: 3, size: 2 });
    cache.reading('a', a, readArticle);
    expect(cache.stats().misses).toBe(3);
    cache.reading('b', b, readArticle);
    expect(cache.stats()).toEqual({ hits: 2, misses: 4, size: 2 });
  });

  it('keys by id as well as text: two articles with one text are two readings', () => {
    const cache = new ArticleFeatureCache();
    const first = cache.reading('x', articles[0]!, readArticle);
    const second = cache.reading('y', articles[0]!, readArticle);
    expect(second).not.toBe(first);
    expect(cache.stats()).toEqual({ hits: 0, misses: 2, size: 2 });
  });

  it('names the bad capacity it refuses', () => {
    expect(() => new ArticleFeatureCache(0)).toThrow(/capacity must be a positive integer, got 0/);
  });
});
