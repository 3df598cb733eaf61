// Extracts the article from a page's DOM: title, metadata and paragraph text. Shared by the extension's content
// script (the live page) and the `compare` CLI (a jsdom document); the given document is never modified.

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { articleRootDocument, scanPage } from './article-root-document';
import { articleParagraphs } from './article-text';
import { removeBoilerplate } from './boilerplate-elements';
import { ExtractionError, tooDeepError, tooLargeError } from './extraction-error';
import { DEFAULT_MAX_NODES, MAX_ARTICLE_CHARS, MAX_NESTING } from './limits';
import { readabilityThresholds } from './script-density';
import { cleanMetaText, isoDate, normaliseInlineWhitespace, primaryLanguage } from './metadata-values';
import { readPageMetadata } from './page-metadata';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Publication date, YYYY-MM-DD, or null. */
  date: string | null;
  /** Primary language tag ("de"), or null when the page declares none. */
  language: string | null;
  /** Canonical URL, else og:url, else the URL the caller gave. */
  url: string | null;
  /** Paragraphs separated by "\n\n"; headings are paragraphs of their own. */
  text: string;
  excerpt: string | null;
}

export interface ExtractOptions {
  /** The page's address, used for the `url` field and to resolve a relative canonical link. */
  url?: string;
  /** Pages with more elements are read through their article element alone, if it has fewer (else refused
   *  with 'too-large' before any cloning). Default 100 000. */
  maxNodes?: number;
  /** Skip the "does this look like an article" pre-check (the user insists). Default false. */
  force?: boolean;
}

export { DEFAULT_MAX_NODES };

const ELEMENT_NODE = 1;

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  // Readability rewrites the document it is given, so it works on a copy: of the whole page, or, when the page
  // is too large, of its article element alone. Its serializer hands back the article element itself (inside
  // the copy) instead of an HTML string, so nothing is ever parsed from markup.
  const copy = readableCopy(doc, options.maxNodes ?? DEFAULT_MAX_NODES);
  // Readability's length thresholds count characters as if every script were Latin; a Chinese brief of 250
  // characters says as much as 700 Latin ones, and is scaled so.
  const thresholds = readabilityThresholds(copy.body);
  if (!options.force && !isProbablyReaderable(copy, { minContentLength: thresholds.minContentLength, minScore: thresholds.minScore })) {
    throw new ExtractionError('not-an-article', 'no article found on the page');
  }
  if (copy.body) removeBoilerplate(copy.body);
  const parsed = new Readability<Node>(copy, { serializer: (node) => node, charThreshold: thresholds.charThreshold }).parse();
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== ELEMENT_NODE) {
    throw new ExtractionError('not-an-article', 'no article found on the page');
  }

  const meta = readPageMetadata(doc, options.url);
  const heading = firstHeading(doc);
  const title = meta.title ?? cleanMetaText(parsed.title) ?? heading ?? '';
  // The body's copy of the headline may match the chosen title, Readability's or the page's <h1>.
  const headlines = [title, cleanMetaText(parsed.title) ?? '', heading ?? ''];
  const paragraphs = withoutHeadline(articleParagraphs(content as Element), headlines);
  if (paragraphs.length === 0) throw new ExtractionError('no-text', 'the article on the page has no text');
  const text = paragraphs.join('\n\n');
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ExtractionError('too-long', `the article is too long to compare: ${text.length.toLocaleString('en')} characters; Parallax compares articles of up to ${MAX_ARTICLE_CHARS.toLocaleString('en')}`);
  }

  return {
    title,
    byline: meta.byline ?? cleanMetaText(parsed.byline),
    siteName: meta.siteName ?? cleanMetaText(parsed.siteName),
    date: meta.date ?? isoDate(parsed.publishedTime),
    language: meta.language ?? primaryLanguage(parsed.lang),
    url: meta.url,
    text,
    excerpt: meta.excerpt ?? cleanMetaText(parsed.excerpt),
  };
}

// Nothing recursive (cloning, Readability) runs before the page is known to be within both limits.
function readableCopy(doc: Document, maxNodes: number): Document {
  const scan = scanPage(doc, maxNodes, MAX_NESTING);
  if (!scan.tooLarge && !scan.tooDeep) return doc.cloneNode(true) as Document;
  const small = articleRootDocument(doc, scan.candidates, maxNodes, MAX_NESTING);
  if (small) return small;
  throw scan.tooDeep ? tooDeepError(MAX_NESTING) : tooLargeError(maxNodes);
}

// The headline often opens the body too, sometimes after a short kicker ("Kommunalpolitik"); the engine gets
// it once, as the title, and a kicker is a label, not report text.
function withoutHeadline(paragraphs: string[], headlines: string[]): string[] {
  const wanted = new Set(headlines.filter((h) => h !== '').map((h) => h.toLowerCase()));
  for (let i = 0; i < Math.min(paragraphs.length, MAX_KICKERS + 1); i++) {
    const paragraph = paragraphs[i]!;
    if (wanted.has(paragraph.toLowerCase())) return paragraphs.slice(i + 1);
    if (!isKicker(paragraph)) break;
  }
  return paragraphs;
}

const MAX_KICKERS = 2;

function isKicker(paragraph: string): boolean {
  return paragraph.length <= 60 && !/[.!?…]$/.test(paragraph);
}

function firstHeading(doc: Document): string | null {
  const text = normaliseInlineWhitespace(doc.querySelector('h1')?.textContent ?? '');
  return text === '' ? null : text;
}
