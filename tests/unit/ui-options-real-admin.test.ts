// @vitest-environment jsdom
// The options page over the real admin (createCorpusAdmin on fake-indexeddb), so the page and the contract's
// implementation agree: a corpus pack imported through the page is listed, found, deleted and restored.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCorpusAdmin } from '../../src/db/admin/corpus-admin';
import type { CorpusAdmin } from '../../src/db/corpus-admin-api';
import { openCorpusDb, type ParallaxDb } from '../../src/db/schema';
import { buttonNamed, chooseFile, click, mountAt, polyfillDialog, say, speak, type, until } from './ui-options-harness';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let root: HTMLElement;
let db: ParallaxDb;
let admin: CorpusAdmin;
let counter = 0;

const article = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `t-${i}`, title: `Bericht ${i}`, text: `Der Stadtrat von Ort ${i} hat am Montag beschlossen, die Brücke Nummer ${i} zu sanieren. Die Kosten liegen bei ${i} Millionen Euro.`,
  outlet: i % 2 ? 'Tagesblatt' : 'Landbote', date: '2025-02-12', language: 'de', ...extra,
});
const pack = {
  format: 'parallax-corpus', version: 1,
  articles: [...Array.from({ length: 60 }, (_, i) => article(i)), { id: 'broken', title: 'Kein Text' }],
  events: Array.from({ length: 60 }, (_, i) => ({ id: `ev-${i}`, title: `Brücke ${i}`, date: '2025-02-12', articleIds: [`t-${i}`] })),
};

beforeEach(() => {
  polyfillDialog();
  speak('en');
  db = openCorpusDb(`options-real-${++counter}`);
  admin = createCorpusAdmin(db, { bundledPack: () => ({ format: 'parallax-corpus', version: 2, articles: [], events: [] }) });
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  render(null, root);
  root.remove();
  db.close();
  vi.restoreAllMocks();
});

describe('the options page over the real admin', () => {
  it('imports a pack, lists it a page at a time, searches it, deletes and undoes', async () => {
    await mountAt(root, '#import', admin);
    await chooseFile(root.querySelector('#import-file'), new File([JSON.stringify(pack)], 'pack.json'));
    await until(() => root.querySelector('.problems') !== null);
    expect(root.querySelector('.problems')!.textContent).toContain('record 61 ("id": "broken") has no "text"');
    await click(buttonNamed(root, say('optImportValid', 60)));
    await until(() => root.querySelector('.result-box') !== null);
    // The admin counts the invalid record as skipped.
    expect(root.textContent).toContain(say('optImportDone', 60, 0, 1, 60));

    history.pushState(null, '', '#articles?sort=title');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await until(() => root.querySelectorAll('.articles-table tbody tr').length > 0);
    expect(root.querySelectorAll('.articles-table tbody tr')).toHaveLength(50);
    expect(root.textContent).toContain(say('optArticlesTotal', 60));
    await type(root.querySelector('#filter-search'), 'bericht 59');
    await until(() => root.querySelectorAll('.articles-table tbody tr').length === 1);
    const rows = root.querySelectorAll('.articles-table tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('Tagesblatt');

    await click(rows[0]!.querySelector('input'));
    await click(buttonNamed(root, say('optDeleteSelected')));
    await click(buttonNamed(document.querySelector('dialog')!, say('optDeleteConfirm')));
    await until(() => root.textContent!.includes(say('optNoArticlesMatch')));
    await click(buttonNamed(root, say('optUndo')));
    await until(() => root.querySelector('.articles-table') !== null);
    expect(root.querySelectorAll('.articles-table tbody tr')).toHaveLength(1);
  });

  it('edits an article and moves it into another event, which the article view then names', async () => {
    await admin.applyImport(await admin.planImport('pack.json', JSON.stringify(pack)));
    await mountAt(root, '#article?id=t-3', admin);
    await type(root.querySelector('#meta-title'), 'Neuer Titel');
    await click(buttonNamed(root, say('optSave')));
    await until(() => root.textContent!.includes(say('optSaved')));
    expect((await admin.getArticle('t-3'))!.title).toBe('Neuer Titel');
    await click(buttonNamed(root, say('optMoveButton')));
    await type(document.querySelector('#move-event-filter'), 'Brücke 7');
    await type(document.querySelector('#move-event'), 'ev-7', 'change');
    await click(buttonNamed(document.querySelector('dialog')!, say('optMoveConfirm')));
    await until(() => document.querySelector('dialog') === null);
    const moved = await admin.getArticle('t-3');
    expect(moved).toMatchObject({ eventId: 'ev-7', placedByReader: true });
    await until(() => root.querySelector('.article-header')!.textContent!.includes('Brücke 7'));
  });
});
