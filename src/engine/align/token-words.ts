// A word's alignment features as far as its own spelling decides them: its stem (or the synonym group the
// stem, or its lemma's stem, belongs to), the parts of a hyphen compound, and where it could split as a closed
// compound. Which of those cuts holds depends on the texts aligned together (decompound.ts).

import { loadedLexicon } from '../meaning/loaded';
import { meaningWord, toMeaningLanguage } from '../meaning/sentence-meaning';
import { functionWords } from '../text/function-words';
import { stemWord } from '../text/stem';
import { compoundParts, type Token } from '../text/tokens';
import { CompoundCuts } from './decompound';
import { synonymGroups } from './synonyms';

export interface TokenWords {
  /** The word's feature: its stem, or its synonym group. */
  whole: string;
  /** Features of the parts of a hyphen compound that are not function words. */
  parts: string[];
  /** Where the word could split as a closed compound (stems, before synonym grouping). */
  cuts: CompoundCuts;
}

// German separable verbs take "zu" inside their infinitive: "zusammenzuarbeiten" is "zusammenarbeiten" (and
// so shares a stem with "Zusammenarbeit"), "aufzunehmen" is "aufnehmen".
const SEPARABLE_ZU = /^(ab|an|auf|aus|bei|dar|durch|ein|fest|fort|her|hin|mit|nach|teil|um|vor|weg|weiter|wieder|zurück|zusammen)zu(\p{L}{4,})$/u;

function withoutInfixedZu(lower: string, language: string): string {
  if (language !== 'de') return lower;
  const m = SEPARABLE_ZU.exec(lower);
  return m ? m[1]! + m[2]! : lower;
}

/** Per language and word form: the stem to use (its lemma's when that joins a synonym group). */
const lemmaStems = new Map<string, string>();

function synonymLemmaStem(base: string, stem: string, language: string, synonyms: Map<string, string>): string {
  const lexicon = loadedLexicon();
  const meaningLanguage = toMeaningLanguage(language);
  if (!lexicon || !meaningLanguage) return stem;
  const key = `${language}\u0000${base}`;
  let found = lemmaStems.get(key);
  if (found === undefined) {
    const lemmaStem = stemWord(meaningWord(base, meaningLanguage, lexicon).lemma, language);
    found = synonyms.has(lemmaStem) ? lemmaStem : stem;
    if (lemmaStems.size >= 100_000) lemmaStems.clear();
    lemmaStems.set(key, found);
  }
  return found;
}

export function tokenWords(token: Token, language: string): TokenWords {
  const synonyms = synonymGroups(language);
  const feature = (stem: string) => synonyms.get(stem) ?? stem;
  const base = withoutInfixedZu(token.lower, language);
  let stem = stemWord(base, language);
  // With the meaning data loaded, an inflected form the stemmer cannot bring home ("übereingekommen",
  // "beschlossen") is read through its lemma when that lemma belongs to a synonym group: "Die Städte sind
  // übereingekommen" then shares a feature with "Sie hätten vereinbart". Only for synonym groups, so that
  // every other word keeps the stem both sides of a pair were indexed with.
  if (!synonyms.has(stem)) stem = synonymLemmaStem(base, stem, language, synonyms);
  const stopwords = functionWords(language);
  return {
    whole: feature(stem),
    parts: compoundParts(token.lower).filter((part) => !stopwords.has(part)).map((part) => feature(stemWord(part, language))),
    cuts: new CompoundCuts(token.lower, language),
  };
}
