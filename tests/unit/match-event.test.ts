import { describe, expect, it } from 'vitest';
import { compareArticle } from '../../src/engine/compare';
import { fixtureArticle, SEED_FILES, seedCorpus, seedCorpusWithout, seedInput, seedPack } from '../helpers/seeds';

const prefixes = SEED_FILES.map((f) => f.slice(0, 3));

describe('the bundled corpus', () => {
  it('clusters the five seeds into one event, by the engine', async () => {
    const pack = await seedPack();
    expect(pack.events).toHaveLength(1);
    expect(pack.events[0]!.articleIds).toHaveLength(5);
    expect(pack.events[0]!.date).toBe('2025-02-12');
  });
});

describe('a seed compared with the bundled corpus', () => {
  it.each(prefixes)('seed %s is recognised as itself and compared with the other four', async (prefix) => {
    const corpus = await seedCorpus();
    const result = compareArticle(seedInput(prefix), corpus);
    const selfId = result.article.corpusId;
    expect(selfId).not.toBeNull();
    expect(corpus.articles.get(selfId!)!.text).toBe(seedInput(prefix).text);
    expect(result.event?.relation).toBe('same');
    expect(result.event!.articles.map((a) => a.id).sort()).toEqual([...corpus.articles.keys()].filter((id) => id !== selfId).sort());
    // Its facts are aligned with the others': several of its sentences share a fact with another outlet.
    const shared = result.facts.filter((f) => f.mentions.some((m) => m.articleId === 'current') && f.mentions.length > 1);
    expect(shared.length).toBeGreaterThanOrEqual(4);
    for (const fact of result.facts) expect(fact.mentions.every((m) => m.articleId !== selfId)).toBe(true);
  });

  it.each(prefixes)('seed %s, not yet in the corpus, is matched to the event of the other four', async (prefix) => {
    const result = compareArticle(seedInput(prefix), await seedCorpusWithout(prefix));
    expect(result.article.corpusId).toBeNull();
    expect(result.event?.relation).toBe('same');
    expect(result.event!.articles).toHaveLength(4);
    expect(result.event!.confidence).toBeGreaterThan(0.6);
  });

  it('says how each outlet attribution is known', async () => {
    const result = compareArticle(seedInput('000'), await seedCorpus());
    const known = Object.fromEntries(result.event!.articles.map((a) => [a.outlet ?? 'unknown', a.outletKnown]));
    expect(known).toMatchObject({ 'Junge Freiheit': 'inferred', 'RT DE': 'inferred', unknown: 'unknown' });
    expect(Object.entries(known).some(([name, how]) => name.includes('APA') && how === 'stated')).toBe(true);
  });

  it('keeps the two 90-minute statements in different facts', async () => {
    const result = compareArticle(seedInput('003'), await seedCorpus());
    const ninety = result.facts.filter((f) => f.mentions.some((m) => /eineinhalb Stunden/.test(m.text) && m.articleId === 'current'));
    expect(ninety).toHaveLength(2);
    const kremlin = ninety.find((f) => f.mentions.some((m) => m.text.includes('Kreml')))!;
    const kyiv = ninety.find((f) => f.mentions.some((m) => m.text.includes('Kiew')))!;
    expect(kremlin).not.toBe(kyiv);
    expect(kremlin.mentions.some((m) => m.text.includes('Kiew'))).toBe(false);
  });
});

describe('coverage', () => {
  it('lists what only this article reports and what it leaves out, consistently with the facts', async () => {
    const result = compareArticle(seedInput('003'), await seedCorpus());
    const byId = new Map(result.facts.map((f) => [f.id, f]));
    expect(result.coverage.onlyHere.length).toBeGreaterThan(0);
    expect(result.coverage.omitted.length).toBeGreaterThan(0);
    for (const id of result.coverage.onlyHere) expect(byId.get(id)!.mentions.map((m) => m.articleId)).toEqual(['current']);
    for (const id of result.coverage.omitted) expect(byId.get(id)!.mentions.some((m) => m.articleId === 'current')).toBe(false);
    // Bessent's visit to Kyiv is reported by this article alone among the five.
    const bessent = result.facts.find((f) => f.mentions.some((m) => m.text.startsWith('US-Finanzminister Scott Bessent besuchte')))!;
    expect(result.coverage.onlyHere).toContain(bessent.id);
  });
});

describe('articles about other events', () => {
  it.each([
    ['another Trump–Putin call five weeks later', 'other-call-2025-03-18', '2025-03-18'],
    ['a summit of the two months later', 'summit-alaska-2025-08-15', '2025-08-15'],
    ['follow-up talks a week later', 'riyadh-talks-2025-02-18', '2025-02-18'],
  ])('%s is not reported as the same event, with its date known', async (_what, name, date) => {
    const result = compareArticle(fixtureArticle(name, date), await seedCorpus());
    expect(result.event?.relation ?? 'none').not.toBe('same');
  });

  it.each(['other-call-2025-03-18', 'summit-alaska-2025-08-15', 'riyadh-talks-2025-02-18'])(
    '%s is not reported as the same event even without a date', async (name) => {
      const result = compareArticle(fixtureArticle(name, null), await seedCorpus());
      expect(result.event?.relation ?? 'none').not.toBe('same');
    },
  );

  it('sees follow-up talks a week later as related', async () => {
    const result = compareArticle(fixtureArticle('riyadh-talks-2025-02-18', '2025-02-18'), await seedCorpus());
    expect(result.event?.relation).toBe('related');
  });

  it.each(['unrelated-bahn-strike', 'english-unrelated'])('%s gets no match at all', async (name) => {
    const result = compareArticle(fixtureArticle(name), await seedCorpus());
    expect(result.event).toBeNull();
    expect(result.facts).toEqual([]);
  });

  it('matches a written paraphrase of the seed event and aligns its facts', async () => {
    const result = compareArticle(fixtureArticle('same-call-paraphrase', '2025-02-12'), await seedCorpus());
    expect(result.event?.relation).toBe('same');
    const ninety = result.facts.find((f) => f.mentions.some((m) => m.articleId === 'current' && m.text.includes('90 Minuten')))!;
    expect(ninety.mentions.some((m) => m.text.includes('eineinhalb Stunden'))).toBe(true);
  });
});

describe('English input', () => {
  it('is read as English, split into sentences, and never matched to a wrong event', async () => {
    const corpus = await seedCorpus();
    const result = compareArticle(fixtureArticle('english-same-call', '2025-02-12'), corpus);
    expect(result.article.language).toBe('en');
    expect(result.article.sentences.map((s) => s.text)).toContain('The Kremlin said the call lasted about an hour and a half.');
    if (result.event) expect(result.event.id).toBe([...corpus.events.keys()][0]);
  });
});
