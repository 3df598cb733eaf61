// Framing from the lexicon: for each concept, which articles use which of its terms. Shown only where at
// least two articles name the concept at all, since a choice is visible only beside another article's choice.

import { findLexiconTerms, type LexiconHit } from './find-lexicon-terms';
import type { Lexicon, LexiconCategory, LexiconConcept } from './lexicon-format';

/** One lexicon term's use in the articles, every surface listed. Not yet what a comparison reports: framingOf
 *  turns it into a FramingVariant (analyses/framing-types), which lists surfaces only where they differ. */
export interface LexiconTermUse {
  term: string;
  /** Articles using the term, in input order. */
  articleIds: string[];
  note?: string;
  /** `note` in German. */
  noteDe?: string;
  source?: string;
  /** The term as written in those articles ("Angriffskrieges", "Kreml-Chef"), in order of first appearance. */
  surfaces: string[];
}

export interface FramingEntry {
  /** The concept's label. */
  concept: string;
  /** The concept's German label. */
  labelDe?: string;
  conceptId: string;
  category: LexiconCategory;
  /** Most-used first; equally used terms in lexicon order. */
  variants: LexiconTermUse[];
  source: 'lexicon';
}

interface Usage {
  articleIds: Set<string>;
  surfaces: Set<string>;
}

/** `minArticles`: how many articles must name a concept for it to be reported (default 2: a choice shows
 *  beside another article's choice). */
export function lexiconFraming(
  articles: { articleId: string; text: string; hits?: LexiconHit[] }[],
  lexicon: Lexicon,
  minArticles = 2,
): FramingEntry[] {
  // conceptId → term → usage
  const usage = new Map<string, Map<string, Usage>>();
  for (const { articleId, text, hits } of articles) {
    for (const hit of hits ?? findLexiconTerms(text, lexicon)) {
      const terms = usage.get(hit.conceptId) ?? new Map<string, Usage>();
      const use = terms.get(hit.term) ?? { articleIds: new Set(), surfaces: new Set() };
      use.articleIds.add(articleId);
      use.surfaces.add(hit.surface);
      terms.set(hit.term, use);
      usage.set(hit.conceptId, terms);
    }
  }
  return lexicon.concepts.flatMap((concept) => {
    const terms = usage.get(concept.id);
    return terms === undefined ? [] : framingEntry(concept, terms, minArticles);
  });
}

function framingEntry(concept: LexiconConcept, terms: Map<string, Usage>, minArticles: number): FramingEntry[] {
  const articles = new Set([...terms.values()].flatMap((u) => [...u.articleIds]));
  if (articles.size < minArticles) return [];
  const variants = concept.terms.flatMap((t): LexiconTermUse[] => {
    const use = terms.get(t.term);
    if (use === undefined) return [];
    return [{
      term: t.term,
      articleIds: [...use.articleIds],
      ...(t.note === undefined ? {} : { note: t.note }),
      ...(t.noteDe === undefined ? {} : { noteDe: t.noteDe }),
      ...(t.source === undefined ? {} : { source: t.source }),
      surfaces: [...use.surfaces],
    }];
  });
  // Array.prototype.sort is stable, so equally used terms keep their lexicon order.
  variants.sort((a, b) => b.articleIds.length - a.articleIds.length);
  return [{ concept: concept.label, ...(concept.labelDe === undefined ? {} : { labelDe: concept.labelDe }), conceptId: concept.id, category: concept.category, variants, source: 'lexicon' }];
}
