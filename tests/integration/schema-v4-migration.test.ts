// A corpus stored by schema 3 (ids = the text's hash) opened by the current schema: every article kept,
// text-hash ids re-derived from text, outlet and URL, nothing duplicated, the term index rebuilt, and a
// bundled pack built by the present rule seeded over it without a second copy of anything.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addUserArticle, seedBundledCorpus } from '../../src/db/corpus-store';
import { BUNDLED_HASH_KEY, REVISION_KEY } from '../../src/db/meta';
import { articleRow } from '../../src/db/rows';
import { openCorpusDb, type ArticleRow, type ParallaxDb } from '../../src/db/schema';
import { TERM_INDEX_KEY } from '../../src/db/term-index-state';
import { updateTermIndex } from '../../src/db/term-index-update';
import { articleIdFor, textHashFor } from '../../src/engine/corpus/article-id';
import type { CorpusArticle } from '../../src/engine/types';
import { deleteFreshDbs, trackDb } from '../helpers/fresh-db';
import { seedPack } from '../helpers/seeds';

/** The schema as version 3 defined it, copied so that the test keeps testing version 3 whatever comes after. */
class SchemaV3 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({ articles: 'id, eventId, origin, date, outletName, url', events: 'id, date', meta: 'key' });
    this.version(2).stores({ articles: 'id, eventId, origin, date, outletName, url', events: 'id, date', meta: 'key', trash: 'id', lexicons: 'language' });
    this.version(3).stores({
      articles: 'id, eventId, origin, date, outletName, url',
      events: 'id, date',
      meta: 'key',
      trash: 'id',
      lexicons: 'language',
      indexedDocs: 'id, doc, fingerprint, urlKey',
      terms: 'term',
      postings: '[term+batch]',
    });
  }
}

let counter = 0;
afterEach(deleteFreshDbs);

const TEXT = 'Der Stadtrat hat am Dienstag den Neubau der Brücke beschlossen. Er soll 4,1 Millionen Euro kosten.';

function stored(article: Omit<CorpusArticle, 'id'>, id: string, eventId: string, placedByReader = false): ArticleRow {
  return articleRow({ ...article, id }, eventId, placedByReader);
}

describe('schema 4', () => {
  it('opens a schema 3 corpus with every article kept under its new id, none twice, and the index rebuilt', async () => {
    const name = `migration-${process.pid}-${++counter}`;
    const pack = await seedPack();
    const eventId = 'e-stored-before';
    // Schema 3 named every article by its text alone.
    const bundled = pack.articles.map((a) => stored({ ...a, origin: 'bundled' }, textHashFor(a.text), eventId));
    const reader = stored({ title: 'Brücke', text: TEXT, url: 'https://tagblatt.example/bruecke', outlet: { name: 'Tagblatt', known: 'stated', evidence: [] }, date: '2025-03-04', language: 'de', origin: 'user' }, textHashFor(TEXT), eventId, true);
    const chosen = stored({ title: 'Import', text: 'Ein importierter Text über etwas anderes.', url: null, outlet: { name: 'Kurier', known: 'stated', evidence: [] }, date: null, language: 'de', origin: 'imported' }, 'chosen-by-importer', 'e-other');
    const anonymous = stored({ title: '', text: 'Ein Text ohne Herkunft und ohne Adresse.', url: null, outlet: { name: null, known: 'unknown', evidence: [] }, date: null, language: 'de', origin: 'imported' }, textHashFor('Ein Text ohne Herkunft und ohne Adresse.'), 'e-other');
    const deleted = stored({ title: 'Gelöscht', text: 'Ein gelöschter Artikel.', url: 'https://x.example/a', outlet: { name: 'X', known: 'stated', evidence: [] }, date: null, language: 'de', origin: 'user' }, textHashFor('Ein gelöschter Artikel.'), eventId);
    const rows = [...bundled, reader, chosen, anonymous];

    const v3 = trackDb(new SchemaV3(name));
    await v3.table('articles').bulkAdd(rows);
    await v3.table('events').bulkAdd([{ id: eventId, title: 'Telefonat', date: '2025-02-12' }, { id: 'e-other', title: 'Anderes', date: null }]);
    await v3.table('trash').add({ id: 'last', description: 'deleted one', articles: [deleted], events: [], keptEvents: [] });
    await v3.table('indexedDocs').bulkAdd(rows.map((r, doc) => ({ id: r.id, doc, fingerprint: `f${doc}`, urlKey: '' })));
    await v3.table('terms').add({ term: 'brücke', df: 2 });
    await v3.table('postings').add({ term: 'brücke', batch: 0, docs: new Uint32Array([0]), weights: new Float64Array([1]) });
    await v3.table('meta').bulkPut([{ key: REVISION_KEY, value: 7 }, { key: TERM_INDEX_KEY, value: { documents: rows.length, nextDoc: rows.length, nextBatch: 1, revision: 7 } }, { key: BUNDLED_HASH_KEY, value: 'old-pack' }]);
    expect(v3.verno).toBe(3);
    v3.close();

    const db: ParallaxDb = trackDb(openCorpusDb(name));
    const after = await db.articles.toArray();
    expect(db.verno).toBe(4);
    // Every article kept, with its text, outlet and event; none twice.
    expect(after).toHaveLength(rows.length);
    expect(new Set(after.map((r) => r.id)).size).toBe(rows.length);
    const byText = new Map(after.map((r) => [r.text, r]));
    for (const row of rows) {
      const now = byText.get(row.text)!;
      expect({ ...now, id: row.id }).toEqual(row);
    }
    // The new ids: text + outlet + URL where the id was the text hash; an importer's own id and an article
    // with neither outlet nor address keep theirs.
    for (const row of [...bundled, reader]) {
      expect(byText.get(row.text)!.id).toBe(articleIdFor(row.text, { outlet: row.outletName, url: row.url }));
      if (row.outletName || row.url) expect(byText.get(row.text)!.id).not.toBe(row.id);
    }
    expect([...bundled, reader].filter((r) => byText.get(r.text)!.id !== r.id).length).toBeGreaterThanOrEqual(2);
    expect(byText.get(chosen.text)!.id).toBe('chosen-by-importer');
    expect(byText.get(anonymous.text)!.id).toBe(anonymous.id);
    // The bundled articles now have the ids the present pack build gives them.
    expect(bundled.map((r) => byText.get(r.text)!.id).sort()).toEqual(pack.articles.map((a) => a.id).sort());
    // The deletion kept for undo names the article by its new id too.
    expect((await db.trash.get('last'))!.articles[0]!.id).toBe(articleIdFor(deleted.text, { outlet: 'X', url: 'https://x.example/a' }));
    // The term index named the old ids: emptied, its counters dropped, the revision bumped.
    expect(await db.indexedDocs.count()).toBe(0);
    expect(await db.terms.count()).toBe(0);
    expect(await db.postings.count()).toBe(0);
    expect(await db.meta.get(TERM_INDEX_KEY)).toBeUndefined();
    expect((await db.meta.get(REVISION_KEY))!.value).toBe(8);

    // Indexing again names every article under its new id.
    await updateTermIndex(db);
    expect((await db.indexedDocs.toCollection().primaryKeys()).sort()).toEqual(after.map((r) => r.id).sort());

    // Seeding the present bundled pack finds every bundled article: nothing added, no second copy, and the
    // bundled articles stay in the event the reader's article is in.
    const seeded = await seedBundledCorpus(db, pack);
    expect(seeded.added).toBe(0);
    expect(seeded.removed).toBe(0);
    const reseeded = await db.articles.toArray();
    expect(reseeded).toHaveLength(rows.length);
    expect(new Set(reseeded.filter((r) => r.origin === 'bundled').map((r) => r.eventId))).toEqual(new Set([eventId]));

    // Another outlet's word-for-word reprint of the reader's article is now an article of its own.
    const { eventId: _e, outletName: _o, placedByReader: _p, ...readerArticle } = byText.get(TEXT)!;
    const reprint: CorpusArticle = { ...readerArticle, id: articleIdFor(TEXT, { outlet: 'Kurier', url: 'https://kurier.example/bruecke' }), url: 'https://kurier.example/bruecke', outlet: { name: 'Kurier', known: 'stated', evidence: [] }, origin: 'user' };
    expect(await addUserArticle(db, reprint, { eventId })).toEqual({ eventId, added: true });
    expect(await db.articles.count()).toBe(rows.length + 1);
  });
});
