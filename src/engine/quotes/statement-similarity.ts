// How likely two renderings are the same original statement. Outlets translate one English sentence each in
// their own way ("offene und sehr konstruktive" / "offen und hochkonstruktiv" / "offen und sehr konstruktiv"), so
// words are compared as stems, intensifiers ("sehr", "hoch-") collapse to one marker, compounds count for
// their head ("Staatsbesuche" ~ "besuchen"), and near-identical stems match by character 4-grams.
//
// Grouping compares every pair of renderings, so everything that depends on one rendering or one stem only
// (stems, compound heads, which stems are near-identical) is computed once in `statementFeatures`, and the
// pairwise `statementSimilarity` is left with one set look-up per stem.

import { primaryLanguage } from '../text/language';
import { snowballStemmer } from '../text/stem';
import { tokenize } from '../text/tokens';
import { lexiconFor, type Lexicon } from './lexicon';
import { foldName } from './speaker-key';

/** Stand-in for any intensifier, so "sehr produktiv" and "hochproduktiv" share it. */
const INTENSIFIER = '~int';
/** Shortest stem that counts as a compound head or a stripped prefix's remainder. */
const MIN_PART = 4;
/** Character-4-gram Dice above which two stems count as one word (Selenskij ~ Selenskyj). */
const FUZZY_STEM_DICE = 0.6;
/** Shortest stem that may match another by 4-grams: shorter ones differ in too few grams to tell apart. */
const MIN_FUZZY_LENGTH = 5;
/** Stems that must match before two renderings can count as one statement (fewer when one is shorter). */
const MIN_MATCHED_STEMS = 3;

export interface StatementFeatures {
  language: string;
  stems: Set<string>;
  /** Inverse document frequency over all renderings compared together: "Stadtwerke" and "Berger" weigh little. */
  weights: Map<string, number>;
  /** Character 4-grams of every stem of the renderings compared together. */
  grams: Map<string, Set<string>>;
  /**
   * Every stem another rendering of the same `statementFeatures` call may have to match one of this rendering's
   * stems: the stems themselves and the stems near-identical to them by 4-grams.
   */
  reach: Set<string>;
  /** The weight of each stem, in the order of `stems`, so the pairwise loop need not look them up. */
  stemWeights: number[];
  /** Lower-cased words joined by single spaces, for containment tests. */
  normalised: string;
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

/** Lower-cased words joined by single spaces (StatementFeatures.normalised). */
function normalisedWords(tokens: { lower: string }[]): string {
  return tokens.map((t) => t.lower).join(' ');
}

// The same words recur in every rendering and every comparison, and Snowball stemming is the costly step,
// so a word's stem is remembered per language (bounded, like the engine's `stemWord`). The stemmers are the
// engine's, but not `stemWord` itself: that one leaves words with an apostrophe or a digit unstemmed
// ("Putin's" would no longer meet "Putin") and stems only German and English.
const wordStemCaches = new Map<string, Map<string, string | null>>();
const WORD_STEM_CACHE_SIZE = 50_000;

/** The stem a word contributes to a rendering: INTENSIFIER for an intensifier, null for a function word. */
function wordStem(word: string, primary: string, cache: Map<string, string | null>): string | null {
  let stem = cache.get(word);
  if (stem !== undefined) return stem;
  const lexicon = lexiconFor(primary);
  const stemmer = snowballStemmer(primary) ?? ((w: string) => w);
  if (lexicon.functionWords.has(word)) stem = null;
  else if (lexicon.intensifiers.has(word)) stem = INTENSIFIER;
  else stem = stemmer(withoutInfixZu(word, lexicon));
  if (cache.size >= WORD_STEM_CACHE_SIZE) cache.clear();
  cache.set(word, stem);
  return stem;
}

function baseStems(tokens: { lower: string }[], language: string): string[] {
  const primary = primaryLanguage(language) ?? '';
  let cache = wordStemCaches.get(primary);
  if (!cache) wordStemCaches.set(primary, (cache = new Map()));
  const out: string[] = [];
  for (const token of tokens) {
    // A hyphenated compound counts whole and by its parts ("US-Präsident": "us-präsident", "us", "präsident").
    const words = token.lower.includes('-') ? [token.lower, ...token.lower.split('-')] : [token.lower];
    for (const word of words) {
      if (!word) continue;
      const stem = wordStem(word, primary, cache);
      if (stem !== null) out.push(stem);
    }
  }
  return out;
}

const foldedPrefixes = new WeakMap<Lexicon, string[]>();

/** The lexicon's intensifier prefixes ("hoch", "über") folded like stems are, computed once per lexicon. */
function intensifierPrefixesOf(lexicon: Lexicon): string[] {
  let prefixes = foldedPrefixes.get(lexicon);
  if (!prefixes) foldedPrefixes.set(lexicon, (prefixes = lexicon.intensifierPrefixes.map(foldName)));
  return prefixes;
}

/**
 * The longest stem of the vocabulary (at least MIN_PART long) that ends `stem` with at least three characters
 * before it: the compound's head. Each length has one candidate suffix, so looking the suffixes up, longest
 * first, is the same as scanning the vocabulary for the longest match, only without the scan.
 */
function compoundHead(stem: string, vocabulary: Set<string>): string {
  for (let length = stem.length - 3; length >= MIN_PART; length--) {
    const suffix = stem.slice(stem.length - length);
    if (vocabulary.has(suffix)) return suffix;
  }
  return '';
}

/** Adds the parts a stem shares with the vocabulary of all renderings: intensifier prefix, compound head. */
function expandStem(stem: string, vocabulary: Set<string>, lexicon: Lexicon): string[] {
  for (const prefix of intensifierPrefixesOf(lexicon)) {
    const rest = stem.slice(prefix.length);
    if (stem.startsWith(prefix) && rest.length >= MIN_PART && vocabulary.has(rest)) return [INTENSIFIER, rest];
  }
  const head = compoundHead(stem, vocabulary);
  return head ? [stem, head] : [stem];
}

/** Features of every text, computed together because compounds are split against the shared vocabulary. */
export function statementFeatures(items: { text: string; language: string }[]): StatementFeatures[] {
  const tokens = items.map((item) => tokenize(item.text));
  const base = items.map((item, n) => baseStems(tokens[n]!, item.language));
  const vocabulary = new Set(base.flat());
  // A stem recurs across renderings; its expansion depends only on the stem and the lexicon.
  const expansions = new Map<Lexicon, Map<string, string[]>>();
  const stemSets = items.map((item, n) => {
    const lexicon = lexiconFor(item.language);
    let known = expansions.get(lexicon);
    if (!known) expansions.set(lexicon, (known = new Map()));
    const stems = new Set<string>();
    for (const s of base[n]!) {
      let expanded = known.get(s);
      if (!expanded) known.set(s, (expanded = expandStem(s, vocabulary, lexicon)));
      for (const part of expanded) stems.add(part);
    }
    return stems;
  });
  const weights = inverseDocumentFrequency(stemSets);
  const grams = new Map([...weights.keys()].map((stem) => [stem, fourGrams(stem)]));
  const nearStems = nearStemsOf(grams);
  return items.map((item, n) => ({
    language: primaryLanguage(item.language) ?? '',
    stems: stemSets[n]!,
    weights,
    grams,
    reach: reachOf(stemSets[n]!, nearStems),
    stemWeights: [...stemSets[n]!].map((stem) => weights.get(stem)!),
    normalised: normalisedWords(tokens[n]!),
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

/** True when two different stems count as one word by their 4-grams. */
function nearIdentical(a: string, b: string, gramsA: Set<string>, gramsB: Set<string>): boolean {
  return a.length >= MIN_FUZZY_LENGTH && b.length >= MIN_FUZZY_LENGTH && dice(gramsA, gramsB) >= FUZZY_STEM_DICE;
}

/**
 * Every stem's near-identical stems, found through an index from 4-gram to stems so that only stems sharing
 * a gram are counted. The shared count is the one `dice` would find, so the result is the same as comparing
 * every pair, which grouping would otherwise do for each stem of each pair of renderings.
 */
function nearStemsOf(grams: Map<string, Set<string>>): Map<string, string[]> {
  const stems = [...grams.keys()].filter((stem) => stem.length >= MIN_FUZZY_LENGTH);
  const gramSets = stems.map((stem) => grams.get(stem)!);
  // Stems by number, so shared grams are counted in an array rather than a map per stem.
  const holders = new Map<string, number[]>();
  gramSets.forEach((own, id) => {
    for (const gram of own) {
      const list = holders.get(gram);
      if (list) list.push(id);
      else holders.set(gram, [id]);
    }
  });
  const near = new Map<string, string[]>();
  const shared = new Uint32Array(stems.length);
  const sharing: number[] = [];
  gramSets.forEach((own, id) => {
    for (const gram of own) {
      for (const other of holders.get(gram)!) {
        if (other === id) continue;
        if (!shared[other]) sharing.push(other);
        shared[other] = shared[other]! + 1;
      }
    }
    const matches: string[] = [];
    for (const other of sharing) {
      if ((2 * shared[other]!) / (own.size + gramSets[other]!.size) >= FUZZY_STEM_DICE) matches.push(stems[other]!);
      shared[other] = 0;
    }
    sharing.length = 0;
    if (matches.length) near.set(stems[id]!, matches);
  });
  return near;
}

/**
 * A rendering's stems and their near-identical stems. Being near-identical is symmetric, so a stem matches
 * one of these stems (equal or near-identical) exactly when it lies in this set.
 */
function reachOf(stems: Set<string>, nearStems: Map<string, string[]>): Set<string> {
  const reach = new Set(stems);
  for (const stem of stems) for (const near of nearStems.get(stem) ?? []) reach.add(near);
  return reach;
}

/** True when `stem` equals or is near-identical to one of `others`, for features of separate calls. */
function stemMatchesDirectly(stem: string, others: Set<string>, grams: Map<string, Set<string>>): boolean {
  if (others.has(stem)) return true;
  if (stem.length < MIN_FUZZY_LENGTH) return false;
  const own = grams.get(stem) ?? fourGrams(stem);
  for (const other of others) if (nearIdentical(stem, other, own, grams.get(other) ?? fourGrams(other))) return true;
  return false;
}

/**
 * Weighted share of the shorter rendering's stems found in the longer one (an overlap coefficient with fuzzy
 * matching and IDF weights). Overlap, not Jaccard: a quoted fragment ("offen und sehr konstruktiv") lies wholly
 * inside the sentence that reports it. At least three stems must match, or all of a shorter rendering's:
 * two shared words of three ("Präsident", "Treffen") are what unrelated statements on one event share.
 */
export function statementSimilarity(a: StatementFeatures, b: StatementFeatures): number {
  if (a.language !== b.language) return 0;
  const [small, large] = a.stems.size <= b.stems.size ? [a, b] : [b, a];
  if (!small.stems.size) return 0;
  // Features of one call share their weights, and only then does `reach` cover the other's stems.
  const { matched, matchedWeight, totalWeight } = a.weights === b.weights ? overlapWithinCall(small, large) : overlapAcrossCalls(small, large, a, b);
  if (matched < Math.min(MIN_MATCHED_STEMS, small.stems.size)) return 0;
  return matchedWeight / totalWeight;
}

interface Overlap {
  matched: number;
  matchedWeight: number;
  totalWeight: number;
}

/** How many of `small`'s stems (and their weight) match `large`, both features of one call. */
function overlapWithinCall(small: StatementFeatures, large: StatementFeatures): Overlap {
  let matched = 0;
  let matchedWeight = 0;
  let totalWeight = 0;
  let n = 0;
  for (const stem of small.stems) {
    const weight = small.stemWeights[n++]!;
    totalWeight += weight;
    if (!large.reach.has(stem)) continue;
    matched++;
    matchedWeight += weight;
  }
  return { matched, matchedWeight, totalWeight };
}

/** The same for features of separate calls: weights from either, near-identical stems compared directly. */
function overlapAcrossCalls(small: StatementFeatures, large: StatementFeatures, a: StatementFeatures, b: StatementFeatures): Overlap {
  let matched = 0;
  let matchedWeight = 0;
  let totalWeight = 0;
  for (const stem of small.stems) {
    const weight = a.weights.get(stem) ?? b.weights.get(stem) ?? 1;
    totalWeight += weight;
    if (!stemMatchesDirectly(stem, large.stems, a.grams)) continue;
    matched++;
    matchedWeight += weight;
  }
  return { matched, matchedWeight, totalWeight };
}

/** True when one rendering's words appear verbatim inside the other's (a quote inside its reporting clause). */
export function containsStatement(a: StatementFeatures, b: StatementFeatures): boolean {
  const [short, long] = a.normalised.length <= b.normalised.length ? [a, b] : [b, a];
  return !!short.normalised && ` ${long.normalised} `.includes(` ${short.normalised} `);
}
