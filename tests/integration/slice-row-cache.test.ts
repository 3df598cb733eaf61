// The slice's rows remembered between clicks (src/db/slice-row-cache.ts): a slice cut with them is the slice cut
// without, a second click on an event reads no article or event row, and a write (which bumps the revision)
// makes the next slice read again and agree with a fresh one.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { corpusSliceFor } from '../../src/db/corpus-slice';
import { bumpRevision } from '../../src/db/meta';
import { articleRow } from '../../src/db/rows';
import type { ParallaxDb } from '../../src/db/schema';
import { MEMBER_EVENTS_KEEP, SliceRowCache } from '../../src/db/slice-row-cache';
import { TermReadCache } from '../../src/db/term-read-cache';
import { updateTermIndex } from '../../src/db/term-index-update';
import type { CorpusPack } from '../../src/engine/corpus/pack-format';
import { loadMeaning } from '../../src/engine/meaning/lexicon';
import { prepareQuery } from '../../src/engine/match/prepare-query';
import type { ArticleInput, CorpusArticle } from '../../src/engine/types';
import { generateCorpus, type GeneratedCorpus } from '../bench/generate-corpus';
import { deleteFreshDbs, freshDb } from '../helpers/fresh-db';
import { seedInput, seedPack } from '../helpers/seeds';

afterEach(deleteFreshDbs);

let generated: GeneratedCorpus;
let pack: CorpusPack;

beforeAll(async () => {
  await loadMeaning(); // the term index and the queries carry the meaning keys (corpus-cache.ts)
  generated = generateCorpus({ articles: 400, seed: 11, heldOut: { reports: 12, singles: 4 } });
  const seeds = await seedPack();
  pack = { ...generated.pack, articles: [...seeds.articles, ...generated.pack.articles], events: [...seeds.events, ...generated.pack.events] };
}, 60_000);

async function stored(p: Pick<CorpusPack, 'articles' | 'events'>): Promise<ParallaxDb> {
  const db = freshDb('parallax-slice-rows');
  const eventOf = new Map(p.events.flatMap((e) => e.articleIds.map((id) => [id, e.id] as const)));
  await db.transaction('rw', db.articles, db.events, db.meta, async () => {
    await db.events.bulkPut(p.events.map(({ articleIds: _ids, ...e }) => e));
    await db.articles.bulkPut(p.articles.map((a) => articleRow(a, eventOf.get(a.id)!)));
    await bumpRevision(db);
  });
  await updateTermIndex(db);
  return db;
}

/** A corpus article as a page would give it. */
const asPage = (a: CorpusArticle): ArticleInput => ({ title: a.title, text: a.text, url: a.url, date: a.date, language: a.language, outlet: a.outlet.name });

/** Pages a reader might open: reports of stored events that are not stored, a seed (stored), a single. */
function pages(): ArticleInput[] {
  return [...generated.heldOut.slice(0, 8).map(asPage), seedInput('001'), ...generated.heldOut.slice(-2).map(asPage)];
}

function counting(db: ParallaxDb) {
  const reads = { articles: 0, events: 0 };
  db.articles.hook('reading', (row) => (reads.articles++, row));
  db.events.hook('reading', (row) => (reads.events++, row));
  return reads;
}

describe('the slice rows remembered between clicks', () => {
  it('cuts the same slice as a read without memory, and reads no article or event row the second time', async () => {
    const db = await stored(pack);
    const cache = new SliceRowCache();
    const queries = pages().map((page) => prepareQuery(page));
    for (const query of queries) {
      const fresh = await corpusSliceFor(db, query);
      expect(fresh.articles.length).toBeGreaterThan(0);
      expect(await corpusSliceFor(db, query, null, cache)).toEqual(fresh);
    }
    // Asked again (the last pages, as a reader going back to them): no article or event row is read, and with
    // the term index's answers remembered too, no row of any table but the page's own lookups and the states.
    const reads = counting(db);
    for (const query of queries.slice(-4)) await corpusSliceFor(db, query, null, cache);
    expect(reads).toEqual({ articles: 0, events: 0 });
    const terms = new TermReadCache();
    for (const query of queries.slice(-4)) expect(await corpusSliceFor(db, query, terms, cache)).toEqual(await corpusSliceFor(db, query));
    let indexReads = 0;
    for (const table of [db.terms, db.postings, db.indexedDocs]) table.hook('reading', (row) => (indexReads++, row));
    for (const query of queries.slice(-4)) await corpusSliceFor(db, query, terms, cache);
    // One: the stored seed page is found by its fingerprint, which every click asks the database.
    expect(indexReads).toBe(1);
  });

  it('reads again after a write and agrees with a fresh slice (an article of the event deleted)', async () => {
    const db = await stored(pack);
    const cache = new SliceRowCache();
    const query = prepareQuery(asPage(generated.heldOut[0]!));
    const first = await corpusSliceFor(db, query, null, cache);
    const victim = first.articles[0]!.id;
    await db.transaction('rw', db.articles, db.meta, async () => {
      await db.articles.delete(victim);
      await bumpRevision(db);
    });
    await updateTermIndex(db);
    const reads = counting(db);
    const after = await corpusSliceFor(db, query, null, cache);
    expect(reads.articles).toBeGreaterThan(0);
    expect(after.articles.map((a) => a.id)).not.toContain(victim);
    expect(after).toEqual(await corpusSliceFor(db, query));
  });

  it('keeps a bounded number of events\' member rows', async () => {
    const db = await stored(pack);
    const cache = new SliceRowCache();
    for (const article of [...generated.heldOut, ...pack.articles.slice(0, 40)]) await corpusSliceFor(db, prepareQuery(asPage(article)), null, cache);
    expect(cache.sizes.members).toBeGreaterThan(0);
    expect(cache.sizes.members).toBeLessThanOrEqual(MEMBER_EVENTS_KEEP);
  });
});
