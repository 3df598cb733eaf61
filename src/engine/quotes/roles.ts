// A role used as a speaker ("the mayor", "der Feuerwehrchef") means the person the article introduced earlier with
// that title ("Mayor Linda Okafor", "Feuerwehrchef Jonas Keller"), but only when exactly one person fits: with two
// candidates, or none, the role stays a role.

import type { Lexicon } from './lexicon';
import { isTitle, type NameMatch } from './names';
import type { PersonMention } from './persons';
import { foldName, sameSpeaker } from './speaker-key';
import { gapBefore, onlySpaces, tokenIndexFrom, type TextView } from './text-view';

/** Words just before a person's name that still describe them ("Austrian Interior Minister Karl Huber"). */
const INTRO_LEAD_WORDS = 2;
/** Inflected forms of one modifier differ by at most this many final letters ("russische" / "russischen"). */
const MAX_ENDING_DIFFERENCE = 2;
const MIN_STEM_LENGTH = 3;

interface Description {
  /** Base forms of the title words ("präsident" for "US-Präsidenten"). */
  titles: string[];
  /** Other words, folded: a role's modifiers ("russische", "kremlin"), or all words of an introduction. */
  words: string[];
}

/** The uninflected forms a title word may stand for: "Präsidenten" → ["präsident"], "mayor" → ["mayor"]. */
function titleBases(lower: string, lexicon: Lexicon): string[] {
  const last = lower.split('-').pop() ?? lower;
  return lexicon.titleInflections
    .filter((ending) => last.endsWith(ending))
    .map((ending) => last.slice(0, last.length - ending.length))
    .filter((base) => base && (lexicon.titleWords.has(base) || lexicon.titleSuffixes.some((suffix) => base.endsWith(suffix))));
}

/** A compound names a kind of its head ("Außenministerin" is a "Ministerin"), never the reverse. */
function sameTitle(role: string[], person: string[]): boolean {
  return role.some((r) => person.some((p) => p === r || p.endsWith(r)));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_STEM_LENGTH && long.startsWith(short) && long.length - short.length <= MAX_ENDING_DIFFERENCE;
}

/** The article before a name read forward ("the mayor") or backward ("Der Feuerwehrchef sagte"), if any. */
function articleOf(view: TextView, name: NameMatch): string | null {
  const lex = view.lexicon;
  const first = view.tokens[name.first]!;
  if (lex.determiners.has(first.lower)) return first.lower;
  const before = view.tokens[name.first - 1];
  return before && lex.determiners.has(before.lower) && onlySpaces(gapBefore(view, name.first)) ? before.lower : null;
}

/** Titles and modifiers of a role; null for an indefinite one ("a spokesman"), who is someone not yet named. */
function describeRole(view: TextView, name: NameMatch): Description | null {
  const lex = view.lexicon;
  const article = articleOf(view, name);
  if (article && lex.indefiniteArticles.has(article)) return null;
  const titles: string[] = [];
  const words: string[] = [];
  for (let k = name.first; k <= name.last; k++) {
    const t = view.tokens[k]!;
    if (lex.determiners.has(t.lower) || lex.titleConnectors.has(t.lower)) continue;
    if (isTitle(view, t)) titles.push(...titleBases(t.lower, lex));
    else words.push(foldName(t.text));
  }
  return titles.length ? { titles, words } : null;
}

/** Titles of a person's introduction, and its words with the few before it ("russische Präsident …"). */
function describePerson(view: TextView, person: PersonMention): Description {
  const first = tokenIndexFrom(view, person.pos);
  let from = first;
  while (from > 0 && first - from < INTRO_LEAD_WORDS && onlySpaces(gapBefore(view, from))) from--;
  const end = person.pos + person.speakerText.length;
  const titles: string[] = [];
  const words: string[] = [];
  for (let k = from; k < view.tokens.length && view.tokens[k]!.end <= end; k++) {
    const t = view.tokens[k]!;
    if (k >= first && isTitle(view, t)) titles.push(...titleBases(t.lower, view.lexicon));
    words.push(foldName(t.text));
  }
  return { titles, words };
}

/** The one person introduced before the role with its title (and any modifiers it has), else null. */
export function personOfRole(view: TextView, persons: PersonMention[], name: NameMatch): PersonMention | null {
  const role = describeRole(view, name);
  if (!role) return null;
  const rolePos = view.tokens[name.first]!.start;
  let found: PersonMention | null = null;
  for (const person of persons) {
    if (person.pos >= rolePos) break;
    if (found && sameSpeaker(found.speaker, person.speaker)) continue;
    const intro = describePerson(view, person);
    if (!sameTitle(role.titles, intro.titles)) continue;
    if (!role.words.every((w) => intro.words.some((x) => sameWord(w, x)))) continue;
    if (found) return null;
    found = person;
  }
  return found;
}
