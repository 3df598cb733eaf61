// Abbreviations after which a sentence does not end. General language data, not article content.

const GERMAN = [
  'abs', 'allg', 'bzw', 'ca', 'chr', 'dr', 'dt', 'evtl', 'ggf', 'hl', 'inkl', 'jh', 'jr', 'kap', 'max', 'min',
  'mio', 'mrd', 'nr', 'od', 'prof', 'rd', 's', 'sog', 'st', 'str', 'tel', 'u', 'usw', 'v', 'vgl', 'z', 'zb',
  'zt', 'ua', 'uä', 'bspw', 'gem', 'geb', 'hrsg', 'insb', 'lt', 'n', 'o', 'sen', 'tsd',
];
const ENGLISH = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'gen', 'gov',
  'sen', 'rep', 'lt', 'col', 'sgt', 'capt', 'no', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e',
];

export const ABBREVIATIONS: ReadonlySet<string> = new Set([...GERMAN, ...ENGLISH]);

export const MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember', 'january', 'february', 'march', 'may', 'june', 'july', 'october',
  'december',
]);
