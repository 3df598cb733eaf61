// Kölner Phonetik: a phonetic code for German spellings, equal for Selenskyj/Selenskij/Zelensky and
// Rußland/Russland. It also merges unrelated names (Berger/Burger), so callers confirm with an edit distance.

const VOWELS = new Set(['a', 'e', 'i', 'j', 'o', 'u', 'y']);

function codeOf(chars: string[], i: number): string {
  const c = chars[i] ?? '';
  const prev = chars[i - 1] ?? '';
  const next = chars[i + 1] ?? '';
  if (VOWELS.has(c)) return '0';
  switch (c) {
    case 'h': return '';
    case 'b': return '1';
    case 'p': return next === 'h' ? '3' : '1';
    case 'd': case 't': return 'csz'.includes(next) && next !== '' ? '8' : '2';
    case 'f': case 'v': case 'w': return '3';
    case 'g': case 'k': case 'q': return '4';
    case 'c':
      if (i === 0) return 'ahkloqrux'.includes(next) && next !== '' ? '4' : '8';
      return 'sz'.includes(prev) && prev !== '' ? '8' : 'ahkoqux'.includes(next) && next !== '' ? '4' : '8';
    case 'x': return 'ckq'.includes(prev) && prev !== '' ? '8' : '48';
    case 'l': return '5';
    case 'm': case 'n': return '6';
    case 'r': return '7';
    case 's': case 'z': return '8';
    default: return '';
  }
}

export function koelnerPhonetik(word: string): string {
  const chars = [...word.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 's')]
    .filter((c) => /[a-z]/.test(c));
  let raw = '';
  for (let i = 0; i < chars.length; i++) raw += codeOf(chars, i);
  let code = '';
  for (const digit of raw) if (digit !== code[code.length - 1]) code += digit;
  return code ? code[0] + code.slice(1).replace(/0/g, '') : '';
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Letters that transliterations and spellings swap for one sound (Selenskyj/Zelensky, Lawrow/Lavrov). */
export function spellingKey(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss')
    .replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/v/g, 'w').replace(/[yj]/g, 'i').replace(/z/g, 's').replace(/c/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

/** Two spellings of one name: same sound code, and one edit apart once swapped letters are folded
 *  (Selenskyj ~ Selenskij ~ Zelensky, Lawrow ~ Lavrov; not Scholz ~ Schulze). */
export function sameNameVariant(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 4 || koelnerPhonetik(x) !== koelnerPhonetik(y)) return false;
  const kx = spellingKey(x);
  const ky = spellingKey(y);
  return editDistance(kx, ky) <= (Math.min(kx.length, ky.length) >= 9 ? 2 : 1);
}
