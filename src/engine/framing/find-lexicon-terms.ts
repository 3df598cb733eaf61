// Finds a lexicon's terms in a text, surviving inflection ("des russischen Angriffskriegs") and hyphen
// compounds ("Kiew-Besuch"). Within one concept the leftmost, then longest match wins, so "russischer
// Angriffskrieg" hides the "Angriffskrieg" inside it; different concepts may overlap ("Rußlands Machthaber" is
// both an orthography and a naming hit).

import { tokenize, type Token } from '../text/tokens';
import { compileLexicon, normalizeGap, type CompiledLexicon, type TermPattern } from './compile-lexicon';
import type { Lexicon } from './lexicon-format';
import { textWordKeys } from './word-keys';

export interface LexiconHit {
  conceptId: string;
  /** The lexicon term (not the form that matched). */
  term: string;
  /** The words as written in the text. */
  surface: string;
  start: number;
  end: number;
}

interface Candidate {
  pattern: TermPattern;
  start: number;
  end: number;
}

// Lexicons are immutable values; compiling once per lexicon keeps a corpus-wide scan cheap.
const compiled = new WeakMap<Lexicon, CompiledLexicon>();

export function findLexiconTerms(text: string, lexicon: Lexicon): LexiconHit[] {
  let matcher = compiled.get(lexicon);
  if (matcher === undefined) {
    matcher = compileLexicon(lexicon);
    compiled.set(lexicon, matcher);
  }
  const tokens = tokenize(text);
  const keysOf = memoKeys(matcher);
  const keys = tokens.map((t) => keysOf(t.lower));
  const candidates = [...wordCandidates(text, tokens, keys, matcher), ...partCandidates(tokens, keysOf, matcher)];
  return leftmostLongest(candidates).map(({ pattern, start, end }) => ({
    conceptId: pattern.conceptId,
    term: pattern.term,
    surface: text.slice(start, end),
    start,
    end,
  }));
}

// Stemming dominates the cost and news text repeats its words, so each distinct word is stemmed once per text.
function memoKeys(matcher: CompiledLexicon): (lower: string) => Set<string> {
  const memo = new Map<string, Set<string>>();
  return (lower) => {
    let keys = memo.get(lower);
    if (keys === undefined) {
      keys = new Set(textWordKeys(lower, matcher.stem));
      memo.set(lower, keys);
    }
    return keys;
  };
}

function wordCandidates(text: string, tokens: Token[], keys: Set<string>[], matcher: CompiledLexicon): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, i) => {
    for (const key of keys[i] ?? []) {
      for (const pattern of matcher.byFirstKey.get(key) ?? []) {
        const last = matchEnd(text, tokens, keys, pattern, i);
        if (last !== null) found.push({ pattern, start: token.start, end: last.end });
      }
    }
  });
  return found;
}

/** The last token of `pattern` matched from token `i` on, or null when the words or the gaps differ. */
function matchEnd(text: string, tokens: Token[], keys: Set<string>[], pattern: TermPattern, i: number): Token | null {
  for (let j = 1; j < pattern.keys.length; j++) {
    const prev = tokens[i + j - 1];
    const next = tokens[i + j];
    if (prev === undefined || next === undefined || !keys[i + j]?.has(pattern.keys[j] ?? '')) return null;
    if (normalizeGap(text.slice(prev.end, next.start)) !== pattern.gaps[j - 1]) return null;
  }
  return tokens[i + pattern.keys.length - 1] ?? null;
}

/** One-word terms inside hyphen compounds: "Kiew" in "Kiew-Besuch", "Putsch" in "Maidan-Putsch". */
function partCandidates(tokens: Token[], keysOf: (lower: string) => Set<string>, matcher: CompiledLexicon): Candidate[] {
  const found: Candidate[] = [];
  for (const token of tokens) {
    if (!token.text.includes('-')) continue;
    let offset = 0;
    // Offsets come from the text as written: lower-casing can change a word's length ("İ" → "i̇").
    for (const part of token.text.split('-')) {
      const start = token.start + offset;
      offset += part.length + 1;
      for (const key of keysOf(part.toLowerCase())) {
        for (const pattern of matcher.byFirstKey.get(key) ?? []) {
          if (pattern.keys.length === 1) found.push({ pattern, start, end: start + part.length });
        }
      }
    }
  }
  return found;
}

function leftmostLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || a.pattern.order - b.pattern.order,
  );
  const coveredUntil = new Map<string, number>();
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (c.start < (coveredUntil.get(c.pattern.conceptId) ?? 0)) continue;
    kept.push(c);
    coveredUntil.set(c.pattern.conceptId, c.end);
  }
  return kept;
}
