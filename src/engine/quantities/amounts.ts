// Numbers with what they measure: an optional hedge ("rund", "about"), a number or a range, and a unit
// (duration, percent, currency, measure), or no unit, which makes a count or, for 1900–2100, a year.

import { readDurationTail } from './durations';
import { nonQuantityLength } from './guards';
import { readNumberPhrase, type NumberPhrase } from './number-phrase';
import { makeQuantity } from './quantity';
import { continues, gapBefore, lowerAt, spells, type Match, type Scan } from './scan';
import { readUnitAfter, type UnitMatch } from './unit-phrase';
import { CURRENCY_CODES, SYMBOL_UNITS, type UnitDef } from './units';

interface Hedge {
  next: number;
  approximate: boolean;
  /** "zwischen", "between": not a hedge by itself, but opens a range closed by "und"/"and". */
  between: boolean;
}

interface Range {
  high: number;
  last: number;
}

/** The amount starting at token i (a hedge or the number itself), or null when none starts there. */
export function matchAmount(scan: Scan, i: number): Match | null {
  const hedge = readHedge(scan, i);
  const j = hedge ? hedge.next : i;
  if (hedge && !hedgeReaches(scan, j)) return null;
  if (nonQuantityLength(scan, j) > 0) return null;
  const phrase = readNumberPhrase(scan, j);
  if (!phrase || isIdiom(scan, phrase)) return null;
  const prefix = currencyBefore(scan, j);
  const range = phrase.unit ? null : readRangeEnd(scan, phrase, hedge?.between ?? false);
  const last = range?.last ?? phrase.last;
  const unit = phrase.unit ?? readUnitAfter(scan, last) ?? prefixUnit(scan, prefix?.def, last);
  // A range needs its unit ("10 bis 15 Minuten"); without one, "1998 bis 2001" is read number by number.
  const kept = unit ? range : null;
  const hedged = (hedge?.approximate ?? false) || kept !== null;
  const start = hedge && hedged ? (scan.tokens[i]?.start ?? 0) : (prefix?.start ?? scan.tokens[j]?.start ?? 0);
  const approximate = hedged || phrase.approximate;
  if (unit) return measured(scan, { low: phrase.value, high: kept?.high ?? phrase.value, unit, start, approximate });
  return phrase.rangeTo === undefined ? bareNumber(scan, phrase, start, approximate) : bareRange(scan, phrase, start);
}

function readHedge(scan: Scan, i: number): Hedge | null {
  const lex = scan.lexicon;
  if (!lex) return null;
  if (lex.between.has(lowerAt(scan, i))) return { next: i + 1, approximate: false, between: true };
  const words = lex.approximators.find((w) => spells(scan, i, w));
  return words ? { next: i + words.length, approximate: true, between: false } : null;
}

/** The number must follow its hedge directly: "rund 90", "ca. 90", "about $2". */
function hedgeReaches(scan: Scan, j: number): boolean {
  return continues(scan, j) || (j > 0 && /^[ \u00a0]*[$€£][ \u00a0]?$/.test(gapBefore(scan, j)));
}

/** "eines Tages" (some day) and "once a day" use the article idiomatically: no duration there. */
function isIdiom(scan: Scan, phrase: NumberPhrase): boolean {
  const lex = scan.lexicon;
  if (!lex || !phrase.article || !phrase.needsUnit) return false;
  const before = lowerAt(scan, phrase.first - 1);
  if (lex.articleBlockers.has(before)) return true;
  return lex.genitiveArticles.has(phrase.article) && !lex.genitivePrepositions.has(before);
}

/** "$2 billion", "€ 5", "USD 300": a currency written before the number. */
function currencyBefore(scan: Scan, j: number): { start: number; def: UnitDef } | null {
  const prev = scan.tokens[j - 1];
  const symbol = /([$€£])[ \u00a0]?$/.exec(gapBefore(scan, j));
  const def = symbol ? SYMBOL_UNITS.get(symbol[1] ?? '') : undefined;
  // After a number the symbol is that number's suffix ("5 € 10"), not this one's prefix.
  if (symbol && def && !/\d$/.test(prev?.text ?? '')) return { start: (prev?.end ?? 0) + symbol.index, def };
  const code = prev && continues(scan, j) ? CURRENCY_CODES.get(prev.text) : undefined;
  return prev && code ? { start: prev.start, def: code } : null;
}

function prefixUnit(scan: Scan, def: UnitDef | undefined, last: number): UnitMatch | null {
  if (!def) return null;
  return { def, last, end: scan.tokens[last]?.end ?? 0 };
}

/** "10 bis 15", "10 to 15", "10–15", "zwischen 10 und 15": the upper end, when it is larger. */
function readRangeEnd(scan: Scan, phrase: NumberPhrase, between: boolean): Range | null {
  if (phrase.rangeTo !== undefined) return { high: phrase.rangeTo, last: phrase.last };
  const lex = scan.lexicon;
  const k = phrase.last + 1;
  const word = lowerAt(scan, k);
  let from: number | null = null;
  if (lex && continues(scan, k) && (between ? word === lex.conjunction : lex.rangeJoiners.has(word))) from = k + 1;
  else if (!between && /^[ \u00a0]*[–-][ \u00a0]*$/.test(gapBefore(scan, k))) from = k;
  if (from === null || (from > k && !continues(scan, from)) || nonQuantityLength(scan, from) > 0) return null;
  const upper = readNumberPhrase(scan, from);
  const usable = upper && !upper.unit && !upper.needsUnit && upper.rangeTo === undefined && upper.value > phrase.value;
  if (!upper || !usable) return null;
  return { high: upper.value, last: upper.last };
}

function bareNumber(scan: Scan, phrase: NumberPhrase, start: number, approximate: boolean): Match | null {
  if (phrase.needsUnit) return null;
  const { value } = phrase;
  const year = phrase.yearLike && !approximate && value >= 1900 && value <= 2100;
  const end = scan.tokens[phrase.last]?.end ?? start;
  const quantity = year
    ? makeQuantity(scan, { kind: 'year', value, unit: 'year', approximate: false, start, end })
    : makeQuantity(scan, { kind: 'count', value, unit: '', approximate, start, end });
  return { quantity, next: phrase.last + 1 };
}

/** "5-10 Menschen": a count range; "1998-2001" is a span of years, which no count may claim. */
function bareRange(scan: Scan, phrase: NumberPhrase, start: number): Match {
  const high = phrase.rangeTo ?? phrase.value;
  const years = [phrase.value, high].every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100);
  const end = scan.tokens[phrase.last]?.end ?? start;
  const quantity = years ? null : makeQuantity(scan, {
    kind: 'count', value: (phrase.value + high) / 2, unit: '', approximate: true, start, end,
    spread: (high - phrase.value) / 2,
  });
  return { quantity, next: phrase.last + 1 };
}

interface Measured {
  low: number;
  high: number;
  unit: UnitMatch;
  start: number;
  approximate: boolean;
}

function measured(scan: Scan, { low, high, unit, start, approximate }: Measured): Match {
  const { def } = unit;
  let from = low * def.factor;
  let to = high * def.factor;
  let { last, end } = unit;
  const tail = def.kind === 'duration' && from === to ? readDurationTail(scan, last + 1, def.factor) : null;
  if (tail) {
    from += tail.minutes;
    to = from;
    ({ last, end } = tail);
  }
  const quantity = makeQuantity(scan, {
    kind: def.kind, value: (from + to) / 2, unit: def.unit, approximate, start, end, spread: (to - from) / 2,
  });
  return { quantity, next: last + 1 };
}
