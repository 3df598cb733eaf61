// Detects the subjunctive that marks German indirect speech ("er habe", "es sei", "sie hätten").
// Strong markers are forms that are (almost) never indicative. Weak markers ("sollte", "wollten") equal the
// past indicative, so they count only where a speech cue is present. A regular verb's Konjunktiv I is caught
// after a 3rd-person pronoun ("er hoffe", "es gebe"), where the indicative would end in -t.

import { isInsideQuote, tokenIndexFrom, type TextView } from './text-view';

export interface KonjunktivOptions {
  /** Count weak markers (only when the sentence has its own speech cue). */
  allowWeak: boolean;
  /** Count only markers before the first comma: the main clause, not an embedded "ob … habe". */
  mainClauseOnly: boolean;
}

function isRegularKonjunktivI(view: TextView, i: number): boolean {
  const lex = view.lexicon;
  const t = view.tokens[i]!;
  const prev = view.tokens[i - 1];
  if (!prev || !lex.konjunktivSubjectPronouns.has(prev.lower)) return false;
  if (!/^\p{Ll}{3,}e$/u.test(t.text)) return false;
  return ![lex.functionWords, lex.determiners, lex.capitalisedFunctionWords, lex.subordinators, lex.prepositions, lex.intensifiers].some(
    (set) => set.has(t.lower),
  );
}

/** True when [from, to) of the text holds a Konjunktiv marker outside quotes. */
export function hasKonjunktiv(view: TextView, from: number, to: number, options: KonjunktivOptions): boolean {
  const lex = view.lexicon;
  for (let i = tokenIndexFrom(view, from); i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (t.end > to) break;
    if (options.mainClauseOnly && i > 0 && view.text.slice(view.tokens[i - 1]!.end, t.start).includes(',') && view.tokens[i - 1]!.start >= from) {
      return false;
    }
    if (isInsideQuote(view, t)) continue;
    if (lex.konjunktivMarkers.has(t.lower) || isRegularKonjunktivI(view, i)) return true;
    if (options.allowWeak && lex.weakKonjunktivMarkers.has(t.lower)) return true;
  }
  return false;
}
