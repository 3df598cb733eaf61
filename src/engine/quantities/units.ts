// What can follow a number and how it normalises: durations to minutes, currencies to ISO codes, percent and
// percentage points, and a few measures so that "20 Kilometer" never agrees with "20 Tote".

export type UnitKind = 'duration' | 'percent' | 'money' | 'count';

export interface UnitDef {
  kind: UnitKind;
  /** The Quantity unit: 'min', '%', 'pp', 'EUR', 'km' … */
  unit: string;
  /** Multiplier into `unit` (hours → 60 minutes). */
  factor: number;
}

/** Months and years are calendar averages: "drei Jahre" and "36 Monate" should agree. */
export const MINUTES = {
  second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10_080, month: 43_830, year: 525_960,
} as const;

export const duration = (factor: number): UnitDef => ({ kind: 'duration', unit: 'min', factor });
export const money = (code: string): UnitDef => ({ kind: 'money', unit: code, factor: 1 });
export const measure = (unit: string): UnitDef => ({ kind: 'count', unit, factor: 1 });
export const PERCENT: UnitDef = { kind: 'percent', unit: '%', factor: 1 };
export const PERCENT_POINTS: UnitDef = { kind: 'percent', unit: 'pp', factor: 1 };

/** A lookup from groups of lower-case spellings that share one unit (keys may hold one space: "per cent"). */
export function unitTable(groups: ReadonlyArray<readonly [readonly string[], UnitDef]>): ReadonlyMap<string, UnitDef> {
  return new Map(groups.flatMap(([spellings, def]) => spellings.map((s) => [s, def] as const)));
}

/** Symbols written right before or after a number, in any language. */
export const SYMBOL_UNITS: ReadonlyMap<string, UnitDef> = new Map([
  ['%', PERCENT], ['€', money('EUR')], ['$', money('USD')], ['£', money('GBP')],
]);

/** Currency codes count only in upper case: "EUR" is a code, "eur" may be anything. */
export const CURRENCY_CODES: ReadonlyMap<string, UnitDef> = new Map(
  ['EUR', 'USD', 'GBP', 'CHF', 'RUB', 'UAH', 'JPY', 'CNY'].map((code) => [code, money(code)] as const),
);

/** Abbreviations that mean the same in most languages written in Latin script. */
const UNIVERSAL_UNITS = unitTable([
  [['min'], duration(MINUTES.minute)],
  [['h'], duration(MINUTES.hour)],
  [['km'], measure('km')],
  [['kg'], measure('kg')],
]);

export function universalUnit(text: string): UnitDef | null {
  return CURRENCY_CODES.get(text) ?? UNIVERSAL_UNITS.get(text.toLowerCase()) ?? null;
}
