// @vitest-environment jsdom
// The options page with an in-memory admin: sections by hash, the overview, the articles table (one page at a
// time, sorting with aria-sort, debounced search, filters, selection), the article view (text as text,
// validation in words, moving), deletions with a confirmation dialog and Undo, and errors never blank.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CorpusDbError } from '../../src/db/corpus-db-error';
import {
  buttonNamed, click, flush, HOSTILE, mountAt, polyfillDialog, say, speak, spiedAdmin, type, type FakeAdmin,
} from './ui-options-harness';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let root: HTMLElement;
let admin: FakeAdmin;

beforeEach(() => {
  polyfillDialog();
  speak('en');
  admin = spiedAdmin(120);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const text = () => root.textContent ?? '';
const rows = () => [...root.querySelectorAll('.articles-table tbody tr')];
const dialog = () => document.querySelector('dialog');
const lastQuery = () => vi.mocked(admin.listArticles).mock.calls.at(-1)![0];

describe('sections and the overview', () => {
  it('opens the overview by default, with counts and the events as links to their articles', async () => {
    await mountAt(root, '', admin);
    expect(root.querySelector('h1')!.textContent).toBe(say('optNavOverview'));
    expect(root.querySelector('nav a[aria-current="page"]')!.textContent).toBe(say('optNavOverview'));
    expect([...root.querySelectorAll('.counts dd')].map((d) => d.textContent)).toEqual(['120', '10', '4']);
    const eventRows = root.querySelectorAll('.data-table tbody tr');
    expect(eventRows).toHaveLength(10);
    expect(root.querySelector('.data-table tbody a')!.getAttribute('href')).toMatch(/^#articles\?event=e-/);
    // Hostile titles stay text.
    expect(text()).toContain(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
  });

  it('follows the hash and moves the focus to the new section\'s heading', async () => {
    await mountAt(root, '#storage', admin);
    expect(root.querySelector('h1')!.textContent).toBe(say('optNavStorage'));
    await click(root.querySelector('a[href="#import"]'));
    // jsdom does not navigate on a hash link click: say it the way the browser does.
    history.pushState(null, '', '#import');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await flush();
    expect(root.querySelector('h1')!.textContent).toBe(say('optNavImport'));
    expect(document.activeElement).toBe(root.querySelector('h1'));
    expect(document.title).toBe(`${say('optNavImport')} – Parallax`);
  });

  it('speaks German when the browser does', async () => {
    speak('de');
    await mountAt(root, '#overview', admin);
    expect(root.querySelector('h1')!.textContent).toBe('Überblick');
    expect(text()).toContain('Ereignisse');
  });
});

describe('the articles table', () => {
  it('renders one page of 50 rows of many, with page controls', async () => {
    await mountAt(root, '#articles', admin);
    expect(rows()).toHaveLength(50);
    expect(lastQuery()).toEqual({ page: 0, pageSize: 50, sort: { key: 'date', descending: true } });
    expect(text()).toContain(say('optArticlesTotal', 120));
    expect(text()).toContain(say('optPageOf', 1, 3));
    await click(buttonNamed(root, say('optPageNext')));
    expect(lastQuery().page).toBe(1);
    expect(location.hash).toBe('#articles?page=2');
    await click(buttonNamed(root, say('optPageLast')));
    expect(rows()).toHaveLength(20);
  });

  it('sorts by a column header, saying how in aria-sort', async () => {
    await mountAt(root, '#articles', admin);
    const header = () => [...root.querySelectorAll('th')].find((th) => th.textContent?.startsWith(say('optColTitle')))!;
    expect(header().getAttribute('aria-sort')).toBe('none');
    await click(header().querySelector('button'));
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    expect(lastQuery().sort).toEqual({ key: 'title', descending: false });
    const titles = rows().map((r) => r.querySelector('th')!.textContent!);
    expect(titles.slice(0, 3)).toEqual([HOSTILE, 'Artikel 0000', 'Artikel 0001']);
    await click(header().querySelector('button'));
    expect(header().getAttribute('aria-sort')).toBe('descending');
    expect(location.hash).toBe('#articles?order=desc&sort=title');
  });

  it('searches once the reader pauses typing, and filters by outlet, origin and dates from the hash', async () => {
    await mountAt(root, '#articles?origin=user&from=2025-02-10', admin);
    expect(lastQuery()).toMatchObject({ origin: 'user', dateFrom: '2025-02-10' });
    expect((root.querySelector('#filter-origin') as HTMLSelectElement).value).toBe('user');
    const calls = vi.mocked(admin.listArticles).mock.calls.length;
    const search = root.querySelector('#filter-search')!;
    await type(search, 'A');
    await type(search, 'Ar');
    await type(search, 'Artikel 001');
    expect(vi.mocked(admin.listArticles).mock.calls.length).toBe(calls);
    await flush(350);
    expect(vi.mocked(admin.listArticles).mock.calls.length).toBe(calls + 1);
    expect(lastQuery()).toMatchObject({ search: 'Artikel 001', origin: 'user', page: 0 });
    await type(root.querySelector('#filter-outlet'), '', 'change');
    expect(lastQuery().outlet).toBeNull();
    expect(location.hash).toContain('noOutlet=1');
    await click(buttonNamed(root, say('optClearFilters')));
    expect(lastQuery()).toEqual({ page: 0, pageSize: 50, sort: { key: 'date', descending: true } });
  });

  it('says so when nothing matches', async () => {
    await mountAt(root, '#articles?q=nothing-like-this', admin);
    expect(text()).toContain(say('optNoArticlesMatch'));
    expect(root.querySelector('.articles-table')).toBeNull();
  });

  it('enables export and delete once rows are selected, across pages', async () => {
    await mountAt(root, '#articles', admin);
    const exportButton = () => buttonNamed(root, say('optExportSelected'))!;
    expect(exportButton().disabled).toBe(true);
    await click(rows()[0]!.querySelector('input'));
    await click(rows()[1]!.querySelector('input'));
    expect(text()).toContain(say('optSelectedCount', 2));
    expect(exportButton().disabled).toBe(false);
    const pageBox = root.querySelector('thead input') as HTMLInputElement;
    expect(pageBox.indeterminate).toBe(true);
    await click(pageBox);
    expect(text()).toContain(say('optSelectedCount', 50));
    await click(buttonNamed(root, say('optPageNext')));
    await click(rows()[0]!.querySelector('input'));
    expect(text()).toContain(say('optSelectedCount', 51));
  });
});

describe('deleting, with a confirmation and Undo', () => {
  it('asks in a modal dialog naming the count, focuses Cancel, and gives the focus back on Esc', async () => {
    await mountAt(root, '#articles', admin);
    await click(rows()[0]!.querySelector('input'));
    await click(rows()[1]!.querySelector('input'));
    const opener = buttonNamed(root, say('optDeleteSelected'))!;
    opener.focus();
    await click(opener);
    expect(dialog()!.hasAttribute('open')).toBe(true);
    expect(dialog()!.getAttribute('aria-labelledby')).toBe('delete-dialog-title');
    expect(dialog()!.textContent).toContain(say('optDeleteArticlesBody', 2));
    expect(document.activeElement!.textContent).toBe(say('optCancel'));
    dialog()!.dispatchEvent(new Event('cancel', { cancelable: true }));
    await flush();
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(admin.deleteArticles).not.toHaveBeenCalled();
  });

  it('deletes, tells what went, and undoes it', async () => {
    await mountAt(root, '#articles', admin);
    const ids = rows().slice(0, 2).map((r) => r.querySelector('th a')!.getAttribute('href')!.split('id=')[1]!);
    await click(rows()[0]!.querySelector('input'));
    await click(rows()[1]!.querySelector('input'));
    await click(buttonNamed(root, say('optDeleteSelected')));
    await click(buttonNamed(dialog()!, say('optDeleteConfirm')));
    expect(admin.deleteArticles).toHaveBeenCalledWith(ids);
    expect(dialog()).toBeNull();
    expect(root.querySelector('.notice-text')!.textContent).toBe(say('optDeletedNotice', 2, 0));
    expect(text()).toContain(say('optArticlesTotal', 118));
    expect(text()).toContain(say('optSelectedCount', 0));
    await click(buttonNamed(root, say('optUndo')));
    expect(admin.undoLastDeletion).toHaveBeenCalled();
    expect(root.querySelector('.notice-text')!.textContent).toBe(say('optRestoredNotice', 2, 0));
    expect(buttonNamed(root, say('optUndo'))).toBeUndefined();
    expect(text()).toContain(say('optArticlesTotal', 120));
  });

  it('deletes a whole event chosen from a searchable list, and an outlet, naming their counts', async () => {
    await mountAt(root, '#delete', admin);
    await type(root.querySelector('#delete-event-filter'), 'Ereignis 3');
    const options = [...root.querySelectorAll('#delete-event option')];
    expect(options.length).toBeLessThan(10);
    expect(options.map((o) => o.textContent)).toContainEqual(expect.stringContaining('Ereignis 3'));
    await type(root.querySelector('#delete-event'), 'e-3', 'change');
    await click(buttonNamed(root, say('optDeleteEventButton')));
    expect(dialog()!.textContent).toContain(say('optDeleteEventBody', 'Ereignis 3', 12));
    await click(buttonNamed(dialog()!, say('optDeleteConfirm')));
    expect(admin.deleteEvent).toHaveBeenCalledWith('e-3');

    await type(root.querySelector('#delete-outlet'), 'Landbote', 'change');
    await click(buttonNamed(root, say('optDeleteOutletButton')));
    expect(admin.listArticles).toHaveBeenCalledWith({ outlet: 'Landbote', page: 0, pageSize: 1 });
    const landbote = [...admin.articles.values()].filter((a) => a.outlet.name === 'Landbote').length;
    expect(landbote).toBeGreaterThan(0);
    expect(dialog()!.textContent).toContain(say('optDeleteOutletBody', 'Landbote', landbote));
    await click(buttonNamed(dialog()!, say('optDeleteConfirm')));
    expect(admin.deleteOutlet).toHaveBeenCalledWith('Landbote');
  });

  it('keeps a failed deletion\'s error in the dialog, in words', async () => {
    vi.mocked(admin.deleteArticles).mockRejectedValueOnce(new CorpusDbError('failed', 'could not delete 1 article: AbortError'));
    await mountAt(root, '#articles', admin);
    await click(rows()[0]!.querySelector('input'));
    await click(buttonNamed(root, say('optDeleteSelected')));
    await click(buttonNamed(dialog()!, say('optDeleteConfirm')));
    expect(dialog()!.querySelector('[role="alert"]')!.textContent).toContain(say('optErrorFailed'));
    expect(dialog()!.textContent).toContain('could not delete 1 article: AbortError');
  });
});

describe('one article', () => {
  it('shows the stored text as text, and its metadata for editing', async () => {
    await mountAt(root, '#article?id=a-5', admin);
    expect(root.querySelector('h2')!.textContent).toBe(HOSTILE);
    expect(root.querySelectorAll('.article-text p')).toHaveLength(2);
    expect(root.querySelector('.article-text')!.textContent).toContain('<script>');
    expect(root.querySelector('img, script')).toBeNull();
    expect((root.querySelector('#meta-outlet') as HTMLInputElement).value).toBe('Morgenpost');
    expect((root.querySelector('#meta-url') as HTMLInputElement).value).toBe('https://example.org/5');
  });

  it('refuses a javascript: address and a bad language with messages under the fields, then saves the fixed form', async () => {
    await mountAt(root, '#article?id=a-2', admin);
    await type(root.querySelector('#meta-url'), 'javascript:alert(1)');
    await type(root.querySelector('#meta-language'), 'Deutsch');
    await click(buttonNamed(root, say('optSave')));
    expect(admin.updateArticle).not.toHaveBeenCalled();
    const url = root.querySelector('#meta-url')!;
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(url.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toBe(say('optInvalidUrl'));
    expect(text()).toContain(say('optInvalidLanguage'));
    await type(url, 'https://example.org/fixed');
    await type(root.querySelector('#meta-language'), 'de');
    await type(root.querySelector('#meta-title'), 'Neuer Titel');
    await click(buttonNamed(root, say('optSave')));
    expect(admin.updateArticle).toHaveBeenCalledWith('a-2', expect.objectContaining({ title: 'Neuer Titel', url: 'https://example.org/fixed', language: 'de' }));
    expect(text()).toContain(say('optSaved'));
  });

  it('moves to an existing event or a new one, saying the decision is kept', async () => {
    await mountAt(root, '#article?id=a-2', admin);
    await click(buttonNamed(root, say('optMoveButton')));
    expect(dialog()!.textContent).toContain(say('optMoveKept'));
    await click(buttonNamed(dialog()!, say('optMoveConfirm')));
    expect(admin.moveArticle).not.toHaveBeenCalled();
    expect(dialog()!.textContent).toContain(say('optMoveChooseEvent'));
    expect([...dialog()!.querySelectorAll('#move-event option')].map((o) => o.getAttribute('value'))).not.toContain('e-2');
    await type(dialog()!.querySelector('#move-event'), 'e-7', 'change');
    await click(buttonNamed(dialog()!, say('optMoveConfirm')));
    expect(admin.moveArticle).toHaveBeenCalledWith('a-2', { eventId: 'e-7' });
    expect(dialog()).toBeNull();
    expect(text()).toContain(say('optPlacedByYouLong'));

    await click(buttonNamed(root, say('optMoveButton')));
    await click([...dialog()!.querySelectorAll('input[type="radio"]')][1]!);
    await click(buttonNamed(dialog()!, say('optMoveConfirm')));
    expect(admin.moveArticle).toHaveBeenLastCalledWith('a-2', { newEvent: true });
  });

  it('says so when the article is not there', async () => {
    await mountAt(root, '#article?id=a-missing', admin);
    expect(text()).toContain(say('optArticleNotFound'));
  });

  it('leaves for the table after deleting it', async () => {
    await mountAt(root, '#article?id=a-3', admin);
    await click(buttonNamed(root, say('optDeleteArticle')));
    await click(buttonNamed(dialog()!, say('optDeleteConfirm')));
    expect(admin.deleteArticles).toHaveBeenCalledWith(['a-3']);
    expect(location.hash).toBe('#articles');
  });
});

describe('errors from the admin, in words', () => {
  it('a full disk says how much is used', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate: async () => ({ usage: 12 * 1024 * 1024, quota: 100 * 1024 * 1024 }) } });
    vi.mocked(admin.listArticles).mockRejectedValue(new CorpusDbError('quota', 'could not list: QuotaExceededError'));
    await mountAt(root, '#articles', admin);
    await flush();
    expect(root.querySelector('[role="alert"] .error-message')!.textContent).toBe(say('optErrorQuota', '12', '100'));
    vi.unstubAllGlobals();
  });

  it.each(['unavailable', 'failed', 'not-found', 'invalid'] as const)('%s', async (code) => {
    vi.mocked(admin.overview).mockRejectedValue(new CorpusDbError(code, `technical ${code}`));
    await mountAt(root, '#overview', admin);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelector('.error-message')!.textContent!.length).toBeGreaterThan(10);
    expect(alert.textContent).toContain(`technical ${code}`);
  });
});
