// What an article shares with the reports of an event written in another language, where word-based
// alignment sees nothing: (1) how much of the article's vocabulary, weighted by how rare each word is in
// general use, the event's reports hold through language-neutral keys (an English lemma or a German word's
// English renderings, a name's sound code or spelling, a figure's digits); (2) how many of its sentences have
// a counterpart in those reports by the meaning layer's sentence similarity. Both need the meaning data; the
// event match uses them only for reports in another language than the article's.

import type { ParsedArticle } from '../article/parse-article';
import type { MeaningLexicon } from '../meaning/lexicon';
import { meaningWord, toMeaningLanguage, type MeaningLanguage } from '../meaning/sentence-meaning';
import type { LoadedSentenceSimilarity } from '../meaning/loaded';
import { functionWords } from '../text/function-words';
import { isNumeric, tokenize } from '../text/tokens';

export interface CrossLanguageEvidence {
  /** Rarity-weighted share of the article's distinct content words whose meaning the other reports hold. */
  coverage: number;
  /** Share of the article's sentences with a counterpart of similarity ≥ SHARED_SENTENCE in the other reports. */
  sharedShare: number;
  /** Share with a counterpart of similarity ≥ STRONG_SENTENCE: the same statement in other words. */
  strongShare: number;
}

/** Sentence-similarity levels of the meaning model (0..1, the STS scale divided by 5): 0.5 is "roughly
 *  equivalent, some details differ", 0.7 "mostly equivalent". */
const SHARED_SENTENCE = 0.5;
const STRONG_SENTENCE = 0.7;
/** Rarity given to a figure (the rarity of a fairly rare word: figures identify an event, but repeat). */
const FIGURE_RARITY = 4;
/** A German word's first renderings only, as in article-terms.ts. */
const RENDERINGS = 3;
/** Sentences of the other reports compared with (the cost grows with their product). */
const MAX_OTHER_SENTENCES = 400;

interface KeyedWord {
  keys: string[];
  rarity: number;
}

/** The article's distinct content words with their language-neutral keys and general rarity. */
function keyedWords(article: Pick<ParsedArticle, 'title' | 'sentences'>, language: MeaningLanguage, lexicon: MeaningLexicon): Map<string, KeyedWord> {
  const stop = functionWords(language);
  const words = new Map<string, KeyedWord>();
  for (const text of [article.title, ...article.sentences.map((s) => s.text)]) {
    for (const token of tokenize(text)) {
      if (isNumeric(token.text)) {
        const digits = token.text.replace(/\D/g, '');
        if (digits.length >= 2) words.set(`#${digits}`, { keys: [`#${digits}`], rarity: FIGURE_RARITY });
        continue;
      }
      if (stop.has(token.lower) || token.lower.length < 3) continue;
      const word = meaningWord(token.lower, language, lexicon);
      if (words.has(word.lemma)) continue;
      const english = [...word.cross].filter(([key]) => key.startsWith('e:')).sort((a, b) => b[1] - a[1]).slice(0, RENDERINGS);
      const others = [...word.cross].filter(([key]) => !key.startsWith('e:'));
      words.set(word.lemma, { keys: [...others, ...english].map(([key]) => key), rarity: word.idf });
    }
  }
  return words;
}

/** null when the article is neither German nor English or no other report is in a language the meaning
 *  layer reads. `others` are the event's reports in languages other than the article's. */
export function crossLanguageEvidence(
  article: ParsedArticle,
  others: ParsedArticle[],
  lexicon: MeaningLexicon,
  { analyse, similarity }: LoadedSentenceSimilarity,
): CrossLanguageEvidence | null {
  const language = toMeaningLanguage(article.language);
  const readable = others.flatMap((o) => {
    const l = toMeaningLanguage(o.language);
    return l ? [{ article: o, language: l }] : [];
  });
  if (!language || readable.length === 0 || article.sentences.length === 0) return null;

  const eventKeys = new Set<string>();
  for (const { article: o, language: l } of readable) for (const word of keyedWords(o, l, lexicon).values()) for (const key of word.keys) eventKeys.add(key);
  let held = 0;
  let total = 0;
  for (const word of keyedWords(article, language, lexicon).values()) {
    total += word.rarity;
    if (word.keys.some((key) => eventKeys.has(key))) held += word.rarity;
  }

  const otherSentences = readable.flatMap(({ article: o, language: l }) => o.sentences.map((s) => analyse(s.text, l, lexicon))).slice(0, MAX_OTHER_SENTENCES);
  let shared = 0;
  let strong = 0;
  for (const sentence of article.sentences) {
    const own = analyse(sentence.text, language, lexicon);
    let best = 0;
    for (const other of otherSentences) {
      best = Math.max(best, similarity(own, other));
      if (best >= STRONG_SENTENCE) break;
    }
    if (best >= SHARED_SENTENCE) shared++;
    if (best >= STRONG_SENTENCE) strong++;
  }
  const n = article.sentences.length;
  return { coverage: total > 0 ? held / total : 0, sharedShare: shared / n, strongShare: strong / n };
}
