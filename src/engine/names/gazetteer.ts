// Finds which countries a stretch of text points to: by demonym ("französischen"), place ("Paris"), institution
// ("Élysée", "Bundestag") or, weaker, the country's name. Short entries ("US", "EU") match only in capitals.

import gazetteer from '../data/gazetteer.json';
import type { Token } from '../text/tokens';

export type PlaceStrength = 'party' | 'topic';

export interface CountryHit {
  country: string;
  /** 'topic' for a country's own name (often what is talked about), 'party' for the rest (who acts). */
  strength: PlaceStrength;
  tokenIndex: number;
}

interface Entry {
  country: string;
  words: string[];
  strength: PlaceStrength;
  prefix: boolean;
}

function buildEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const c of gazetteer.countries) {
    const add = (terms: string[], strength: PlaceStrength, prefix: boolean) => {
      for (const term of terms) entries.push({ country: c.id, words: term.split(' '), strength, prefix });
    };
    add(c.names, 'topic', false);
    add(c.demonyms, 'party', true);
    add(c.places, 'party', false);
    add(c.institutions, 'party', false);
  }
  // Longer entries first, so "weißen hauses" wins over a shorter one on the same tokens.
  return entries.sort((a, b) => b.words.length - a.words.length);
}

const ENTRIES = buildEntries();

// Entries by what a token must start with: their first word's first four letters (lower case), or the
// whole short word in capitals ("US", "EU"). A token looks at its own keys only, not at every entry.
const BY_KEY = new Map<string, Entry[]>();
for (const entry of ENTRIES) {
  const first = entry.words[0]!;
  const key = first.length <= 3 ? first.toUpperCase() : first.slice(0, 4);
  BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), entry]);
}

function candidateEntries(token: Token): Entry[] {
  return [...(BY_KEY.get(token.lower.slice(0, 4)) ?? []), ...(token.text.length <= 3 ? BY_KEY.get(token.text) ?? [] : [])];
}

function wordMatches(entryWord: string, token: Token, prefix: boolean): boolean {
  if (entryWord.length <= 3) return token.text === entryWord.toUpperCase();
  const lower = token.lower;
  if (lower === entryWord) return true;
  // Inflected and compounded forms: "Frankreichs", "Pariser", "Élyséepalast", "französischsprachigen".
  if (lower.startsWith(entryWord)) return prefix || entryWord.length >= 4;
  return false;
}

function hyphenParts(token: Token): Token[] {
  if (!token.text.includes('-')) return [];
  let offset = token.start;
  return token.text.split('-').map((part) => {
    const t = { text: part, lower: part.toLowerCase(), start: offset, end: offset + part.length };
    offset += part.length + 1;
    return t;
  });
}

export function findCountries(tokens: Token[]): CountryHit[] {
  const hits: CountryHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const candidates = [token, ...hyphenParts(token)];
    const entries = candidates.flatMap(candidateEntries);
    if (entries.length > 1) entries.sort((a, b) => b.words.length - a.words.length);
    for (const entry of entries) {
      const [first, ...rest] = entry.words;
      if (!first) continue;
      const matched = rest.length === 0
        ? candidates.some((t) => wordMatches(first, t, entry.prefix))
        : entry.words.every((w, k) => tokens[i + k] !== undefined && wordMatches(w, tokens[i + k]!, entry.prefix));
      if (matched) {
        hits.push({ country: entry.country, strength: entry.strength, tokenIndex: i });
        break;
      }
    }
  }
  return hits;
}

const CAPITAL_WORDS = new Set(['hauptstadt', 'capital']);
const CAPITALS = new Map<string, string>();
for (const c of gazetteer.countries as { id: string; capital?: string }[]) if (c.capital) CAPITALS.set(c.id, c.capital);

/** "die französische Hauptstadt", "the Austrian capital" → the capital's name as the gazetteer writes it. */
export function capitalsNamed(tokens: Token[]): string[] {
  const capitals: string[] = [];
  tokens.forEach((token, i) => {
    if (!CAPITAL_WORDS.has(token.lower.replace(/s$/, '')) || i === 0) return;
    const hit = findCountries([tokens[i - 1]!])[0];
    const capital = hit && CAPITALS.get(hit.country);
    if (capital) capitals.push(capital);
  });
  return capitals;
}
