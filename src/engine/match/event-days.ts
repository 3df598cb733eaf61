// How far apart two reports' dates are, and the windows that decide what that means: within a few days they
// may report one event, within weeks one may follow the other up. One home, so that clustering the corpus and
// matching a page judge dates alike.

/** Reports of one event appear within a few days of it; a report a week later is a follow-up at most. */
export const SAME_EVENT_DAYS = 3;
/** A follow-up refers back to an event within weeks; later stories of the same people are other events. */
export const RELATED_EVENT_DAYS = 14;

const MS_PER_DAY = 86_400_000;

/** Days between two YYYY-MM-DD dates, or null when either is unknown. */
export function dayDistance(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / MS_PER_DAY;
}
