// Pairs quotation marks into spans. Many marks are ambiguous (“ closes „ in German but opens in English, ’ is
// also an apostrophe, " has no direction), so each mark's role comes from the characters around it first and
// from the open marks on the stack second. Unbalanced marks are dropped instead of swallowing the text.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** How many other spans enclose this one. */
  depth: number;
}

interface MarkRule {
  /** Opening marks this mark can close. */
  closes: string;
  opens: boolean;
}

const MARKS: Record<string, MarkRule> = {
  '„': { closes: '', opens: true },
  '‚': { closes: '', opens: true },
  '“': { closes: '„“', opens: true },
  '”': { closes: '“„”', opens: true },
  '‘': { closes: '‚‘', opens: true },
  '’': { closes: '‘‚', opens: false },
  '«': { closes: '»', opens: true },
  '»': { closes: '«»', opens: true },
  '‹': { closes: '›', opens: true },
  '›': { closes: '‹', opens: true },
  '"': { closes: '"', opens: true },
};

/** Marks that also serve as apostrophes ("Berger’s") and are ignored between letters. */
const APOSTROPHES = '’‘';

/** A quote longer than this is almost surely a mispairing (real quotes in news run to a few hundred chars). */
export const MAX_QUOTE_CHARS = 2000;

export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && ch in MARKS;
}

type Role = 'open' | 'close' | 'either' | 'inword';

const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2026\u2014\u2013]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A mark that delimits an attribute value of markup a text carries (onerror="…">, href="…"): code, not a
 *  quotation. */
function inMarkup(text: string, i: number): boolean {
  return text[i - 1] === '=' || text[i + 1] === '>';
}

/** The role the neighbouring characters suggest: „Wort → open, Wort“ → close. */
function roleFromContext(text: string, i: number): Role {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev !== undefined && next !== undefined && WORD_CHAR.test(prev) && WORD_CHAR.test(next)) return 'inword';
  const openBefore = prev === undefined || OPEN_BEFORE.test(prev) || isQuoteMark(prev);
  const closeAfter = next === undefined || CLOSE_AFTER.test(next) || isQuoteMark(next);
  if (openBefore && !closeAfter) return 'open';
  if (!openBefore && closeAfter) return 'close';
  return 'either';
}

interface OpenMark {
  ch: string;
  pos: number;
}

/** Index in the stack of the nearest open mark `ch` can close, or -1. */
function closableIndex(stack: OpenMark[], rule: MarkRule, pos: number): number {
  for (let j = stack.length - 1; j >= 0; j--) {
    const entry = stack[j]!;
    if (pos - entry.pos > MAX_QUOTE_CHARS) return -1;
    if (rule.closes.includes(entry.ch)) return j;
  }
  return -1;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/y;
/** The only characters the pairing acts on: jumping from one to the next skips the text between them. */
const MARK_OR_NEWLINE = new RegExp(`[\n${Object.keys(MARKS).join('')}]`, 'g');

/** All quote spans of `text`, ordered by opening offset, with their nesting depth. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const pairs: { open: number; close: number }[] = [];
  let stack: OpenMark[] = [];
  for (const found of text.matchAll(MARK_OR_NEWLINE)) {
    const i = found.index;
    const ch = found[0];
    if (ch === '\n') {
      // Quotes do not run across paragraphs: an opener still open at a blank line was unbalanced.
      PARAGRAPH_BREAK.lastIndex = i;
      if (PARAGRAPH_BREAK.test(text)) stack = [];
      continue;
    }
    const rule = MARKS[ch];
    if (!rule || inMarkup(text, i)) continue;
    const role = roleFromContext(text, i);
    if (role === 'inword' && APOSTROPHES.includes(ch)) continue;
    const j = role === 'open' ? -1 : closableIndex(stack, rule, i);
    if (j >= 0) {
      pairs.push({ open: stack[j]!.pos, close: i });
      stack = stack.slice(0, j); // inner openers never closed are dropped with it
    } else if (rule.opens && role !== 'close') {
      stack.push({ ch, pos: i });
    }
  }
  return withDepth(pairs);
}

/** Pairs never cross (closing a mark drops the openers above it), so a sweep over open marks gives depth. */
function withDepth(pairs: { open: number; close: number }[]): QuoteSpan[] {
  const sorted = [...pairs].sort((a, b) => a.open - b.open);
  const enclosing: number[] = [];
  return sorted.map((p) => {
    while (enclosing.length && enclosing[enclosing.length - 1]! < p.close) enclosing.pop();
    const depth = enclosing.length;
    enclosing.push(p.close);
    return { ...p, depth };
  });
}
