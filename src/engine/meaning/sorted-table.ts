// Lookups straight on the data files' sorted lines, by binary search: building Sets and Maps of ~300,000
// words took longer than the whole first comparison, and the service worker may have to do it on every
// wake-up. Lines are sorted by JavaScript's default string order (UTF-16 code units), as the build writes them.

export interface WordSet {
  has(word: string): boolean;
}

export interface WordMap<V> {
  get(word: string): V | undefined;
  has(word: string): boolean;
}

function search(lines: readonly string[], word: string, keyOf: (line: string) => string): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const key = keyOf(lines[mid]!);
    if (key === word) return mid;
    if (key < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Sorted words, one a line. */
export function sortedWordSet(text: string): WordSet {
  const lines = text.length > 0 ? text.split('\n') : [];
  return { has: (word) => search(lines, word, (l) => l) >= 0 };
}

const keyOfPair = (line: string) => {
  const tab = line.indexOf('\t');
  return tab < 0 ? line : line.slice(0, tab);
};

/** Sorted "key<TAB>value" lines; `parse` turns a value into what callers want (memoised per key). */
export function sortedWordMap<V>(text: string, parse: (value: string) => V): WordMap<V> {
  const lines = text.length > 0 ? text.split('\n') : [];
  const memo = new Map<string, V | undefined>();
  const get = (word: string): V | undefined => {
    if (memo.has(word)) return memo.get(word);
    const at = search(lines, word, keyOfPair);
    const line = at >= 0 ? lines[at]! : null;
    const value = line === null ? undefined : parse(line.slice(line.indexOf('\t') + 1));
    if (memo.size > 50_000) memo.clear();
    memo.set(word, value);
    return value;
  };
  return { get, has: (word) => get(word) !== undefined };
}
