// Counts elements and levels of nesting by element pointers, stopping at a limit, so that a huge or deeply
// nested page or subtree is recognised before anything expensive or recursive (cloning, Readability) touches it.

/** Elements in `top` and its descendants, counted in document order but never beyond `limit + 1`. */
export function countElementsUpTo(top: Element, limit: number): number {
  return measureElementsUpTo(top, limit).elements;
}

/** Elements under `top` (itself included, never counted beyond `limit + 1`) and the deepest level among
 *  them (`top` is level 1). */
export function measureElementsUpTo(top: Element, limit: number): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  walkElements(top, (_el, level) => {
    elements++;
    if (level > depth) depth = level;
    return elements <= limit;
  });
  return { elements, depth };
}

/** Visits `top` and its descendants in document order with their level (`top` is 1) until `visit` returns
 *  false. Iterative: a page may nest a hundred thousand levels deep. */
export function walkElements(top: Element, visit: (el: Element, level: number) => boolean): void {
  let el: Element | null = top;
  let level = 1;
  while (el !== null) {
    if (!visit(el, level)) return;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      level++;
      continue;
    }
    let cur: Element | null = el;
    el = null;
    while (cur !== null && cur !== top) {
      if (cur.nextElementSibling) {
        el = cur.nextElementSibling;
        break;
      }
      cur = cur.parentElement;
      level--;
    }
  }
}

// Walks by element pointers rather than `getElementsByTagName('*').length`, which materialises every element
// before answering and so cannot stop early; never leaves `top`'s subtree.
export function nextInDocumentOrder(el: Element, top: Element | null): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  let cur: Element | null = el;
  while (cur !== null && cur !== top) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
    cur = cur.parentElement;
  }
  return null;
}
