// Synonyms two outlets use for one thing in sentences that report the same fact but are worded apart, so no
// shared frame holds the words in one slot ("Das Gespräch dauerte anderthalb Stunden" / "Nach dem
// anderthalbstündigen Telefonat …"). Only nouns are paired, each with a noun of the other sentence that the
// meaning layer relates closely (an OpenThesaurus synonym, a shared usual English rendering), and only where
// neither sentence has the other's word: a sentence carrying both words uses both, it does not choose.

import type { SentenceFeatures } from '../align/sentence-features';
import { isPersonTitle } from '../names/person-titles';
import type { NameIndex } from '../names/name-index';
import { meaningLexicon } from '../meaning/lexicon';
import type { MeaningWord } from '../meaning/sentence-meaning';
import { isSentenceSimilarityLoaded } from '../meaning/similarity';
import { stemWord } from '../text/stem';
import { isCapitalised, isNumeric, type Token } from '../text/tokens';
import type { SlotReader, Substitution } from './substitution-slots';
import { meaningWords, wordRelation } from './word-relations';

/** Closer than the slot rule's bar: without a shared frame, only a synonym or a common rendering counts. */
const MIN_SYNONYM = 0.6;

interface Noun {
  token: Token;
  word: MeaningWord;
  position: number;
}

/** German nouns of a sentence (capitalised, known to the lexicon as nouns or not opening the sentence), not
 *  names, titles of people, figures or function words. Null when the meaning layer is not loaded. */
function nounsOf(tokens: Token[], reader: SlotReader, names: NameIndex): Noun[] | null {
  if (!isSentenceSimilarityLoaded() || reader.language !== 'de') return null;
  const nouns = meaningLexicon().germanNouns;
  const out: Noun[] = [];
  tokens.forEach((token, position) => {
    if (reader.stopwords.has(token.lower) || !isCapitalised(token.text) || isNumeric(token.text)) return;
    if (names.personOf(token) || isPersonTitle(token.lower)) return;
    const word = meaningWords(token.text, 'de')?.[0];
    if (!word || (position === 0 && !nouns.has(word.lemma))) return;
    // A word neither the thesaurus nor the dictionary knows is a name, whatever its capital says.
    if (![...word.same.keys()].some((k) => k.startsWith('s:') || k.startsWith('e:'))) return;
    out.push({ token, word, position });
  });
  return out;
}

function contextOf(text: string, tokens: Token[], position: number): string {
  const left = tokens[position - 1];
  const right = tokens[position + 1];
  return `${left ? text.slice(left.start, left.end) : ''} … ${right ? text.slice(right.start, right.end) : ''}`.trim();
}

export function synonymSubstitutions(
  x: SentenceFeatures, y: SentenceFeatures, tx: Token[], ty: Token[], reader: SlotReader, names: NameIndex, found: Substitution[],
): Substitution[] {
  const nx = nounsOf(tx, reader, names);
  const ny = nounsOf(ty, reader, names);
  if (!nx || !ny) return [];
  const lemmasX = new Set(nx.map((n) => n.word.lemma));
  const lemmasY = new Set(ny.map((n) => n.word.lemma));
  const onlyX = nx.filter((n) => !lemmasY.has(n.word.lemma));
  const onlyY = ny.filter((n) => !lemmasX.has(n.word.lemma));
  const slotted = new Set(found.flatMap((s) => [s.a.key, s.b.key]));
  const out: Substitution[] = [];
  const used = new Set<Noun>();
  for (const u of onlyX) {
    let best: Noun | null = null;
    let bestScore = MIN_SYNONYM;
    for (const v of onlyY) {
      if (used.has(v)) continue;
      const score = wordRelation(u.word, v.word);
      if (score >= bestScore && score < 1) [best, bestScore] = [v, score];
    }
    if (!best) continue;
    used.add(best);
    const a = { surface: u.token.text, key: stemWord(u.token.lower, 'de'), articleId: x.articleId };
    const b = { surface: best.token.text, key: stemWord(best.token.lower, 'de'), articleId: y.articleId };
    // The slot rule found this swap already, in its frame.
    if (slotted.has(a.key) && slotted.has(b.key)) continue;
    out.push({ a, b, context: contextOf(x.text, tx, u.position), related: true });
  }
  return out;
}
