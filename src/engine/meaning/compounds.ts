// German compounds (Angriffskrieg, Telefongespräch) split into a modifier and a head, but only into parts that
// are words of the lexicon, with a noun as head: any string the texts happen to contain is not a part
// (gefallen is not ge|"fallen"+"all", Demokraten is not Demok|"raten", vielleicht has no noun head).

import { germanLemma, nounLemma } from './german-lemmas';
import type { MeaningLexicon } from './meaning-lexicon';

export interface CompoundSplit {
  /** Lemma of the modifier ("angriff" for "Angriffs-"). */
  modifier: string;
  /** Lemma of the head noun ("krieg"). */
  head: string;
}

const MIN_WORD = 7;
const MIN_MODIFIER = 3;
const MIN_HEAD = 3;
// Linking elements between modifier and head (Angriff-s-krieg, Straße-n-bahn, Kind-er-garten, Hund-e-hütte).
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];

function modifierLemma(part: string, lex: MeaningLexicon): string | null {
  for (const link of LINKS) {
    if (link !== '' && !part.endsWith(link)) continue;
    const bare = part.slice(0, part.length - link.length);
    if (bare.length < MIN_MODIFIER) continue;
    if (lex.german.lemmas.has(bare)) return bare;
    // A verb stem as modifier: Schreib|tisch → schreiben.
    if (lex.german.lemmas.has(`${bare}en`) && link === '') return `${bare}en`;
  }
  return null;
}

function headLemma(part: string, lex: MeaningLexicon): string | null {
  return nounLemma(part, lex.german, lex.germanNouns);
}

const cache = new Map<string, CompoundSplit | null>();

/** The split of a lower-cased German word with the longest head that is a noun of the lexicon; null if none. */
export function splitCompound(lower: string, lex: MeaningLexicon): CompoundSplit | null {
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  let split: CompoundSplit | null = null;
  if (lower.includes('-')) {
    const parts = lower.split('-').filter(Boolean);
    const head = parts.length > 1 ? headLemma(parts[parts.length - 1]!, lex) : null;
    if (head) split = { modifier: germanLemma(parts[0]!, lex.german), head };
  } else if (lower.length >= MIN_WORD && /^\p{L}+$/u.test(lower)) {
    for (let cut = MIN_MODIFIER; cut <= lower.length - MIN_HEAD; cut++) {
      const head = headLemma(lower.slice(cut), lex);
      if (!head) continue;
      const modifier = modifierLemma(lower.slice(0, cut), lex) ?? splitCompound(lower.slice(0, cut), lex)?.head ?? null;
      if (modifier) {
        split = { modifier, head };
        break;
      }
    }
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(lower, split);
  return split;
}
