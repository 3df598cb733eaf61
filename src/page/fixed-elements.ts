// Push mode's second half: elements the page fixes to the viewport (cookie banners, chat buttons, overlays)
// do not narrow with the page, as the viewport is their containing block. The ones that reach under the
// sidebar are marked with a data attribute, and the push stylesheet (./sidebar-push.ts) moves their right
// edge out from under it; unmarking restores them. Markup is otherwise left alone.
//
// Cost on huge pages: one walk when push turns on (a computed style per element; subtrees of fixed and hidden
// elements skipped), given up after MAX_WALKED elements for hit testing over the sidebar's area, then only the
// subtrees the page adds later (a consent banner injected after load). A fixed element with display: none is
// found by the walk and judged by its declared anchors; one shown later by a class change on a huge page, or
// made fixed later, is not seen (no attribute observer: it would fire on every class toggle of a busy page).

export const FIXED_ATTRIBUTE = 'data-parallax-push';

/** 'span': reaches from left of the sidebar to under it (a banner): its right edge and width are capped.
 *  'right': lies against the right edge (a chat button): its right edge moves left of the sidebar. */
export type FixedKind = 'span' | 'right';

/** A rescan when the sidebar grew by at least this much since the last (dragging wider covers more). */
const RESCAN_GROWTH = 64;
/** A walk gives up after this many elements (~50 ms on a loaded machine), and hit testing finds what lies under the sidebar. */
export const MAX_WALKED = 10_000;
/** Hit testing's grid, px: finer than a page's smallest fixed control (a 40 px chat button). */
const GRID = 24;

export interface FixedElementGuard {
  /** Marks the fixed elements a sidebar `width` px wide covers, now and as the page adds more. */
  watch(width: number): void;
  /** Unmarks every element and stops watching. */
  stop(): void;
}

/** The rules that keep marked elements out from under a sidebar `width` px wide. */
export function fixedElementRules(width: number): string {
  const w = Math.round(width);
  return `[${FIXED_ATTRIBUTE}] { right: ${w}px !important; }\n`
    + `[${FIXED_ATTRIBUTE}="span"] { max-width: calc(100% - ${w}px) !important; }`;
}

/** How a fixed element relates to a sidebar `width` px wide at the right of a `viewport` px wide viewport;
 *  null: it does not reach under it. An element without a box now (hidden until the reader is asked) is
 *  judged by its declared anchors, as it may show later. */
export function fixedKind(box: { left: number; right: number; width: number; height: number }, style: { right: string; left: string; width: string }, viewport: number, width: number): FixedKind | null {
  const edge = viewport - width;
  if (box.width > 0 && box.height > 0) {
    if (box.right <= edge) return null;
    return box.left < edge ? 'span' : 'right';
  }
  const anchoredRight = style.right !== 'auto';
  const anchoredLeft = style.left !== 'auto';
  if (anchoredLeft && (anchoredRight || style.width.endsWith('%') || style.width.endsWith('vw'))) return 'span';
  return anchoredRight ? 'right' : null;
}

/** `maxWalked`: the walk's budget (tests lower it). */
export function createFixedElementGuard(doc: Document, isOurs: (element: Element) => boolean, maxWalked = MAX_WALKED): FixedElementGuard {
  const win = doc.defaultView!;
  const marked = new Set<Element>();
  let observer: MutationObserver | null = null;
  let width = 0;
  let scannedWidth = 0;

  /** Marks `element` if it is fixed and reaches under the sidebar. 'fixed' and 'hidden' end a walk into it
   *  (its content moves with it, or is not shown). */
  const consider = (element: Element): 'fixed' | 'hidden' | 'inside' => {
    if (isOurs(element)) return 'hidden';
    const style = win.getComputedStyle(element);
    if (style.position !== 'fixed') return style.display === 'none' ? 'hidden' : 'inside';
    const kind = fixedKind(element.getBoundingClientRect(), style, doc.documentElement.clientWidth, width);
    if (kind && element.getAttribute(FIXED_ATTRIBUTE) !== kind) {
      element.setAttribute(FIXED_ATTRIBUTE, kind);
      marked.add(element);
    }
    return 'fixed';
  };

  /** Walks `root`'s subtree, but not inside a fixed element, a hidden one or our own host; false when it gave
   *  up after `maxWalked` elements (a computed style each: 200,000 of them would block the page ~1 s). */
  const walk = (root: Element, budget: { left: number }): boolean => {
    budget.left--;
    if (consider(root) !== 'inside') return true;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) => (consider(node as Element) === 'inside' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    while (walker.nextNode()) if (--budget.left < 0) return false;
    return budget.left >= 0;
  };

  /** What lies under the sidebar now, by hit testing a grid over it: a cost that does not grow with the page.
   *  Hidden elements are not found this way (the walk finds those of smaller pages). */
  const hitTest = (): void => {
    // The viewport without its scrollbar; its full width where the root reports none.
    const right = doc.documentElement.clientWidth || win.innerWidth;
    const seen = new Set<Element>();
    for (let x = Math.max(0, right - width) + GRID / 2; x < right; x += GRID) {
      for (let y = GRID / 2; y < win.innerHeight; y += GRID) {
        for (const element of doc.elementsFromPoint(x, y)) {
          if (seen.has(element)) continue;
          seen.add(element);
          consider(element);
        }
      }
    }
  };

  /** Walks `roots` within one budget; hit tests once if it ran out. */
  const scan = (roots: Iterable<Element>): void => {
    const budget = { left: maxWalked };
    for (const root of roots) if (!walk(root, budget)) return hitTest();
  };

  const onAdded = (records: MutationRecord[]): void => {
    const added = records.flatMap((record) => [...record.addedNodes]);
    scan(added.filter((node): node is Element => node.nodeType === Node.ELEMENT_NODE && node.isConnected));
  };

  return {
    watch(next) {
      width = next;
      if (!observer) {
        observer = new win.MutationObserver(onAdded);
        observer.observe(doc.documentElement, { childList: true, subtree: true });
      } else if (width < scannedWidth + RESCAN_GROWTH) {
        return;
      }
      scannedWidth = width;
      scan([doc.documentElement]);
    },
    stop() {
      observer?.disconnect();
      observer = null;
      scannedWidth = 0;
      for (const element of marked) element.removeAttribute(FIXED_ATTRIBUTE);
      marked.clear();
    },
  };
}
