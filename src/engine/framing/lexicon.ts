// The framing lexicon: which concepts outlets name differently, and the bundled German and English lexicons.
// A reader's own lexicon is merged over the bundled one (see src/engine/data/lexicon/README.md).

import deDocument from '../data/lexicon/de.json';
import enDocument from '../data/lexicon/en.json';
import { emptyLexicon, type Lexicon, type LexiconTerm } from './lexicon-format';
import { parseLexicon } from './parse-lexicon';

export * from './lexicon-format';
export { parseLexicon } from './parse-lexicon';

const BUNDLED: Record<string, unknown> = { de: deDocument, en: enDocument };

// Parsed once: the same object each time also lets findLexiconTerms reuse its compiled patterns.
const parsed = new Map<string, Lexicon>();

/**
 * The lexicon shipped for a language ("de", "de-AT" → German). A language without one gets an empty lexicon,
 * never an error: framing is an extra, and a missing lexicon must not stop a comparison.
 */
export function bundledLexicon(language: string): Lexicon {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  const document = Object.hasOwn(BUNDLED, primary) ? BUNDLED[primary] : undefined;
  if (document === undefined) return emptyLexicon(primary);
  const lexicon = parsed.get(primary) ?? parseLexicon(document, `lexicon ${primary}.json`);
  parsed.set(primary, lexicon);
  return lexicon;
}

/**
 * `extra` (a reader's own terms) over `base`: a concept with a known id keeps its place, takes `extra`'s label
 * and category, and gains `extra`'s terms; a term with the same wording (ignoring case) is replaced, so a reader
 * can correct a note. Unknown concepts are appended. Lexicons of different languages cannot be merged: their
 * terms would be stemmed with the wrong language.
 */
export function mergeLexicons(base: Lexicon, extra: Lexicon): Lexicon {
  if (extra.concepts.length > 0 && primaryLanguage(base) !== primaryLanguage(extra)) {
    throw new Error(`mergeLexicons: cannot merge a "${extra.language}" lexicon into a "${base.language}" lexicon`);
  }
  const extraById = new Map(extra.concepts.map((c) => [c.id, c]));
  const merged = base.concepts.map((c) => {
    const over = extraById.get(c.id);
    return over === undefined ? c : { ...over, terms: mergeTerms(c.terms, over.terms) };
  });
  const baseIds = new Set(base.concepts.map((c) => c.id));
  const added = extra.concepts.filter((c) => !baseIds.has(c.id));
  return { ...base, concepts: [...merged, ...added] };
}

function mergeTerms(base: readonly LexiconTerm[], extra: readonly LexiconTerm[]): LexiconTerm[] {
  const key = (t: LexiconTerm) => t.term.toLowerCase();
  const extraByKey = new Map(extra.map((t) => [key(t), t]));
  const baseKeys = new Set(base.map(key));
  return [...base.map((t) => extraByKey.get(key(t)) ?? t), ...extra.filter((t) => !baseKeys.has(key(t)))];
}

function primaryLanguage(lexicon: Lexicon): string {
  return lexicon.language.toLowerCase().split('-')[0] ?? '';
}

/**
 * One lexicon to report hits of several languages in one row per concept: `primary`'s concepts in its order,
 * each gaining the terms other lexicons list under the same id ("Ukraine conflict" beside "Ukraine-Konflikt"),
 * then concepts only the others have. For grouping and notes only — never for matching: each article's terms
 * are found with its own language's lexicon, since the stemmer is per language.
 */
export function multilingualLexicon(primary: Lexicon, others: readonly Lexicon[]): Lexicon {
  if (others.length === 0) return primary;
  const concepts = new Map(primary.concepts.map((c) => [c.id, { ...c, terms: [...c.terms] }]));
  for (const other of others) {
    for (const concept of other.concepts) {
      const known = concepts.get(concept.id);
      if (!known) {
        concepts.set(concept.id, { ...concept, terms: [...concept.terms] });
        continue;
      }
      const wordings = new Set(known.terms.map((t) => t.term.toLowerCase()));
      known.terms.push(...concept.terms.filter((t) => !wordings.has(t.term.toLowerCase())));
    }
  }
  return { ...primary, concepts: [...concepts.values()] };
}
