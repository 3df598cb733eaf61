// Counts elements by element pointers, stopping at a limit, so that a huge page or subtree is recognised before
// anything expensive (cloning, Readability) touches it.

/** Elements in `top` and its descendants, counted in document order but never beyond `limit + 1`. */
export function countElementsUpTo(top: Element, limit: number): number {
  let count = 0;
  let el: Element | null = top;
  while (el !== null && count <= limit) {
    count++;
    el = nextInDocumentOrder(el, top);
  }
  return count;
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
