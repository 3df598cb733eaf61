// German lemmas: a handful of suffix rules checked against the lemma list, plus the inflected forms the rules
// get wrong (umlaut plurals, strong verbs), which the data build stores as exceptions. The build derives the
// exceptions by running exactly these rules over the full inflection tables, so rules and data cannot drift.

import type { WordMap, WordSet } from './sorted-table';

export interface GermanLemmaData {
  /** Every lemma (nouns, verbs, adjectives), lower-cased. */
  lemmas: WordSet;
  /** Inflected form → lemma, only where `ruleLemma` would not find it. */
  exceptions: WordMap<string>;
}

// Ending to strip, then what to add back to reach the lemma (verbs end in -en/-n, nouns often in -e).
const STRIPS = ['e', 'n', 'en', 's', 'es', 'er', 'ern', 'ens', 'em', 'nen', 'st', 't', 'et', 'est', 'te', 'ten', 'tet', 'test', 'end',
  'ste', 'sten', 'ster', 'stem', 'stes', 'ere', 'eren', 'erer', 'eres', 'erem', 'este', 'esten', 'ester', 'estem', 'estes'];
const ADDS = ['', 'en', 'n', 'e'];
const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/** "häus" → "haus", "größ" → "groß": the last umlaut undone (plurals and comparatives add one). */
function withoutUmlaut(base: string): string | null {
  const at = Math.max(base.lastIndexOf('ä'), base.lastIndexOf('ö'), base.lastIndexOf('ü'));
  return at < 0 ? null : base.slice(0, at) + UMLAUT[base[at]!]! + base.slice(at + 1);
}

/** The lemma the rules find for `lower`, or null when no candidate is a lemma. */
export function ruleLemma(lower: string, lemmas: WordSet): string | null {
  if (lemmas.has(lower)) return lower;
  for (const umlaut of [false, true]) {
    for (const strip of STRIPS) {
      if (!lower.endsWith(strip)) continue;
      let base: string | null = lower.slice(0, lower.length - strip.length);
      if (umlaut) base = withoutUmlaut(base);
      if (base === null || base.length < 2) continue;
      for (const add of ADDS) {
        const candidate = base + add;
        if (lemmas.has(candidate)) return candidate;
      }
    }
  }
  // Past participles: ge-…-t / ge-…-en (gemacht → machen, gelaufen → laufen).
  if (lower.startsWith('ge') && lower.length > 5) {
    const stem = lower.slice(2);
    for (const [strip, add] of [['t', 'en'], ['et', 'en'], ['en', 'en'], ['t', 'n']] as const) {
      if (!stem.endsWith(strip)) continue;
      const candidate = stem.slice(0, stem.length - strip.length) + add;
      if (lemmas.has(candidate)) return candidate;
    }
  }
  return null;
}

/** A noun's lemma by its plural and case endings only (Gespräche → gespräch, Straßen → straße), for compound
 *  heads, where the general rules would find too much (kraten → "kran"). */
export function nounLemma(lower: string, data: GermanLemmaData, nouns: WordSet): string | null {
  if (nouns.has(lower)) return lower;
  const exception = data.exceptions.get(lower);
  if (exception !== undefined) return nouns.has(exception) ? exception : null;
  for (const strip of ['e', 'n', 'en', 's', 'es', 'er', 'ern', 'nen']) {
    if (lower.endsWith(strip) && nouns.has(lower.slice(0, lower.length - strip.length))) return lower.slice(0, lower.length - strip.length);
  }
  return null;
}

/** The lemma of a lower-cased German word form; the form itself when it is unknown. */
export function germanLemma(lower: string, data: GermanLemmaData): string {
  return data.exceptions.get(lower) ?? ruleLemma(lower, data.lemmas) ?? lower;
}
