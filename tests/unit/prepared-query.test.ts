// The engine's two phases: a query prepared once (parsed, terms, keys) and a comparison that decides once.
// What the boundary promises: the same comparison whichever way it is called, a slice's chosen events aligned
// without a second search, and the query's keys as the corpus reads them.

import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticle, compareInStages } from '../../src/engine/compare';
import type { CorpusIndex } from '../../src/engine/match/corpus-index';
import { corpusView } from '../../src/engine/match/corpus-view';
import { parseCorpusArticle } from '../../src/engine/match/corpus-index';
import { prepareQuery, queryForCorpusArticle } from '../../src/engine/match/prepare-query';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import { seedCorpusWithout, seedInput, seedPack } from '../helpers/seeds';

beforeAll(() => loadSentenceSimilarity(), 60_000);

const withoutTimings = <T extends { timings: unknown }>(c: T) => ({ ...c, timings: null });

describe('prepareQuery', () => {
  it('reads the article once: parsed text, its terms, the neutral keys among them, fingerprint and address key', () => {
    const query = prepareQuery({ ...seedInput('002'), url: 'https://Example.org/a/b/?utm_source=x#top' });
    expect(query.parsed.sentences.length).toBeGreaterThan(5);
    expect(query.fingerprint).toBe(query.parsed.fingerprint);
    expect(query.urlKey).toBe('https://example.org/a/b');
    expect(query.terms.size).toBeGreaterThan(20);
    expect(query.neutral.size).toBeGreaterThan(0);
    for (const term of query.neutral.keys()) expect(query.terms.get(term)).toBe(query.neutral.get(term));
    expect(query.neutral.size).toBeLessThan(query.terms.size);
  });

  it('has no address key for a page without an address', () => {
    expect(prepareQuery({ title: 'A', text: 'Der Rat tagte am Montag lange.' }).urlKey).toBeNull();
  });

  it('prepares a stored article as the sidebar prepares the page it came from', async () => {
    const stored = (await seedPack()).articles[0]!;
    const query = queryForCorpusArticle(stored);
    expect(query.fingerprint).toBe(parseCorpusArticle(stored).fingerprint);
    expect(query.input.outlet).toBe(stored.outlet.name);
  });
});

describe('compareArticle(query, corpus)', () => {
  it('gives the comparison it gives for the article itself', async () => {
    const corpus = await seedCorpusWithout('001');
    const direct = compareArticle(seedInput('001'), corpus);
    const prepared = compareArticle(prepareQuery(seedInput('001')), corpus);
    expect(prepared.event?.relation).toBe('same');
    expect(withoutTimings(prepared)).toEqual(withoutTimings(direct));
  });

  it("aligns the events a slice was cut for without searching again, and none that the slice did not choose", async () => {
    const whole = await seedCorpusWithout('003');
    const query = prepareQuery(seedInput('003'));
    const event = [...whole.events.values()][0]!;
    const articles = event.articleIds.map((id) => whole.articles.get(id)!);
    const slice = { articles, events: [event], hits: [], chosen: [[event.id, 0.5]] as [string, number][], byFingerprint: new Map(), byUrl: new Map() };
    let searched = 0;
    const view: CorpusIndex = { ...corpusView(slice, parseCorpusArticle), search: () => (searched++, []) };
    const found = compareArticle(query, view);
    expect(searched).toBe(0);
    expect(found.event?.id).toBe(event.id);
    expect(found.event?.relation).toBe('same');
    // The same slice with nothing chosen: no event is aligned, though its articles are there to be found.
    const unchosen = compareArticle(query, { ...view, chosenEvents: [] });
    expect(searched).toBe(0);
    expect(unchosen.event).toBeNull();
  });
});

describe('compareInStages', () => {
  it('gives the facts first and, completed, exactly the comparison compareArticle gives', async () => {
    const corpus = await seedCorpusWithout('002');
    const staged = compareInStages(prepareQuery(seedInput('002')), corpus);
    const whole = compareArticle(prepareQuery(seedInput('002')), corpus);
    expect([staged.facts.framing, staged.facts.quotes]).toEqual([[], []]);
    // Everything but word choice and quotes is there, as in the whole comparison.
    expect({ ...staged.facts, framing: null, quotes: null, timings: null }).toEqual({ ...whole, framing: null, quotes: null, timings: null });
    expect(whole.framing.length).toBeGreaterThan(0);
    expect(whole.quotes.length).toBeGreaterThan(0);
    expect(withoutTimings(staged.complete())).toEqual(withoutTimings(whole));
    // Completed once: asked again, the same object.
    expect(staged.complete()).toBe(staged.complete());
  });
});
