// Turns a lexicon into word-key patterns, indexed by their first word, so a text is scanned once per word
// instead of once per term. Each term and each of its forms becomes one pattern reporting the term.

import { tokenize } from '../text/tokens';
import { isSpellingCategory, type Lexicon } from './lexicon-format';
import { spellingKey, stemKey, stemmerFor, type WordStemmer } from './word-keys';

export interface TermPattern {
  conceptId: string;
  /** The lexicon term a match is reported as, also when a form matched. */
  term: string;
  /** One key per word of the wording. */
  keys: string[];
  /** The text between consecutive words, whitespace collapsed ("U.S. President" → [". "]). */
  gaps: string[];
  /** Position in the lexicon: of two equally long matches, the earlier term wins. */
  order: number;
}

export interface CompiledLexicon {
  stem: WordStemmer;
  byFirstKey: Map<string, TermPattern[]>;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const stem = stemmerFor(lexicon.language);
  const byFirstKey = new Map<string, TermPattern[]>();
  let order = 0;
  for (const concept of lexicon.concepts) {
    const keyOf = isSpellingCategory(concept.category) ? spellingKey : (w: string) => stemKey(w, stem);
    for (const { term, forms } of concept.terms) {
      for (const wording of [term, ...(forms ?? [])]) {
        const pattern = wordingPattern(wording, keyOf);
        const first = pattern.keys[0];
        if (first === undefined) continue; // parseLexicon rejects wordings without words
        const list = byFirstKey.get(first) ?? [];
        list.push({ conceptId: concept.id, term, order: order++, ...pattern });
        byFirstKey.set(first, list);
      }
    }
  }
  return { stem, byFirstKey };
}

function wordingPattern(wording: string, keyOf: (lower: string) => string): { keys: string[]; gaps: string[] } {
  const words = tokenize(wording);
  return {
    keys: words.map((w) => keyOf(w.lower)),
    gaps: words.slice(1).map((w, i) => normalizeGap(wording.slice(words[i]?.end ?? 0, w.start))),
  };
}

/** Line breaks and double spaces in a text do not make a different wording. */
export function normalizeGap(gap: string): string {
  return gap.replace(/\s+/gu, ' ');
}
