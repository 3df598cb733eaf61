// The part of a page's HTML that is worth building a DOM from (the CLI's jsdom): the whole page when it is
// within the element and nesting limits, else its head with its likely article element alone (the same
// choice extractArticle makes on a live page, made here on the text, before any DOM exists), else nothing:
// the page is refused with a message saying why. Linear in the page's length (see markup-budget.ts).

import { tooDeepError, tooLargeError } from './extraction-error';
import { measureMarkup, type MarkupCandidate } from './markup-budget';
import { DEFAULT_MAX_NODES, MAX_NESTING } from './limits';

export interface BoundedMarkup {
  html: string;
  /** 'page': the whole page; 'article': the page's head and one article element. */
  part: 'page' | 'article';
  /** The candidate read, when `part` is 'article'. */
  candidate: MarkupCandidate['kind'] | null;
  /** The page's measure, for messages and tests. */
  elements: number;
  depth: number;
}

export interface MarkupLimits {
  maxNodes?: number;
  maxDepth?: number;
}

/** Throws ExtractionError 'too-large' or 'too-deep' when neither the page nor an article element in it fits. */
export function boundedMarkup(html: string, limits: MarkupLimits = {}): BoundedMarkup {
  const maxNodes = limits.maxNodes ?? DEFAULT_MAX_NODES;
  const maxDepth = limits.maxDepth ?? MAX_NESTING;
  const measure = measureMarkup(html);
  const base = { elements: measure.elements, depth: measure.depth };
  if (measure.elements <= maxNodes && measure.depth <= maxDepth) return { html, part: 'page', candidate: null, ...base };
  // Most specific first, as on a live page: the longest of the first <article>s, the marked body, the main area.
  const articles = measure.candidates.filter((c) => c.kind === 'article');
  const longest = articles.reduce<MarkupCandidate | null>((best, c) => (!best || c.end - c.start > best.end - best.start ? c : best), null);
  const ordered = [longest, ...measure.candidates.filter((c) => c.kind === 'articleBody'), ...measure.candidates.filter((c) => c.kind === 'main')];
  const head = measure.bodyStart >= 0 ? html.slice(0, measure.bodyStart) : '';
  for (const c of ordered) {
    if (!c || measure.headElements + c.elements > maxNodes || c.depth + 2 > maxDepth) continue;
    return { html: `${head}${html.slice(c.start, c.end)}`, part: 'article', candidate: c.kind, ...base };
  }
  throw measure.depth > maxDepth ? tooDeepError(maxDepth) : tooLargeError(maxNodes);
}
