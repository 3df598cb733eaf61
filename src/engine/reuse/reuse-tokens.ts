// Token keys for reuse detection. Two outlets printing the same copy should yield the same keys even when
// they differ in case, apostrophe glyph or German orthography (old "Schloß", "Kuß" vs "Schloss", "Kuss").
// Punctuation and quotation marks never become tokens, so „…“ vs "…" vs «…» cannot break a match.

import { tokenize, type Token } from '../text/tokens';
import { indexNgrams, type NgramIndex, type RunOptions } from './token-runs';

/** Case-, apostrophe- and ß-folded form of a lower-cased token. */
export function reuseKey(lower: string): string {
  return lower.replace(/[’‘ʼ`´]/g, "'").replace(/ß/g, 'ss');
}

/** A text tokenised and indexed once: each token's key mapped to an integer so runs compare as numbers. */
export interface PreparedText {
  text: string;
  tokens: Token[];
  ids: Int32Array;
  grams: NgramIndex;
}

/** `vocabulary` is shared by all texts that will be compared with each other, and grows as it meets new keys. */
export function prepareText(text: string, vocabulary: Map<string, number>, options: RunOptions): PreparedText {
  const tokens = tokenize(text);
  const ids = new Int32Array(tokens.length);
  tokens.forEach((token, i) => {
    const key = reuseKey(token.lower);
    let id = vocabulary.get(key);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(key, id);
    }
    ids[i] = id;
  });
  return { text, tokens, ids, grams: indexNgrams(ids, options.minTokens, options.maxOccurrences) };
}
