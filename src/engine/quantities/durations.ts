// Durations told in parts: "an hour and a half", "eine Stunde und zehn Minuten", "2 hours and 15 minutes".

import { readNumberPhrase } from './number-phrase';
import { continues, lowerAt, spells, type Scan } from './scan';
import { readUnitAfter } from './unit-phrase';

export interface DurationTail {
  minutes: number;
  last: number;
  end: number;
}

/** Extra minutes starting at token k after a duration whose unit is `factor` minutes; only smaller units join. */
export function readDurationTail(scan: Scan, k: number, factor: number): DurationTail | null {
  const lex = scan.lexicon;
  if (!lex || !continues(scan, k)) return null;
  if (lex.andHalf.length && spells(scan, k, lex.andHalf)) {
    const last = k + lex.andHalf.length - 1;
    return { minutes: factor / 2, last, end: scan.tokens[last]?.end ?? 0 };
  }
  if (lowerAt(scan, k) !== lex.conjunction || !continues(scan, k + 1)) return null;
  const part = readNumberPhrase(scan, k + 1);
  if (!part || part.rangeTo !== undefined) return null;
  const unit = part.unit ?? readUnitAfter(scan, part.last);
  if (!unit || unit.def.kind !== 'duration' || unit.def.factor >= factor) return null;
  const minutes = part.value * unit.def.factor;
  const more = readDurationTail(scan, unit.last + 1, unit.def.factor);
  return more
    ? { minutes: minutes + more.minutes, last: more.last, end: more.end }
    : { minutes, last: unit.last, end: unit.end };
}
