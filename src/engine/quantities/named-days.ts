// Days named relative to the reference date: weekdays ("am Montag", "Donnerstagmorgen", "last Tuesday") and words
// such as "gestern" or "yesterday". Without a reference date they have no value and yield nothing.

import { isoDay, resolveWeekday } from './calendar';
import type { Lexicon } from './lexicon';
import { makeQuantity } from './quantity';
import { lowerAt, type Match, type Scan } from './scan';

export function matchNamedDay(scan: Scan, i: number): Match | null {
  const lex = scan.lexicon;
  const token = scan.tokens[i];
  if (!lex || !token || scan.refDay === null) return null;
  const offset = lex.relativeDays.get(token.lower);
  if (offset !== undefined && (token.text === token.lower || !lex.lowercaseOnly.has(token.lower))) {
    return dayMatch(scan, i, scan.refDay + offset);
  }
  const weekday = weekdayIn(lex, token.text, token.lower);
  if (weekday === null) return null;
  const direction = lex.weekdayShifts.get(lowerAt(scan, i - 1)) ?? 'recent';
  return dayMatch(scan, i, resolveWeekday(scan.refDay, weekday, direction));
}

/** "Donnerstag", "Donnerstagmorgen" → 4; "donnerstags" (habitual) and lower-case words → null. */
function weekdayIn(lex: Lexicon, text: string, lower: string): number | null {
  if (!/^\p{Lu}/u.test(text)) return null;
  for (const [name, weekday] of lex.weekdays) {
    if (lower === name || (lower.startsWith(name) && lex.weekdayParts.has(lower.slice(name.length)))) return weekday;
  }
  return null;
}

function dayMatch(scan: Scan, i: number, day: number): Match {
  const token = scan.tokens[i];
  const start = token?.start ?? 0;
  const end = token?.end ?? start;
  const quantity = makeQuantity(scan, {
    kind: 'date', value: day, unit: 'day', iso: isoDay(day), approximate: false, start, end,
  });
  return { quantity, next: i + 1 };
}
