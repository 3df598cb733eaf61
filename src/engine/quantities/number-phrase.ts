// One number as written: digits ("2,5"), words ("eineinhalb", "two hundred"), an article before a unit
// ("eine halbe Stunde"), a compound with its unit ("zweistündig"), optionally scaled ("2,5 Millionen").

import { readCompound } from './compounds';
import { parseDigits } from './digits';
import type { Lexicon } from './lexicon';
import { capitalisedMidSentence, continues, gapAfter, lowerAt, phraseWords, spells, textAt, type Scan } from './scan';
import type { UnitMatch } from './unit-phrase';

export interface NumberPhrase {
  value: number;
  first: number;
  last: number;
  /** Read from an article or the word "one": a quantity only if a unit follows ("ein Tag", not "ein Treffen"). */
  needsUnit: boolean;
  /** "eine gute Stunde", "eine knappe Woche": the hedge sits inside the phrase. */
  approximate: boolean;
  /** Four bare digits: a year unless a hedge, unit or scale makes it an amount. */
  yearLike: boolean;
  /** Upper end of a range written as one token ("10-15"). */
  rangeTo?: number;
  /** The article the phrase starts with, lower-cased. */
  article?: string;
  /** A unit fused into the word ("zweistündig", "24-Stunden-Frist"). */
  unit?: UnitMatch;
}

const DIGIT_RANGE = /^(\d[\d.,]*)-(\d[\d.,]*)$/;

/** The number phrase starting at token i, or null when token i starts none. */
export function readNumberPhrase(scan: Scan, i: number): NumberPhrase | null {
  const base = readBase(scan, i);
  if (!base || base.unit) return base;
  return withScales(scan, withHalf(scan, base));
}

function readBase(scan: Scan, i: number): NumberPhrase | null {
  const token = scan.tokens[i];
  if (!token) return null;
  const plain = { first: i, last: i, needsUnit: false, approximate: false, yearLike: false };
  const digits = parseDigits(token.text, scan.language);
  if (digits !== null) {
    return spaceGrouped(scan, i) ?? { ...plain, value: digits, yearLike: /^\d{4}$/.test(token.text) };
  }
  const range = DIGIT_RANGE.exec(token.text);
  if (range) {
    const low = parseDigits(range[1] ?? '', scan.language);
    const high = parseDigits(range[2] ?? '', scan.language);
    return low !== null && high !== null && high > low ? { ...plain, value: low, rangeTo: high } : null;
  }
  const fused = readCompound(scan, i);
  if (fused) return { ...plain, value: fused.value, unit: { def: fused.def, last: i, end: token.end } };
  const lex = scan.lexicon;
  if (!lex || capitalisedMidSentence(scan, i)) return null;
  if (lex.articles.has(token.lower)) return readArticle(scan, i, lex);
  if (lex.halfWords.has(token.lower) && continues(scan, i + 1) && lex.articles.has(lowerAt(scan, i + 1))) {
    return { ...plain, value: 0.5, last: i + 1, needsUnit: true, article: lowerAt(scan, i + 1) };
  }
  const reading = lex.readNumber(phraseWords(scan, i, lex.numberWordsMax));
  if (!reading) return null;
  return { ...plain, value: reading.value, last: i + reading.used - 1, needsUnit: reading.value === 1 };
}

/**
 * "10 000 Euro", "1\u202f500": thousands grouped by a (narrow) space. A plain space groups only outside English,
 * where "3 100" is more likely two numbers.
 */
function spaceGrouped(scan: Scan, i: number): NumberPhrase | null {
  if (!/^\d{1,3}$/.test(textAt(scan, i))) return null;
  const separator = scan.language === 'en' ? /^[\u00a0\u202f]$/ : /^[ \u00a0\u202f]$/;
  let last = i;
  let digits = textAt(scan, i);
  while (separator.test(gapAfter(scan, last)) && /^\d{3}$/.test(textAt(scan, last + 1))) digits += textAt(scan, ++last);
  if (last === i) return null;
  return { value: Number(digits), first: i, last, needsUnit: false, approximate: false, yearLike: false };
}

/** "eine Stunde", "eine halbe Stunde", "eine gute Woche", "a half hour". */
function readArticle(scan: Scan, i: number, lex: Lexicon): NumberPhrase {
  const article = lowerAt(scan, i);
  const phrase = { value: 1, first: i, last: i, needsUnit: true, approximate: false, yearLike: false, article };
  const adjective = continues(scan, i + 1) ? lex.articleAdjectives.get(lowerAt(scan, i + 1)) : undefined;
  if (!adjective) return phrase;
  return { ...phrase, value: adjective.factor, approximate: adjective.approximate, last: i + 1 };
}

/** "one and a half", "2 and a half": English adds the half in words; German fuses it ("eineinhalb"). */
function withHalf(scan: Scan, phrase: NumberPhrase): NumberPhrase {
  const andHalf = scan.lexicon?.andHalf ?? [];
  const k = phrase.last + 1;
  if (phrase.article || !andHalf.length || !continues(scan, k) || !spells(scan, k, andHalf)) return phrase;
  return { ...phrase, value: phrase.value + 0.5, last: k + andHalf.length - 1, needsUnit: false, yearLike: false };
}

/** "2,5 Millionen", "eine Million", "$2 billion", "zwei Dutzend", "a hundred". */
function withScales(scan: Scan, phrase: NumberPhrase): NumberPhrase {
  let result = phrase;
  for (let k = phrase.last + 1; continues(scan, k); k++) {
    const scale = scan.lexicon?.scales.get(lowerAt(scan, k));
    if (scale === undefined) break;
    result = {
      ...result,
      value: result.value * scale,
      ...(result.rangeTo === undefined ? {} : { rangeTo: result.rangeTo * scale }),
      last: k,
      needsUnit: false,
      yearLike: false,
    };
  }
  return result;
}
