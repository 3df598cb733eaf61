// German writes compounds as one word (Angriffskrieg, Telefongespräch). With no decompounder on npm, a
// compound is split at the longest suffix that the texts also use as a word of its own (Angriffs|krieg).
// Where a word could split depends on its spelling alone, and is kept with an article's reading (CompoundCuts);
// which cut holds depends on the texts aligned together (against their vocabulary).

import { stemWord } from '../text/stem';

const MIN_PART = 4;
const MIN_COMPOUND = 8;

/** One way to split a word: the stem of its head, and of its modifier once asked for (null: too short). */
interface Cut {
  head: string;
  modifier?: string | null;
}

/** A word's cuts, stemmed as far as a vocabulary has asked for them and kept: the first vocabulary to look
 *  stems exactly what it must (as many suffixes as it tries), a later one reuses them. */
export class CompoundCuts {
  /** By cut position - 3; null where the head is too short to be a word. */
  private readonly cuts: (Cut | null)[] = [];
  private readonly last: number;

  constructor(
    private readonly lower: string,
    private readonly language: string,
  ) {
    this.last = lower.length < MIN_COMPOUND || lower.includes('-') || !/^\p{L}+$/u.test(lower) ? 0 : lower.length - MIN_PART;
  }

  /** Stems of the parts of the word that occur as words in `vocabulary` (stems); empty when none do. */
  stemsIn(vocabulary: ReadonlySet<string>): string[] {
    for (let at = 3; at <= this.last; at++) {
      const cut = this.cutAt(at);
      if (cut === null || !vocabulary.has(cut.head)) continue;
      if (cut.modifier === undefined) {
        // The modifier, without a linking "s" or "es" (Angriffs-, Friedens-).
        const modifier = this.lower.slice(0, at).replace(/e?s$/, '');
        cut.modifier = modifier.length >= MIN_PART ? stemWord(modifier, this.language) : null;
      }
      return cut.modifier !== null && vocabulary.has(cut.modifier) ? [cut.head, cut.modifier] : [cut.head];
    }
    return [];
  }

  private cutAt(at: number): Cut | null {
    let cut = this.cuts[at - 3];
    if (cut === undefined) {
      const head = stemWord(this.lower.slice(at), this.language);
      cut = this.cuts[at - 3] = head.length < MIN_PART - 1 ? null : { head };
    }
    return cut;
  }
}
