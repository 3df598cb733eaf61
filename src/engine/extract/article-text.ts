// Turns Readability's article element into paragraphs: one per block (p, heading, list item, quote, a div's
// own text). Reading `textContent` of the whole would glue paragraphs together.
// Readability and removeBoilerplate already dropped most clutter; this drops figures and credit-only lines.

import { isCreditLine } from './credit-lines';
import { normaliseInlineWhitespace } from './metadata-values';
import { BLOCK_TAGS, SKIPPED_TAGS } from './paragraph-tags';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Paragraphs of the article under `root`, whitespace normalised, figures and credit-only lines dropped. */
export function articleParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let inline = '';
  const flush = (): void => {
    addParagraph(paragraphs, normaliseInlineWhitespace(inline));
    inline = '';
  };
  // An explicit stack rather than recursion: a pathological page nests tens of thousands of divs deep.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      inline += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (leaving) {
      if (BLOCK_TAGS.has(tag)) flush();
      continue;
    }
    if (el !== root && isSkipped(el, tag)) continue;
    // A block whose children are not walked: its text is taken whole, line breaks and all.
    if (tag === 'pre') {
      flush();
      addParagraph(paragraphs, preformattedText(el));
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    stack.push({ node: el, leaving: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  flush();
  return paragraphs;
}

function addParagraph(paragraphs: string[], text: string): void {
  // A paragraph of only bullets or separators ("•", "|") carries nothing.
  if (!/[\p{L}\p{N}]/u.test(text) || isCreditLine(text)) return;
  paragraphs.push(text);
}

function isSkipped(el: Element, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

// Code and verse keep their line breaks; only runs of spaces and blank lines go.
function preformattedText(el: Element): string {
  return (el.textContent ?? '')
    .split('\n')
    .map(normaliseInlineWhitespace)
    .filter((line) => line !== '')
    .join('\n');
}
