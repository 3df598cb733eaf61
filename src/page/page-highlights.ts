// Shows the sidebar's sentences in the page without changing its DOM: CSS Custom Highlights (one for the focused
// sentence, one per coverage). Where the Highlight API is missing, the focused sentence becomes the selection.

import type { ClaimSpan, CoverageMark } from '../messaging/protocol';
import { likelyArticleRoots } from './article-roots';
import { findInTextIndex, indexText, narrowToPart, type TextIndex } from './find-text-range';
import { installHighlightStyles } from './highlight-styles';

export interface SentenceMark {
  text: string;
  coverage: CoverageMark['coverage'];
}

export interface PageHighlights {
  /** Highlights the first occurrence of `text` (null clears) — only its part at `span` when given, the claim
   *  the reader opened; true when it was found. */
  focus(text: string | null, scroll: boolean, span?: ClaimSpan | null): boolean;
  /** Marks every sentence by its coverage (null clears); how many were found. */
  mark(marks: readonly SentenceMark[] | null): number;
  /** Removes every highlight and the styles. */
  clear(): void;
}

const FOCUS = 'parallax-focus';
const COVERAGE_NAMES: Record<SentenceMark['coverage'], string> = {
  many: 'parallax-many',
  few: 'parallax-few',
  'only-here': 'parallax-only',
};
const ALL_NAMES = [FOCUS, ...Object.values(COVERAGE_NAMES)];

type PageWindow = Window & typeof globalThis;

export function createPageHighlights(doc: Document): PageHighlights {
  const win = doc.defaultView as PageWindow;
  let removeStyles: (() => void) | null = null;
  let selected: Range | null = null;

  // Styles go in on first use, so a sidebar that never highlights leaves the page's stylesheets alone.
  const registry = (): HighlightRegistry | null => {
    const highlights = typeof win.Highlight === 'function' ? win.CSS?.highlights : undefined;
    if (!highlights) return null;
    removeStyles ??= installHighlightStyles(doc);
    return removeStyles ? highlights : null;
  };

  const clearSelection = (): void => {
    const selection = win.getSelection();
    if (selected && selection?.rangeCount === 1 && sameRange(selection.getRangeAt(0), selected)) {
      selection.removeAllRanges();
    }
    selected = null;
  };

  return {
    focus(text, scroll, span = null) {
      const highlights = registry();
      highlights?.delete(FOCUS);
      clearSelection();
      const range = text === null ? null : findInPage(doc, [text], span)[0];
      if (!range) return false;
      if (highlights) {
        const highlight = new win.Highlight(range);
        highlight.priority = 1; // above the coverage marks
        highlights.set(FOCUS, highlight);
      } else {
        selected = range;
        win.getSelection()?.removeAllRanges();
        win.getSelection()?.addRange(range);
      }
      if (scroll) scrollToRange(win, range);
      return true;
    },

    mark(marks) {
      const highlights = registry();
      for (const name of Object.values(COVERAGE_NAMES)) highlights?.delete(name);
      if (!marks || !highlights) return 0;
      const ranges = findInPage(doc, marks.map((mark) => mark.text));
      let marked = 0;
      for (const [coverage, name] of Object.entries(COVERAGE_NAMES)) {
        const found = marks.flatMap((mark, i) => (mark.coverage === coverage && ranges[i] ? [ranges[i]] : []));
        if (found.length > 0) highlights.set(name, new win.Highlight(...found));
        marked += found.length;
      }
      return marked;
    },

    clear() {
      const highlights = typeof win.Highlight === 'function' ? win.CSS?.highlights : undefined;
      for (const name of ALL_NAMES) highlights?.delete(name);
      clearSelection();
      removeStyles?.();
      removeStyles = null;
    },
  };
}

/** Each text's first occurrence, looked for in the likeliest article root first; indexes built once per call.
 *  With `span`, the range is narrowed to that part of the (one) text. */
function findInPage(doc: Document, texts: readonly string[], span: ClaimSpan | null = null): Array<Range | null> {
  const roots = likelyArticleRoots(doc);
  const indexes = new Map<Element, TextIndex>();
  const indexOf = (root: Element): TextIndex => {
    let index = indexes.get(root);
    if (!index) indexes.set(root, (index = indexText(root, { isHidden: isNotRendered })));
    return index;
  };
  return texts.map((text) => {
    for (const root of roots) {
      const index = indexOf(root);
      const range = findInTextIndex(index, text);
      if (range) return span ? narrowToPart(index, range, text, span) : range;
    }
    return null;
  });
}

// display: none (on the element or above it) hides text from the reader; display: contents has no box of its
// own but shows its children.
function isNotRendered(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function' || element.checkVisibility()) return false;
  return element.ownerDocument.defaultView?.getComputedStyle(element).display !== 'contents';
}

function scrollToRange(win: PageWindow, range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return; // not rendered: nowhere to scroll to
  if (rect.top >= 0 && rect.bottom <= win.innerHeight) return; // already in view
  const behavior: ScrollBehavior = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  // scrollIntoView also scrolls inner scroll containers; a paragraph taller than the screen would be centred
  // on its middle, not the sentence, so then the window is scrolled to the sentence itself.
  const element = range.startContainer.parentElement;
  if (element && element.getBoundingClientRect().height <= win.innerHeight * 0.8) {
    element.scrollIntoView({ block: 'center', behavior });
  } else {
    win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior });
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset
    && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
