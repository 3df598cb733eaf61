// Numbers that are no quantities: clock times ("08:15:30", "20 Uhr", "7 p.m."), identifiers ("Artikel 5",
// "0171", "19/20", "§ 3") and ordinals ("am 3. Tag"). They are skipped whole, so no stray count remains.

import { continues, gapAfter, gapBefore, lowerAt, SPACES, textAt, type Scan } from './scan';

const DIGITS = /^\d[\d.,'’]*$/;
const ID_WORDS = new Set([
  'nr', 'nummer', 'number', 'artikel', 'article', 'art', 'paragraf', 'paragraph', 'seite', 'page', 'kapitel',
  'chapter', 'resolution', 'flug', 'flight', 'gleis', 'zimmer', 'room', 'platz', 'rang', 'linie', 'route',
]);
const ZONES = new Set(['utc', 'gmt']);

/** How many tokens from i form a number that is no quantity; 0 when token i is not one. */
export function nonQuantityLength(scan: Scan, i: number): number {
  if (!DIGITS.test(textAt(scan, i))) return 0;
  return clockLength(scan, i) || idLength(scan, i) || ordinalLength(scan, i);
}

function isDigits(scan: Scan, k: number): boolean {
  return /^\d+$/.test(textAt(scan, k));
}

function isClockWord(scan: Scan, k: number): boolean {
  const word = lowerAt(scan, k);
  return continues(scan, k) && (ZONES.has(word) || !!scan.lexicon?.clockWords.has(word));
}

/** Tokens from i joined by `separator` with nothing else between ("08:15:30", "2019/20"). */
function chainLength(scan: Scan, i: number, separator: string): number {
  let k = i;
  while (gapAfter(scan, k) === separator && isDigits(scan, k + 1)) k++;
  return k - i + 1;
}

function clockLength(scan: Scan, i: number): number {
  const chain = chainLength(scan, i, ':');
  if (chain > 1) return chain + (isClockWord(scan, i + chain) ? 1 : 0);
  if (gapBefore(scan, i) === ':' && /\d$/.test(textAt(scan, i - 1))) return 1;
  if (isClockWord(scan, i + 1)) return 2;
  // "von 10 bis 19 Uhr", "10 – 19 Uhr": the start of a range of clock times is a clock time too.
  const joiner = !!scan.lexicon?.rangeJoiners.has(lowerAt(scan, i + 1)) && continues(scan, i + 1);
  if (joiner && continues(scan, i + 2) && isDigits(scan, i + 2) && isClockWord(scan, i + 3)) return 4;
  const dashed = /^[ \u00a0]*[–-][ \u00a0]*$/.test(gapAfter(scan, i));
  return dashed && isDigits(scan, i + 1) && isClockWord(scan, i + 2) ? 3 : 0;
}

function idLength(scan: Scan, i: number): number {
  const text = textAt(scan, i);
  if (/^0\d/.test(text) || text.replace(/\D/g, '').length > 12) return 1;
  const slashed = chainLength(scan, i, '/');
  if (slashed > 1) return slashed;
  const before = gapBefore(scan, i);
  if (/\/$/.test(before) && /\d$/.test(textAt(scan, i - 1))) return 1;
  if (/[#§№][ \u00a0]*$/.test(before)) return 1;
  return continues(scan, i) && ID_WORDS.has(lowerAt(scan, i - 1)) ? 1 : 0;
}

/**
 * "am 3. Tag", "3. und 4.": a period after a small number, then a lower-case word or after a determiner. English
 * writes ordinals as "3rd", so a period there ends a sentence.
 */
function ordinalLength(scan: Scan, i: number): number {
  if (scan.language === 'en' || !/^\d{1,4}$/.test(textAt(scan, i))) return 0;
  const after = gapAfter(scan, i);
  if (/^\.[ \u00a0]*[/–-]/.test(after)) return 1;
  if (!/^\.[ \u00a0]+$/.test(after) || i + 1 >= scan.tokens.length) return 0;
  if (/^\p{Ll}/u.test(textAt(scan, i + 1))) return 1;
  const determiner = !!scan.lexicon?.ordinalDeterminers.has(lowerAt(scan, i - 1));
  return determiner && SPACES.test(gapBefore(scan, i)) ? 1 : 0;
}
