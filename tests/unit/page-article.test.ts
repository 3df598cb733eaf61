import { describe, expect, it } from 'vitest';
import { ExtractionError, type ExtractedArticle } from '../../src/engine/extract';
import { extractionFailureMessage, toPageArticle } from '../../src/page/page-article';

const extracted: ExtractedArticle = {
  title: 'Trump: Mit Putin sofortige Ukraine-Verhandlungen vereinbart',
  byline: 'Anna Muster',
  siteName: 'Der Standard',
  date: '2025-02-12',
  language: 'de',
  url: 'https://www.example.at/story/123',
  text: 'Erster Absatz.\n\nZweiter Absatz.',
  excerpt: 'Kurz',
};

describe('toPageArticle', () => {
  it('carries every field the protocol asks for, the site name as the outlet', () => {
    expect(toPageArticle(extracted, 'https://www.example.at/story/123?utm_source=x')).toEqual({
      title: extracted.title,
      text: extracted.text,
      url: 'https://www.example.at/story/123',
      date: '2025-02-12',
      language: 'de',
      byline: 'Anna Muster',
      siteName: 'Der Standard',
      outlet: 'Der Standard',
    });
  });

  it("falls back to the page's address and leaves unknown metadata null", () => {
    const bare = { ...extracted, url: null, siteName: null, byline: null, date: null, language: null };
    const article = toPageArticle(bare, 'https://example.org/a');
    expect(article.url).toBe('https://example.org/a');
    expect(article).toMatchObject({ outlet: null, siteName: null, byline: null, date: null, language: null });
  });

  it('does not pass the excerpt on', () => {
    expect(toPageArticle(extracted, 'https://x.org')).not.toHaveProperty('excerpt');
  });
});

describe('extractionFailureMessage', () => {
  it('says in words what went wrong, per code', () => {
    expect(extractionFailureMessage(new ExtractionError('not-an-article', 'no article found on the page'))).toBe(
      'This page does not look like an article.',
    );
    expect(extractionFailureMessage(new ExtractionError('too-large', 'x'))).toMatch(/too large/);
    expect(extractionFailureMessage(new ExtractionError('no-text', 'x'))).toMatch(/no text/);
  });

  it('gives the length limit, formatted, when the article is too long', () => {
    expect(extractionFailureMessage(new ExtractionError('too-long', 'x'))).toBe(
      'The article on this page is too long to compare (more than 100,000 characters).',
    );
  });

  it('has a message for errors that are not extraction errors', () => {
    expect(extractionFailureMessage(new TypeError('boom'))).toBe('Parallax could not read the article on this page.');
  });
});
