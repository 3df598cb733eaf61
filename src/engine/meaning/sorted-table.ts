// Lookups straight on the data files' sorted lines, by binary search over the text itself: building Sets and
// Maps of ~300,000 words took longer than the whole first comparison, and even splitting the text into lines
// (~360,000 strings) cost ~90 ms of a cold worker's first click. A lookup bisects character positions and reads
// the line around the middle one, so nothing is built up front. Lines are sorted by JavaScript's default string
// order (UTF-16 code units), as the build writes them; `<` on strings compares the same way.

export interface WordSet {
  has(word: string): boolean;
}

export interface WordMap<V> {
  get(word: string): V | undefined;
  has(word: string): boolean;
}

/** The line of `text` whose key is `word` (the whole line, or what precedes its first tab when `keyed`);
 *  null when there is none. */
function findLine(text: string, word: string, keyed: boolean): string | null {
  // Invariant: lo is the start of a line, and a matching line, if any, starts in [lo, hi).
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
    let end = text.indexOf('\n', mid);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const tab = keyed ? line.indexOf('\t') : -1;
    const key = tab < 0 ? line : line.slice(0, tab);
    if (key === word) return line;
    if (key < word) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** Answers remembered per word, up to a bound: lemmatising asks the same few thousand words on every click,
 *  and a bisection of the text costs about twice a bisection of split lines. */
const MEMO_LIMIT = 50_000;

function remember<V>(memo: Map<string, V>, word: string, value: V): V {
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(word, value);
  return value;
}

/** Sorted words, one a line. */
export function sortedWordSet(text: string): WordSet {
  const memo = new Map<string, boolean>();
  return { has: (word) => memo.get(word) ?? remember(memo, word, findLine(text, word, false) !== null) };
}

/** Sorted "key<TAB>value" lines; `parse` turns a value into what callers want (memoised per key). */
export function sortedWordMap<V>(text: string, parse: (value: string) => V): WordMap<V> {
  const memo = new Map<string, V | undefined>();
  const get = (word: string): V | undefined => {
    if (memo.has(word)) return memo.get(word);
    const line = findLine(text, word, true);
    return remember(memo, word, line === null ? undefined : parse(line.slice(line.indexOf('\t') + 1)));
  };
  return { get, has: (word) => get(word) !== undefined };
}
