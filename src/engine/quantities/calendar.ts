// Calendar arithmetic on whole days since 1970-01-01 (UTC), the value of date quantities.

const MS_PER_DAY = 86_400_000;

/** Days since the epoch, or null when the date does not exist (31 February, month 13). */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime() / MS_PER_DAY;
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Reads "YYYY-MM-DD" (a trailing time is ignored); anything else is no reference. */
export function parseReferenceDay(reference: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference ?? '');
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * 'recent': the latest such weekday on or before the reference (news speak of the past: "am Montag" said on
 * a Monday is that day); 'past': strictly before ("letzten Sonntag"); 'next': strictly after.
 */
export type WeekdayDirection = 'recent' | 'past' | 'next';

export function resolveWeekday(reference: number, weekday: number, direction: WeekdayDirection): number {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  if (direction === 'recent') return reference - back;
  if (direction === 'past') return reference - (back || 7);
  return reference + ((weekday - weekdayOf(reference) + 7) % 7 || 7);
}

/** A day and month without a year: the year that puts it closest to the reference (a January text's "28. Dezember"). */
export function nearestDay(reference: number, month: number, day: number): number | null {
  const year = yearOf(reference);
  let best: number | null = null;
  for (const candidate of [year - 1, year, year + 1]) {
    const d = dayNumber(candidate, month, day);
    if (d !== null && (best === null || Math.abs(d - reference) < Math.abs(best - reference))) best = d;
  }
  return best;
}

/** "25" → 2025: the century that puts the year closest to the reference year (or to 2000 without one). */
export function fullYear(twoDigits: number, reference: number | null): number {
  const around = reference === null ? 2000 : yearOf(reference);
  const century = Math.floor(around / 100) * 100;
  const candidates = [century - 100, century, century + 100].map((c) => c + twoDigits);
  return candidates.reduce((best, y) => (Math.abs(y - around) < Math.abs(best - around) ? y : best));
}

/**
 * A month without a day ("Februar 2025"): its middle day, with a tolerance that reaches every day of the
 * month and no day outside it, so it agrees with any date in that month.
 */
export function monthSpan(year: number, month: number): { value: number; tolerance: number; iso: string } | null {
  const first = dayNumber(year, month, 1);
  if (first === null) return null;
  const next = month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1);
  if (next === null) return null;
  const half = (next - 1 - first) / 2;
  return { value: first + half, tolerance: half, iso: `${year}-${String(month).padStart(2, '0')}` };
}
