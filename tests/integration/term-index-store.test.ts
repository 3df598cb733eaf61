// The term index kept in IndexedDB (schema version 3) must rank candidates as the in-memory index does, and
// a comparison cut from the database must equal one computed over the whole corpus in memory: the background
// relies on it to answer from a slice of 50,000 articles.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { corpusFromRows, loadCorpus } from '../../src/db/corpus-store';
import { corpusSliceFor } from '../../src/db/corpus-slice';
import { articleRow } from '../../src/db/rows';
import type { ParallaxDb } from '../../src/db/schema';
import { searchTermIndex } from '../../src/db/term-index-search';
import { readTermIndexState, TERM_INDEX_KEY } from '../../src/db/term-index-state';
import { TermReadCache } from '../../src/db/term-read-cache';
import { forgetIndexed, INDEX_BATCH, indexArticles, updateTermIndex } from '../../src/db/term-index-update';
import { bumpRevision } from '../../src/db/meta';
import { compareArticle } from '../../src/engine/compare';
import type { CorpusPack } from '../../src/engine/corpus/pack-format';
import { articleTerms, TERM_FORMAT } from '../../src/engine/match/article-terms';
import { loadMeaning } from '../../src/engine/meaning/lexicon';
import { buildCorpusIndex, parseCorpusArticle } from '../../src/engine/match/corpus-index';
import { corpusView } from '../../src/engine/match/corpus-view';
import { prepareQuery } from '../../src/engine/match/prepare-query';
import type { ArticleInput, Comparison } from '../../src/engine/types';
import { generateCorpus, type GeneratedCorpus } from '../bench/generate-corpus';
import { deleteFreshDbs, freshDb } from '../helpers/fresh-db';
import { fixtureArticle, seedInput, seedPack } from '../helpers/seeds';

afterEach(deleteFreshDbs);

let generated: GeneratedCorpus;
let pack: CorpusPack;

beforeAll(async () => {
  // As the background does before indexing (corpus-cache.ts): terms with the meaning keys on both sides.
  await loadMeaning();
  generated = generateCorpus({ articles: INDEX_BATCH - 20, seed: 7, heldOut: { reports: 8, singles: 4 } });
  const seeds = await seedPack();
  // In id order, as the database returns them: equal scores rank by that order in both indexes.
  const articles = [...seeds.articles, ...generated.pack.articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  pack = { ...generated.pack, articles, events: [...seeds.events, ...generated.pack.events] };
}, 60_000); // loading the meaning data takes seconds on a loaded machine

async function stored(p: Pick<CorpusPack, 'articles' | 'events'>): Promise<ParallaxDb> {
  const db = freshDb('parallax-term-index');
  const eventOf = new Map(p.events.flatMap((e) => e.articleIds.map((id) => [id, e.id] as const)));
  await db.transaction('rw', db.articles, db.events, db.meta, async () => {
    await db.events.bulkPut(p.events.map(({ articleIds: _ids, ...e }) => e));
    await db.articles.bulkPut(p.articles.map((a) => articleRow(a, eventOf.get(a.id)!)));
    await bumpRevision(db);
  });
  return db;
}

/** What a reader sees, in comparable form: the event, the outlets, the facts and who reported each. */
function gist(c: Comparison) {
  return {
    corpusId: c.article.corpusId,
    event: c.event && { id: c.event.id, relation: c.event.relation, confidence: c.event.confidence, articles: c.event.articles.map((a) => a.id) },
    facts: c.facts.map((f) => [f.label, f.mentions.map((m) => `${m.articleId}:${m.sentence}`)]),
    framing: c.framing.length,
    quotes: c.quotes.length,
  };
}

async function compareFromDb(db: ParallaxDb, input: ArticleInput): Promise<Comparison> {
  const query = prepareQuery(input);
  const slice = await corpusSliceFor(db, query);
  return compareArticle(query, corpusView(slice, parseCorpusArticle));
}

describe('term index in IndexedDB', () => {
  it('ranks candidates like the in-memory index when the corpus was indexed in one batch', async () => {
    const db = await stored(pack);
    await updateTermIndex(db);
    const memory = buildCorpusIndex(pack);
    const queries = [...generated.heldOut, ...pack.articles.slice(0, 10)].map(parseCorpusArticle);
    for (const query of queries) {
      const terms = articleTerms(query);
      const fromDb = await searchTermIndex(db, terms, 30);
      const inMemory = memory.search(terms, 30);
      expect(fromDb.map((h) => h.articleId)).toEqual(inMemory.map((h) => h.articleId));
      fromDb.forEach((hit, i) => expect(hit.score).toBeCloseTo(inMemory[i]!.score, 5));
    }
  });

  it('gives the same comparison from a slice of the database as from the whole corpus in memory', async () => {
    const db = await stored(pack);
    await updateTermIndex(db);
    const memory = buildCorpusIndex(pack);
    const inputs: ArticleInput[] = [
      ...generated.heldOut.map((a) => ({ title: a.title, text: a.text, date: a.date, language: a.language, url: 'https://example.org/new' })),
      seedInput('001'),
      fixtureArticle('other-call-2025-03-18', '2025-03-18'),
      fixtureArticle('riyadh-talks-2025-02-18', '2025-02-18'),
      fixtureArticle('unrelated-bahn-strike', '2025-02-12'),
      { title: pack.articles[42]!.title, text: pack.articles[42]!.text, date: pack.articles[42]!.date, url: pack.articles[42]!.url ?? undefined },
    ];
    let matched = 0;
    for (const input of inputs) {
      const fromDb = gist(await compareFromDb(db, input));
      expect(fromDb).toEqual(gist(compareArticle(input, memory)));
      if (fromDb.event) matched++;
    }
    expect(matched).toBeGreaterThanOrEqual(8); // the comparison is not trivially "no event" on both sides
  });

  it('chooses the same events when the corpus was indexed over many batches (rarities drift between them)', async () => {
    const large = generateCorpus({ articles: INDEX_BATCH * 4, seed: 11, heldOut: { reports: 12, singles: 4 } });
    const db = await stored(large.pack);
    await updateTermIndex(db);
    expect((await readTermIndexState(db)).nextBatch).toBeGreaterThanOrEqual(4);
    const memory = buildCorpusIndex({ ...large.pack, articles: [...large.pack.articles].sort((a, b) => (a.id < b.id ? -1 : 1)) });
    for (const query of large.heldOut) {
      const input = { title: query.title, text: query.text, date: query.date, language: query.language };
      const fromDb = await compareFromDb(db, input);
      const inMemory = compareArticle(input, memory);
      expect(fromDb.event?.id ?? null).toBe(inMemory.event?.id ?? null);
      expect(fromDb.event?.relation ?? null).toBe(inMemory.event?.relation ?? null);
      expect(fromDb.facts.length).toBe(inMemory.facts.length);
      const terms = articleTerms(parseCorpusArticle(query));
      const top = (await searchTermIndex(db, terms, 5)).map((h) => h.articleId);
      const expected = memory.search(terms, 5).map((h) => h.articleId);
      expect(top.filter((id) => expected.includes(id)).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('recognises a stored article by its text, and by its address when the text differs', async () => {
    const db = await stored(pack);
    await updateTermIndex(db);
    const article = pack.articles.find((a) => a.url)!;
    const sameText = await compareFromDb(db, { title: article.title, text: article.text, date: article.date });
    expect(sameText.article.corpusId).toBe(article.id);
    const sameUrl = await compareFromDb(db, { title: 'x', text: `${article.text}\n\nNachtrag: ergänzt.`, date: article.date, url: `${article.url}#comments` });
    expect(sameUrl.article.corpusId).toBe(article.id);
  });

  it('follows deletions and edits, and an update interrupted halfway resumes where it stopped', async () => {
    const db = await stored(pack);
    // Interrupted: a first batch indexed, the revision never recorded.
    const ids = pack.articles.map((a) => a.id).sort();
    await indexArticles(db, ids.slice(0, 40));
    expect(await db.indexedDocs.count()).toBe(40);
    await updateTermIndex(db);
    expect(await db.indexedDocs.count()).toBe(pack.articles.length);
    expect((await readTermIndexState(db)).documents).toBe(pack.articles.length);

    const victim = generated.heldOut[0]!;
    const neighbour = (await searchTermIndex(db, articleTerms(parseCorpusArticle(victim)), 1))[0]!.articleId;
    await db.transaction('rw', db.articles, db.meta, async () => {
      await db.articles.delete(neighbour);
      await bumpRevision(db);
    });
    await updateTermIndex(db);
    const afterDelete = await searchTermIndex(db, articleTerms(parseCorpusArticle(victim)), 30);
    expect(afterDelete.map((h) => h.articleId)).not.toContain(neighbour);
    expect((await readTermIndexState(db)).documents).toBe(pack.articles.length - 1);

    // An edit replaces an article's text under its id: the search must find the new text.
    const edited = pack.articles.find((a) => a.id !== neighbour)!;
    await db.transaction('rw', [db.articles, db.meta, db.indexedDocs], async () => {
      const row = (await db.articles.get(edited.id))!;
      await db.articles.put({ ...row, text: victim.text, title: victim.title });
      await forgetIndexed(db, [edited.id]);
      await bumpRevision(db);
    });
    await updateTermIndex(db);
    const afterEdit = await searchTermIndex(db, articleTerms(parseCorpusArticle(victim)), 1);
    expect(afterEdit[0]!.articleId).toBe(edited.id);
    // Not 1: its weights were computed with the corpus's rarities at the time it was indexed, and a search walks
    // only the query's MAX_QUERY_TERMS heaviest terms (of about twice as many since terms carry meaning keys).
    expect(afterEdit[0]!.score).toBeGreaterThan(0.7);
  });

  it('answers the same from what the worker remembers between clicks, and forgets it when the index changes', async () => {
    const db = await stored(pack);
    await updateTermIndex(db);
    const cache = new TermReadCache();
    const victim = generated.heldOut[0]!;
    const terms = articleTerms(parseCorpusArticle(victim));
    const fresh = await searchTermIndex(db, terms, 30);
    expect(await searchTermIndex(db, terms, 30, cache)).toEqual(fresh);
    expect(cache.sizes.df).toBe(terms.size);
    expect(cache.sizes.postings).toBeGreaterThan(0);

    // Asked again: every frequency, postings list and document's article comes from memory, none from the database.
    let termReads = 0;
    let postingReads = 0;
    let docReads = 0;
    db.terms.hook('reading', (row) => (termReads++, row));
    db.postings.hook('reading', (row) => (postingReads++, row));
    db.indexedDocs.hook('reading', (row) => (docReads++, row));
    expect(await searchTermIndex(db, terms, 30, cache)).toEqual(fresh);
    expect([termReads, postingReads, docReads]).toEqual([0, 0, 0]);

    // The index changes (the best hit deleted, the index updated): the remembered answers are dropped, and the
    // search reads the index again and agrees with a search without memory.
    const best = fresh[0]!.articleId;
    await db.transaction('rw', db.articles, db.meta, async () => {
      await db.articles.delete(best);
      await bumpRevision(db);
    });
    await updateTermIndex(db);
    const afterDelete = await searchTermIndex(db, terms, 30, cache);
    expect(termReads).toBeGreaterThan(0);
    expect(afterDelete.map((h) => h.articleId)).not.toContain(best);
    expect(afterDelete).toEqual(await searchTermIndex(db, terms, 30));
  });

  it('indexes every article once when two contexts update at the same time', async () => {
    const db = await stored(pack);
    await Promise.all([updateTermIndex(db), updateTermIndex(db), indexArticles(db, pack.articles.slice(0, 100).map((a) => a.id))]);
    const docs = await db.indexedDocs.toArray();
    expect(docs.length).toBe(pack.articles.length);
    expect(new Set(docs.map((d) => d.doc)).size).toBe(pack.articles.length);
    expect((await readTermIndexState(db)).documents).toBe(pack.articles.length);
  });

  it('empties with the corpus', async () => {
    const db = await stored(pack);
    await updateTermIndex(db);
    await db.transaction('rw', db.articles, db.events, db.meta, async () => {
      await db.articles.clear();
      await db.events.clear();
      await bumpRevision(db);
    });
    await updateTermIndex(db);
    expect([await db.indexedDocs.count(), await db.terms.count(), await db.postings.count()]).toEqual([0, 0, 0]);
    expect(await searchTermIndex(db, articleTerms(parseCorpusArticle(pack.articles[0]!)), 5)).toEqual([]);
    const loaded = await loadCorpus(db);
    expect(corpusFromRows([], []).articles).toEqual(loaded.articles);
  });

  it('rebuilds an index whose terms were made by an older engine (no format stamp), with the meaning keys', async () => {
    const db = await stored(pack);
    await updateTermIndex(db);
    const current = await readTermIndexState(db);
    expect(current.format).toBe(TERM_FORMAT);
    // As an index written before the format was stamped: its state without `format`, its terms stems only.
    await db.transaction('rw', [db.meta, db.terms], async () => {
      const { format: _format, ...unstamped } = current;
      await db.meta.put({ key: TERM_INDEX_KEY, value: unstamped });
      await db.terms.clear();
    });
    expect((await readTermIndexState(db)).format).not.toBe(TERM_FORMAT);
    await updateTermIndex(db);
    const rebuilt = await readTermIndexState(db);
    expect(rebuilt.format).toBe(TERM_FORMAT);
    expect(rebuilt.documents).toBe(pack.articles.length);
    expect(await db.indexedDocs.count()).toBe(pack.articles.length);
    // The language-neutral keys are indexed: an English lemma key of the seed event's reports is there.
    expect((await db.terms.get('e:negotiation'))?.df ?? 0).toBeGreaterThan(0);
  });
});
