// Dates written out or in digits: ISO ("2024-03-07", "2024-03"), dotted ("07.03.24", "07.03.2024", "7.3."),
// with a month name ("12. Februar 2025", "am 24. Februar", "February 12, 2025", "Februar 2025").

import { dayNumber, fullYear, isoDay, monthSpan, nearestDay } from './calendar';
import { makeQuantity } from './quantity';
import { continues, gapAfter, gapBefore, lowerAt, textAt, type Match, type Scan } from './scan';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
const DOTTED_NO_YEAR = /^(\d{1,2})\.(\d{1,2})$/;
const DAY_GLUED_TO_MONTH = /^(\d{1,2})\.(\p{L}+)$/u;
const YEAR = /^\d{4}$/;

/** The date starting at token i. Dates without a year need the reference date; without it they are skipped. */
export function matchDate(scan: Scan, i: number): Match | null {
  return isoDate(scan, i) ?? dottedDate(scan, i) ?? dayFirst(scan, i) ?? monthFirst(scan, i);
}

function isoDate(scan: Scan, i: number): Match | null {
  const text = textAt(scan, i);
  const day = ISO_DAY.exec(text);
  if (day) return dayMatch(scan, i, i, dayNumber(Number(day[1]), Number(day[2]), Number(day[3])));
  const month = ISO_MONTH.exec(text);
  // "2010-11" is as likely a season as November 2010.
  if (!month || Number(month[2]) === (Number(month[1]) + 1) % 100) return null;
  return monthMatch(scan, i, i, Number(month[1]), Number(month[2]));
}

function dottedDate(scan: Scan, i: number): Match | null {
  const text = textAt(scan, i);
  const full = DOTTED.exec(text);
  if (full) {
    const written = full[3] ?? '';
    const year = written.length === 2 ? fullYear(Number(written), scan.refDay) : Number(written);
    return dayMatch(scan, i, i, dayNumber(year, Number(full[2]), Number(full[1])));
  }
  // "am 7.3." is German; elsewhere "7.3" may be a decimal.
  const short = DOTTED_NO_YEAR.exec(text);
  if (!short || scan.language !== 'de' || !gapAfter(scan, i).startsWith('.')) return null;
  return withYear(scan, i, i, Number(short[2]), Number(short[1]));
}

/** "12. Februar 2025", "12 February", "12th February", "12.Februar". */
function dayFirst(scan: Scan, i: number): Match | null {
  const glued = DAY_GLUED_TO_MONTH.exec(textAt(scan, i));
  const gluedMonth = glued ? scan.lexicon?.months.get((glued[2] ?? '').toLowerCase()) : undefined;
  if (glued && gluedMonth !== undefined) return withYear(scan, i, i, gluedMonth, Number(glued[1]));
  const day = dayAt(scan, i);
  if (day === null || !/^\.?[ \u00a0]+$/.test(gapAfter(scan, i))) return null;
  const month = monthAt(scan, i + 1);
  return month === null ? null : withYear(scan, i, i + 1, month, day);
}

/** "February 12, 2025", "Feb. 12", "Februar 2025". */
function monthFirst(scan: Scan, i: number): Match | null {
  const month = monthAt(scan, i);
  if (month === null || !continues(scan, i + 1)) return null;
  const next = textAt(scan, i + 1);
  if (YEAR.test(next)) return monthMatch(scan, i, i + 1, Number(next), month);
  const day = dayAt(scan, i + 1);
  return day === null ? null : withYear(scan, i, i + 1, month, day);
}

/** Finishes a day and month with the year written after token `last`, or the reference year. */
function withYear(scan: Scan, first: number, last: number, month: number, day: number): Match {
  const year = textAt(scan, last + 1);
  if (YEAR.test(year) && /^(?:,|\.)?[ \u00a0]+$/.test(gapBefore(scan, last + 1))) {
    return dayMatch(scan, first, last + 1, dayNumber(Number(year), month, day));
  }
  return dayMatch(scan, first, last, scan.refDay === null ? null : nearestDay(scan.refDay, month, day));
}

function dayAt(scan: Scan, k: number): number | null {
  const text = textAt(scan, k);
  const digits = /^\d{1,2}$/.test(text) ? text : scan.lexicon?.ordinalSuffix?.exec(text)?.[1];
  const day = Number(digits ?? NaN);
  return day >= 1 && day <= 31 ? day : null;
}

/** Month names are capitalised in both German and English; "may" and "march" in lower case are verbs. */
function monthAt(scan: Scan, k: number): number | null {
  if (!/^\p{Lu}/u.test(textAt(scan, k))) return null;
  return scan.lexicon?.months.get(lowerAt(scan, k)) ?? null;
}

/** A date match over tokens first…last; a null day (no such date, no reference) skips them without a quantity. */
function dayMatch(scan: Scan, first: number, last: number, day: number | null): Match {
  const start = scan.tokens[first]?.start ?? 0;
  const end = scan.tokens[last]?.end ?? start;
  const quantity = day === null ? null : makeQuantity(scan, {
    kind: 'date', value: day, unit: 'day', iso: isoDay(day), approximate: false, start, end,
  });
  return { quantity, next: last + 1 };
}

function monthMatch(scan: Scan, first: number, last: number, year: number, month: number): Match {
  const span = monthSpan(year, month);
  const start = scan.tokens[first]?.start ?? 0;
  const end = scan.tokens[last]?.end ?? start;
  const quantity = span && makeQuantity(scan, {
    kind: 'date', value: span.value, unit: 'day', iso: span.iso, approximate: false, start, end, spread: span.tolerance,
  });
  return { quantity, next: last + 1 };
}
