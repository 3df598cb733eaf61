import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCorpusAdmin } from '../../src/db/admin/corpus-admin';
import { bundledPack } from '../../src/db/bundled-pack';
import type { CorpusAdmin, ImportProgress } from '../../src/db/corpus-admin-api';
import { CorpusDbError } from '../../src/db/corpus-db-error';
import { corpusRevision, loadCorpus, loadUserLexicon, seedBundledCorpus } from '../../src/db/corpus-store';
import { BUNDLED_HASH_KEY, REVISION_KEY } from '../../src/db/meta';
import { articleRow } from '../../src/db/rows';
import { openCorpusDb, type ArticleRow, type ParallaxDb } from '../../src/db/schema';
import { CORPUS_FORMAT, CORPUS_VERSION, CorpusPackError, describeProblem, type CorpusPack } from '../../src/engine/corpus/pack-format';
import { articleIdFor } from '../../src/engine/corpus/seed-manifest';
import { bundledLexicon, mergeLexicons, type Lexicon } from '../../src/engine/framing/lexicon';
import { hash64 } from '../../src/engine/text/hash';
import type { CorpusArticle } from '../../src/engine/types';
import { deleteFreshDbs, freshDb as freshDbNamed, trackDb } from '../helpers/fresh-db';
import { fixtureArticle } from '../helpers/seeds';

const freshDb = () => freshDbNamed('parallax-admin');

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshDbs();
});


async function seeded(): Promise<{ db: ParallaxDb; admin: CorpusAdmin; pack: CorpusPack }> {
  const db = freshDb();
  const pack = bundledPack();
  await seedBundledCorpus(db, pack);
  return { db, admin: createCorpusAdmin(db), pack };
}

function article(id: string, extra: Partial<CorpusArticle> = {}): CorpusArticle {
  return {
    id,
    title: `Title ${id}`,
    text: `Der Text des Artikels ${id}. Er hat zwei Sätze.`,
    url: `https://example.org/${id}`,
    outlet: { name: 'Der Bote', known: 'stated', evidence: ['named in the imported record'] },
    date: '2025-03-01',
    language: 'de',
    origin: 'imported',
    ...extra,
  };
}

function fixture(name: string, date = '2025-02-12'): CorpusArticle {
  const input = fixtureArticle(name, date);
  return {
    id: articleIdFor(input.text, { outlet: 'Example', url: `https://example.org/${name}` }),
    title: input.title,
    text: input.text,
    url: `https://example.org/${name}`,
    outlet: { name: 'Example', known: 'stated', evidence: ['named on the page'] },
    date,
    language: 'de',
    origin: 'user',
  };
}

const packOf = (articles: unknown[], events: unknown[] = [], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: CORPUS_FORMAT, version: CORPUS_VERSION, articles, events, ...extra });

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

async function importText(admin: CorpusAdmin, source: string, text: string) {
  return admin.applyImport(await admin.planImport(source, text));
}

async function everything(db: ParallaxDb) {
  const [articles, events] = await Promise.all([db.articles.toArray(), db.events.toArray()]);
  return { articles, events };
}

describe('schema version 2', () => {
  /** The version 1 schema exactly as the old code declared it. */
  class Version1Db extends Dexie {
    constructor(name: string) {
      super(name);
      this.version(1).stores({ articles: 'id, eventId, origin, date, outletName, url', events: 'id, date', meta: 'key' });
    }
  }

  it('upgrades a version 1 database without losing a row: articles gain placedByReader false, nothing else changes', async () => {
    const name = `parallax-admin-v1-${process.pid}-${Date.now()}`;
    const pack = bundledPack();
    const old = new Version1Db(name);
    const eventId = pack.events[0]!.id;
    // Rows as the old articleRow wrote them: no placedByReader.
    const oldRows = pack.articles.map((a) => ({ ...a, eventId, outletName: a.outlet.name }));
    await old.table('articles').bulkPut(oldRows);
    await old.table('events').bulkPut(pack.events.map(({ articleIds: _ids, ...e }) => e));
    await old.table('meta').bulkPut([{ key: REVISION_KEY, value: 7 }, { key: BUNDLED_HASH_KEY, value: 'h-1' }]);
    old.close();

    const db = trackDb(openCorpusDb(name));
    await db.open();
    expect(db.verno).toBe(4);
    expect(byId(await db.articles.toArray())).toEqual(byId(oldRows.map((r) => ({ ...r, placedByReader: false }))));
    expect(await db.events.toArray()).toEqual(pack.events.map(({ articleIds: _ids, ...e }) => e));
    expect(await db.meta.toArray()).toEqual([{ key: BUNDLED_HASH_KEY, value: 'h-1' }, { key: REVISION_KEY, value: 7 }]);
    expect(await db.trash.count()).toBe(0);
    expect(await db.lexicons.count()).toBe(0);
    const corpus = await loadCorpus(db);
    expect(byId(corpus.articles)).toEqual(byId(pack.articles));
    expect(corpus.revision).toBe(7);
    // Indexes survive the upgrade.
    expect(await db.articles.where('outletName').equals('RT DE').count()).toBe(1);
  });
});

describe('overview and the articles list', () => {
  async function withSome() {
    const { db, admin, pack } = await seeded();
    await importText(admin, 'some.json', packOf([
      article('x1', { title: 'Hafen wird ausgebaut', date: '2025-03-01', outlet: { name: 'Kurier', known: 'stated', evidence: [] } }),
      article('x2', { title: 'Neue Brücke', date: '2025-03-02', url: 'https://kurier.example/BRUECKE' }),
      article('x3', { title: 'Ohne Datum', date: null, outlet: { name: null, known: 'unknown', evidence: [] } }),
    ], [
      { id: 'e-port', title: 'Hafen', date: '2025-03-01', articleIds: ['x1', 'x2'] },
      { id: 'e-none', title: 'Undatiert', date: null, articleIds: ['x3'] },
    ]));
    return { db, admin, pack };
  }

  it('summarises events (newest first, undated last), articles and outlets', async () => {
    const { admin, pack } = await withSome();
    const overview = await admin.overview();
    expect(overview.articleCount).toBe(8);
    expect(overview.events.map((e) => [e.id, e.articleCount])).toEqual([['e-port', 2], [pack.events[0]!.id, 5], ['e-none', 1]]);
    expect(overview.events[0]!.outlets).toEqual(['Der Bote', 'Kurier']);
    expect(overview.outlets).toEqual(['APA – Austria Presse Agentur (apa.at)', 'Der Bote', 'Junge Freiheit', 'Kurier', 'RT DE']);
    expect(overview.outletCount).toBe(5);
  });

  it('searches title, outlet and URL case-insensitively and filters by outlet, no outlet, event, origin and dates', async () => {
    const { admin, pack } = await withSome();
    const ids = async (query: Partial<Parameters<CorpusAdmin['listArticles']>[0]>) =>
      (await admin.listArticles({ page: 0, pageSize: 50, ...query })).rows.map((r) => r.id).sort();
    expect(await ids({ search: 'HAFEN' })).toEqual(['x1']);
    expect(await ids({ search: 'kurier' })).toEqual(['x1', 'x2']); // outlet of one, URL of the other
    expect(await ids({ search: 'brueck' })).toEqual(['x2']);
    expect(await ids({ outlet: 'Kurier' })).toEqual(['x1']);
    expect(await ids({ outlet: null })).toEqual([...pack.articles.filter((a) => a.outlet.name === null).map((a) => a.id), 'x3'].sort());
    expect(await ids({ eventId: 'e-port' })).toEqual(['x1', 'x2']);
    expect(await ids({ origin: 'bundled' })).toEqual(pack.articles.map((a) => a.id).sort());
    expect(await ids({ dateFrom: '2025-03-02' })).toEqual(['x2']);
    expect(await ids({ dateFrom: '2025-02-13', dateTo: '2025-03-01' })).toEqual(['x1']);
    expect(await ids({ search: 'nothing like this' })).toEqual([]);
  });

  it('sorts by every key in both directions, missing values last, and pages with the total', async () => {
    const { admin } = await withSome();
    const list = (key: 'date' | 'title' | 'outlet' | 'origin' | 'event', descending: boolean) =>
      admin.listArticles({ page: 0, pageSize: 50, sort: { key, descending } }).then((p) => p.rows);
    const byDate = await list('date', true);
    expect(byDate.slice(0, 2).map((r) => r.id)).toEqual(['x2', 'x1']);
    expect(byDate.at(-1)!.id).toBe('x3');
    expect((await list('date', false)).at(-1)!.id).toBe('x3');
    // Bundled articles stored without a title are listed by the title the engine derives from their text.
    const titles = (await list('title', false)).map((r) => r.title).filter((t) => ['Hafen wird ausgebaut', 'Neue Brücke', 'Ohne Datum'].includes(t));
    expect(titles).toEqual(['Hafen wird ausgebaut', 'Neue Brücke', 'Ohne Datum']);
    expect((await list('title', false)).every((r) => r.title.length > 0)).toBe(true);
    expect((await list('title', true)).map((r) => r.title).filter((t) => titles.includes(t))).toEqual([...titles].reverse());
    const outlets = (await list('outlet', true)).map((r) => r.outlet);
    expect(outlets.slice(0, 2)).toEqual(['RT DE', 'Kurier']);
    expect(outlets.slice(-3)).toEqual([null, null, null]);
    expect((await list('origin', false))[0]!.origin).toBe('bundled');
    expect((await list('event', false))[0]!.eventTitle).toBe('Hafen');
    const page1 = await admin.listArticles({ page: 1, pageSize: 3, sort: { key: 'date', descending: true } });
    expect(page1.total).toBe(8);
    expect(page1.rows.map((r) => r.id)).toEqual(byDate.slice(3, 6).map((r) => r.id));
    expect((await admin.listArticles({ page: 5, pageSize: 3 })).rows).toEqual([]);
    await expect(admin.listArticles({ page: -1, pageSize: 3 })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('gives summaries without texts, and sees every write at once (the cache follows the revision)', async () => {
    const { admin, db } = await withSome();
    const [row] = (await admin.listArticles({ page: 0, pageSize: 1, search: 'hafen' })).rows;
    expect(row).toEqual({
      id: 'x1', title: 'Hafen wird ausgebaut', outlet: 'Kurier', outletKnown: 'stated', date: '2025-03-01', language: 'de',
      origin: 'imported', eventId: 'e-port', eventTitle: 'Hafen', placedByReader: false,
    });
    await admin.updateArticle('x1', { title: 'Hafen wird doch nicht ausgebaut' });
    expect((await admin.listArticles({ page: 0, pageSize: 5, search: 'doch nicht' })).rows.map((r) => r.id)).toEqual(['x1']);
    // A write by another context (the background) is seen too.
    await db.transaction('rw', db.articles, db.meta, async () => {
      await db.articles.put(articleRow(article('x9', { title: 'Aus dem Hintergrund' }), 'e-port'));
      await db.meta.put({ key: REVISION_KEY, value: (await corpusRevision(db)) + 1 });
    });
    expect((await admin.listArticles({ page: 0, pageSize: 5, search: 'hintergrund' })).total).toBe(1);
    expect((await admin.overview()).articleCount).toBe(9);
  });
});

describe('reading and editing one article', () => {
  it('gets an article with its event and placement, and undefined for an unknown id', async () => {
    const { admin, pack } = await seeded();
    const seed = pack.articles[0]!;
    expect(await admin.getArticle(seed.id)).toEqual({ ...seed, eventId: pack.events[0]!.id, placedByReader: false });
    expect(await admin.getArticle('a-nothing')).toBeUndefined();
  });

  it('updates fields, keeps the id and the event, re-indexes the outlet, and bumps the revision', async () => {
    const { admin, db, pack } = await seeded();
    const seed = pack.articles[0]!;
    const revision = await corpusRevision(db);
    await admin.updateArticle(seed.id, { title: 'Edited', outlet: { name: 'Neues Blatt', known: 'inferred', evidence: ['the masthead'] }, date: '2025-02-13', url: null });
    const row = await db.articles.get(seed.id);
    expect(row).toMatchObject({ id: seed.id, title: 'Edited', outletName: 'Neues Blatt', date: '2025-02-13', url: null, eventId: pack.events[0]!.id, origin: 'bundled' });
    expect(await db.articles.where('outletName').equals('Neues Blatt').primaryKeys()).toEqual([seed.id]);
    expect(await corpusRevision(db)).toBe(revision + 1);
    await admin.updateArticle(seed.id, { title: 'Edited' });
    expect(await corpusRevision(db)).toBe(revision + 1); // no change, no write
  });

  it('refuses an invalid patch and an unknown article in words, writing nothing', async () => {
    const { admin, db, pack } = await seeded();
    const id = pack.articles[0]!.id;
    const before = await everything(db);
    await expect(admin.updateArticle(id, { url: 'javascript:alert(1)' })).rejects.toMatchObject({
      code: 'invalid', message: `could not update article "${id}": the article "url" is not an http(s) address: javascript:alert(1)`,
    });
    await expect(admin.updateArticle(id, { text: '  ' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('has no "text"') });
    await expect(admin.updateArticle(id, { date: '13.02.2025' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(admin.updateArticle('a-nothing', { title: 'x' })).rejects.toMatchObject({ code: 'not-found', message: 'could not update article "a-nothing": it is not in the corpus' });
    expect(await everything(db)).toEqual(before);
  });
});

describe('moving an article', () => {
  it('moves into another event, marks it placed by the reader, and drops the event it left empty', async () => {
    const { admin, db } = await seeded();
    await importText(admin, 'two.json', packOf([article('x1'), article('x2')], [
      { id: 'e-one', title: 'One', date: '2025-03-01', articleIds: ['x1'] },
      { id: 'e-two', title: 'Two', date: '2025-03-01', articleIds: ['x2'] },
    ]));
    expect(await admin.moveArticle('x1', { eventId: 'e-two' })).toEqual({ eventId: 'e-two' });
    expect(await db.articles.get('x1')).toMatchObject({ eventId: 'e-two', placedByReader: true });
    expect(await db.events.get('e-one')).toBeUndefined();
    expect((await admin.listArticles({ page: 0, pageSize: 10, eventId: 'e-two' })).rows.map((r) => [r.id, r.placedByReader])).toEqual([['x1', true], ['x2', false]]);
  });

  it('starts a new event named after the article: "e-" and 12 hex of a hash, its title and date', async () => {
    const { admin, db, pack } = await seeded();
    // Not the article that founded the bundled event (whose own id that event already has).
    const seed = pack.articles.find((a) => `e-${hash64(a.id).slice(0, 12)}` !== pack.events[0]!.id)!;
    const { eventId } = await admin.moveArticle(seed.id, { newEvent: true });
    expect(eventId).toMatch(/^e-[0-9a-f]{12}$/);
    expect(eventId).toBe(`e-${hash64(seed.id).slice(0, 12)}`);
    // Bundled articles have no title: the event takes the engine's title for the text.
    const event = await db.events.get(eventId);
    expect(event).toMatchObject({ id: eventId, date: seed.date });
    expect(event!.title.length).toBeGreaterThan(10);
    expect(await db.articles.get(seed.id)).toMatchObject({ eventId, placedByReader: true });
    expect((await loadCorpus(db)).events.find((e) => e.id === pack.events[0]!.id)!.articleIds).toHaveLength(4);
  });

  it('gives the founding article of an event that keeps other articles a new event of another id', async () => {
    const { admin, db, pack } = await seeded();
    const founder = pack.articles.find((a) => `e-${hash64(a.id).slice(0, 12)}` === pack.events[0]!.id)!;
    const { eventId } = await admin.moveArticle(founder.id, { newEvent: true });
    expect(eventId).toMatch(/^e-[0-9a-f]{12}$/);
    expect(eventId).not.toBe(pack.events[0]!.id);
    expect((await loadCorpus(db)).events.map((e) => [e.id, e.articleIds.length]).sort()).toEqual([[eventId, 1], [pack.events[0]!.id, 4]].sort());
  });

  it('gives a second new event another id when the first is still taken', async () => {
    const { admin, db } = await seeded();
    await importText(admin, 'x.json', packOf([article('x1'), article('x2')], [{ id: `e-${hash64('x1').slice(0, 12)}`, title: 'Founded by x1', date: null, articleIds: ['x1', 'x2'] }]));
    const { eventId } = await admin.moveArticle('x1', { newEvent: true });
    expect(eventId).not.toBe(`e-${hash64('x1').slice(0, 12)}`);
    expect(await db.events.get(eventId)).toEqual({ id: eventId, title: 'Title x1', date: '2025-03-01' });
    expect(await db.events.get(`e-${hash64('x1').slice(0, 12)}`)).toMatchObject({ title: 'Founded by x1' });
  });

  it('refuses an unknown article or event, writing nothing', async () => {
    const { admin, db, pack } = await seeded();
    const revision = await corpusRevision(db);
    await expect(admin.moveArticle('a-nothing', { newEvent: true })).rejects.toMatchObject({ code: 'not-found', message: 'could not move article "a-nothing": it is not in the corpus' });
    await expect(admin.moveArticle(pack.articles[0]!.id, { eventId: 'e-nowhere' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('event "e-nowhere" is not in the corpus') });
    expect(await corpusRevision(db)).toBe(revision);
  });

  it('survives seeding a changed bundled pack: the article takes the new content but stays where the reader put it', async () => {
    const { admin, db, pack } = await seeded();
    const moved = pack.articles[2]!;
    const { eventId } = await admin.moveArticle(moved.id, { newEvent: true });
    const v2: CorpusPack = { ...pack, articles: pack.articles.map((a) => ({ ...a, title: `v2 ${a.id}` })) };
    expect(await seedBundledCorpus(db, v2)).toEqual({ added: 0, updated: 5, removed: 0 });
    expect(await db.articles.get(moved.id)).toMatchObject({ title: `v2 ${moved.id}`, eventId, placedByReader: true });
    expect(await db.events.get(eventId)).toBeDefined();
    expect((await loadCorpus(db)).events.find((e) => e.id === pack.events[0]!.id)!.articleIds).not.toContain(moved.id);
  });

  it('survives an import that updates the article: its content changes, its event does not', async () => {
    const { admin, db } = await seeded();
    await importText(admin, 'a.json', packOf([article('x1'), article('x2')], [{ id: 'e-a', title: 'A', date: null, articleIds: ['x1', 'x2'] }]));
    const { eventId } = await admin.moveArticle('x1', { newEvent: true });
    const result = await importText(admin, 'b.json', packOf([article('x1', { title: 'Updated' })], [{ id: 'e-a', title: 'A', date: null, articleIds: ['x1'] }]));
    expect(result).toMatchObject({ added: 0, updated: 1 });
    expect(await db.articles.get('x1')).toMatchObject({ title: 'Updated', eventId, placedByReader: true });
  });
});

describe('adding an article', () => {
  it('places a report of the bundled event in it, as the reader\'s own, with an id from its text, outlet and address', async () => {
    const { admin, db, pack } = await seeded();
    const input = { ...fixture('same-call-paraphrase'), id: 'whatever', origin: 'imported' as const };
    const result = await admin.addArticle(input);
    expect(result).toEqual({ articleId: articleIdFor(input.text, { outlet: input.outlet.name, url: input.url }), eventId: pack.events[0]!.id, added: true });
    expect(await db.articles.get(result.articleId)).toMatchObject({ origin: 'user', eventId: pack.events[0]!.id, placedByReader: false });
  });

  it('starts a new event for an unrelated article, and keeps the stored one when the same text comes again', async () => {
    const { admin, db } = await seeded();
    const strike = fixture('unrelated-bahn-strike');
    const first = await admin.addArticle(strike);
    expect(first).toEqual({ articleId: strike.id, eventId: `e-${hash64(strike.id).slice(0, 12)}`, added: true });
    expect(await db.events.get(first.eventId)).toEqual({ id: first.eventId, title: strike.title, date: strike.date });
    const revision = await corpusRevision(db);
    expect(await admin.addArticle({ ...strike, title: 'Other title' })).toEqual({ ...first, added: false });
    expect(await corpusRevision(db)).toBe(revision);
  });

  it('places another outlet\'s word-for-word copy of a stored article in that article\'s event, as the sidebar\'s keep does', async () => {
    const { admin } = await seeded();
    const strike = fixture('unrelated-bahn-strike');
    const original = await admin.addArticle(strike);
    const reprint = { ...strike, outlet: { name: 'Der Nachdruck', known: 'stated' as const, evidence: [] }, url: 'https://nachdruck.example/streik' };
    const result = await admin.addArticle(reprint);
    expect(result).toEqual({ articleId: articleIdFor(reprint.text, { outlet: 'Der Nachdruck', url: reprint.url }), eventId: original.eventId, added: true });
    expect(result.articleId).not.toBe(original.articleId);
  });

  it('recognises the same text stored under another id (an import)', async () => {
    const { admin } = await seeded();
    const strike = fixture('unrelated-bahn-strike');
    await importText(admin, 'x.jsonl', JSON.stringify({ ...strike, id: 'imported-strike', origin: undefined }));
    expect(await admin.addArticle(strike)).toMatchObject({ articleId: 'imported-strike', added: false });
  });

  it('refuses an article without text or with a script URL, in words', async () => {
    const { admin } = await seeded();
    await expect(admin.addArticle({ ...fixture('unrelated-bahn-strike'), text: ' ' })).rejects.toMatchObject({ code: 'invalid', message: 'could not add the article "Lokführer legen Fernverkehr lahm": it has no "text"' });
    await expect(admin.addArticle({ ...fixture('unrelated-bahn-strike'), url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('"url" is not an http(s) address') });
  });
});

describe('planning an import', () => {
  it('classifies a pack\'s records: added, updated, duplicates by id and by text, invalid; events restricted to the added', async () => {
    const { admin, db, pack } = await seeded();
    const seed = pack.articles[0]!;
    const before = await everything(db);
    const text = packOf([
      article('new-1'),
      { ...seed, title: 'A changed title' },
      pack.articles[1]!, // unchanged: a duplicate even with another origin
      { ...pack.articles[2]!, origin: 'imported' },
      { ...pack.articles[3]!, id: 'same-text-other-id' },
      { id: 'bad', title: 'no text' },
      article('new-2', { text: article('new-1').text.toUpperCase() }), // the same folded text as new-1
    ], [
      { id: 'e-new', title: 'New', date: '2025-03-01', articleIds: ['new-1', seed.id] },
      { id: 'e-broken', title: 'Broken', date: null, articleIds: ['missing'] },
    ]);
    const plan = await admin.planImport('mixed.json', text);
    expect(plan.format).toBe('pack');
    expect(plan.source).toBe('mixed.json');
    expect(plan.added.map((a) => a.id)).toEqual(['new-1']);
    expect(plan.added[0]!.origin).toBe('imported');
    expect(plan.updated.map((a) => [a.id, a.title])).toEqual([[seed.id, 'A changed title']]);
    expect(plan.duplicates.map((d) => [d.article.id, d.existingId])).toEqual([
      [pack.articles[1]!.id, pack.articles[1]!.id],
      [pack.articles[2]!.id, pack.articles[2]!.id],
      ['same-text-other-id', pack.articles[3]!.id],
      ['new-2', 'new-1'],
    ]);
    expect(plan.invalid.map(describeProblem)).toEqual([
      'record 6 ("id": "bad") has no "text"',
      'event 2 ("id": "e-broken") names article "missing", which the pack does not contain',
    ]);
    expect(plan.events).toEqual([{ id: 'e-new', title: 'New', date: '2025-03-01', articleIds: ['new-1'] }]);
    expect(await everything(db)).toEqual(before);
  });

  it('adds the same text printed by another named outlet: a reprint, not a duplicate', async () => {
    const { admin, pack } = await seeded();
    const named = pack.articles.find((a) => a.outlet.name !== null)!;
    const anonymous = pack.articles.find((a) => a.outlet.name === null)!;
    const other = { name: 'Ein anderes Blatt', known: 'stated', evidence: [] };
    const plan = await admin.planImport('reprints.json', packOf([
      { ...named, id: 'reprint', outlet: other },
      { ...named, id: 'same-outlet', outlet: { ...named.outlet, evidence: ['another note'] } },
      { ...anonymous, id: 'named-now', outlet: other },
      { ...article('r1'), id: 'r1' },
      { ...article('r1'), id: 'r1-unknown-outlet', outlet: null },
      { ...article('r1'), id: 'r1-elsewhere', outlet: other },
    ]));
    expect(plan.added.map((a) => a.id)).toEqual(['reprint', 'r1', 'r1-elsewhere']);
    // A duplicate always names an article the corpus holds or the import writes.
    expect(plan.duplicates.map((d) => [d.article.id, d.existingId])).toEqual([
      ['same-outlet', named.id], ['named-now', anonymous.id], ['r1-unknown-outlet', 'r1'],
    ]);
  });

  it('reads JSON Lines, naming a line that is not JSON by its number', async () => {
    const { admin } = await seeded();
    const lines = Array.from({ length: 11 }, (_, i) => JSON.stringify(article(`l${i + 1}`, { text: `Satz Nummer ${i + 1} steht hier.` })));
    lines.push('{"id": "l12", "text": "cut');
    const plan = await admin.planImport('lines.jsonl', lines.join('\n'));
    expect(plan.format).toBe('jsonl');
    expect(plan.added).toHaveLength(11);
    expect(plan.events).toEqual([]);
    expect(plan.invalid).toHaveLength(1);
    expect(describeProblem(plan.invalid[0]!)).toMatch(/^record 12 is not valid JSON \(/);
  });

  it('refuses a corrupt file and a pack of another version with CorpusPackError, before anything is written', async () => {
    const { admin, db } = await seeded();
    const before = await everything(db);
    const revision = await corpusRevision(db);
    const cut = packOf([article('x1'), article('x2')]).slice(0, 80);
    await expect(admin.planImport('cut.json', cut)).rejects.toThrow(CorpusPackError);
    await expect(admin.planImport('cut.json', cut)).rejects.toThrow(/^cut\.json: is a corpus pack that is not valid JSON/);
    await expect(admin.planImport('notes.txt', 'Liebe Leserin,\nhier ist kein JSON.')).rejects.toThrow(/^notes\.txt: is neither a corpus pack nor JSON Lines/);
    await expect(admin.planImport('v3.json', packOf([article('x1')], [], { version: 3 }))).rejects.toThrow('v3.json: has format version 3; this Parallax reads versions 1 and 2');
    await expect(admin.planImport('other.json', JSON.stringify({ format: 'something-else', version: 1, articles: [] }))).rejects.toThrow(/^other\.json: is not a Parallax corpus pack/);
    expect(await everything(db)).toEqual(before);
    expect(await corpusRevision(db)).toBe(revision);
  });

  it('reports reading and validating progress in steps, and yields to the event loop between chunks', async () => {
    const { admin } = await seeded();
    const lines = Array.from({ length: 1_200 }, (_, i) => JSON.stringify(article(`p${i}`, { text: `Artikel ${i} mit eigenem Text.` })));
    const progress: ImportProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await admin.planImport('many.jsonl', lines.join('\n'), (p) => progress.push({ ...p }));
    } finally {
      clearInterval(timer);
    }
    const reading = progress.filter((p) => p.phase === 'reading');
    const validating = progress.filter((p) => p.phase === 'validating');
    expect(reading.at(-1)).toEqual({ phase: 'reading', done: 1_200, total: 1_200 });
    expect(validating.map((p) => p.done)).toEqual([0, 500, 1_000, 1_200]);
    expect(progress.findIndex((p) => p.phase === 'validating')).toBeGreaterThan(progress.findLastIndex((p) => p.phase === 'reading'));
    expect(ticks).toBeGreaterThan(2);
  });
});

describe('applying an import', () => {
  it('writes the added and updated articles with their events, once, and says what it did', async () => {
    const { admin, db, pack } = await seeded();
    const revision = await corpusRevision(db);
    const seed = pack.articles[0]!;
    const plan = await admin.planImport('mixed.json', packOf([
      article('n1'), article('n2'), { ...seed, title: 'Changed' }, pack.articles[1]!, { id: 'bad' },
    ], [{ id: 'e-n', title: 'N', date: '2025-03-01', articleIds: ['n1', 'n2'] }]));
    const progress: ImportProgress[] = [];
    expect(await admin.applyImport(plan, (p) => progress.push(p))).toEqual({ added: 2, updated: 1, skipped: 2, eventsCreated: 1 });
    expect(await corpusRevision(db)).toBe(revision + 1);
    expect(await db.articles.get('n1')).toEqual(articleRow(article('n1'), 'e-n'));
    expect(await db.articles.get(seed.id)).toMatchObject({ title: 'Changed', eventId: pack.events[0]!.id, origin: 'bundled' });
    expect(await db.events.get('e-n')).toEqual({ id: 'e-n', title: 'N', date: '2025-03-01' });
    expect(progress.filter((p) => p.phase === 'writing').at(-1)).toEqual({ phase: 'writing', done: 3, total: 3 });
    // Then the term index takes in every article not yet indexed (here the whole seeded corpus as well).
    const indexing = progress.at(-1)!;
    expect(indexing.phase).toBe('indexing');
    expect(indexing.done).toBe(indexing.total);
    expect(await db.indexedDocs.count()).toBe(await db.articles.count());
  });

  it('places articles no event holds with the engine: the seeds as JSON Lines become one event', async () => {
    const db = freshDb();
    const admin = createCorpusAdmin(db);
    const seeds = bundledPack().articles.map((a) => ({ ...a, origin: undefined }));
    const plan = await admin.planImport('seeds.jsonl', seeds.map((s) => JSON.stringify(s)).join('\n'));
    const progress: ImportProgress[] = [];
    expect(await admin.applyImport(plan, (p) => progress.push(p))).toEqual({ added: 5, updated: 0, skipped: 0, eventsCreated: 1 });
    const corpus = await loadCorpus(db);
    expect(corpus.events).toHaveLength(1);
    expect(corpus.events[0]!.articleIds).toEqual(seeds.map((s) => s.id).sort());
    expect(corpus.events[0]!.id).toBe(bundledPack().events[0]!.id);
    expect(corpus.articles.every((a) => a.origin === 'imported')).toBe(true);
    expect(progress.filter((p) => p.phase === 'placing')).toEqual([{ phase: 'placing', done: 0, total: 5 }, { phase: 'placing', done: 5, total: 5 }]);
    expect(progress.findIndex((p) => p.phase === 'writing')).toBeGreaterThan(progress.findIndex((p) => p.phase === 'placing'));
  });

  it('writes nothing when a bulkPut fails halfway: count, content and revision unchanged', async () => {
    const { admin, db } = await seeded();
    const articles = Array.from({ length: 1_200 }, (_, i) => article(`f${i}`, { text: `Artikel ${i} mit eigenem Text.` }));
    const plan = await admin.planImport('big.json', packOf(articles, [{ id: 'e-f', title: 'F', date: null, articleIds: articles.map((a) => a.id) }]));
    const before = await everything(db);
    const revision = await corpusRevision(db);
    const original = db.articles.bulkPut.bind(db.articles);
    let calls = 0;
    vi.spyOn(db.articles, 'bulkPut').mockImplementation(((rows: ArticleRow[]) => {
      calls++;
      return calls === 2 ? Dexie.Promise.reject(new Error('disk went away')) : original(rows);
    }) as typeof db.articles.bulkPut);
    const progress: ImportProgress[] = [];
    const error = await admin.applyImport(plan, (p) => progress.push(p)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusDbError);
    expect(error).toMatchObject({ code: 'failed', message: 'could not import big.json: Error: disk went away' });
    expect(progress.filter((p) => p.phase === 'writing').map((p) => p.done)).toEqual([0, 500]);
    vi.restoreAllMocks();
    expect(await everything(db)).toEqual(before);
    expect(await corpusRevision(db)).toBe(revision);
  });

  it('reports a full disk as quota', async () => {
    const { admin, db } = await seeded();
    const plan = await admin.planImport('x.json', packOf([article('q1')]));
    vi.spyOn(db.articles, 'bulkPut').mockImplementation(() => Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError')));
    await expect(admin.applyImport(plan)).rejects.toMatchObject({ code: 'quota', message: "could not import x.json: the browser's storage for Parallax is full" });
  });

  it('refuses a plan made before the corpus changed', async () => {
    const { admin, db } = await seeded();
    const plan = await admin.planImport('x.json', packOf([article('s1')]));
    await admin.addArticle(fixture('unrelated-bahn-strike'));
    await expect(admin.applyImport(plan)).rejects.toMatchObject({ code: 'invalid', message: 'could not import x.json: the corpus changed after the file was checked; check it again' });
    expect(await db.articles.get('s1')).toBeUndefined();
  });
});

describe('export', () => {
  it('exports a pack that imports back into the same corpus (export, wipe, import)', async () => {
    const { admin, db } = await seeded();
    await importText(admin, 'more.json', packOf([article('m1'), article('m2', { outlet: { name: null, known: 'unknown', evidence: [] }, date: null, dateNote: 'the event' })], [
      { id: 'e-m', title: 'M', date: '2025-03-01', articleIds: ['m1', 'm2'] },
    ]));
    await admin.addArticle(fixture('unrelated-bahn-strike'));
    await admin.moveArticle('m2', { newEvent: true });
    const original = await loadCorpus(db);

    const text = await admin.exportPack();
    const parsed = JSON.parse(text) as CorpusPack;
    expect(parsed).toMatchObject({ format: CORPUS_FORMAT, version: CORPUS_VERSION, createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });

    const wiped = freshDb();
    const again = createCorpusAdmin(wiped);
    expect(await importText(again, 'export.json', text)).toMatchObject({ added: original.articles.length, updated: 0, skipped: 0 });
    const restored = await loadCorpus(wiped);
    expect(byId(restored.articles)).toEqual(byId(original.articles));
    expect(byId(restored.events)).toEqual(byId(original.events));
  });

  it('round-trips a bundled article the reader moved to a new event (export, reset dropping everything, import)', async () => {
    const { admin, db, pack } = await seeded();
    const seed = pack.articles.find((a) => `e-${hash64(a.id).slice(0, 12)}` !== pack.events[0]!.id)!;
    const { eventId } = await admin.moveArticle(seed.id, { newEvent: true });
    const original = await everything(db);

    const text = await admin.exportPack();
    const exported = JSON.parse(text) as CorpusPack;
    expect(exported.articles.filter((a) => a.placedByReader !== undefined).map((a) => [a.id, a.placedByReader])).toEqual([[seed.id, true]]);
    expect(exported.events.find((e) => e.id === eventId)!.articleIds).toEqual([seed.id]);

    await admin.resetToBundled({ keepOwn: false });
    expect(await db.articles.get(seed.id)).toMatchObject({ eventId: pack.events[0]!.id, placedByReader: false });
    expect(await db.events.get(eventId)).toBeUndefined();

    const plan = await admin.planImport('export.json', text);
    expect(plan.added).toEqual([]);
    expect(plan.updated).toEqual([]);
    expect(plan.moved).toEqual([{ articleId: seed.id, eventId, placedByReader: true }]);
    expect(plan.duplicates.map((d) => d.article.id)).not.toContain(seed.id);
    expect(plan.duplicates).toHaveLength(pack.articles.length - 1);
    expect(plan.events).toEqual([exported.events.find((e) => e.id === eventId)]);
    expect(await admin.applyImport(plan)).toEqual({ added: 0, updated: 1, skipped: pack.articles.length - 1, eventsCreated: 1 });

    expect(await db.articles.get(seed.id)).toMatchObject({ eventId, placedByReader: true });
    const restored = await everything(db);
    expect(byId(restored.articles)).toEqual(byId(original.articles));
    expect(byId(restored.events)).toEqual(byId(original.events));
    // Once more: nothing left to do.
    const second = await admin.planImport('export.json', text);
    expect(second.moved).toEqual([]);
    expect(second.duplicates).toHaveLength(pack.articles.length);
  });

  it('moves an unchanged article to the pack\'s stored event, drops the event it left empty, and never lets an unmarked placement override the reader\'s', async () => {
    const { admin, db } = await seeded();
    const one = { id: 'e-one', title: 'One', date: '2025-03-01', articleIds: ['x1'] };
    const two = { id: 'e-two', title: 'Two', date: '2025-03-01', articleIds: ['x2', 'x3'] };
    await importText(admin, 'three.json', packOf([article('x1'), article('x2'), article('x3')], [one, two]));
    // Unmarked pack placing x1 in e-two: moved, not marked; e-one is left empty and goes.
    const result = await importText(admin, 'again.json', packOf([article('x1')], [{ ...two, articleIds: ['x1'] }]));
    expect(result).toEqual({ added: 0, updated: 1, skipped: 0, eventsCreated: 0 });
    expect(await db.articles.get('x1')).toMatchObject({ eventId: 'e-two', placedByReader: false });
    expect(await db.events.get('e-one')).toBeUndefined();
    expect(await db.events.get('e-two')).toMatchObject({ title: 'Two' });
    // The reader moves x2 to a new event; an unmarked pack putting it back in e-two is a plain duplicate.
    const { eventId } = await admin.moveArticle('x2', { newEvent: true });
    const back = await admin.planImport('back.json', packOf([article('x2')], [two]));
    expect(back.moved).toEqual([]);
    expect(back.duplicates.map((d) => d.existingId)).toEqual(['x2']);
    expect(back.events).toEqual([]);
    // A marked pack placement in the article's own event only sets the mark.
    const mark = await importText(admin, 'mark.json', packOf([{ ...article('x3'), placedByReader: true }], [{ ...two, articleIds: ['x3'] }]));
    expect(mark).toMatchObject({ updated: 1, eventsCreated: 0 });
    expect(await db.articles.get('x3')).toMatchObject({ eventId: 'e-two', placedByReader: true });
    expect(await db.articles.get('x2')).toMatchObject({ eventId, placedByReader: true });
  });

  it('exports chosen articles with their events restricted to them, and names an unknown id', async () => {
    const { admin, pack } = await seeded();
    const chosen = [pack.articles[3]!.id, pack.articles[1]!.id];
    const parsed = JSON.parse(await admin.exportPack(chosen)) as CorpusPack;
    expect(parsed.articles.map((a) => a.id)).toEqual([...chosen].sort());
    expect(parsed.events).toEqual([{ ...pack.events[0]!, articleIds: [...chosen].sort() }]);
    await expect(admin.exportPack(['a-nothing'])).rejects.toMatchObject({ code: 'not-found', message: 'could not export the articles: article "a-nothing" is not in the corpus' });
  });
});

describe('deleting and undoing', () => {
  async function withOutlets() {
    const { db, admin, pack } = await seeded();
    await importText(admin, 'outlets.json', packOf([
      article('k1', { outlet: { name: 'Kurier', known: 'stated', evidence: [] } }),
      article('k2', { outlet: { name: 'Kurier', known: 'stated', evidence: [] } }),
      article('b1'),
    ], [
      { id: 'e-k', title: 'Only Kurier', date: '2025-03-01', articleIds: ['k1', 'k2'] },
      { id: 'e-mixed', title: 'Mixed', date: '2025-03-01', articleIds: ['b1'] },
    ]));
    await admin.moveArticle('k2', { eventId: 'e-mixed' });
    return { db, admin, pack };
  }

  it('deletes an outlet from every table and index, and undo puts back exactly what was there', async () => {
    const { db, admin } = await withOutlets();
    const before = await everything(db);
    const corpusBefore = await loadCorpus(db);
    const overviewBefore = await admin.overview();

    const receipt = await admin.deleteOutlet('Kurier');
    expect(receipt).toEqual({ description: 'outlet "Kurier" (2 articles)', articleCount: 2, eventCount: 1 });
    expect((await admin.listArticles({ page: 0, pageSize: 50, search: 'kurier' })).total).toBe(0);
    expect((await admin.listArticles({ page: 0, pageSize: 50, outlet: 'Kurier' })).total).toBe(0);
    const overview = await admin.overview();
    expect(overview.outlets).not.toContain('Kurier');
    expect(overview.events.map((e) => e.id)).not.toContain('e-k');
    expect(overview.articleCount).toBe(overviewBefore.articleCount - 2);
    const corpus = await loadCorpus(db);
    expect(corpus.articles.map((a) => a.id)).not.toContain('k1');
    expect(corpus.events.find((e) => e.id === 'e-mixed')!.articleIds).toEqual(['b1']);
    expect(await db.events.get('e-k')).toBeUndefined();
    expect(await db.articles.where('outletName').equals('Kurier').count()).toBe(0);

    expect(await admin.undoLastDeletion()).toEqual(receipt);
    expect(await everything(db)).toEqual(before);
    const restored = await loadCorpus(db);
    expect({ ...restored, revision: 0 }).toEqual({ ...corpusBefore, revision: 0 });
    expect(restored.revision).toBeGreaterThan(corpusBefore.revision);
    expect(await admin.overview()).toEqual(overviewBefore);
    expect(await admin.undoLastDeletion()).toBeNull();
  });

  it('deletes an event with its articles, and articles one by one (an emptied event goes), undoing only the last', async () => {
    const { db, admin } = await withOutlets();
    const before = await everything(db);
    expect(await admin.deleteEvent('e-mixed')).toEqual({ description: 'event "Mixed" (2 articles)', articleCount: 2, eventCount: 1 });
    expect(await db.articles.get('b1')).toBeUndefined();
    const afterEvent = await everything(db);
    expect(await admin.deleteArticles(['k1'])).toEqual({ description: 'article "Title k1"', articleCount: 1, eventCount: 1 });
    expect(await db.events.get('e-k')).toBeUndefined();
    await admin.undoLastDeletion();
    expect(await everything(db)).toEqual(afterEvent); // only the last deletion comes back
    expect(await admin.undoLastDeletion()).toBeNull();
    expect((await everything(db)).articles.length).toBe(before.articles.length - 2);
  });

  it('puts an article back into its event even when that event went in the meantime', async () => {
    const { db, admin } = await withOutlets();
    await admin.deleteArticles(['b1']);
    await admin.moveArticle('k2', { eventId: 'e-k' }); // e-mixed is now empty and gone
    expect(await db.events.get('e-mixed')).toBeUndefined();
    await admin.undoLastDeletion();
    expect((await loadCorpus(db)).events.find((e) => e.id === 'e-mixed')!.articleIds).toEqual(['b1']);
  });

  it('names what it cannot delete, and keeps the previous undo', async () => {
    const { admin } = await withOutlets();
    await admin.deleteArticles(['b1']);
    await expect(admin.deleteArticles(['k1', 'a-nothing'])).rejects.toMatchObject({ code: 'not-found', message: 'could not delete 2 articles: article "a-nothing" is not in the corpus' });
    await expect(admin.deleteArticles([])).rejects.toMatchObject({ code: 'invalid' });
    await expect(admin.deleteEvent('e-nowhere')).rejects.toMatchObject({ code: 'not-found', message: 'could not delete event "e-nowhere": it is not in the corpus' });
    await expect(admin.deleteOutlet('Niemand')).rejects.toMatchObject({ code: 'not-found', message: 'could not delete the articles of outlet "Niemand": no article of that outlet is in the corpus' });
    expect(await admin.undoLastDeletion()).toMatchObject({ description: 'article "Title b1"' });
  });
});

describe('resetting to the bundled corpus', () => {
  async function changed() {
    const { db, admin, pack } = await seeded();
    await importText(admin, 'own.json', packOf([article('i1')], [{ id: 'e-i', title: 'I', date: '2025-03-01', articleIds: ['i1'] }]));
    const user = await admin.addArticle(fixture('same-call-paraphrase'));
    await admin.moveArticle(pack.articles[0]!.id, { newEvent: true });
    await admin.updateArticle(pack.articles[1]!.id, { title: 'Edited by the reader' });
    await admin.deleteArticles([pack.articles[2]!.id]);
    return { db, admin, pack, userId: user.articleId };
  }

  it('keeps the reader\'s own and imported articles when asked, and restores every bundled article as shipped', async () => {
    const { db, admin, pack, userId } = await changed();
    await admin.resetToBundled({ keepOwn: true });
    const rows = byId(await db.articles.toArray());
    expect(rows.map((r) => r.id)).toEqual([...pack.articles.map((a) => a.id), 'i1', userId].sort());
    for (const a of pack.articles) expect(await db.articles.get(a.id)).toEqual(articleRow(a, pack.events[0]!.id));
    expect(await db.articles.get(userId)).toMatchObject({ origin: 'user', eventId: pack.events[0]!.id });
    expect(await db.events.get('e-i')).toBeDefined();
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual([pack.events[0]!.id, 'e-i'].sort());
    expect(await admin.undoLastDeletion()).toBeNull();
  });

  it('drops everything else when asked, even when the bundled pack is the one last seeded', async () => {
    const { db, admin, pack } = await changed();
    const revision = await corpusRevision(db);
    await admin.resetToBundled({ keepOwn: false });
    const corpus = await loadCorpus(db);
    expect(byId(corpus.articles)).toEqual(byId(pack.articles));
    expect(corpus.events).toEqual(pack.events.map((e) => ({ ...e, articleIds: [...e.articleIds].sort() })));
    expect(corpus.revision).toBeGreaterThan(revision);
    expect(await db.trash.count()).toBe(0);
  });
});

describe('the reader\'s lexicon', () => {
  const lexicon = (language = 'de'): Lexicon => ({
    format: 'parallax-lexicon',
    version: 1,
    language,
    concepts: [{ id: 'stadtfest', label: 'Naming of the town fair', category: 'event-naming', terms: [{ term: 'Volksfest', note: 'neutral' }, { term: 'Rummel' }] }],
  });

  it('saves one lexicon per language and gives it back, for a regional tag too, to the admin and the background', async () => {
    const { admin, db } = await seeded();
    expect(await admin.userLexicon('de')).toBeNull();
    const revision = await corpusRevision(db);
    await admin.saveUserLexicon(lexicon());
    expect(await corpusRevision(db)).toBe(revision + 1);
    expect(await admin.userLexicon('de')).toEqual(lexicon());
    expect(await admin.userLexicon('de-AT')).toEqual(lexicon());
    expect(await admin.userLexicon('en')).toBeNull();
    expect(await loadUserLexicon(db, 'de')).toEqual(lexicon());
    const merged = mergeLexicons(bundledLexicon('de'), (await loadUserLexicon(db, 'de'))!);
    expect(merged.concepts.at(-1)!.id).toBe('stadtfest');
    await admin.saveUserLexicon(lexicon());
    expect(await corpusRevision(db)).toBe(revision + 1);
  });

  it('refuses an invalid lexicon, naming the concept and field', async () => {
    const { admin, db } = await seeded();
    const bad = { ...lexicon(), concepts: [{ ...lexicon().concepts[0]!, category: 'bias' }] } as unknown as Lexicon;
    await expect(admin.saveUserLexicon(bad)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/^could not save the lexicon: the lexicon for "de": concept 1 \("stadtfest"\): "category" must be one of/),
    });
    expect(await db.lexicons.count()).toBe(0);
  });
});

describe('the options page before the background seeded', () => {
  it('seeds the bundled corpus itself on its first read, once, and leaves a seeded corpus alone', async () => {
    const db = freshDb();
    const admin = createCorpusAdmin(db, { seedIfNeverSeeded: true });
    const [overview, list] = await Promise.all([admin.overview(), admin.listArticles({ page: 0, pageSize: 50 })]);
    const bundled = bundledPack();
    expect(overview.articleCount).toBe(bundled.articles.length);
    expect(list.total).toBe(bundled.articles.length);
    const revision = await corpusRevision(db);
    // The reader deletes a bundled article: a later page (a new admin) must not put it back.
    await admin.deleteArticles([bundled.articles[0]!.id]);
    const later = createCorpusAdmin(db, { seedIfNeverSeeded: true });
    expect((await later.overview()).articleCount).toBe(bundled.articles.length - 1);
    expect(await corpusRevision(db)).toBe(revision + 1);
  });
});
