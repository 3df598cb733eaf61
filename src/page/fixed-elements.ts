// Push mode's second half: elements the page fixes to the viewport (cookie banners, chat buttons, overlays)
// do not narrow with the page, as the viewport is their containing block. The ones that reach under the
// sidebar are marked with a data attribute, and the push stylesheet (./sidebar-push.ts) moves their right
// edge out from under it; unmarking restores them. Markup is otherwise left alone.
//
// Cost on huge pages: one walk when push turns on (computed position of each element, the subtree of a fixed
// element skipped, as it moves with it), then only the subtrees the page adds later (a consent banner
// injected after load). An element made fixed later by a class change is not seen (no attribute observer:
// it would fire on every class toggle of a busy page).

export const FIXED_ATTRIBUTE = 'data-parallax-push';

/** 'span': reaches from left of the sidebar to under it (a banner): its right edge and width are capped.
 *  'right': lies against the right edge (a chat button): its right edge moves left of the sidebar. */
export type FixedKind = 'span' | 'right';

/** A rescan when the sidebar grew by at least this much since the last (dragging wider covers more). */
const RESCAN_GROWTH = 64;

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

export function createFixedElementGuard(doc: Document, isOurs: (element: Element) => boolean): FixedElementGuard {
  const win = doc.defaultView!;
  const marked = new Set<Element>();
  let observer: MutationObserver | null = null;
  let width = 0;
  let scannedWidth = 0;

  const consider = (element: Element): boolean => {
    const style = win.getComputedStyle(element);
    if (style.position !== 'fixed') return false;
    const kind = fixedKind(element.getBoundingClientRect(), style, doc.documentElement.clientWidth, width);
    if (kind && element.getAttribute(FIXED_ATTRIBUTE) !== kind) {
      element.setAttribute(FIXED_ATTRIBUTE, kind);
      marked.add(element);
    }
    return true;
  };

  /** Every element of `root`'s subtree, the subtrees of fixed elements (and our own host) skipped. */
  const scan = (root: Element): void => {
    if (isOurs(root) || consider(root)) return;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) => (isOurs(node as Element) || consider(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walker.nextNode());
  };

  const onAdded = (records: MutationRecord[]): void => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE && node.isConnected) scan(node as Element);
    }
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
      scan(doc.documentElement);
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
