// @vitest-environment jsdom
// The options page's other sections with an in-memory admin: adding an article (paste, prefilled link, a
// saved page), importing (plan with invalid records, import the valid ones or none, a corrupt file changes
// nothing, the worker protocol), exporting to a file, resetting, the lexicon, and storage.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CorpusDbError } from '../../src/db/corpus-db-error';
import { CorpusPackError } from '../../src/engine/corpus/pack-format';
import { articleIdFor } from '../../src/engine/corpus/seed-manifest';
import { bundledLexicon } from '../../src/engine/framing/lexicon';
import { exportFileName } from '../../src/ui/options/format';
import { serveImports, type FromImportWorker } from '../../src/ui/options/import-protocol';
import { workerImport } from '../../src/ui/options/import-worker-client';
import { buttonNamed, chooseFile, click, flush, mountAt, polyfillDialog, say, speak, spiedAdmin, type, type FakeAdmin } from './ui-options-harness';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let root: HTMLElement;
let admin: FakeAdmin;
let downloads: { name: string; href: string }[];

beforeEach(() => {
  polyfillDialog();
  speak('en');
  admin = spiedAdmin(24);
  root = document.createElement('div');
  document.body.append(root);
  downloads = [];
  URL.createObjectURL = vi.fn(() => 'blob:parallax/1');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const text = () => root.textContent ?? '';
const dialog = () => document.querySelector('dialog');
const value = (selector: string) => (root.querySelector(selector) as HTMLInputElement).value;
const BODY = 'Der Stadtrat hat am Montag den Haushalt beschlossen. Die Opposition stimmte dagegen, weil die Schulden der Stadt steigen.';

describe('adding an article', () => {
  it('takes the title from the first line of pasted text and adds it as the reader\'s own', async () => {
    await mountAt(root, '#add', admin);
    await type(root.querySelector('#add-text'), `Stadtrat beschließt Haushalt\n\n${BODY}`);
    expect(value('#add-title')).toBe('Stadtrat beschließt Haushalt');
    expect(text()).toContain(say('optTitleFromFirstLine'));
    await type(root.querySelector('#add-outlet'), 'Tagesblatt');
    await click(buttonNamed(root, say('optAddSubmit')));
    expect(admin.addArticle).toHaveBeenCalledWith({
      id: articleIdFor(BODY, { outlet: 'Tagesblatt', url: null }), title: 'Stadtrat beschließt Haushalt', text: BODY, url: null, date: null, language: 'de', origin: 'user',
      outlet: { name: 'Tagesblatt', known: 'stated', evidence: ['named by the reader'] },
    });
    expect(text()).toContain(say('optAddedToEvent', 'Ereignis 0', 12));
    expect(root.querySelector(`a[href="#article?id=${articleIdFor(BODY, { outlet: 'Tagesblatt', url: null })}"]`)).not.toBeNull();
  });

  it('arrives prefilled from a link, and refuses a non-http address and empty text in words', async () => {
    await mountAt(root, `#add?url=${encodeURIComponent('javascript:alert(1)')}&title=${encodeURIComponent('Gegebener Titel')}`, admin);
    expect(value('#add-title')).toBe('Gegebener Titel');
    expect(value('#add-url')).toBe('javascript:alert(1)');
    await click(buttonNamed(root, say('optAddSubmit')));
    expect(admin.addArticle).not.toHaveBeenCalled();
    expect(text()).toContain(say('optInvalidUrl'));
    expect(text()).toContain(say('optTextNeeded'));
    await type(root.querySelector('#add-url'), 'https://example.org/given');
    await type(root.querySelector('#add-text'), `Stadtrat beschließt Haushalt\n\n${BODY}`);
    // The reader's own title stays; the pasted text stays whole.
    expect(value('#add-title')).toBe('Gegebener Titel');
    await click(buttonNamed(root, say('optAddSubmit')));
    expect(admin.addArticle).toHaveBeenCalledWith(expect.objectContaining({ title: 'Gegebener Titel', url: 'https://example.org/given', text: `Stadtrat beschließt Haushalt\n\n${BODY}` }));
  });

  it('reads a saved page through extraction and shows what it found', async () => {
    await mountAt(root, '#add', admin);
    const html = `<html lang="de"><head><title>Haushalt beschlossen</title><meta property="og:site_name" content="Tagesblatt">
      <meta property="article:published_time" content="2025-02-12T10:00:00Z"></head>
      <body><article><h1>Haushalt beschlossen</h1><p>${BODY}</p><p>${BODY}</p></article></body></html>`;
    await chooseFile(root.querySelector('#add-file'), new File([html], 'seite.html', { type: 'text/html' }));
    expect(text()).toContain(say('optFromPage', 'seite.html'));
    expect(value('#add-outlet')).toBe('Tagesblatt');
    expect(value('#add-date')).toBe('2025-02-12');
    expect(value('#add-text')).toContain('Opposition');
    await click(buttonNamed(root, say('optAddSubmit')));
    expect(vi.mocked(admin.addArticle).mock.calls[0]![0].outlet).toEqual({ name: 'Tagesblatt', known: 'stated', evidence: ['named by the page (site name)'] });
  });

  it('says in words why a file cannot be used', async () => {
    await mountAt(root, '#add', admin);
    await chooseFile(root.querySelector('#add-file'), new File(['{}'], 'pack.json'));
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(say('optErrorFile'));
    expect(text()).toContain('pack.json: is neither a .txt nor an .html file');
    await chooseFile(root.querySelector('#add-file'), new File(['<html><body></body></html>'], 'empty.html'));
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(say('optErrorPage'));
  });

  it('tells when the text is already in the corpus', async () => {
    await mountAt(root, '#add', admin);
    vi.mocked(admin.addArticle).mockResolvedValueOnce({ articleId: 'a-0', eventId: 'e-0', added: false });
    await type(root.querySelector('#add-text'), BODY);
    await click(buttonNamed(root, say('optAddSubmit')));
    expect(text()).toContain(say('optAddAlreadyThere', 'Ereignis 0'));
  });
});

describe('importing a file', () => {
  const pack = () => new File(['{"format":"parallax-corpus","version":1,"articles":[]}'], 'pack.json', { type: 'application/json' });

  it('shows the plan with every invalid record and its reason, then imports the valid articles', async () => {
    await mountAt(root, '#import', admin);
    await chooseFile(root.querySelector('#import-file'), pack());
    expect(admin.planImport).toHaveBeenCalledWith('pack.json', expect.stringContaining('parallax-corpus'), expect.any(Function));
    expect([...root.querySelectorAll('.counts dd')].map((d) => d.textContent)).toEqual(['2', '0', '1', '1', '0']);
    expect(root.querySelector('.problems')!.textContent).toBe('record 12 ("id": "abc") has no "text"');
    expect(text()).toContain(say('optPlanChoice'));
    expect(admin.applyImport).not.toHaveBeenCalled();
    await click(buttonNamed(root, say('optImportValid', 2)));
    expect(admin.applyImport).toHaveBeenCalledTimes(1);
    expect(text()).toContain(say('optImportDone', 2, 0, 1, 1));
  });

  it('imports nothing when the reader says so', async () => {
    await mountAt(root, '#import', admin);
    await chooseFile(root.querySelector('#import-file'), pack());
    await click(buttonNamed(root, say('optImportNone')));
    expect(admin.applyImport).not.toHaveBeenCalled();
    expect(root.querySelector('#import-file')).not.toBeNull();
  });

  it('shows the error of a corrupt file or an unknown version, and nothing else happens', async () => {
    vi.mocked(admin.planImport).mockRejectedValueOnce(new CorpusPackError('new.json', 'has format version 2; this Parallax reads version 1'));
    await mountAt(root, '#import', admin);
    await chooseFile(root.querySelector('#import-file'), new File(['{"format":"parallax-corpus","version":2}'], 'new.json'));
    expect(root.querySelector('[role="alert"] .error-message')!.textContent).toBe(say('optErrorFile'));
    expect(text()).toContain('new.json: has format version 2; this Parallax reads version 1');
    expect(text()).toContain(say('optImportNothingChanged'));
    expect(admin.applyImport).not.toHaveBeenCalled();
    expect(root.querySelector('.plan')).toBeNull();
  });

  it('says storage is full when the write fails for it', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate: async () => ({ usage: 48 * 1024 * 1024, quota: 50 * 1024 * 1024 }) } });
    vi.mocked(admin.applyImport).mockRejectedValueOnce(new CorpusDbError('quota', 'could not import pack.json: the browser\'s storage for Parallax is full'));
    await mountAt(root, '#import', admin);
    await chooseFile(root.querySelector('#import-file'), pack());
    await click(buttonNamed(root, say('optImportValid', 2)));
    await flush();
    expect(root.querySelector('.error-message')!.textContent).toBe(say('optErrorQuota', '48', '50'));
  });
});

describe('the import worker', () => {
  /** A worker and its global scope as two ends of one channel, answering asynchronously like the real thing. */
  function channel() {
    const page = new EventTarget();
    const worker = new EventTarget();
    const deliver = (target: EventTarget, data: unknown) => setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data })), 0);
    const scope = { postMessage: (m: unknown) => deliver(page, m), addEventListener: worker.addEventListener.bind(worker) } as Parameters<typeof serveImports>[0];
    const fakeWorker = Object.assign(page, { postMessage: (m: unknown) => deliver(worker, m), terminate: vi.fn() }) as unknown as Worker;
    return { scope, fakeWorker, page };
  }

  it('plans in the worker, sends back a summary and progress, and applies there', async () => {
    const { scope, fakeWorker, page } = channel();
    const seen: FromImportWorker['type'][] = [];
    page.addEventListener('message', (e) => seen.push((e as MessageEvent<FromImportWorker>).data.type));
    serveImports(scope, admin);
    const runner = workerImport(fakeWorker);
    const phases: string[] = [];
    const summary = await runner.plan(new File(['{}'], 'pack.json'), (p) => phases.push(p.phase));
    expect(summary).toMatchObject({ source: 'pack.json', added: 2, duplicates: 1, invalid: [{ record: 12, id: 'abc' }] });
    expect(phases).toContain('validating');
    const result = await runner.apply(() => undefined);
    expect(result).toEqual({ added: 2, updated: 0, skipped: 1, eventsCreated: 1 });
    expect(seen).toEqual(expect.arrayContaining(['progress', 'planned', 'applied']));
    runner.dispose();
    expect(fakeWorker.terminate).toHaveBeenCalled();
  });

  it('passes errors back with their name and code, so they are still said in words', async () => {
    const { scope, fakeWorker } = channel();
    vi.mocked(admin.planImport).mockRejectedValueOnce(new CorpusDbError('unavailable', 'could not plan: closed'));
    serveImports(scope, admin);
    const failure = await workerImport(fakeWorker).plan(new File(['{}'], 'x.json'), () => undefined).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'CorpusDbError', code: 'unavailable', message: 'could not plan: closed' });
  });
});

describe('exporting', () => {
  it('saves the whole corpus as parallax-corpus-YYYY-MM-DD.json through a Blob URL it revokes', async () => {
    await mountAt(root, '#export', admin);
    await click(buttonNamed(root, say('optExportButton')));
    expect(admin.exportPack).toHaveBeenCalledWith(undefined);
    expect(downloads).toEqual([{ name: exportFileName(new Date()), href: 'blob:parallax/1' }]);
    expect(text()).toContain(exportFileName(new Date()));
    await flush(1100);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:parallax/1');
  });

  it('saves the selected articles', async () => {
    await mountAt(root, '#articles', admin);
    const boxes = root.querySelectorAll('.articles-table tbody input');
    await click(boxes[0]);
    await click(boxes[2]);
    history.pushState(null, '', '#export');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await flush();
    expect((root.querySelectorAll('input[name="export-what"]')[1] as HTMLInputElement).checked).toBe(true);
    await click(buttonNamed(root, say('optExportButton')));
    expect(vi.mocked(admin.exportPack).mock.calls[0]![0]).toHaveLength(2);
  });
});

describe('resetting', () => {
  it('asks whether to keep the reader\'s own and imported articles', async () => {
    await mountAt(root, '#reset', admin);
    await click(buttonNamed(root, say('optResetButton')));
    expect(dialog()!.textContent).toContain(say('optResetKeep'));
    await click([...dialog()!.querySelectorAll('input[name="reset-keep"]')][1]!);
    await click(buttonNamed(dialog()!, say('optResetConfirm')));
    expect(admin.resetToBundled).toHaveBeenCalledWith({ keepOwn: false });
    expect(dialog()).toBeNull();
  });
});

describe('the lexicon', () => {
  it('shows the bundled lexicon and adds a term of the reader\'s own to a new concept', async () => {
    await mountAt(root, '#lexicon', admin);
    expect(admin.userLexicon).toHaveBeenCalledWith('en');
    expect(root.querySelectorAll('.cards > li')).toHaveLength(bundledLexicon('en').concepts.length);
    await type(root.querySelector('#term-concept'), '', 'change');
    await type(root.querySelector('#term-label'), 'Naming of the strike');
    await type(root.querySelector('#term-term'), 'walkout');
    await type(root.querySelector('#term-note'), 'Informal; stresses the workers leaving.');
    await click(buttonNamed(root, say('optLexiconAddButton')));
    expect(admin.saveUserLexicon).toHaveBeenCalledWith(expect.objectContaining({
      language: 'en', concepts: [{ id: 'naming-of-the-strike', label: 'Naming of the strike', category: 'event-naming', terms: [{ term: 'walkout', note: 'Informal; stresses the workers leaving.' }] }],
    }));
    await flush();
    expect(root.querySelectorAll('.cards > li')).toHaveLength(bundledLexicon('en').concepts.length + 1);
    expect(root.querySelector('.own-tag')!.textContent!.trim()).toBe(say('optLexiconYours'));
  });

  it('imports a lexicon file over the reader\'s terms, and says what is wrong with a bad one', async () => {
    await mountAt(root, '#lexicon', admin);
    await chooseFile(root.querySelector('#lexicon-file'), new File(['{"format":"parallax-lexicon","version":1,"language":"de","concepts":[{"id":"x","label":"X","category":"nope","terms":[{"term":"a"}]}]}'], 'bad.json'));
    expect(root.querySelector('[role="alert"] .error-message')!.textContent).toBe(say('optErrorFile'));
    expect(text()).toMatch(/"category" must be one of/);
    expect(admin.saveUserLexicon).not.toHaveBeenCalled();
    const good = { format: 'parallax-lexicon', version: 1, language: 'de', concepts: [{ id: 'streik', label: 'Streik', category: 'event-naming', terms: [{ term: 'Warnstreik' }] }] };
    await chooseFile(root.querySelector('#lexicon-file'), new File([JSON.stringify(good)], 'good.json'));
    expect(admin.saveUserLexicon).toHaveBeenCalledWith(good);
    expect((root.querySelector('#lexicon-language') as HTMLSelectElement).value).toBe('de');
  });

  it('exports the reader\'s terms as a lexicon document', async () => {
    await mountAt(root, '#lexicon', admin);
    await click(buttonNamed(root, say('optLexiconExportOwn')));
    expect(downloads[0]!.name).toMatch(/^parallax-lexicon-en-\d{4}-\d{2}-\d{2}\.json$/);
  });
});

describe('storage', () => {
  it('shows use and quota, and the browser\'s answer to keeping the corpus', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate: async () => ({ usage: 12.5 * 1024 * 1024, quota: 2048 * 1024 * 1024 }), persisted: async () => false, persist } });
    await mountAt(root, '#storage', admin);
    expect(text()).toContain(say('optStorageUsage', '13', '2,048'));
    expect(text()).toContain(say('optPersistOff'));
    await click(buttonNamed(root, say('optPersistButton')));
    expect(persist).toHaveBeenCalled();
    expect(text()).toContain(say('optPersistGranted'));
  });

  it('says so when the browser does not tell', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    await mountAt(root, '#storage', admin);
    expect(text()).toContain(say('optStorageUnknown'));
  });
});
