// Numbers fused with their unit in one word: "zweistündig", "eineinhalbstündige", "90-minütig",
// "24-Stunden-Frist", "5-Prozent-Hürde", "two-hour", "90-minute".

import { parseDigits } from './digits';
import { capitalisedMidSentence, type Scan } from './scan';
import { duration, universalUnit, type UnitDef } from './units';

export interface Compound {
  value: number;
  def: UnitDef;
}

/** Reads token i as number + unit, or null when it is not such a compound. */
export function readCompound(scan: Scan, i: number): Compound | null {
  const text = scan.tokens[i]?.text ?? '';
  const word = text.toLowerCase();
  if (word.indexOf('-') > 0) {
    const [first = '', second = '', third] = word.split('-');
    // "ein 46-Jähriger", "a 46-year-old": an age names a person, not a stretch of time to compare.
    const noun = /^\p{Lu}/u.test(text.split('-')[1] ?? '');
    if (third === 'old' || (noun && fusedDuration(scan, second))) return null;
    const value = numberPart(scan, first);
    const def = value === null ? null : unitPart(scan, second);
    return value !== null && def ? { value, def } : null;
  }
  const fused = fusedDuration(scan, word);
  if (!fused || !fused.prefix || capitalisedMidSentence(scan, i)) return null;
  const value = numberPart(scan, fused.prefix);
  return value === null ? null : { value, def: duration(fused.factor) };
}

function numberPart(scan: Scan, part: string): number | null {
  const digits = parseDigits(part, scan.language);
  if (digits !== null) return digits;
  const lex = scan.lexicon;
  if (!lex) return null;
  if (lex.halfWords.has(part)) return 0.5;
  const reading = lex.readNumber([part]);
  return reading && reading.used === 1 ? reading.value : null;
}

/** The unit after the hyphen: a unit word ("stunden", "hour") or a bare adjective stem ("minütige"). */
function unitPart(scan: Scan, part: string): UnitDef | null {
  const lex = scan.lexicon;
  const word = lex?.units.get(part) ?? universalUnit(part);
  if (word) return word;
  const fused = fusedDuration(scan, part);
  return fused && !fused.prefix ? duration(fused.factor) : null;
}

/** Splits "zweistündige" into the prefix "zwei" and the minutes of "stündig"; the ending may be inflected. */
function fusedDuration(scan: Scan, word: string): { prefix: string; factor: number } | null {
  for (const [stem, factor] of scan.lexicon?.durationSuffixes ?? []) {
    const at = word.lastIndexOf(stem);
    if (at >= 0 && /^(?:e[mnrs]?)?$/.test(word.slice(at + stem.length))) return { prefix: word.slice(0, at), factor };
  }
  return null;
}
