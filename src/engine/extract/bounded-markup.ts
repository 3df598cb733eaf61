// The part of a page's HTML that is worth building a DOM from (the CLI's jsdom): the whole page when it is
// within the element and nesting limits, else its head with its likely article element alone (the same
// choice extractArticle makes on a live page, made here on the text, before any DOM exists), else nothing:
// the page is refused with a message saying why. Linear in the page's length (see markup-budget.ts).
// Style sheets are left empty: extraction reads no computed style (Readability looks at inline styles and
// the hidden attribute only), and jsdom parses every sheet, seconds for a news site's 140 kB of CSS.

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
  const kept = (start: number, end: number): string => withoutStyleText(html, start, end, measure.styleTexts);
  if (measure.elements <= maxNodes && measure.depth <= maxDepth) return { html: kept(0, html.length), part: 'page', candidate: null, ...base };
  // Most specific first, as on a live page: the longest of the first <article>s, the marked body, the main area.
  const articles = measure.candidates.filter((c) => c.kind === 'article');
  const longest = articles.reduce<MarkupCandidate | null>((best, c) => (!best || c.end - c.start > best.end - best.start ? c : best), null);
  const ordered = [longest, ...measure.candidates.filter((c) => c.kind === 'articleBody'), ...measure.candidates.filter((c) => c.kind === 'main')];
  const head = measure.bodyStart >= 0 ? kept(0, measure.bodyStart) : '';
  for (const c of ordered) {
    if (!c || measure.headElements + c.elements > maxNodes || c.depth + 2 > maxDepth) continue;
    return { html: `${head}${kept(c.start, c.end)}`, part: 'article', candidate: c.kind, ...base };
  }
  throw measure.depth > maxDepth ? tooDeepError(maxDepth) : tooLargeError(maxNodes);
}

/** html[start, end) with the text of every <style> in it left out (the elements stay, empty). */
function withoutStyleText(html: string, start: number, end: number, styleTexts: ReadonlyArray<[number, number]>): string {
  const parts: string[] = [];
  let at = start;
  for (const [from, to] of styleTexts) {
    if (to <= at || from >= end) continue;
    parts.push(html.slice(at, Math.max(at, from)));
    at = Math.min(end, to);
  }
  parts.push(html.slice(at, end));
  return parts.join('');
}
