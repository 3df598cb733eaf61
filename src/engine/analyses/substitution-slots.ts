// The slots of detected framing: where two sentences agree around a span and fill it differently, the two
// fillings (a `Substitution`), and the rules for what a filling worth showing is (`SlotReader`). Shared by the
// lexical rule (word-substitutions.ts) and the meaning layer's synonyms (synonym-substitutions.ts).

import { isPersonTitle } from '../names/person-titles';
import type { NameIndex } from '../names/name-index';
import { stemWord } from '../text/stem';
import { isCapitalised, isNumeric, type Token } from '../text/tokens';

const MAX_SLOT = 4;

export interface Slot {
  surface: string;
  key: string;
  articleId: string;
}

export interface Substitution {
  a: Slot;
  b: Slot;
  context: string;
  /** The meaning layer relates the two wordings: one sighting is enough to show it. */
  related?: true;
  /** The meaning layer knows no relation: one word swapped for another in a shared frame. */
  unrelatedSwap?: true;
}

export class SlotReader {
  constructor(readonly stopwords: ReadonlySet<string>, readonly language: string) {}

  /** German capitalises nouns, so a naming reads: adjectives, then nouns, optionally "in der"/"gegen die" and a
   *  noun again ("städtischer Brand", "Brand in der Altstadt"). Verbs and adverbs make a paraphrase, not a name. */
  private isGermanNounPhrase(words: Token[]): boolean {
    const pattern = words.map((t) => (this.stopwords.has(t.lower) ? 'F' : isCapitalised(t.text) ? 'N' : 'A')).join('');
    return /^A*N+(?:FF?A*N+)?$/.test(pattern);
  }

  stems(tokens: Token[]): string[] {
    return tokens.map((t) => stemWord(t.lower, this.language));
  }

  /** Anchor keys: stems, but a capitalised word stays apart from a lower-case one of the same stem, so the
   *  noun "Ukraine" does not anchor the adjective "ukrainischen" and cut the slot in two. */
  anchorKeys(tokens: Token[]): string[] {
    return tokens.map((t) => `${stemWord(t.lower, this.language)}${isCapitalised(t.text) ? '^' : ''}`);
  }

  /** A slot filling worth showing: a few words naming a thing, no numbers (those are conflicts), no people
   *  (how people are introduced is a framing of its own). */
  slot(tokens: Token[], text: string, articleId: string, names: NameIndex): Slot | null {
    let from = 0;
    let to = tokens.length;
    while (from < to && this.stopwords.has(tokens[from]!.lower)) from++;
    while (to > from && this.stopwords.has(tokens[to - 1]!.lower)) to--;
    const words = tokens.slice(from, to);
    if (words.length === 0 || words.length > MAX_SLOT) return null;
    if (words.some((t) => isNumeric(t.text) || names.personOf(t) || isPersonTitle(t.lower))) return null;
    if (this.language === 'de' && !this.isGermanNounPhrase(words)) return null;
    return {
      surface: text.slice(words[0]!.start, words[words.length - 1]!.end),
      key: this.stems(words).join(' '),
      articleId,
    };
  }
}
