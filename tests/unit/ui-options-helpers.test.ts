// @vitest-environment jsdom
// The options page's pure helpers: the title taken from pasted text (the compare CLI's rule), dates, sizes and
// file names, metadata validation and the patch it makes, the article a paste or a page becomes, errors in
// words, progress throttling, the import plan summary, and the reader's lexicon terms.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { splitTitle } from '../../src/cli/read-article-file';
import { CorpusDbError } from '../../src/db/corpus-db-error';
import type { ImportPlan } from '../../src/db/corpus-admin-api';
import { CorpusPackError } from '../../src/engine/corpus/pack-format';
import { articleIdFor } from '../../src/engine/corpus/seed-manifest';
import { ExtractionError } from '../../src/engine/extract';
import { bundledLexicon, parseLexicon } from '../../src/engine/framing/lexicon';
import { articleFromFields, bodyFor, extractFromHtml, fileKind, type AddFields } from '../../src/ui/options/article-draft';
import { fieldsFromArticle, patchFromFields, validateMetadata, type MetadataFields } from '../../src/ui/options/article-fields';
import { errorInfo } from '../../src/ui/options/errors';
import { exportFileName, formatMegabytes, isHttpUrl, isIsoDate, lexiconFileName, localIsoDate } from '../../src/ui/options/format';
import { summarisePlan, throttleProgress } from '../../src/ui/options/import-runner';
import { importableCount } from '../../src/ui/options/import-plan-view';
import { plainError } from '../../src/ui/options/import-protocol';
import { addUserTerm, conceptIdFor, mergedLexicon, readLexiconFile, termKey } from '../../src/ui/options/lexicon-edit';
import { titleFromPaste } from '../../src/ui/options/title-from-paste';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

describe('the title of pasted text', () => {
  it('is a short first line that reads like a headline, and the body is the rest', () => {
    expect(titleFromPaste('Stadtrat beschließt Haushalt\n\nDer Stadtrat hat am Montag …')).toEqual({ title: 'Stadtrat beschließt Haushalt', body: 'Der Stadtrat hat am Montag …' });
    for (const text of ['Der Rat tagte am Montag.\nMehr folgt.', 'kommentar von heute\nText', 'www.example.org\nText', 'Montag, 03.03.25, 14:05\nText', 'Nur eine Zeile', 'Titel ohne Text\n\n  ']) {
      expect(titleFromPaste(text).title, text).toBe('');
      expect(titleFromPaste(text).body, text).toBe(text);
    }
  });

  it('follows the compare CLI rule for .txt files exactly', () => {
    const line = fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9 .,:;!?"„“'()\-]{0,60}$/);
    fc.assert(
      fc.property(line, fc.array(line, { maxLength: 4 }), (first, rest) => {
        const text = [first, ...rest].join('\n');
        expect(titleFromPaste(text)).toEqual(splitTitle(text));
      }),
    );
  });
});

describe('dates, sizes and file names', () => {
  it('names exports by the local date', () => {
    const late = new Date(2025, 2, 1, 23, 59);
    expect(localIsoDate(late)).toBe('2025-03-01');
    expect(exportFileName(late)).toBe('parallax-corpus-2025-03-01.json');
    expect(lexiconFileName('de', late)).toBe('parallax-lexicon-de-2025-03-01.json');
  });

  it('accepts only real calendar dates and http(s) addresses', () => {
    expect(isIsoDate('2025-02-12')).toBe(true);
    for (const bad of ['2025-02-30', '2025-2-12', '12.02.2025', '']) expect(isIsoDate(bad), bad).toBe(false);
    expect(isHttpUrl('https://example.org/a')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'example.org', '']) expect(isHttpUrl(bad), bad).toBe(false);
  });

  it('gives megabytes with a decimal only when small', () => {
    expect(formatMegabytes(1.5 * 1024 * 1024, 'en')).toBe('1.5');
    expect(formatMegabytes(52 * 1024 * 1024, 'en')).toBe('52');
    expect(formatMegabytes(1.25 * 1024 * 1024, 'de')).toBe('1,3');
  });
});

const ARTICLE = {
  id: 'a-1', title: 'T', text: 'Text.', url: 'https://example.org/a', date: '2025-02-12', language: 'de', origin: 'bundled' as const,
  outlet: { name: 'Tagesblatt', known: 'inferred' as const, evidence: ['header', 'domain'] },
};

describe('article metadata', () => {
  const fields = (patch: Partial<MetadataFields>): MetadataFields => ({ ...fieldsFromArticle(ARTICLE), ...patch });

  it('is valid as stored', () => {
    expect(validateMetadata(fieldsFromArticle(ARTICLE), true)).toEqual({});
  });

  it('names each problem under its field', () => {
    expect(validateMetadata(fields({ url: 'javascript:alert(1)', date: '2025-13-01', language: 'Deutsch' }), true)).toEqual({
      url: 'optInvalidUrl', date: 'optInvalidDate', language: 'optInvalidLanguage',
    });
    expect(validateMetadata(fields({ language: '' }), true)).toEqual({ language: 'optLanguageNeeded' });
    expect(validateMetadata(fields({ language: '' }), false)).toEqual({});
    expect(validateMetadata(fields({ outletName: ' ', outletKnown: 'stated' }), true)).toEqual({ outletName: 'optOutletNameNeeded' });
    expect(validateMetadata(fields({ outletKnown: 'unknown' }), true)).toEqual({ outletKnown: 'optOutletKnownNeeded' });
  });

  it('becomes a patch: empty fields are null, evidence one per line, an unnamed outlet unknown', () => {
    expect(patchFromFields(fields({ url: ' ', date: '', evidence: ' header \n\n domain ', title: ' New title ' }))).toEqual({
      title: 'New title', url: null, date: null, language: 'de',
      outlet: { name: 'Tagesblatt', known: 'inferred', evidence: ['header', 'domain'] },
    });
    expect(patchFromFields(fields({ outletName: '', outletKnown: 'unknown' })).outlet).toEqual({ name: null, known: 'unknown', evidence: [] });
  });
});

describe('a new article of the reader', () => {
  const base: AddFields = { text: '', title: '', outletName: '', outletFromPage: false, url: '', date: '', language: '' };
  const body = 'Der Stadtrat hat am Montag den Haushalt beschlossen. Die Opposition stimmte dagegen, weil die Schulden steigen.';

  it('keeps the first line out of the text when it is the title, and takes its id from the text', () => {
    const pasted = `Stadtrat beschließt Haushalt\r\n\r\n${body}`;
    const article = articleFromFields({ ...base, text: pasted, title: 'Stadtrat beschließt Haushalt' });
    expect(article).toMatchObject({ title: 'Stadtrat beschließt Haushalt', text: body, id: articleIdFor(body), origin: 'user', url: null, date: null, language: 'de' });
    expect(article.outlet).toEqual({ name: null, known: 'unknown', evidence: [] });
    // A title of the reader's own leaves the pasted text whole.
    expect(bodyFor(pasted, 'Eigener Titel')).toBe(`Stadtrat beschließt Haushalt\n\n${body}`);
  });

  it('records an outlet the reader names as stated by the reader, and one from the page as the page\'s', () => {
    expect(articleFromFields({ ...base, text: body, outletName: ' Tagesblatt ' }).outlet).toEqual({ name: 'Tagesblatt', known: 'stated', evidence: ['named by the reader'] });
    expect(articleFromFields({ ...base, text: body, outletName: 'Tagesblatt', outletFromPage: true }).outlet.evidence).toEqual(['named by the page (site name)']);
    expect(articleFromFields({ ...base, text: body, url: 'https://example.org/a b', date: '2025-02-12', language: 'en' })).toMatchObject({ url: 'https://example.org/a%20b', date: '2025-02-12', language: 'en' });
  });

  it('reads a saved page through the extension\'s extraction', () => {
    const html = `<html lang="de"><head><title>Stadtrat beschließt Haushalt | Tagesblatt</title><meta property="og:site_name" content="Tagesblatt"></head>
      <body><nav>Menü</nav><article><h1>Stadtrat beschließt Haushalt</h1><p>${body}</p><p>${body.replace('Montag', 'Dienstag')}</p></article></body></html>`;
    const page = extractFromHtml(html);
    expect(page.siteName).toBe('Tagesblatt');
    expect(page.language).toBe('de');
    expect(page.text).toContain('Opposition');
    expect(page.text).not.toContain('Menü');
    expect(() => extractFromHtml('<html><body></body></html>')).toThrow(ExtractionError);
    expect(fileKind('Seite.HTM')).toBe('html');
    expect(fileKind('notes.txt')).toBe('text');
    expect(fileKind('pack.json')).toBeNull();
  });
});

describe('errors in words', () => {
  it('sort every failure into what the reader is told', () => {
    expect(errorInfo(new CorpusDbError('quota', 'could not add article "a-1": full'))).toEqual({ kind: 'quota', message: 'could not add article "a-1": full' });
    expect(errorInfo(new CorpusDbError('not-found', 'gone')).kind).toBe('not-found');
    expect(errorInfo(new CorpusPackError('x.json', 'has format version 2')).kind).toBe('file');
    expect(errorInfo(new SyntaxError('Unexpected token')).kind).toBe('file');
    expect(errorInfo(new ExtractionError('no-text', 'none')).kind).toBe('page');
    expect(errorInfo('plain string')).toEqual({ kind: 'other', message: 'plain string' });
    // As it arrives from the import worker: a plain object.
    expect(errorInfo(plainError(new CorpusDbError('unavailable', 'closed')))).toEqual({ kind: 'unavailable', message: 'closed' });
  });
});

describe('import progress and plans', () => {
  it('passes phase changes and the last tick at once, and other ticks at most every 50 ms', () => {
    const seen: string[] = [];
    let clock = 0;
    const report = throttleProgress((p) => seen.push(`${p.phase} ${p.done}`), 50, () => clock);
    for (let done = 0; done <= 100; done += 10) {
      report({ phase: 'reading', done, total: 100 });
      clock += 10;
    }
    report({ phase: 'validating', done: 0, total: 5 });
    expect(seen).toEqual(['reading 0', 'reading 50', 'reading 100', 'validating 0']);
  });

  it('sums a plan up without its articles', () => {
    const article = { ...ARTICLE, origin: 'imported' as const };
    const plan: ImportPlan = {
      source: 'x.json', format: 'pack', added: [article, article], updated: [article], duplicates: [{ article, existingId: 'a-0' }],
      invalid: [{ record: 12, list: 'articles', id: 'abc', message: 'has no "text"' }], events: [],
    };
    expect(summarisePlan(plan)).toEqual({ source: 'x.json', format: 'pack', added: 2, updated: 1, moved: 0, duplicates: 1, invalid: plan.invalid, events: 0 });
    const moving = { ...plan, moved: [{ articleId: 'a-0', eventId: 'e-1', placedByReader: true }] };
    expect(summarisePlan(moving)).toMatchObject({ updated: 1, moved: 1 });
    expect(importableCount(summarisePlan(moving))).toBe(4);
  });
});

describe('the reader\'s lexicon', () => {
  const de = bundledLexicon('de');
  const concept = de.concepts[0]!;

  it('makes kebab-case ids that no concept has yet', () => {
    expect(conceptIdFor('Benennung des Streiks', new Set())).toBe('benennung-des-streiks');
    expect(conceptIdFor('Straßenblockade', new Set(['strassenblockade']))).toBe('strassenblockade-2');
    expect(conceptIdFor('!!!', new Set())).toBe('concept');
  });

  it('adds a term to a bundled concept, replacing one of the same wording, and to a new concept', () => {
    const first = addUserTerm(null, de, { conceptId: concept.id, newLabel: '', newCategory: 'event-naming', term: ' Sonderoperation ', note: 'Wording of one side.' });
    expect(first.concepts).toEqual([{ id: concept.id, label: concept.label, category: concept.category, terms: [{ term: 'Sonderoperation', note: 'Wording of one side.' }] }]);
    const again = addUserTerm(first, de, { conceptId: concept.id, newLabel: '', newCategory: 'event-naming', term: 'sonderoperation', note: '' });
    expect(again.concepts[0]!.terms).toEqual([{ term: 'sonderoperation' }]);
    const added = addUserTerm(again, de, { conceptId: null, newLabel: 'Benennung des Streiks', newCategory: 'event-naming', term: 'Warnstreik', note: '' });
    expect(added.concepts.map((c) => c.id)).toEqual([concept.id, 'benennung-des-streiks']);
    expect(() => parseLexicon(added, 'saved')).not.toThrow();
    const merged = mergedLexicon(de, added);
    expect(merged.lexicon.concepts.length).toBe(de.concepts.length + 1);
    expect(merged.own.has(termKey(concept.id, 'Sonderoperation'))).toBe(true);
  });

  it('refuses a term without a word, naming the problem', () => {
    expect(() => addUserTerm(null, de, { conceptId: concept.id, newLabel: '', newCategory: 'event-naming', term: '—', note: '' })).toThrow(/at least one word/);
  });

  it('reads a lexicon file, saying in words what is wrong with a bad one', () => {
    expect(readLexiconFile(JSON.stringify({ format: 'parallax-lexicon', version: 1, language: 'de', concepts: [] }), 'mine.json').language).toBe('de');
    expect(() => readLexiconFile('{ nope', 'mine.json')).toThrow(/mine\.json: is not JSON/);
    expect(() => readLexiconFile('{"format":"parallax-lexicon","version":2,"language":"de","concepts":[]}', 'mine.json')).toThrow(/"version" 2 is newer/);
    expect(() => readLexiconFile('{"format":"parallax-lexicon","version":1,"language":"de","concepts":[{"id":"x","label":"X","category":"event-naming","terms":[{"term":"a","from":["b"]}]}]}', 'mine.json'))
      .toThrow(/unknown field "from"/);
    try {
      readLexiconFile('[]', 'mine.json');
    } catch (error) {
      expect(errorInfo(error).kind).toBe('file');
    }
  });
});
