// How likely two renderings are the same original statement. Outlets translate one English sentence each in
// their own way ("langes und sehr produktives" / "lange und hochproduktiv" / "lang und sehr produktiv"), so
// words are compared as stems, intensifiers ("sehr", "hoch-") collapse to one marker, compounds count for
// their head ("Staatsbesuche" ~ "besuchen"), and near-identical stems match by character 4-grams.

import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { stemmer as stemIt } from '@orama/stemmers/italian';
import { stemmer as stemNl } from '@orama/stemmers/dutch';
import { tokenize } from '../text/tokens';
import { lexiconFor, type Lexicon } from './lexicon';
import { foldName } from './speaker-key';

const STEMMERS: Record<string, (word: string) => string> = {
  de: stemDe, en: stemEn, fr: stemFr, es: stemEs, it: stemIt, nl: stemNl,
};

/** Stand-in for any intensifier, so "sehr produktiv" and "hochproduktiv" share it. */
const INTENSIFIER = '~int';
/** Shortest stem that counts as a compound head or a stripped prefix's remainder. */
const MIN_PART = 4;
/** Character-4-gram Dice above which two stems count as one word (Selenskij ~ Selenskyj). */
const FUZZY_STEM_DICE = 0.6;
/** Stems that must match before two renderings can count as one statement (fewer when one is shorter). */
const MIN_MATCHED_STEMS = 3;

export interface StatementFeatures {
  language: string;
  stems: Set<string>;
  /** Inverse document frequency over all renderings compared together: "Ukraine" and "Trump" weigh little. */
  weights: Map<string, number>;
  /** Character 4-grams of every stem of the renderings compared together. */
  grams: Map<string, Set<string>>;
  /** Lower-cased words joined by single spaces, for containment tests. */
  normalised: string;
}

export function primaryLanguage(language: string): string {
  return (language || '').toLowerCase().split(/[-_]/u)[0] ?? '';
}

/** German "zusammenzuarbeiten" → "zusammenarbeiten": the infinitive "zu" sits inside separable verbs. */
function withoutInfixZu(word: string, lexicon: Lexicon): string {
  if (!word.endsWith('en')) return word;
  for (const prefix of lexicon.separablePrefixes) {
    const rest = word.slice(prefix.length + 2);
    if (word.startsWith(prefix + 'zu') && rest.length >= MIN_PART) return prefix + rest;
  }
  return word;
}

export function normaliseStatement(text: string): string {
  return tokenize(text).map((t) => t.lower).join(' ');
}

function baseStems(text: string, language: string): string[] {
  const lexicon = lexiconFor(language);
  const stem = STEMMERS[primaryLanguage(language)] ?? ((w: string) => w);
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const words = token.lower.includes('-') ? [token.lower, ...token.lower.split('-')] : [token.lower];
    for (const word of words) {
      if (!word || lexicon.functionWords.has(word)) continue;
      if (lexicon.intensifiers.has(word)) out.push(INTENSIFIER);
      else out.push(stem(withoutInfixZu(word, lexicon)));
    }
  }
  return out;
}

/** Adds the parts a stem shares with the vocabulary of all renderings: intensifier prefix, compound head. */
function expandStem(stem: string, vocabulary: Set<string>, lexicon: Lexicon): string[] {
  for (const prefix of lexicon.intensifierPrefixes.map(foldName)) {
    const rest = stem.slice(prefix.length);
    if (stem.startsWith(prefix) && rest.length >= MIN_PART && vocabulary.has(rest)) return [INTENSIFIER, rest];
  }
  let head = '';
  for (const word of vocabulary) {
    if (word.length >= MIN_PART && word.length > head.length && stem.length - word.length >= 3 && stem.endsWith(word)) head = word;
  }
  return head ? [stem, head] : [stem];
}

/** Features of every text, computed together because compounds are split against the shared vocabulary. */
export function statementFeatures(items: { text: string; language: string }[]): StatementFeatures[] {
  const base = items.map((item) => baseStems(item.text, item.language));
  const vocabulary = new Set(base.flat());
  const stemSets = items.map((item, n) => {
    const lexicon = lexiconFor(item.language);
    return new Set(base[n]!.flatMap((s) => expandStem(s, vocabulary, lexicon)));
  });
  const weights = inverseDocumentFrequency(stemSets);
  const grams = new Map([...weights.keys()].map((stem) => [stem, fourGrams(stem)]));
  return items.map((item, n) => ({
    language: primaryLanguage(item.language),
    stems: stemSets[n]!,
    weights,
    grams,
    normalised: normaliseStatement(item.text),
  }));
}

function inverseDocumentFrequency(sets: Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of sets) for (const stem of set) df.set(stem, (df.get(stem) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [stem, count] of df) weights.set(stem, Math.log(1 + sets.length / count));
  return weights;
}

function fourGrams(word: string): Set<string> {
  const padded = `_${word}_`;
  const grams = new Set<string>();
  for (let i = 0; i + 4 <= padded.length; i++) grams.add(padded.slice(i, i + 4));
  return grams;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function stemMatches(stem: string, others: Set<string>, grams: Map<string, Set<string>>): boolean {
  if (others.has(stem)) return true;
  if (stem.length < 5) return false;
  const own = grams.get(stem) ?? fourGrams(stem);
  for (const other of others) {
    if (other.length >= 5 && dice(own, grams.get(other) ?? fourGrams(other)) >= FUZZY_STEM_DICE) return true;
  }
  return false;
}

/**
 * Weighted share of the shorter rendering's stems found in the longer one (an overlap coefficient with fuzzy
 * matching and IDF weights). Overlap, not Jaccard: a quoted fragment ("lang und sehr produktiv") lies wholly
 * inside the sentence that reports it. At least three stems must match, or all of a shorter rendering's:
 * two shared words of three ("Präsident", "Treffen") are what unrelated statements on one event share.
 */
export function statementSimilarity(a: StatementFeatures, b: StatementFeatures): number {
  if (a.language !== b.language) return 0;
  const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
  if (!small.size) return 0;
  let matched = 0;
  let matchedWeight = 0;
  let totalWeight = 0;
  for (const stem of small) {
    const weight = a.weights.get(stem) ?? b.weights.get(stem) ?? 1;
    totalWeight += weight;
    if (!stemMatches(stem, large, a.grams)) continue;
    matched++;
    matchedWeight += weight;
  }
  if (matched < Math.min(MIN_MATCHED_STEMS, small.size)) return 0;
  return matchedWeight / totalWeight;
}

/** True when one rendering's words appear verbatim inside the other's (a quote inside its reporting clause). */
export function containsStatement(a: StatementFeatures, b: StatementFeatures): boolean {
  const [short, long] = a.normalised.length <= b.normalised.length ? [a, b] : [b, a];
  return !!short.normalised && ` ${long.normalised} `.includes(` ${short.normalised} `);
}
