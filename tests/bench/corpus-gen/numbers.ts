// Numbers as outlets print them: exact or hedged ("rund 1.200"), in digits or words, durations in minutes or
// hours, and now and then a figure from another source that disagrees. The engine's quantity reader and
// its conflict check are what these variations exercise.

import type { Rng } from './prng';

export type QuantityKind = 'count' | 'money' | 'percent' | 'minutes' | 'days' | 'months' | 'kmh' | 'litres' | 'age';

export interface QuantitySlot {
  kind: QuantityKind;
  value: number;
  /** Figures such as a match result or a court's sentence are reported alike by everyone. */
  agreed?: boolean;
}

/** How one report gives a number: the value it states and whether it hedges it. */
export interface ReportedQuantity {
  value: number;
  hedge: 'none' | 'about' | 'over' | 'under';
}

const DISAGREEING_SOURCE = 0.1;

function roundTwoDigits(value: number): number {
  if (value < 100) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

export function reportQuantity(slot: QuantitySlot, rng: Rng, hedgeShare: number): ReportedQuantity {
  if (slot.agreed || slot.kind === 'age') return { value: slot.value, hedge: 'none' };
  // Police and organisers, a company and its union: another source, another figure.
  if (rng.chance(DISAGREEING_SOURCE)) return { value: roundTwoDigits(slot.value * rng.pick([0.5, 0.7, 1.3, 1.6, 2])), hedge: 'none' };
  if (!rng.chance(hedgeShare) || slot.value < 20) return { value: slot.value, hedge: 'none' };
  const rounded = roundTwoDigits(slot.value);
  const hedge = rounded === slot.value ? 'about' : rounded > slot.value ? 'under' : 'over';
  return { value: rounded, hedge };
}

const WORDS_DE = ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
const WORDS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

// toLocaleString builds a formatter on every call, which dominated generating 10k articles; these are reused.
const FORMATS = {
  de: [0, 1].map((d) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: d })),
  en: [0, 1].map((d) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: d })),
};

function digitsDe(value: number, decimals = 0): string {
  return FORMATS.de[decimals]!.format(value);
}

function digitsEn(value: number, decimals = 0): string {
  return FORMATS.en[decimals]!.format(value);
}

function countDe(value: number, rng: Rng): string {
  return value >= 2 && value <= 12 && rng.chance(0.6) ? WORDS_DE[value]! : digitsDe(value);
}

function hedgeDe(hedge: ReportedQuantity['hedge'], rng: Rng): string {
  if (hedge === 'about') return rng.pick(['rund ', 'etwa ', 'ungefähr ']);
  if (hedge === 'over') return rng.pick(['mehr als ', 'gut ', 'über ']);
  if (hedge === 'under') return rng.pick(['knapp ', 'fast ', 'beinahe ']);
  return '';
}

function hedgeEn(hedge: ReportedQuantity['hedge'], rng: Rng): string {
  if (hedge === 'about') return rng.pick(['about ', 'around ', 'roughly ']);
  if (hedge === 'over') return rng.pick(['more than ', 'over ']);
  if (hedge === 'under') return rng.pick(['almost ', 'nearly ']);
  return '';
}

function moneyDe(euros: number, rng: Rng): string {
  if (euros >= 1e9) return `${digitsDe(euros / 1e9, 1)} ${rng.pick(['Milliarden', 'Mrd.'])} Euro`;
  if (euros >= 1e6) return `${digitsDe(euros / 1e6, 1)} ${rng.pick(['Millionen', 'Mio.'])} Euro`;
  return `${digitsDe(euros)} Euro`;
}

function minutesDe(minutes: number, rng: Rng): string {
  if (minutes === 90 && rng.chance(0.6)) return rng.pick(['eineinhalb Stunden', 'anderthalb Stunden']);
  if (minutes % 60 === 0 && rng.chance(0.7)) return minutes === 60 ? 'eine Stunde' : `${countDe(minutes / 60, rng)} Stunden`;
  return `${digitsDe(minutes)} Minuten`;
}

function daysDe(days: number, rng: Rng, dative: boolean): string {
  if (days % 7 === 0 && rng.chance(0.6)) return days === 7 ? (dative ? 'einer Woche' : 'eine Woche') : `${countDe(days / 7, rng)} Wochen`;
  if (days === 1) return dative ? 'einem Tag' : 'einen Tag';
  return `${countDe(days, rng)} ${dative ? 'Tagen' : 'Tage'}`;
}

function monthsDe(months: number, rng: Rng, dative: boolean): string {
  const years = dative ? 'Jahren' : 'Jahre';
  if (months % 12 === 0) return months === 12 ? (dative ? 'einem Jahr' : 'ein Jahr') : `${countDe(months / 12, rng)} ${years}`;
  if (months > 12 && months % 12 === 6 && rng.chance(0.5)) return `${WORDS_DE[(months - 6) / 12] ?? digitsDe((months - 6) / 12)}einhalb ${years}`;
  return `${countDe(months, rng)} ${dative ? 'Monaten' : 'Monate'}`;
}

/** `dative` for "zu drei Jahren Haft", "nach zwei Tagen". */
export function formatQuantityDe(kind: QuantityKind, q: ReportedQuantity, rng: Rng, dative = false): string {
  const h = hedgeDe(q.hedge, rng);
  switch (kind) {
    case 'count': return h + (q.hedge === 'none' ? countDe(q.value, rng) : digitsDe(q.value));
    case 'money': return h + moneyDe(q.value, rng);
    case 'percent': return h + `${digitsDe(q.value, 1)} ${rng.pick(['Prozent', 'Prozent', '%'])}`;
    case 'minutes': return h + minutesDe(q.value, rng);
    case 'days': return h + daysDe(q.value, rng, dative);
    case 'months': return h + monthsDe(q.value, rng, dative);
    case 'kmh': return h + `${digitsDe(q.value)} ${rng.pick(['Kilometern pro Stunde', 'km/h'])}`;
    case 'litres': return h + `${digitsDe(q.value)} Liter${dative ? 'n' : ''} pro Quadratmeter`;
    case 'age': return digitsDe(q.value);
  }
}

export function formatQuantityEn(kind: QuantityKind, q: ReportedQuantity, rng: Rng): string {
  const h = hedgeEn(q.hedge, rng);
  const n = (v: number) => (v >= 2 && v <= 12 && q.hedge === 'none' && rng.chance(0.6) ? WORDS_EN[v]! : digitsEn(v));
  switch (kind) {
    case 'count': return h + n(q.value);
    case 'money': return h + (q.value >= 1e6 ? `${digitsEn(q.value / 1e6, 1)} million euros` : `${digitsEn(q.value)} euros`);
    case 'percent': return h + `${digitsEn(q.value, 1)} percent`;
    case 'minutes': return h + (q.value === 90 && rng.chance(0.5) ? 'an hour and a half' : `${digitsEn(q.value)} minutes`);
    case 'days': return h + (q.value === 1 ? 'one day' : `${n(q.value)} days`);
    case 'months': return h + (q.value % 12 === 0 ? `${n(q.value / 12)} year${q.value === 12 ? '' : 's'}` : `${n(q.value)} months`);
    case 'kmh': return h + `${digitsEn(q.value)} kilometres per hour`;
    case 'litres': return h + `${digitsEn(q.value)} litres per square metre`;
    case 'age': return digitsEn(q.value);
  }
}
