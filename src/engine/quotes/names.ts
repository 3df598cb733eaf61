// Reads a speaker's name around a cue word. No name recogniser works offline, so a name is a run of capitalised
// words that are not function words, optionally led by titles ("Bürgermeisterin Anna Berger") or by an article
// ("das Rathaus"); the last capitalised word is the short form (surname or institution).

import type { Token } from '../text/tokens';
import { isCapitalised as isCapitalisedByRegex } from '../text/tokens';
import { isTitleWord } from './lexicon';
import { gapBefore, isInsideQuote, onlySpaces, type TextView } from './text-view';

export interface NameMatch {
  /** Surname or institution; null for a pronoun (resolved later). */
  speaker: string | null;
  /** The words as written, titles included. */
  speakerText: string;
  pronoun: boolean;
  /** True when only a title was read ("der Sprecher"): a role, not a named person. */
  titleOnly: boolean;
  first: number;
  last: number;
}

const MAX_NAME_WORDS = 4;
const MAX_ADJECTIVES = 2;

/**
 * The engine's `isCapitalised`, answered from the first character code when that is ASCII (as it is for most
 * words). Name reading asks it of nearly every token, and a Unicode regex test per token dominated its profile.
 */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a; // A–Z
  return isCapitalisedByRegex(word);
}

/** "Berger’s" → "Berger": the possessive belongs to the sentence, not the name. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

function isNameWord(view: TextView, t: Token): boolean {
  const lex = view.lexicon;
  return (
    isCapitalised(t.text) &&
    !lex.capitalisedFunctionWords.has(t.lower) &&
    !lex.pronouns.has(t.lower) &&
    !lex.speechVerbs.has(t.lower) &&
    !/^\p{N}/u.test(t.text)
  );
}

export function isTitle(view: TextView, t: Token): boolean {
  if (isCapitalised(t.text)) return isTitleWord(t.lower, view.lexicon);
  // English titles are often lower case ("Berger's spokesman"); German ones are nouns and thus capitalised.
  return view.lexicon.titleWords.has(t.lower) || view.lexicon.titleWords.has(t.lower.replace(/s$/u, ''));
}

/**
 * Interprets tokens [from, to] as titles and name words; null when they hold neither. A person is named by the
 * last word (surname); an untitled run after an article is an institution ("the White House", "der Stadtrat")
 * and keeps all its words.
 */
function interpretRun(view: TextView, from: number, to: number, afterArticle: boolean): NameMatch | null {
  let names: Token[] = [];
  let last = -1;
  let lastTitle: Token | null = null;
  for (let k = from; k <= to; k++) {
    const t = view.tokens[k]!;
    if (k > from && !onlySpaces(gapBefore(view, k))) break;
    if (isInsideQuote(view, t)) break;
    const afterTitle = lastTitle !== null && names.length === 0;
    if (isTitle(view, t)) {
      // "Lindaus Stadträtin Berger", "Berger's aide Weber": words before a title name its owner, not the speaker.
      names = [];
      lastTitle = t;
    } else if (afterTitle && view.lexicon.titleConnectors.has(t.lower) && isCapitalised(view.tokens[k + 1]?.text ?? '')) {
      // "Secretary of State Ellen Marsh": the connector and the next word still belong to the title.
      k++;
      if (!onlySpaces(gapBefore(view, k))) break;
      lastTitle = view.tokens[k]!;
    } else if (isNameWord(view, t) && names.length < MAX_NAME_WORDS) {
      names.push(t);
    } else break;
    last = k;
  }
  if (last < 0) return null;
  const head = names[names.length - 1] ?? lastTitle;
  if (!head) return null;
  const institution = afterArticle && !lastTitle && names.length > 1;
  return {
    speaker: institution ? names.map((t) => stripPossessive(t.text)).join(' ') : stripPossessive(head.text),
    speakerText: view.text.slice(view.tokens[from]!.start, view.tokens[last]!.end),
    pronoun: false,
    titleOnly: names.length === 0,
    first: from,
    last,
  };
}

function pronounAt(view: TextView, i: number): NameMatch | null {
  const t = view.tokens[i];
  if (!t || !view.lexicon.pronouns.has(t.lower) || isInsideQuote(view, t)) return null;
  return { speaker: null, speakerText: t.text, pronoun: true, titleOnly: false, first: i, last: i };
}

/** A name (or pronoun) starting at token `i`: "Berger", "die österreichische Innenministerin Huber", "er". */
export function readNameForward(view: TextView, i: number): NameMatch | null {
  const start = view.tokens[i];
  if (!start || isInsideQuote(view, start)) return null;
  const pronoun = pronounAt(view, i);
  if (pronoun) return pronoun;
  const lex = view.lexicon;
  let j = i;
  const hadArticle = lex.determiners.has(start.lower);
  if (hadArticle) {
    j++;
    // "die örtliche Feuerwehr Lindau": adjectives between article and noun.
    for (let a = 0; a < MAX_ADJECTIVES; a++) {
      const t = view.tokens[j];
      if (!t || !onlySpaces(gapBefore(view, j)) || isCapitalised(t.text) || isTitle(view, t)) break;
      if (lex.functionWords.has(t.lower) || lex.prepositions.has(t.lower)) return null;
      j++;
    }
    if (j >= view.tokens.length || !onlySpaces(gapBefore(view, j))) return null;
  }
  const match = interpretRun(view, j, Math.min(view.tokens.length - 1, j + MAX_NAME_WORDS + 3), hadArticle);
  if (!match) return null;
  return { ...match, first: i, speakerText: view.text.slice(start.start, view.tokens[match.last]!.end) };
}

/**
 * A name (or pronoun) ending at token `end`, read as the subject of a following verb. Only a subject position
 * counts: the run must start the sentence or follow an article, a conjunction or punctuation, never a
 * preposition or a possessive ("am Mittwoch", "ihrer Sprecherin Lena Vogt").
 */
export function readNameBackward(view: TextView, end: number): NameMatch | null {
  const pronoun = pronounAt(view, end);
  if (pronoun) return pronoun;
  const lex = view.lexicon;
  let k = end;
  while (k >= 0 && end - k < MAX_NAME_WORDS + 2) {
    const t = view.tokens[k]!;
    if (isInsideQuote(view, t) || !(isCapitalised(t.text) || isTitle(view, t))) break;
    if (lex.capitalisedFunctionWords.has(t.lower)) break;
    if (k < end && !onlySpaces(gapBefore(view, k + 1))) break;
    k--;
  }
  const from = k + 1;
  if (from > end) return null;
  if (k >= 0 && onlySpaces(gapBefore(view, from))) {
    const before = view.tokens[k]!;
    if (!lex.determiners.has(before.lower) && !lex.conjunctions.has(before.lower)) return null;
    // "ein Sprecher des Ministeriums sagte": a genitive is the subject's attribute, not the subject.
    if (lex.genitiveArticles.has(before.lower)) return null;
  }
  const afterArticle = k >= 0 && lex.determiners.has(view.tokens[k]!.lower);
  const match = interpretRun(view, from, end, afterArticle);
  return match && match.last === end ? match : null;
}
