// Number words as values. German compounds are read morpheme by morpheme ("sechsundzwanzig", "zweihundert",
// "eineinhalb", "dreiviertel"); English numbers span words ("two hundred and fifty", "twenty-one").

/** How many words a reading took from the list it was given. */
export interface NumberReading {
  value: number;
  used: number;
}

type Morpheme = 'digit' | 'teen' | 'ten' | 'und' | 'hundert' | 'tausend';

const GERMAN_MORPHEMES: ReadonlyArray<readonly [string, number, Morpheme]> = (
  [
    ['eins', 1, 'digit'], ['ein', 1, 'digit'], ['zwei', 2, 'digit'], ['zwo', 2, 'digit'], ['drei', 3, 'digit'],
    ['vier', 4, 'digit'], ['fünf', 5, 'digit'], ['sechs', 6, 'digit'], ['sieben', 7, 'digit'], ['acht', 8, 'digit'],
    ['neun', 9, 'digit'], ['zehn', 10, 'teen'], ['elf', 11, 'teen'], ['zwölf', 12, 'teen'], ['dreizehn', 13, 'teen'],
    ['vierzehn', 14, 'teen'], ['fünfzehn', 15, 'teen'], ['sechzehn', 16, 'teen'], ['siebzehn', 17, 'teen'],
    ['achtzehn', 18, 'teen'], ['neunzehn', 19, 'teen'], ['zwanzig', 20, 'ten'], ['dreissig', 30, 'ten'],
    ['vierzig', 40, 'ten'], ['fünfzig', 50, 'ten'], ['sechzig', 60, 'ten'], ['siebzig', 70, 'ten'],
    ['achtzig', 80, 'ten'], ['neunzig', 90, 'ten'], ['und', 0, 'und'], ['hundert', 100, 'hundert'],
    ['tausend', 1000, 'tausend'],
  ] as const
)
  .slice()
  // Longest first, so "dreizehn" is not read as "drei" + leftover.
  .sort((a, b) => b[0].length - a[0].length);

/** Which morpheme may follow which: "sechs|und|zwanzig", "zwei|hundert|drei", never "zwei|drei". */
function follows(prev: Morpheme | null, next: Morpheme): boolean {
  const afterScale = prev === null || prev === 'hundert' || prev === 'tausend';
  switch (next) {
    case 'und': return prev === 'digit';
    case 'ten': return afterScale || prev === 'und';
    case 'digit': case 'teen': return afterScale;
    case 'hundert': return prev === null || prev === 'digit' || prev === 'tausend';
    case 'tausend': return prev !== 'und' && prev !== 'tausend';
  }
}

function germanCardinal(word: string): number | null {
  let total = 0;
  let current = 0;
  let prev: Morpheme | null = null;
  for (let pos = 0; pos < word.length; ) {
    const hit = GERMAN_MORPHEMES.find(([text]) => word.startsWith(text, pos));
    if (!hit || !follows(prev, hit[2])) return null;
    const [text, value, kind] = hit;
    if (kind === 'hundert') current = (current || 1) * 100;
    else if (kind === 'tausend') {
      if (total) return null;
      total = (current || 1) * 1000;
      current = 0;
    } else current += value;
    prev = kind;
    pos += text.length;
  }
  return prev !== null && prev !== 'und' ? total + current : null;
}

/** "drei" → 3, "einundzwanzig" → 21, "eineinhalb" → 1.5, "dreiviertel" → 0.75; ordinals, plurals → null. */
export function germanNumberWord(word: string): number | null {
  const w = word.toLowerCase().replace(/ß/g, 'ss');
  if (w === 'anderthalb') return 1.5;
  if (w.endsWith('einhalb')) {
    const whole = w.length === 7 ? 0 : germanCardinal(w.slice(0, -7));
    return whole === null ? null : whole + 0.5;
  }
  if (w.endsWith('viertel') && w.length > 7) {
    const quarters = germanCardinal(w.slice(0, -7));
    return quarters !== null && quarters < 4 ? quarters / 4 : null;
  }
  return germanCardinal(w);
}

export function readGermanNumber(words: readonly string[]): NumberReading | null {
  const value = germanNumberWord(words[0] ?? '');
  return value === null ? null : { value, used: 1 };
}

const ENGLISH_SMALL = [
  '', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

type EnglishKind = 'small' | 'ten' | 'hundred' | 'thousand';

function englishWord(word: string): { value: number; kind: EnglishKind } | null {
  if (word === 'hundred') return { value: 100, kind: 'hundred' };
  if (word === 'thousand') return { value: 1000, kind: 'thousand' };
  const small = ENGLISH_SMALL.indexOf(word);
  if (small > 0) return { value: small, kind: 'small' };
  const [tens = '', unit, extra] = word.split('-');
  const ten = ENGLISH_TENS.indexOf(tens);
  if (ten < 2 || extra !== undefined) return null;
  if (unit === undefined) return { value: ten * 10, kind: 'ten' };
  const u = ENGLISH_SMALL.indexOf(unit);
  return u > 0 && u < 10 ? { value: ten * 10 + u, kind: 'small' } : null;
}

function englishFollows(prev: EnglishKind | null, next: EnglishKind): boolean {
  if (next === 'hundred') return prev === 'small' || prev === 'ten';
  if (next === 'thousand') return prev !== null && prev !== 'thousand';
  return prev === null || prev === 'hundred' || prev === 'thousand' || (prev === 'ten' && next === 'small');
}

/** Reads from the start of `words` as far as they form one number; "and" only after hundred/thousand. */
export function readEnglishNumber(words: readonly string[]): NumberReading | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let prev: EnglishKind | null = null;
  for (let k = 0; k < words.length; k++) {
    if (words[k] === 'and' && (prev === 'hundred' || prev === 'thousand')) continue;
    const word = englishWord(words[k] ?? '');
    if (!word || !englishFollows(prev, word.kind)) break;
    if (word.kind === 'hundred') current *= 100;
    else if (word.kind === 'thousand') {
      total += current * 1000;
      current = 0;
    } else current += word.value;
    prev = word.kind;
    used = k + 1;
  }
  return used ? { value: total + current, used } : null;
}
