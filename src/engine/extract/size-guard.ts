// Counts a document's elements, stopping at a limit, so a huge page is refused before anything expensive
// (cloning, Readability) touches it.

/** Elements in `doc`, counted in document order but never beyond `limit + 1`. */
export function countElementsUpTo(doc: Document, limit: number): number {
  let count = 0;
  let el: Element | null = doc.documentElement;
  while (el !== null && count <= limit) {
    count++;
    el = nextInDocumentOrder(el);
  }
  return count;
}

export function exceedsElementLimit(doc: Document, limit: number): boolean {
  return countElementsUpTo(doc, limit) > limit;
}

// Walks by element pointers rather than `getElementsByTagName('*').length`, which materialises every element
// before answering and so cannot stop early.
function nextInDocumentOrder(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  let cur: Element | null = el;
  while (cur !== null) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
    cur = cur.parentElement;
  }
  return null;
}
