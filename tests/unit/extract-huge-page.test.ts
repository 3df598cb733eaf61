// A page above the element limit (issue 7, scenario 5: a report above tens of thousands of comments) is read
// through its article element alone, without cloning the page; one without a small article element is refused.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, ExtractionError, MAX_NESTING } from '../../src/engine/extract';

const PARAGRAPHS = [1, 2, 3, 4, 5].map(
  (n) => `<p>Im Absatz ${n} berichtet die Zeitung ausführlich über den Streit im Stadtrat, der seit Wochen die Gemüter in der ganzen Region bewegt und nun ein Ende finden soll.</p>`,
);
// The mechanism, not the default size, is under test: a limit of 10,000 elements and 4,000 comments (16,000
// elements) take the same paths as 100,000 and 160,000, at a tenth of jsdom's cost (that cost, on two busy
// cores, outgrew the test timeout).
const LIMIT = { maxNodes: 10_000 };
const COMMENT_COUNT = 4_000;
const COMMENTS = '<div class="comment"><header>Leser</header><p>Das sehe ich anders.</p></div>'.repeat(COMMENT_COUNT);

function hugePage(body: string): Document {
  return new JSDOM(`<!doctype html><html lang="de"><head><title>Streit im Stadtrat | Tagesblatt</title>
    <meta property="og:site_name" content="Tagesblatt"><meta property="article:published_time" content="2025-03-01T08:00:00+01:00">
    </head><body>${body}</body></html>`, { url: 'https://news.example/artikel/1' }).window.document;
}

function extractionCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ExtractionError ? error.code : 'other';
  }
}

describe('extractArticle on a page above the element limit', () => {
  it('reads the article element alone: its text and the head metadata, no comment, the page never cloned', () => {
    const doc = hugePage(`<main><article><h1>Streit im Stadtrat</h1>${PARAGRAPHS.join('')}</article><section>${COMMENTS}</section></main>`);
    const clone = vi.spyOn(doc, 'cloneNode');
    const article = extractArticle(doc, LIMIT);
    expect(article.text.split('\n\n')).toHaveLength(5);
    expect(article.text).toContain('Im Absatz 5 berichtet');
    expect(article.text).not.toContain('Das sehe ich anders');
    expect({ title: article.title, siteName: article.siteName, date: article.date, language: article.language }).toEqual({
      title: 'Streit im Stadtrat | Tagesblatt', siteName: 'Tagesblatt', date: '2025-03-01', language: 'de',
    });
    expect(clone).not.toHaveBeenCalled();
    expect(doc.querySelectorAll('.comment')).toHaveLength(COMMENT_COUNT); // the page is only read
  });

  it('takes the marked article body when there is no <article>', () => {
    const doc = hugePage(`<div itemprop="articleBody">${PARAGRAPHS.join('')}</div><div>${COMMENTS}</div>`);
    expect(extractArticle(doc, LIMIT).text).toContain('Im Absatz 1 berichtet');
  });

  it('refuses the page as too-large when its article element is itself above the limit', () => {
    const doc = hugePage(`<article>${PARAGRAPHS.join('')}${COMMENTS}</article>`);
    expect(extractionCode(() => extractArticle(doc, LIMIT))).toBe('too-large');
    expect(() => extractArticle(doc, LIMIT)).toThrow('no article element within that limit');
  });

  it('refuses a huge page without an article element as too-large', () => {
    const doc = hugePage(`<h1>Fahrplan</h1>${COMMENTS}`);
    expect(extractionCode(() => extractArticle(doc, LIMIT))).toBe('too-large');
  });
});

describe('extractArticle on a page nested deeper than a browser parser nests', () => {
  const deep = (levels: number): string => `${'<div>'.repeat(levels)}<p>Tief unten.</p>${'</div>'.repeat(levels)}`;

  it('refuses it as too-deep before any recursive walk (no clone)', () => {
    const doc = hugePage(deep(2_000));
    const clone = vi.spyOn(doc, 'cloneNode');
    expect(extractionCode(() => extractArticle(doc))).toBe('too-deep');
    expect(() => extractArticle(doc)).toThrow(`elements more than ${MAX_NESTING} levels deep`);
    expect(clone).not.toHaveBeenCalled();
  });

  it('reads an article element beside the deep part, through that element alone', () => {
    const doc = hugePage(`<article><h1>Streit im Stadtrat</h1>${PARAGRAPHS.join('')}</article><aside>${deep(2_000)}</aside>`);
    const clone = vi.spyOn(doc, 'cloneNode');
    expect(extractArticle(doc).text.split('\n\n')).toHaveLength(5);
    expect(clone).not.toHaveBeenCalled();
  });
});
