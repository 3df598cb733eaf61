// A page above the element limit (issue 7, scenario 5: a report above tens of thousands of comments) is read
// through its article element alone, without cloning the page; one without a small article element is refused.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, ExtractionError } from '../../src/engine/extract';

const PARAGRAPHS = [1, 2, 3, 4, 5].map(
  (n) => `<p>Im Absatz ${n} berichtet die Zeitung ausführlich über den Streit im Stadtrat, der seit Wochen die Gemüter in der ganzen Region bewegt und nun ein Ende finden soll.</p>`,
);
const COMMENTS = '<div class="comment"><header>Leser</header><p>Das sehe ich anders.</p></div>'.repeat(40_000);

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
    const article = extractArticle(doc);
    expect(article.text.split('\n\n')).toHaveLength(5);
    expect(article.text).toContain('Im Absatz 5 berichtet');
    expect(article.text).not.toContain('Das sehe ich anders');
    expect({ title: article.title, siteName: article.siteName, date: article.date, language: article.language }).toEqual({
      title: 'Streit im Stadtrat | Tagesblatt', siteName: 'Tagesblatt', date: '2025-03-01', language: 'de',
    });
    expect(clone).not.toHaveBeenCalled();
    expect(doc.querySelectorAll('.comment')).toHaveLength(40_000); // the page is only read
  });

  it('takes the marked article body when there is no <article>', () => {
    const doc = hugePage(`<div itemprop="articleBody">${PARAGRAPHS.join('')}</div><div>${COMMENTS}</div>`);
    expect(extractArticle(doc).text).toContain('Im Absatz 1 berichtet');
  });

  it('refuses the page as too-large when its article element is itself above the limit', () => {
    const doc = hugePage(`<article>${PARAGRAPHS.join('')}${COMMENTS}</article>`);
    expect(extractionCode(() => extractArticle(doc))).toBe('too-large');
    expect(() => extractArticle(doc)).toThrow('no article element within that limit');
  });

  it('refuses a huge page without an article element as too-large', () => {
    const doc = hugePage(`<h1>Fahrplan</h1>${COMMENTS}`);
    expect(extractionCode(() => extractArticle(doc))).toBe('too-large');
  });
});
