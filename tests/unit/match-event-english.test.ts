// English reports against the German bundled corpus (issue 13): written reports of the 12 February 2025
// Trump–Putin call in eight styles must find the seed event as 'same'; English reports of other meetings of
// the same men (and of Biden and Putin) must not. With the meaning data loaded, as the extension and the
// compare command load it; the German-only matching must stay as it was.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticle } from '../../src/engine/compare';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import type { ArticleInput } from '../../src/engine/types';
import { fixtureArticle, SEED_FILES, seedCorpus, seedCorpusWithout, seedInput } from '../helpers/seeds';

const REPORTS = join(import.meta.dirname, '..', 'fixtures', 'english-reports');
const NEGATIVES = join(REPORTS, 'negatives');

/** First line title, rest text; the date is the one in the file name ("…-2025-02-12.txt"). */
function report(path: string, withDate: boolean): ArticleInput {
  const [title, ...rest] = readFileSync(path, 'utf8').split('\n');
  const date = /(\d{4}-\d{2}-\d{2})\.txt$/.exec(path)?.[1] ?? null;
  return { title: title!.trim(), text: rest.join('\n'), date: withDate ? date : null };
}

const positives = readdirSync(REPORTS).filter((f) => f.endsWith('.txt')).sort();
const negatives = readdirSync(NEGATIVES).filter((f) => f.endsWith('.txt')).sort();

beforeAll(async () => {
  await loadSentenceSimilarity();
}, 60_000); // loading the meaning data takes seconds on a loaded machine

describe('English reports of the seed event', () => {
  it('are at least eight, in different styles', () => {
    expect(positives.length).toBeGreaterThanOrEqual(8);
  });

  it.each(positives)('%s matches the German seed event as same, listing the German outlets', async (file) => {
    const corpus = await seedCorpus();
    const result = compareArticle(report(join(REPORTS, file), true), corpus);
    expect(result.article.language).toBe('en');
    expect(result.event?.relation).toBe('same');
    expect(result.event!.id).toBe([...corpus.events.keys()][0]);
    expect(result.event!.articles.map((a) => a.id).sort()).toEqual([...corpus.articles.keys()].sort());
  });

  it.each(positives)('%s matches as same without a date too (as `compare FILE.txt` reads it)', async (file) => {
    const result = compareArticle(report(join(REPORTS, file), false), await seedCorpus());
    expect(result.event?.relation).toBe('same');
  });
});

describe('English reports of other Trump–Putin calls and summits', () => {
  it.each(negatives)('%s, with its date, is not the same event', async (file) => {
    const result = compareArticle(report(join(NEGATIVES, file), true), await seedCorpus());
    expect(result.event?.relation ?? 'none').not.toBe('same');
  });

  it.each(['english-unrelated', 'english-quotes-a'])('%s (another story) gets no event at all', async (name) => {
    const result = compareArticle(fixtureArticle(name), await seedCorpus());
    expect(result.event).toBeNull();
  });
});

describe('German matching with the meaning data loaded', () => {
  it.each(SEED_FILES.map((f) => f.slice(0, 3)))('seed %s, not yet in the corpus, still matches the other four as same', async (prefix) => {
    const result = compareArticle(seedInput(prefix), await seedCorpusWithout(prefix));
    expect(result.event?.relation).toBe('same');
    expect(result.event!.articles).toHaveLength(4);
  });

  it.each([
    ['other-call-2025-03-18', '2025-03-18'],
    ['summit-alaska-2025-08-15', '2025-08-15'],
    ['riyadh-talks-2025-02-18', '2025-02-18'],
  ])('%s is still not the same event', async (name, date) => {
    const result = compareArticle(fixtureArticle(name, date), await seedCorpus());
    expect(result.event?.relation ?? 'none').not.toBe('same');
  });

  it.each(['other-call-2025-03-18', 'summit-alaska-2025-08-15', 'riyadh-talks-2025-02-18'])('%s, without a date, is still not the same event', async (name) => {
    const result = compareArticle(fixtureArticle(name, null), await seedCorpus());
    expect(result.event?.relation ?? 'none').not.toBe('same');
  });
});
