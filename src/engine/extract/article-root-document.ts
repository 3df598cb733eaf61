// A page too large to read whole (a report above 50,000 comments, an endless listing) is read through its likely
// article element alone: a small document made of copies of the page's <head> and that element, so that no step
// of the extraction grows with the rest of the page. Only the page's own markers of an article are trusted here.

import { countElementsUpTo, measureElementsUpTo, walkElements } from './size-guard';

// Comment threads often wrap each comment in <article>; the report comes first, so only the first few count.
const MAX_ARTICLE_CANDIDATES = 20;

export interface PageScan {
  /** More elements than the limit. */
  tooLarge: boolean;
  /** Nested deeper than the depth limit (known exactly on a page within the element limit). */
  tooDeep: boolean;
  /** Where the article may be, most specific first: the longest of the first <article> elements, the marked
   *  article body, the main area. Only given for a page that is too large or too deep. */
  candidates: Element[];
}

/**
 * Counts the page's elements and, on a page above `limit`, finds its candidate article elements, in one walk by
 * element pointers: a second walk, or selector queries over a huge page, would double the cost in jsdom (the
 * CLI). Stops as soon as both answers are known.
 */
export function scanPage(doc: Document, limit: number, maxDepth = Number.POSITIVE_INFINITY): PageScan {
  const articles: Element[] = [];
  let body: Element | null = null;
  let main: Element | null = null;
  let count = 0;
  let depth = 0;
  walkElements(doc.documentElement, (el, level) => {
    count++;
    if (level > depth) depth = level;
    if (count > limit && articles.length === MAX_ARTICLE_CANDIDATES && body && main) return false;
    if (el.localName === 'article' && articles.length < MAX_ARTICLE_CANDIDATES) articles.push(el);
    if (main === null && el.localName === 'main') main = el;
    if (!el.hasAttributes()) return true; // most elements of a huge page: no attribute to read
    if (body === null && (el.getAttribute('itemprop') ?? '').split(/\s+/).includes('articleBody')) body = el;
    if (main === null && el.getAttribute('role') === 'main') main = el;
    return true;
  });
  const tooLarge = count > limit;
  const tooDeep = depth > maxDepth;
  if (!tooLarge && !tooDeep) return { tooLarge, tooDeep, candidates: [] };
  const candidates: Element[] = [];
  for (const root of [longestText(articles), body, main]) if (root && !candidates.includes(root)) candidates.push(root);
  return { tooLarge, tooDeep, candidates };
}

/** A document holding the page's head and a copy of the first candidate that fits within `maxElements` (head
 *  included) and `maxDepth` levels (under <html> and <body>), or null when none does. The page is only read. */
export function articleRootDocument(doc: Document, candidates: readonly Element[], maxElements: number, maxDepth = Number.POSITIVE_INFINITY): Document | null {
  const headElements = doc.head ? countElementsUpTo(doc.head, maxElements) : 0;
  for (const root of candidates) {
    const inside = measureElementsUpTo(root, maxElements);
    if (headElements + inside.elements <= maxElements && inside.depth + 2 <= maxDepth) return documentAround(doc, root);
  }
  return null;
}

/** Listing pages and sidebars also use <article> for each teaser; the report is the longest one. */
export function longestText(elements: Iterable<Element>): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const element of elements) {
    const length = element.textContent?.length ?? 0;
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best;
}

// Shallow copies of <html> and <body> keep their attributes (lang, dir, classes Readability weighs).
function documentAround(doc: Document, root: Element): Document {
  const copy = doc.implementation.createHTMLDocument('');
  const html = copy.importNode(doc.documentElement, false);
  copy.replaceChild(html, copy.documentElement);
  if (doc.head) html.appendChild(copy.importNode(doc.head, true));
  const body = doc.body ? copy.importNode(doc.body, false) : copy.createElement('body');
  body.appendChild(copy.importNode(root, true));
  html.appendChild(body);
  return copy;
}
