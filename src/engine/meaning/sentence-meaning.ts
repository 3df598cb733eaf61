// What one sentence means, as far as a lexicon can tell: its content words as lemmas with their language-
// neutral keys (German lemma, English renderings, synsets, compound head), how rare each word is, its figures,
// its negation and the countries it names. Built once per sentence and compared many times.

import { findCountries } from '../names/gazetteer';
import { extractQuantities, type Quantity } from '../quantities';
import { functionWords } from '../text/function-words';
import { stemWord } from '../text/stem';
import { tokenize, type Token } from '../text/tokens';
import { splitCompound } from './compounds';
import { englishLemma } from './english-lemmas';
import { germanLemma } from './german-lemmas';
import type { MeaningLexicon } from './meaning-lexicon';
import { normaliseAmountShorthand } from './amount-shorthand';
import { koelnerPhonetik } from '../names/koelner-phonetik';

export type MeaningLanguage = 'de' | 'en';

export interface MeaningWord {
  lower: string;
  lemma: string;
  /** Rarity from general word frequencies (−log10 of relative frequency): "the" ≈ 1.5, "onion" ≈ 5.5. */
  idf: number;
  /** Keys shared with words of the same language → how strongly a shared key means "same meaning". */
  same: ReadonlyMap<string, number>;
  /** Keys shared with words of the other language. */
  cross: ReadonlyMap<string, number>;
  /** The word as an English lemma where one is known (its first rendering), else its folded form. */
  pivot: string;
}

export interface SentenceMeaning {
  language: MeaningLanguage;
  words: MeaningWord[];
  quantities: Quantity[];
  negated: boolean;
  /** Countries (gazetteer ids, any language) and names the lexicons do not know (folded), as written. */
  parties: ReadonlySet<string>;
  /** All tokens, function words included (length features). */
  tokenCount: number;
}

const NEGATIONS = new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'weder',
  'not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', "n't", 'cannot', "can't", "don't", "doesn't", "didn't", "won't", "isn't", "wasn't", "aren't"]);

const SYNONYM = 0.8;
const PIVOT_SAME = 0.6;
const HEAD = 0.6;
const MODIFIER = 0.4;
const STEM = 0.9;
const TRANSLATION = 0.9;
/** Same sound code for a word no lexicon knows: a name spelt another way (Selenskyj / Zelensky, Lawrow / Lavrov). */
const NAME_SOUND = 0.85;
const MIN_NAME_SOUND = 5;

function addNameSound(lower: string, same: Map<string, number>, cross: Map<string, number>): void {
  if (lower.length < MIN_NAME_SOUND || !/^\p{L}+$/u.test(lower)) return;
  const code = koelnerPhonetik(lower);
  if (code.length < 3) return;
  same.set(`k:${code}`, NAME_SOUND);
  cross.set(`k:${code}`, NAME_SOUND);
}
/** Words the frequency list does not know are rare; known German lemmas without an English rendering a bit less. */
const UNKNOWN_COUNT = 1;
const LEMMA_WITHOUT_RENDERING_COUNT = 30;

export function foldWord(lower: string): string {
  return lower.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[’']/g, "'");
}

function rarity(count: number, lex: MeaningLexicon): number {
  return Math.log10(lex.englishTotal / (count + 1));
}

function setMax(map: Map<string, number>, key: string, weight: number): void {
  if ((map.get(key) ?? 0) < weight) map.set(key, weight);
}

function germanWord(lower: string, lex: MeaningLexicon): MeaningWord {
  const folded = foldWord(lower);
  let lemma = germanLemma(lower, lex.german);
  const known = lex.german.lemmas.has(lemma);
  const split = known && !lex.germanNouns.has(lemma) ? null : splitCompound(lower, lex);
  // An unknown compound's lemma is its modifier with the head's lemma (Telefongesprächen → telefongespräch).
  if (!known && split && lower.includes(split.head.slice(0, 3))) {
    const at = lower.lastIndexOf(split.head.slice(0, 3));
    if (at > 0) lemma = lower.slice(0, at) + split.head;
  }
  const same = new Map<string, number>([[`d:${lemma}`, 1], [`w:${folded}`, 1], [`t:${stemWord(lower, 'de')}`, STEM]]);
  const cross = new Map<string, number>([[`w:${folded}`, 1]]);
  for (const id of lex.synsets.get(lemma) ?? []) setMax(same, `s:${id}`, SYNONYM);
  const renderings = lex.translations.get(lemma) ?? [];
  renderings.forEach((english, i) => {
    setMax(same, `e:${english}`, PIVOT_SAME);
    setMax(cross, `e:${english}`, TRANSLATION - 0.02 * i);
  });
  if (split) {
    setMax(same, `d:${split.head}`, HEAD);
    setMax(same, `d:${split.modifier}`, MODIFIER);
    for (const english of (lex.translations.get(split.head) ?? []).slice(0, 3)) setMax(cross, `e:${english}`, HEAD);
    for (const english of (lex.translations.get(split.modifier) ?? []).slice(0, 3)) setMax(cross, `e:${english}`, MODIFIER);
    for (const id of lex.synsets.get(split.head) ?? []) setMax(same, `s:${id}`, HEAD * SYNONYM);
  }
  if (!known && !split && renderings.length === 0) addNameSound(lower, same, cross);
  let count = UNKNOWN_COUNT;
  const reference = renderings.length > 0 ? renderings : split ? [] : [];
  if (reference.length > 0) count = Math.max(...reference.slice(0, 2).map((e) => lex.englishCounts.get(e) ?? UNKNOWN_COUNT));
  else if (known) count = LEMMA_WITHOUT_RENDERING_COUNT;
  // A compound is at least as rare as its head.
  if (split && renderings.length === 0) count = Math.min(count, LEMMA_WITHOUT_RENDERING_COUNT);
  return { lower, lemma, idf: rarity(count, lex), same, cross, pivot: renderings[0] ?? folded };
}

function englishWord(lower: string, lex: MeaningLexicon): MeaningWord {
  const folded = foldWord(lower);
  const lemma = englishLemma(folded, lex.english);
  const same = new Map<string, number>([[`e:${lemma}`, 1], [`w:${folded}`, 1], [`t:${stemWord(lower, 'en')}`, STEM]]);
  const cross = new Map<string, number>([[`e:${lemma}`, 1], [`w:${folded}`, 1]]);
  const counted = lex.englishCounts.get(lemma) ?? lex.englishCounts.get(folded);
  if (counted === undefined && !lex.english.lemmas.has(lemma)) addNameSound(lower, same, cross);
  const count = counted ?? UNKNOWN_COUNT;
  return { lower, lemma, idf: rarity(count, lex), same, cross, pivot: lemma };
}

const wordCache = new Map<string, MeaningWord>();

/** One word's meaning (cached): exported for the event match's language-neutral terms (src/engine/match/article-terms.ts). */
export function meaningWord(lower: string, language: MeaningLanguage, lex: MeaningLexicon): MeaningWord {
  const key = `${language}\u0000${lower}`;
  let word = wordCache.get(key);
  if (!word) {
    word = language === 'de' ? germanWord(lower, lex) : englishWord(lower, lex);
    if (wordCache.size > 200_000) wordCache.clear();
    wordCache.set(key, word);
  }
  return word;
}

/** German or English, from function words and then from which lexicon knows more of the words. */
export function guessLanguage(tokens: readonly Token[], lex: MeaningLexicon): MeaningLanguage {
  const de = functionWords('de');
  const en = functionWords('en');
  let score = 0;
  for (const t of tokens) {
    if (de.has(t.lower)) score++;
    if (en.has(t.lower)) score--;
  }
  if (score !== 0) return score > 0 ? 'de' : 'en';
  for (const t of tokens) {
    if (lex.german.lemmas.has(germanLemma(t.lower, lex.german))) score++;
    if (lex.english.lemmas.has(englishLemma(t.lower, lex.english))) score--;
  }
  return score > 0 ? 'de' : 'en';
}

export function toMeaningLanguage(tag: string | undefined | null): MeaningLanguage | null {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return primary === 'de' || primary === 'en' ? primary : null;
}

export function sentenceMeaning(text: string, lex: MeaningLexicon, language?: string | null): SentenceMeaning {
  const tokens = tokenize(text);
  const lang = toMeaningLanguage(language) ?? guessLanguage(tokens, lex);
  const stop = functionWords(lang);
  const words: MeaningWord[] = [];
  let negated = false;
  for (const t of tokens) {
    if (NEGATIONS.has(t.lower)) negated = !negated;
    if (stop.has(t.lower) || NEGATIONS.has(t.lower)) continue;
    words.push(meaningWord(t.lower, lang, lex));
  }
  const parties = new Set(findCountries(tokens).map((hit) => `country:${hit.country}`));
  tokens.forEach((t, i) => {
    // A capitalised word not opening the sentence is a name (Ghana, Selenskyj) — in German only when it is not
    // a word of the lexicon, since German capitalises every noun.
    if (i === 0 || !/^\p{Lu}/u.test(t.text) || stop.has(t.lower)) return;
    const commonWord = lang === 'de' && lex.german.lemmas.has(germanLemma(t.lower, lex.german));
    if (!commonWord && findCountries([t]).length === 0) parties.add(`name:${foldWord(t.lower)}`);
  });
  return {
    language: lang,
    words,
    quantities: extractQuantities(normaliseAmountShorthand(text, lang), { language: lang }),
    negated,
    parties,
    tokenCount: tokens.length,
  };
}
