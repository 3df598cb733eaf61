import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { articleParagraphs } from '../../src/engine/extract/article-text';
import { extractArticle, ExtractionError } from '../../src/engine/extract';
import { isoDate, primaryLanguage } from '../../src/engine/extract/metadata-values';

// The engine takes a Document as a parameter and must not rely on DOM globals, so tests build jsdom themselves.

const FIXTURES = join(__dirname, '../fixtures/pages');

interface PageExpectation {
  description: string;
  pageUrl?: string;
  error?: string;
  title?: string;
  siteName?: string | null;
  byline?: string | null;
  date?: string | null;
  language?: string | null;
  url?: string | null;
  mustContain?: string[];
  mustNotContain?: string[];
}

function fixture(slug: string): { html: string; expected: PageExpectation } {
  return {
    html: readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as PageExpectation,
  };
}

function page(html: string, url = 'https://news.example/artikel/1'): JSDOM {
  return new JSDOM(html, { url });
}

function extractionCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (err) {
    if (err instanceof ExtractionError) return err.code;
    throw err;
  }
}

const paragraph = (n: number): string =>
  `<p>Absatz ${n}: Der Gemeinderat hat nach langer Debatte beschlossen, die Sanierung der Brücke über den Fluss ` +
  `vorzuziehen, weil ein Gutachten erhebliche Schäden an den Pfeilern festgestellt hat und die Kosten steigen.</p>`;

const articlePage = (body: string, head = ''): string =>
  `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;

describe('extractArticle on fixture pages', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(slug, () => {
      const { html, expected } = fixture(slug);
      const dom = page(html, expected.pageUrl);
      if (expected.error) {
        expect(extractionCode(() => extractArticle(dom.window.document))).toBe(expected.error);
        return;
      }
      const article = extractArticle(dom.window.document, { url: expected.pageUrl });
      for (const key of ['title', 'siteName', 'byline', 'date', 'language', 'url'] as const) {
        if (key in expected) expect(article[key], key).toBe(expected[key]);
      }
      for (const s of expected.mustContain ?? []) expect(article.text).toContain(s);
      for (const s of expected.mustNotContain ?? []) expect(article.text).not.toContain(s);
      expect(article.text).not.toMatch(/\n{3,}|^\s|\s$| {2}/);
    });
  }
});

describe('extractArticle leaves the page alone', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(`does not modify the DOM of ${slug}, even when forced`, () => {
      const dom = page(fixture(slug).html);
      const before = dom.serialize();
      extractionCode(() => extractArticle(dom.window.document));
      extractionCode(() => extractArticle(dom.window.document, { force: true }));
      expect(dom.serialize()).toBe(before);
    });
  }
});

describe('extractArticle guards', () => {
  it('refuses a page of 150 000 elements as too-large before cloning it', () => {
    const dom = page(`<!doctype html><html><body>${'<div><span>x</span></div>'.repeat(75_000)}</body></html>`);
    const doc = dom.window.document;
    const clone = vi.spyOn(doc, 'cloneNode');
    expect(extractionCode(() => extractArticle(doc))).toBe('too-large');
    // The cost that matters (a copy of the whole page) is asserted by the spy; the time is a benchmark's job.
    expect(clone).not.toHaveBeenCalled();
  });

  it('honours a smaller maxNodes and names the limit', () => {
    const doc = page(articlePage([1, 2, 3, 4].map(paragraph).join(''))).window.document;
    expect(() => extractArticle(doc, { maxNodes: 5 })).toThrow('more than 5 elements');
    expect(extractArticle(doc, { maxNodes: 50 }).text).toContain('Absatz 4');
  });

  it('refuses a short text unless forced', () => {
    const doc = page(articlePage(paragraph(1))).window.document;
    expect(extractionCode(() => extractArticle(doc))).toBe('not-an-article');
    expect(extractArticle(doc, { force: true }).text).toContain('Absatz 1');
  });

  it('reports no-text when the article is only a picture credit', () => {
    const doc = page(articlePage('<p>Foto: Erika Beispiel/Bildagentur Nord</p>')).window.document;
    expect(extractionCode(() => extractArticle(doc, { force: true }))).toBe('no-text');
  });
});

describe('article text', () => {
  it('puts headings, list items and a div’s own text in paragraphs of their own', () => {
    const doc = page(
      articlePage(
        `${paragraph(1)}<h2>Zwischen&shy;titel</h2><ul><li>Erstens <b>fett</b></li><li>Zweitens</li></ul>` +
          `<div>Text direkt im div<p>${'und ein Absatz darin. '.repeat(10)}</p></div>` +
          `<blockquote>„Ein Zitat“</blockquote><p>Zeile eins<br>Zeile zwei</p>${paragraph(2)}${paragraph(3)}`,
      ),
    ).window.document;
    const paragraphs = extractArticle(doc).text.split('\n\n');
    expect(paragraphs).toEqual(
      expect.arrayContaining(['Zwischentitel', 'Erstens fett', 'Zweitens', 'Text direkt im div', '„Ein Zitat“',
        'Zeile eins', 'Zeile zwei']),
    );
    expect(paragraphs.indexOf('Zwischentitel')).toBe(1);
  });

  it('drops figures, captions and credit-only lines but keeps sentences that mention a photo', () => {
    const doc = page(
      articlePage(
        `${paragraph(1)}<figure><img src="a.jpg"><figcaption>Der Marktplatz im Regen</figcaption></figure>` +
          `<p>Foto: Erika Beispiel</p><p>© Bildagentur Nord</p><p>AGENTUR/AGENTUR/MAX MUSTER</p>` +
          `<p>Das Foto zeigt den Marktplatz, den die Stadt umgestalten will.</p>${paragraph(2)}${paragraph(3)}`,
      ),
    ).window.document;
    const text = extractArticle(doc).text;
    expect(text).not.toMatch(/Regen|Erika|Bildagentur|MUSTER/);
    expect(text).toContain('Das Foto zeigt den Marktplatz');
  });

  it('yields trimmed, non-empty, single-spaced paragraphs for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 8 }), (texts) => {
        const doc = new JSDOM('<!doctype html><body><div></div></body>').window.document;
        const root = doc.querySelector('div')!;
        for (const t of texts) root.appendChild(doc.createElement('p')).textContent = t;
        for (const p of articleParagraphs(root)) {
          expect(p).toBe(p.trim());
          expect(p).not.toMatch(/\s{2}|\n/);
          expect(p).toMatch(/[\p{L}\p{N}]/u);
        }
      }),
    );
  });
});

describe('metadata', () => {
  const body = [1, 2, 3, 4].map(paragraph).join('');

  it('prefers JSON-LD over meta tags, and an article <time> over the header’s date', () => {
    const head =
      '<meta property="article:published_time" content="2024-05-02T10:00:00Z">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-01T23:30:00-04:00"}</script>';
    expect(extractArticle(page(articlePage(body, head)).window.document).date).toBe('2024-05-01');
    const timed = `<!doctype html><body><header><time datetime="2024-06-30">heute</time></header>` +
      `<article><time datetime="2024-06-12T08:00">12. Juni</time>${body}</article></body>`;
    expect(extractArticle(page(timed).window.document).date).toBe('2024-06-12');
  });

  it('reads a German date and content-language from meta tags when nothing better exists', () => {
    const head = '<meta name="date" content="03.02.2025"><meta http-equiv="content-language" content="de-AT">';
    const article = extractArticle(page(articlePage(body, head)).window.document);
    expect(article.date).toBe('2025-02-03');
    expect(article.language).toBe('de');
  });

  it('resolves a relative canonical link against the given url, else falls back to it', () => {
    const head = '<link rel="canonical" href="/a/b?x=1">';
    const doc = new JSDOM(articlePage(body, head)).window.document; // about:blank
    expect(extractArticle(doc, { url: 'https://site.example/a/b' }).url).toBe('https://site.example/a/b?x=1');
    const bare = new JSDOM(articlePage(body)).window.document;
    expect(extractArticle(bare, { url: 'https://site.example/z' }).url).toBe('https://site.example/z');
    expect(extractArticle(bare).url).toBeNull();
  });

  it('normalises dates without shifting the day and rejects impossible ones', () => {
    expect(isoDate('2025-03-01T00:30:00+01:00')).toBe('2025-03-01');
    expect(isoDate('2025-02-30')).toBeNull();
    expect(isoDate('1.2.2025')).toBe('2025-02-01');
    expect(isoDate('gestern')).toBeNull();
  });

  it('reduces language tags to their primary subtag', () => {
    expect(primaryLanguage('de-CH')).toBe('de');
    expect(primaryLanguage('en_US')).toBe('en');
    expect(primaryLanguage('und')).toBeNull();
    expect(primaryLanguage('x-default')).toBeNull();
  });
});
