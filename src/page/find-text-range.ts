// Finds a sentence in a page's visible text and returns a DOM Range over it, across as many text nodes (links,
// emphasis) as it spans. Reads the DOM only: the page is never changed.
//
// Page text and sentence are folded alike before they are compared: whitespace runs become one space, block
// boundaries count as a space (as in extraction, which makes a paragraph of each block), soft hyphens and
// zero-width characters vanish, every quote becomes one quote and every dash one dash, accents and case go.

// Block and skipped tags are extraction's own (engine/extract/paragraph-tags), so the page is split as the
// extracted text was.
import { BLOCK_TAGS, SKIPPED_TAGS } from '../engine';

export interface FindTextOptions {
  /** Extra test for subtrees to leave out; the live page passes a rendering check (jsdom has none). */
  isHidden?: (element: Element) => boolean;
}

/** The folded text under a root, each folded character mapped back to the text node and offset it came from. */
export interface TextIndex {
  readonly doc: Document;
  readonly nodes: readonly Text[];
  readonly folded: string;
  /** Per folded character: index into `nodes` (-1 for a space standing for a block boundary). */
  readonly nodeOf: readonly number[];
  readonly offsetOf: readonly number[];
  /** Per folded character: how many UTF-16 units of the node's text it came from. */
  readonly widthOf: readonly number[];
}

// DOM constants as numbers: this module must not rely on DOM globals (tests hand it a jsdom document).
const ELEMENT_NODE = 1;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Below this many letters, a match that ignores spacing could land on the wrong words. */
const MIN_SPACELESS_LENGTH = 12;

/** The first occurrence of `text` in the visible text under `root`, or null. */
export function findTextRange(root: Node, text: string, options: FindTextOptions = {}): Range | null {
  return findInTextIndex(indexText(root, options), text);
}

export function indexText(root: Node, options: FindTextOptions = {}): TextIndex {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const builder = new FoldedTextBuilder();
  const nodes: Text[] = [];
  let sawBreak = false;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== ELEMENT_NODE) return FILTER_ACCEPT;
      if (node !== root && isLeftOut(node as Element, options)) return FILTER_REJECT;
      if ((node as Element).localName === 'br') sawBreak = true;
      return FILTER_SKIP;
    },
  });
  const blockOf = blockFinder(root);
  let previousBlock: Node | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const textNode = node as Text;
    const block = blockOf(textNode);
    if (sawBreak || (previousBlock !== null && block !== previousBlock)) builder.space(-1, 0);
    sawBreak = false;
    previousBlock = block;
    builder.addNodeText(nodes.length, textNode.data);
    nodes.push(textNode);
  }
  return { doc, nodes, ...builder.result() };
}

export function findInTextIndex(index: TextIndex, text: string): Range | null {
  const needle = foldText(text);
  if (needle === '') return null;
  const at = searchWords(index.folded, needle, (i) => i);
  if (at !== -1) return rangeOf(index, at, at + needle.length - 1);
  return findIgnoringSpaces(index, needle);
}

/**
 * The part of a found sentence at `span` (offsets in `text`): the claim the reader opened. Found by its folded
 * text inside the sentence's folded text, from where its prefix ends; the whole sentence's range when the part
 * cannot be placed (spacing the page and extraction disagree on).
 */
export function narrowToPart(index: TextIndex, sentence: Range, text: string, span: { start: number; end: number }): Range {
  const part = foldText(text.slice(span.start, span.end));
  if (part === '') return sentence;
  const first = foldedPosition(index, sentence.startContainer, sentence.startOffset);
  if (first < 0) return sentence;
  const whole = foldText(text);
  const hint = Math.max(0, foldText(text.slice(0, span.start)).length - 1);
  const local = whole.indexOf(part, hint) >= 0 ? whole.indexOf(part, hint) : whole.indexOf(part);
  if (local < 0 || index.folded.slice(first, first + whole.length) !== whole) return sentence;
  return rangeOf(index, first + local, first + local + part.length - 1) ?? sentence;
}

/** Where a DOM position (text node and offset) stands in the folded text, or -1. */
function foldedPosition(index: TextIndex, node: Node, offset: number): number {
  const n = index.nodes.indexOf(node as Text);
  if (n < 0) return -1;
  for (let i = 0; i < index.folded.length; i++) if (index.nodeOf[i] === n && index.offsetOf[i] === offset) return i;
  return -1;
}

/** The text folded as the page text is: what a sentence is compared by. */
export function foldText(text: string): string {
  const builder = new FoldedTextBuilder();
  builder.addNodeText(0, text);
  return builder.result().folded.trim();
}

// Extraction and page may disagree on spacing (a space only in the markup's indentation, a <br>): retry with
// spaces ignored on both sides, for sentences long enough that this cannot pick the wrong words.
function findIgnoringSpaces(index: TextIndex, needle: string): Range | null {
  const compactNeedle = needle.replaceAll(' ', '');
  if (compactNeedle.length < MIN_SPACELESS_LENGTH) return null;
  const positions: number[] = [];
  let compact = '';
  for (let i = 0; i < index.folded.length; i++) {
    if (index.folded[i] === ' ') continue;
    compact += index.folded[i];
    positions.push(i);
  }
  const at = searchWords(compact, compactNeedle, (i) => positions[i]!, index.folded);
  if (at === -1) return null;
  return rangeOf(index, positions[at]!, positions[at + compactNeedle.length - 1]!);
}

// indexOf that refuses matches starting or ending inside a word ("Ja." must not match the end of "Naja.").
// Word boundaries are judged in `spaced`, the text with its spaces, through `toSpaced`.
function searchWords(haystack: string, needle: string, toSpaced: (i: number) => number, spaced = haystack): number {
  const startsWord = isWordChar(needle[0]);
  const endsWord = isWordChar(needle[needle.length - 1]);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = spaced[toSpaced(at) - 1];
    const after = spaced[toSpaced(at + needle.length - 1) + 1];
    if (startsWord && isWordChar(before)) continue;
    if (endsWord && isWordChar(after)) continue;
    return at;
  }
  return -1;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function rangeOf(index: TextIndex, first: number, last: number): Range | null {
  const startNode = index.nodes[index.nodeOf[first]!];
  const endNode = index.nodes[index.nodeOf[last]!];
  if (!startNode || !endNode) return null;
  const range = index.doc.createRange();
  range.setStart(startNode, index.offsetOf[first]!);
  range.setEnd(endNode, index.offsetOf[last]! + index.widthOf[last]!);
  return range;
}

function isLeftOut(element: Element, options: FindTextOptions): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return options.isHidden?.(element) ?? false;
}

// The nearest block element around a text node (or the root): two text nodes in different blocks belong to
// different paragraphs, so a space separates them even where the markup has none ("<p>Ende.</p><p>Neu").
function blockFinder(root: Node): (node: Text) => Node {
  const cache = new Map<Node, Node>();
  return (node) => {
    const parent = node.parentNode;
    if (!parent) return root;
    let block = cache.get(parent);
    if (block) return block;
    block = root;
    for (let el: Node | null = parent; el && el !== root; el = el.parentNode) {
      if (el.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((el as Element).localName)) {
        block = el;
        break;
      }
    }
    cache.set(parent, block);
    return block;
  };
}

const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/u;
const QUOTES = new Set([...'"\'`´‘’‚‛“”„‟‹›«»′″＂＇']);
const DASHES = new Set([...'-‐‑‒–—―−﹣－']);
const WHITESPACE = /\s/u;
const MARKS = /\p{M}/gu;

/** Folded text with, per character, where in which node it came from. */
class FoldedTextBuilder {
  private chars: string[] = [];
  private nodeOf: number[] = [];
  private offsetOf: number[] = [];
  private widthOf: number[] = [];

  addNodeText(node: number, data: string): void {
    for (let i = 0; i < data.length; ) {
      const code = data.codePointAt(i)!;
      const width = code > 0xffff ? 2 : 1;
      for (const char of foldChar(data.slice(i, i + width), code)) {
        if (char === ' ') this.space(node, i);
        else this.push(char, node, i, width);
      }
      i += width;
    }
  }

  /** One space, never two in a row and never at the start. */
  space(node: number, offset: number): void {
    const last = this.chars[this.chars.length - 1];
    if (last === undefined || last === ' ') return;
    this.push(' ', node, offset, 1);
  }

  result(): Pick<TextIndex, 'folded' | 'nodeOf' | 'offsetOf' | 'widthOf'> {
    return { folded: this.chars.join(''), nodeOf: this.nodeOf, offsetOf: this.offsetOf, widthOf: this.widthOf };
  }

  private push(char: string, node: number, offset: number, width: number): void {
    this.chars.push(char);
    this.nodeOf.push(node);
    this.offsetOf.push(offset);
    this.widthOf.push(width);
  }
}

function foldChar(char: string, code: number): string {
  if (code < 0x80) {
    if (code <= 0x20) return WHITESPACE.test(char) ? ' ' : '';
    if (QUOTES.has(char)) return '"';
    return char.toLowerCase();
  }
  if (WHITESPACE.test(char)) return ' ';
  if (INVISIBLE.test(char)) return '';
  if (QUOTES.has(char)) return '"';
  if (DASHES.has(char)) return '-';
  // NFKD splits "ü" into "u" + a mark and "…" into "...", so composed and decomposed spellings meet.
  return char.normalize('NFKD').replace(MARKS, '').toLowerCase();
}
