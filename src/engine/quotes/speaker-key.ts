// Matches speaker names across spellings and transliterations (Selenskyj / Selenskij / Zelensky,
// Lawrow / Lavrov). Kölner Phonetik alone also equates unrelated words (Putin / Puten), so a phonetic match
// must be confirmed by a small edit distance on the folded surname.

/** Largest edit distance between folded surnames that still counts as one person. */
export const MAX_NAME_EDITS = 2;

/** Lowercase, diacritics folded, ß → ss: "Selenskyj" → "selenskyj", "Rußland" → "russland". */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s?$/u, '');
}

/** The comparison key of a speaker: the folded last word of the name ("Donald Trump" → "trump"). */
export function speakerKey(name: string): string {
  const words = name.trim().split(/\s+/u);
  return foldName(words[words.length - 1] ?? '');
}

const COLOGNE_SIMPLE: Record<string, string> = {
  a: '0', e: '0', i: '0', j: '0', o: '0', u: '0', y: '0',
  b: '1', f: '3', v: '3', w: '3', g: '4', k: '4', q: '4',
  l: '5', m: '6', n: '6', r: '7', s: '8', z: '8',
};

function cologneCode(word: string, i: number): string {
  const c = word[i]!;
  const prev = word[i - 1] ?? '';
  const next = word[i + 1] ?? '';
  if (c in COLOGNE_SIMPLE) return COLOGNE_SIMPLE[c]!;
  switch (c) {
    case 'h':
      return '';
    case 'p':
      return next === 'h' ? '3' : '1';
    case 'd':
    case 't':
      return 'csz'.includes(next) && next ? '8' : '2';
    case 'x':
      return 'ckq'.includes(prev) && prev ? '8' : '48';
    case 'c':
      if (i === 0) return 'ahkloqrux'.includes(next) && next ? '4' : '8';
      return 'ahkoqux'.includes(next) && next && !'sz'.includes(prev) ? '4' : '8';
    default:
      return '';
  }
}

/** Kölner Phonetik of one word (letters outside a–z after folding are skipped). */
export function colognePhonetic(word: string): string {
  const w = foldName(word).replace(/[^a-z]/gu, '');
  let raw = '';
  for (let i = 0; i < w.length; i++) raw += cologneCode(w, i);
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === raw[i - 1]) continue;
    if (raw[i] === '0' && i > 0) continue;
    out += raw[i];
  }
  return out;
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** True when two speaker names denote the same person by their surnames. */
export function sameSpeaker(a: string, b: string): boolean {
  const ka = speakerKey(a);
  const kb = speakerKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  return colognePhonetic(ka) === colognePhonetic(kb) && editDistance(ka, kb) <= MAX_NAME_EDITS;
}
