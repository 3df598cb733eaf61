// Measures an HTML page's markup before any DOM is built from it: how many elements it would make, how deep
// they would nest, and where its likely article elements start and end. Building a DOM (jsdom in the CLI)
// costs time and memory per element, and some of its walks recurse per level of nesting, so a page of a
// million elements or a hundred thousand nested ones must be recognised from its text alone. One pass over
// the text, each character looked at a bounded number of times: linear in the page's length.
//
// This is an estimate in the tokenizer's terms, not a parser: comments, raw-text elements (script, style,
// textarea, title) and void elements are skipped as the HTML tokenizer skips them, and the implied ends the
// tree builder adds most often (a <p> closed by a block, an <li> by the next, table cells by the next row) are
// applied, so that ordinary pages measure as their DOM; a stray end tag is ignored as the tree builder does.

/** Where an article may be, in the page's text. */
export interface MarkupCandidate {
  /** 'article', 'articleBody' (itemprop) or 'main' (<main> or role=main). */
  kind: 'article' | 'articleBody' | 'main';
  /** Offsets of the element's start tag's "<" and of the end of its end tag (or of the page). */
  start: number;
  end: number;
  /** Elements inside, the candidate included. */
  elements: number;
  /** Levels of nesting inside, the candidate counting as one. */
  depth: number;
}

export interface MarkupMeasure {
  /** Elements the page's start tags make (html, head and body included). */
  elements: number;
  /** Deepest nesting of elements. */
  depth: number;
  /** End of the <body> start tag (the page's head and its html/body attributes lie before it), or -1. */
  bodyStart: number;
  /** Elements before `bodyStart`. */
  headElements: number;
  /** The first few <article>s, the marked article body and the main area, in page order. */
  candidates: MarkupCandidate[];
  /** Start and end offsets of the text inside each <style> element, in page order. */
  styleTexts: Array<[number, number]>;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Their content is text up to their own end tag (the tokenizer's RCDATA, RAWTEXT and script states).
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
// Start tags that close an open <p> (the tree builder's "close a p element").
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'ul', 'dd', 'dt',
]);
// An element whose start implies the end of an open one of these, unless a boundary element comes between.
const IMPLIED_END: Record<string, { closes: readonly string[]; boundary: readonly string[] }> = {
  li: { closes: ['li'], boundary: ['ul', 'ol', 'menu'] },
  dt: { closes: ['dt', 'dd'], boundary: ['dl'] },
  dd: { closes: ['dt', 'dd'], boundary: ['dl'] },
  tr: { closes: ['tr'], boundary: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  th: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  option: { closes: ['option'], boundary: ['select', 'datalist'] },
};
// How far down the stack an end tag or an implied end looks for its element: a stray end tag deep in a huge
// page must not cost a walk over the whole stack.
const END_TAG_REACH = 64;
const MAX_ARTICLES = 20;
// html, head and body exist in every DOM, written or not.
const IMPLIED_ELEMENTS = 3;

const TAG_OR_COMMENT = /<(?:!--|(\/?)([a-zA-Z][^\s/>]*))/g;

interface Open {
  name: string;
  candidate: (MarkupCandidate & { openedAt: number; elementsBefore: number }) | null;
}

/** Measures `html` (see the module comment). */
export function measureMarkup(html: string): MarkupMeasure {
  const stack: Open[] = [];
  const candidates: (MarkupCandidate & { openedAt: number; elementsBefore: number })[] = [];
  const openCandidates = new Set<MarkupCandidate & { openedAt: number; elementsBefore: number }>();
  let articles = 0;
  let elements = 0;
  let depth = 0;
  let bodyStart = -1;
  let headElements = 0;
  const styleTexts: Array<[number, number]> = [];

  const pop = (to: number, at: number): void => {
    while (stack.length > to) {
      const closed = stack.pop()!;
      if (closed.candidate) {
        closed.candidate.end = at;
        closed.candidate.elements = elements - closed.candidate.elementsBefore;
        openCandidates.delete(closed.candidate);
      }
    }
  };
  const findOpen = (names: readonly string[], boundary: readonly string[]): number => {
    for (let i = stack.length - 1; i >= Math.max(0, stack.length - END_TAG_REACH); i--) {
      const name = stack[i]!.name;
      if (names.includes(name)) return i;
      if (boundary.includes(name)) return -1;
    }
    return -1;
  };

  TAG_OR_COMMENT.lastIndex = 0;
  for (let m = TAG_OR_COMMENT.exec(html); m !== null; m = TAG_OR_COMMENT.exec(html)) {
    const at = m.index;
    if (m[2] === undefined) {
      // A comment: skipped to its end; one never closed runs to the end of the page.
      const close = html.indexOf('-->', at + 4);
      if (close < 0) break;
      TAG_OR_COMMENT.lastIndex = close + 3;
      continue;
    }
    // The tag runs to the next ">"; a tag never closed ends the page (the tokenizer drops it).
    const tagEnd = html.indexOf('>', at + m[0].length);
    if (tagEnd < 0) break;
    TAG_OR_COMMENT.lastIndex = tagEnd + 1;
    const name = m[2].toLowerCase();
    if (m[1] === '/') {
      const open = findOpen([name], []);
      if (open >= 0) pop(open, tagEnd + 1);
      continue;
    }
    if (name === 'html' || name === 'head') continue; // always there, counted once
    if (name === 'body') {
      if (bodyStart < 0) {
        bodyStart = tagEnd + 1;
        headElements = elements + IMPLIED_ELEMENTS;
      }
      continue;
    }
    elements++;
    const top = stack[stack.length - 1]?.name;
    if (top === 'p' && CLOSES_P.has(name)) pop(stack.length - 1, at);
    const implied = IMPLIED_END[name];
    if (implied) {
      const open = findOpen(implied.closes, implied.boundary);
      if (open >= 0) pop(open, at);
    }
    // Its level, whether or not it can hold others (void and raw-text elements are never pushed).
    depth = Math.max(depth, stack.length + 1);
    for (const open of openCandidates) open.depth = Math.max(open.depth, stack.length + 1 - open.openedAt);
    const attributes = html.slice(at + m[0].length, tagEnd);
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'gi');
      close.lastIndex = tagEnd + 1;
      const found = close.exec(html);
      if (!found) break;
      if (name === 'style' && found.index > tagEnd + 1) styleTexts.push([tagEnd + 1, found.index]);
      TAG_OR_COMMENT.lastIndex = found.index;
      // Its end tag is read next and closes nothing (the element was never pushed).
      continue;
    }
    if (name === 'plaintext') break; // everything after it is text
    if (VOID.has(name) || attributes.endsWith('/')) continue;
    const kind = candidateKind(name, attributes);
    let candidate: Open['candidate'] = null;
    if (kind && (kind !== 'article' || articles++ < MAX_ARTICLES) && !candidates.some((c) => c.kind === kind && kind !== 'article')) {
      candidate = { kind, start: at, end: html.length, elements: 0, depth: 0, openedAt: stack.length, elementsBefore: elements - 1 };
      candidates.push(candidate);
      openCandidates.add(candidate);
    }
    stack.push({ name, candidate });
    if (candidate) candidate.depth = 1;
  }
  pop(0, html.length);
  if (bodyStart < 0) headElements = IMPLIED_ELEMENTS;
  return {
    elements: elements + IMPLIED_ELEMENTS,
    // html and body (or head) above the page's own elements.
    depth: depth + 2,
    bodyStart,
    headElements,
    candidates: candidates.map(({ openedAt: _o, elementsBefore: _e, ...c }) => c),
    styleTexts,
  };
}

function candidateKind(name: string, attributes: string): MarkupCandidate['kind'] | null {
  if (name === 'article') return 'article';
  if (name === 'main') return 'main';
  if (attributes === '') return null;
  if (/\bitemprop\s*=\s*["']?[^"'>]*\barticleBody\b/i.test(attributes)) return 'articleBody';
  if (/\brole\s*=\s*["']?main\b/i.test(attributes)) return 'main';
  return null;
}
