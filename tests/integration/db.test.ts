import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../../src/db/bundled-pack';
import { CorpusDbError, toCorpusDbError } from '../../src/db/corpus-db-error';
import { addUserArticle, corpusRevision, loadCorpus, seedBundledCorpus } from '../../src/db/corpus-store';
import { BUNDLED_HASH_KEY } from '../../src/db/meta';
import { articleRow } from '../../src/db/rows';
import { compareArticle } from '../../src/engine/compare';
import type { CorpusPack } from '../../src/engine/corpus/pack-format';
import { eventIdFor } from '../../src/engine/corpus/event-id';
import { articleIdFor } from '../../src/engine/corpus/seed-manifest';
import { buildCorpusIndex } from '../../src/engine/match/corpus-index';
import type { CorpusArticle, CorpusEvent } from '../../src/engine/types';
import { deleteFreshDbs, freshDb as freshDbNamed } from '../helpers/fresh-db';
import { fixtureArticle, seedInput, seedText } from '../helpers/seeds';

const freshDb = () => freshDbNamed('parallax-test');

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshDbs();
});


function readerArticle(fixture: string, origin: CorpusArticle['origin'] = 'user'): CorpusArticle {
  const input = fixtureArticle(fixture, '2025-02-12');
  return {
    id: articleIdFor(input.text),
    title: input.title,
    text: input.text,
    url: `https://example.org/${fixture}`,
    outlet: { name: 'Example', known: 'stated', evidence: ['named on the page'] },
    date: input.date ?? null,
    language: 'de',
    origin,
  };
}

function idOfSeed(pack: CorpusPack, prefix: string): string {
  return pack.articles.find((a) => a.text === seedText(prefix))!.id;
}

/** The pack without one article (and without it in its event). */
function packWithout(pack: CorpusPack, id: string): CorpusPack {
  return {
    ...pack,
    articles: pack.articles.filter((a) => a.id !== id),
    events: pack.events.map((e) => ({ ...e, articleIds: e.articleIds.filter((a) => a !== id) })),
  };
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('the bundled pack', () => {
  it('is the generated corpus, validated, every article bundled', () => {
    const pack = bundledPack();
    expect(pack.articles.length).toBe(5);
    expect(pack.events).toHaveLength(1);
    expect(pack.articles.every((a) => a.origin === 'bundled')).toBe(true);
  });
});

describe('seeding the bundled corpus', () => {
  it('stores every article and event, and loadCorpus gives them back as the pack had them', async () => {
    const db = freshDb();
    const pack = bundledPack();
    expect(await seedBundledCorpus(db, pack)).toEqual({ added: 5, updated: 0, removed: 0 });
    const corpus = await loadCorpus(db);
    expect(byId(corpus.articles)).toEqual(byId(pack.articles));
    expect(corpus.events).toEqual(pack.events.map((e) => ({ ...e, articleIds: [...e.articleIds].sort() })));
    const row = await db.articles.get(pack.articles[0]!.id);
    expect(row).toMatchObject({ eventId: pack.events[0]!.id, outletName: pack.articles[0]!.outlet.name });
  });

  it('is idempotent: seeding the same pack twice changes nothing, not even the revision', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, pack);
    const before = { corpus: await loadCorpus(db), revision: await corpusRevision(db) };
    expect(await seedBundledCorpus(db, pack)).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(await loadCorpus(db)).toEqual(before.corpus);
    expect(await corpusRevision(db)).toBe(before.revision);
  });

  it('skips an unchanged pack by its recorded hash, without reading the corpus again', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, pack);
    expect((await db.meta.get(BUNDLED_HASH_KEY))?.value).toEqual(expect.any(String));
    // A row gone since (say, deleted by the reader) is not brought back by the same pack.
    await db.articles.delete(pack.articles[0]!.id);
    expect(await seedBundledCorpus(db, pack)).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(await db.articles.get(pack.articles[0]!.id)).toBeUndefined();
  });

  it('is idempotent even without the recorded pack hash (the diff itself finds nothing to do)', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, pack);
    const revision = await corpusRevision(db);
    await db.meta.delete(BUNDLED_HASH_KEY);
    expect(await seedBundledCorpus(db, pack)).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(await corpusRevision(db)).toBe(revision);
  });

  it('on update removes a bundled article the pack dropped, updates a changed one, and never touches user or imported articles', async () => {
    const db = freshDb();
    const v1 = bundledPack();
    const eventId = v1.events[0]!.id;
    await seedBundledCorpus(db, v1);
    const user = readerArticle('same-call-paraphrase');
    await addUserArticle(db, user, { eventId });
    const imported = readerArticle('riyadh-talks-2025-02-18', 'imported');
    await db.articles.put(articleRow(imported, 'e-imported'));
    await db.events.put({ id: 'e-imported', title: 'Riyadh', date: '2025-02-18' });

    const dropped = idOfSeed(v1, '000');
    const retitled = idOfSeed(v1, '001');
    const v2 = packWithout(v1, dropped);
    v2.articles = v2.articles.map((a) => (a.id === retitled ? { ...a, title: 'A new title' } : a));
    // The new pack also ships the reader's article, under the same id: the reader's copy stays theirs.
    v2.articles.push({ ...user, title: 'Bundled title', origin: 'bundled' });
    v2.events = v2.events.map((e) => ({ ...e, articleIds: [...e.articleIds, user.id] }));

    expect(await seedBundledCorpus(db, v2)).toEqual({ added: 0, updated: 1, removed: 1 });
    expect(await db.articles.get(dropped)).toBeUndefined();
    expect((await db.articles.get(retitled))!.title).toBe('A new title');
    expect(await db.articles.get(user.id)).toEqual(articleRow(user, eventId));
    expect(await db.articles.get(imported.id)).toEqual(articleRow(imported, 'e-imported'));
    expect(await db.events.get('e-imported')).toBeDefined();
    const event = (await loadCorpus(db)).events.find((e) => e.id === eventId)!;
    expect(event.articleIds).toHaveLength(5);
    expect(event.articleIds).toContain(user.id);
    expect(event.articleIds).not.toContain(dropped);
  });

  it('removes an event its bundled articles all left, unless the reader put an article in it', async () => {
    const v1 = bundledPack();
    const oldEvent = v1.events[0]!.id;
    const kept = v1.articles[0]!;
    // v2: one seed, moved into an event of its own; the other four are gone.
    const v2: CorpusPack = { ...v1, articles: [kept], events: [{ id: 'e-moved', title: 'Moved', date: kept.date, articleIds: [kept.id] }] };

    const plain = freshDb();
    await seedBundledCorpus(plain, v1);
    expect(await seedBundledCorpus(plain, v2)).toEqual({ added: 0, updated: 1, removed: 4 });
    expect((await loadCorpus(plain)).events.map((e) => e.id)).toEqual(['e-moved']);
    expect(await plain.events.get(oldEvent)).toBeUndefined();

    const withReader = freshDb();
    await seedBundledCorpus(withReader, v1);
    const user = readerArticle('same-call-paraphrase');
    await addUserArticle(withReader, user, { eventId: oldEvent });
    await seedBundledCorpus(withReader, v2);
    const events = (await loadCorpus(withReader)).events;
    expect(events.find((e) => e.id === oldEvent)?.articleIds).toEqual([user.id]);
  });

  it('refuses a pack whose article belongs to no event, naming the article, and writes nothing', async () => {
    const db = freshDb();
    const pack = bundledPack();
    const orphan = pack.articles[0]!.id;
    await expect(seedBundledCorpus(db, { ...pack, events: [] })).rejects.toThrow(`bundled corpus: article "${orphan}" belongs to no event`);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('the loaded corpus in the engine', () => {
  it('recognises a seed as itself and compares it with the other four outlets of its event', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, pack);
    const index = buildCorpusIndex(await loadCorpus(db));
    const result = compareArticle(seedInput('003'), index);
    expect(result.article.corpusId).toBe(idOfSeed(pack, '003'));
    expect(result.event?.id).toBe(pack.events[0]!.id);
    expect(result.event?.relation).toBe('same');
    expect(result.event!.articles).toHaveLength(4);
  });

  it('matches a seed not in the database to the event of the other four', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, packWithout(pack, idOfSeed(pack, '002')));
    const result = compareArticle(seedInput('002'), buildCorpusIndex(await loadCorpus(db)));
    expect(result.article.corpusId).toBeNull();
    expect(result.event?.relation).toBe('same');
    expect(result.event!.articles).toHaveLength(4);
  });

  it('compares an added reader article with the event it was put in', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, pack);
    const user = readerArticle('same-call-paraphrase');
    await addUserArticle(db, user, { eventId: pack.events[0]!.id });
    const result = compareArticle(fixtureArticle('same-call-paraphrase', '2025-02-12'), buildCorpusIndex(await loadCorpus(db)));
    expect(result.article.corpusId).toBe(user.id);
    expect(result.event?.id).toBe(pack.events[0]!.id);
    expect(result.event!.articles).toHaveLength(5);
  });
});

describe('adding the reader\'s articles', () => {
  it('adds into an existing event, as origin user whatever the caller said', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, pack);
    const article = { ...readerArticle('same-call-paraphrase'), origin: 'bundled' as const };
    expect(await addUserArticle(db, article, { eventId: pack.events[0]!.id })).toEqual({ eventId: pack.events[0]!.id, added: true });
    expect(await db.articles.get(article.id)).toMatchObject({ origin: 'user', eventId: pack.events[0]!.id, outletName: 'Example' });
  });

  it('creates the new event it is given, with the article as its only member', async () => {
    const db = freshDb();
    await seedBundledCorpus(db, bundledPack());
    const article = readerArticle('unrelated-bahn-strike');
    const newEvent: CorpusEvent = { id: 'e-strike', title: 'Bahnstreik', date: '2025-02-12', articleIds: ['ignored'] };
    expect(await addUserArticle(db, article, { newEvent })).toEqual({ eventId: 'e-strike', added: true });
    const loaded = await loadCorpus(db);
    expect(loaded.events.find((e) => e.id === 'e-strike')).toEqual({ ...newEvent, articleIds: [article.id] });
    expect(loaded.articles.find((a) => a.id === article.id)).toEqual(article);
  });

  it('gives a new event whose id another event holds the founding article\'s next id, never joining that event', async () => {
    // The article founded this event once and left it; another article is in it now.
    const db = freshDb();
    const article = readerArticle('unrelated-bahn-strike');
    const other = readerArticle('same-call-paraphrase');
    const heldId = eventIdFor(article.id);
    await addUserArticle(db, other, { newEvent: { id: heldId, title: 'Held', date: '2025-02-12', articleIds: [other.id] } });
    const newEvent: CorpusEvent = { id: heldId, title: 'Bahnstreik', date: '2025-02-12', articleIds: [article.id] };
    expect(await addUserArticle(db, article, { newEvent })).toEqual({ eventId: eventIdFor(article.id, 1), added: true });
    expect(await db.events.get(eventIdFor(article.id, 1))).toEqual({ id: eventIdFor(article.id, 1), title: 'Bahnstreik', date: '2025-02-12' });
    expect(await db.events.get(heldId)).toEqual({ id: heldId, title: 'Held', date: '2025-02-12' });
    expect((await db.articles.where('eventId').equals(heldId).toArray()).map((a) => a.id)).toEqual([other.id]);
  });

  it('keeps an article already stored under the same id, and reports its event', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, pack);
    const seed = pack.articles[0]!;
    const revision = await corpusRevision(db);
    const again = { ...seed, title: 'Other title', origin: 'user' as const };
    const newEvent: CorpusEvent = { id: 'e-new', title: 'New', date: null, articleIds: [] };
    expect(await addUserArticle(db, again, { newEvent })).toEqual({ eventId: pack.events[0]!.id, added: false });
    expect(await db.articles.get(seed.id)).toMatchObject({ title: seed.title, origin: 'bundled' });
    expect(await db.events.get('e-new')).toBeUndefined();
    expect(await corpusRevision(db)).toBe(revision);
  });

  it('refuses an unknown event, naming it, and writes nothing', async () => {
    const db = freshDb();
    const article = readerArticle('same-call-paraphrase');
    const error = await addUserArticle(db, article, { eventId: 'e-nowhere' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusDbError);
    expect(error).toMatchObject({ code: 'not-found', message: expect.stringContaining('event "e-nowhere"') });
    expect(await db.articles.count()).toBe(0);
    expect(await corpusRevision(db)).toBe(0);
  });

  it('refuses an article whose URL is not http(s)', async () => {
    const db = freshDb();
    const article = { ...readerArticle('same-call-paraphrase'), url: 'javascript:alert(1)' };
    const error = await addUserArticle(db, article, { eventId: 'e-x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid', message: expect.stringContaining('"url" is not an http(s) address') });
  });
});

describe('the corpus revision', () => {
  it('starts at 0 and is bumped by every write, never by a no-op', async () => {
    const db = freshDb();
    const pack = bundledPack();
    expect(await corpusRevision(db)).toBe(0);
    await seedBundledCorpus(db, pack);
    expect(await corpusRevision(db)).toBe(1);
    await seedBundledCorpus(db, pack);
    expect(await corpusRevision(db)).toBe(1);
    const user = readerArticle('same-call-paraphrase');
    await addUserArticle(db, user, { eventId: pack.events[0]!.id });
    expect(await corpusRevision(db)).toBe(2);
    await addUserArticle(db, user, { eventId: pack.events[0]!.id });
    expect(await corpusRevision(db)).toBe(2);
    await seedBundledCorpus(db, packWithout(pack, idOfSeed(pack, '004')));
    expect(await corpusRevision(db)).toBe(3);
    expect((await loadCorpus(db)).revision).toBe(3);
  });
});

describe('database errors', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it.each([
    ['thrown as it is', () => quota()],
    ['wrapped in a Dexie AbortError (inner)', () => new Dexie.AbortError('Transaction aborted', quota())],
    ['wrapped as a cause', () => new Error('write failed', { cause: quota() })],
    ['inside a BulkError', () => new Dexie.BulkError('bulkPut failed', { 0: quota() })],
  ])('a full disk is reported as quota when %s, and the seeding is rolled back', async (_how, makeError) => {
    const db = freshDb();
    vi.spyOn(db.articles, 'bulkPut').mockImplementation(() => Dexie.Promise.reject(makeError()));
    const error = await seedBundledCorpus(db, bundledPack()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusDbError);
    expect(error).toMatchObject({ code: 'quota', message: expect.stringContaining('seed the bundled corpus') });
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(0);
    expect(await corpusRevision(db)).toBe(0);
  });

  it('a full disk while adding an article is reported as quota', async () => {
    const db = freshDb();
    const pack = bundledPack();
    await seedBundledCorpus(db, pack);
    vi.spyOn(db.articles, 'put').mockImplementation(() => { throw new Error('outer', { cause: quota() }); });
    const article = readerArticle('same-call-paraphrase');
    await expect(addUserArticle(db, article, { eventId: pack.events[0]!.id })).rejects.toMatchObject({ code: 'quota' });
  });

  it('tells an unusable database from other failures, naming what was being done', () => {
    expect(toCorpusDbError('load the corpus', new Dexie.MissingAPIError())).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/^could not load the corpus: the corpus database cannot be opened \(MissingAPIError/),
    });
    expect(toCorpusDbError('load the corpus', new Dexie.OpenFailedError(new DOMException('blocked', 'UnknownError')))).toMatchObject({ code: 'unavailable' });
    expect(toCorpusDbError('load the corpus', new Dexie.ConstraintError('Key already exists'))).toMatchObject({
      code: 'failed',
      message: 'could not load the corpus: ConstraintError: Key already exists',
    });
  });
});
