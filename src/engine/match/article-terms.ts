// An article as a bag of weighted terms for finding its event among thousands: content stems, hyphen
// compounds' parts, with the title counted twice. Cheap on purpose; the fine comparison happens per fact.
// With the meaning lexicon, each German or English word also brings its language-neutral keys (its English
// lemma or renderings, the sound code of a name no lexicon knows) and figures their digits, so an English
// report and the German reports of its event share terms although they share no word.

import type { ParsedArticle } from '../article/parse-article';
import type { MeaningLexicon } from '../meaning/lexicon';
import { loadedLexicon } from '../meaning/loaded';
import { meaningWord, toMeaningLanguage } from '../meaning/sentence-meaning';
import { functionWords } from '../text/function-words';
import { stemWord } from '../text/stem';
import { compoundParts, isNumeric, tokenize } from '../text/tokens';

const MAX_TERMS = 400;
/** Meaning keys add about one term per content word; the cap grows so that they do not push stems out. */
const MAX_TERMS_WITH_MEANING = 700;
/** A German word's first renderings only: Ding lists a word's usual sense first and rare ones after. */
const RENDERINGS = 3;

/** How the terms are made; stored with a persisted index, which is rebuilt when this changes. Version 2:
 *  meaning keys (prefix "e:" English lemma, "k:" name sound code, "#" figure) beside the stems. */
export const TERM_FORMAT = 2;
/** Terms of stems only: what a context without the meaning lexicon makes (and indexes stamped before v2). */
export const STEMS_TERM_FORMAT = 1;

export function articleTerms(article: Pick<ParsedArticle, 'title' | 'sentences' | 'language'>, lexicon: MeaningLexicon | null = loadedLexicon()): Map<string, number> {
  const stop = functionWords(article.language);
  const meaningLanguage = lexicon ? toMeaningLanguage(article.language) : null;
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  const addText = (text: string, weight: number) => {
    for (const token of tokenize(text)) {
      if (isNumeric(token.text)) {
        const digits = token.text.replace(/\D/g, '');
        if (meaningLanguage && digits.length >= 2) add(`#${digits}`, weight);
        continue;
      }
      if (stop.has(token.lower) || token.lower.length < 3) continue;
      add(stemWord(token.lower, article.language), weight);
      for (const part of compoundParts(token.lower)) {
        if (part.length < 3) continue;
        add(stemWord(part, article.language), weight / 2);
      }
      if (meaningLanguage) addMeaningKeys(token.lower, meaningLanguage, lexicon!, weight, add);
    }
  };
  addText(article.title, 2);
  for (const sentence of article.sentences) addText(sentence.text, 1);
  const cap = meaningLanguage ? MAX_TERMS_WITH_MEANING : MAX_TERMS;
  if (counts.size <= cap) return counts;
  return new Map([...counts].sort((a, b) => b[1] - a[1]).slice(0, cap));
}

/** The word's keys shared across languages, each weighted by how surely it carries the word's meaning. The
 *  surface form ("w:") is left out: the stems already hold it. */
function addMeaningKeys(lower: string, language: 'de' | 'en', lexicon: MeaningLexicon, weight: number, add: (term: string, weight: number) => void): void {
  const word = meaningWord(lower, language, lexicon);
  const english: [string, number][] = [];
  for (const [key, strength] of word.cross) {
    if (key.startsWith('e:')) english.push([key, strength]);
    else if (key.startsWith('k:')) add(key, weight * strength);
  }
  english.sort((a, b) => b[1] - a[1]);
  for (const [key, strength] of english.slice(0, RENDERINGS)) add(key, weight * strength);
}
