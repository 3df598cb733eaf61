import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sortedWordMap, sortedWordSet } from '../../src/engine/meaning/sorted-table';

// The tables bisect the raw text instead of its split lines: every word of a table must be found with its
// value, and words between, before and after its lines must not, exactly as a Set or Map of the lines answers.

function randomWord(next: () => number): string {
  const alphabet = 'abcdeäöüßxyz-é漢';
  let word = '';
  const length = 1 + Math.floor(next() * 8);
  for (let i = 0; i < length; i++) word += alphabet[Math.floor(next() * alphabet.length)];
  return word;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const sortedUnique = (words: string[]) => [...new Set(words)].sort();

describe('sorted tables on the raw text', () => {
  it('answers as a Set of the lines, for words in the table and words not in it', () => {
    const next = seeded(7);
    for (const size of [0, 1, 2, 3, 10, 500]) {
      const words = sortedUnique(Array.from({ length: size }, () => randomWord(next)));
      const table = sortedWordSet(words.join('\n'));
      const known = new Set(words);
      for (const word of words) expect(table.has(word), word).toBe(true);
      for (let i = 0; i < 300; i++) {
        const probe = randomWord(next);
        expect(table.has(probe), probe).toBe(known.has(probe));
      }
      expect(table.has('')).toBe(false);
    }
  });

  it('finds each key with its own value, and a key that is a prefix of others', () => {
    const next = seeded(11);
    const keys = sortedUnique([...Array.from({ length: 400 }, () => randomWord(next)), 'ab', 'ab-c', 'abc', 'a']);
    const text = keys.map((key, i) => `${key}\tvalue ${i}`).join('\n');
    const parsed: string[] = [];
    const table = sortedWordMap(text, (value) => {
      parsed.push(value);
      return value;
    });
    keys.forEach((key, i) => expect(table.get(key), key).toBe(`value ${i}`));
    expect(table.get('abd')).toBeUndefined();
    expect(table.has('zzzzzzzzzz')).toBe(false);
    // memoised: asking again parses nothing
    const parses = parsed.length;
    keys.forEach((key) => table.get(key));
    expect(parsed.length).toBe(parses);
  });

  it('answers as the split lines do on the bundled German lemma data', () => {
    const file = JSON.parse(readFileSync('src/engine/data/meaning/de-lemmas.json', 'utf8')) as { nouns: string; exceptions: string };
    const nouns = file.nouns.split('\n');
    const set = sortedWordSet(file.nouns);
    for (let i = 0; i < nouns.length; i += 97) expect(set.has(nouns[i]!), nouns[i]).toBe(true);
    for (const absent of ['', 'zzzzzz', 'aaaaaa', `${nouns[1000]}x`]) expect(set.has(absent), absent).toBe(nouns.includes(absent));
    const lines = file.exceptions.split('\n');
    const map = sortedWordMap(file.exceptions, (v) => v);
    for (let i = 0; i < lines.length; i += 53) {
      const [key, value] = lines[i]!.split('\t');
      expect(map.get(key!), key).toBe(value);
    }
  });
});
