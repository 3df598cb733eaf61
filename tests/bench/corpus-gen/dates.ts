// Dates as reports give them: the weekday ("am Dienstagabend"), the calendar date ("am 14. März"), or a
// numeric date. Reports of one event appear on the day or up to two days later and name the event's day.

import type { Rng } from './prng';

const DAY_MS = 86_400_000;
const WEEKDAYS_DE = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

export function isoDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** "am Dienstag", "am Dienstagabend", "am 14. März", "am 14.03.2025". */
export function eventDayDe(day: Date, rng: Rng): string {
  const weekday = WEEKDAYS_DE[day.getUTCDay()]!;
  const calendar = `${day.getUTCDate()}. ${MONTHS_DE[day.getUTCMonth()]}`;
  return rng.pick([
    `am ${weekday}`, `am ${weekday}`, `am ${weekday}${rng.pick(['abend', 'morgen', 'nachmittag'])}`,
    `am ${calendar}`, `am ${weekday}, dem ${calendar},`,
    `am ${String(day.getUTCDate()).padStart(2, '0')}.${String(day.getUTCMonth() + 1).padStart(2, '0')}.${day.getUTCFullYear()}`,
  ]);
}

export function eventDayEn(day: Date, rng: Rng): string {
  const weekday = WEEKDAYS_EN[day.getUTCDay()]!;
  return rng.pick([`on ${weekday}`, `on ${weekday}`, `on ${day.getUTCDate()} ${MONTHS_EN[day.getUTCMonth()]}`]);
}

/** A date ahead of the event ("zum 1. Juli"), for laws taking effect, trials resuming, works starting. */
export function futureDateDe(day: Date, rng: Rng): string {
  const month = MONTHS_DE[day.getUTCMonth()]!;
  return rng.pick([`zum ${day.getUTCDate()}. ${month}`, `ab dem ${day.getUTCDate()}. ${month}`, `ab ${month}`]);
}

export function futureDateEn(day: Date, rng: Rng): string {
  return rng.pick([`from ${day.getUTCDate()} ${MONTHS_EN[day.getUTCMonth()]}`, `in ${MONTHS_EN[day.getUTCMonth()]}`]);
}
