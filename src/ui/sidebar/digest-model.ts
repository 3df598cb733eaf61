// The digest at the top of the sidebar: the few most telling differences of a comparison, one line each,
// each pointing at its evidence further down. Derived only from the analyses the comparison carries; it
// ranks, it does not judge.
//
// The score, per kind (the kinds keep a fixed order so the digest reads the same way on every story):
// - framing: a concept two or more wordings of which are in use, by outlets that do not all use the same
//   ones. score = (wordings in use, at most 4) × (outlets using any of them); spellings (orthography, names'
//   transliteration) count half, as they say less about framing than a choice of words does.
// - number: a fact whose outlets give different numbers, durations or dates. score = outlets involved.
// - quote: a statement that at least two outlets carry, rendered in different words. score = outlets.
// - reprint: a group of outlets printing the same text. score = outlets in the group.
// - omitted: a fact this article leaves out that at least two independent outlets report. score =
//   independent outlets.
// - only-here: a fact no other outlet reports, not even in similar words. score = 1 (engine order).

import type {
  Framing,
  Comparison,
  Fact,
  FactConflict,
  QuoteRendering,
  QuoteStatement,
  ReuseReport,
} from '../../engine';
import { OMITTED_MIN_INDEPENDENT } from './view-model';

export type DigestItem =
  | { kind: 'framing'; score: number; index: number; framing: Framing; terms: { term: string; articleIds: string[] }[] }
  | { kind: 'number'; score: number; index: number; conflict: FactConflict; fact: Fact | null }
  | { kind: 'quote'; score: number; index: number; quote: QuoteStatement; renderings: QuoteRendering[] }
  | { kind: 'reprint'; score: number; index: number; group: ReuseReport }
  | { kind: 'omitted'; score: number; fact: Fact }
  | { kind: 'only-here'; score: number; fact: Fact };

/** How many lines of each kind the digest shows at most, in the order they are shown. */
export const DIGEST_LIMITS: Record<DigestItem['kind'], number> = { framing: 2, number: 2, quote: 1, reprint: 1, omitted: 1, 'only-here': 1 };

const SPELLING = new Set(['orthography', 'name-spelling', 'place-spelling']);
const MAX_TERMS = 3;

function framingItems(framing: Framing[]): DigestItem[] {
  return framing.flatMap((f, index): DigestItem[] => {
    const used = f.variants.filter((v) => v.articleIds.length > 0);
    if (used.length < 2) return [];
    const outlets = new Set(used.flatMap((v) => v.articleIds));
    // No contrast when every outlet of the concept uses every wording.
    if (used.every((v) => v.articleIds.length === outlets.size)) return [];
    const weight = SPELLING.has(f.category) ? 0.5 : 1;
    const terms = used.slice(0, MAX_TERMS).map((v) => ({ term: v.term, articleIds: v.articleIds }));
    return [{ kind: 'framing', score: Math.min(used.length, 4) * outlets.size * weight, index, framing: f, terms }];
  });
}

function numberItems(c: Comparison): DigestItem[] {
  return c.conflicts.flatMap((conflict, index): DigestItem[] => {
    if (conflict.values.length < 2) return [];
    const outlets = new Set(conflict.values.flatMap((v) => v.articleIds)).size;
    return [{ kind: 'number', score: outlets, index, conflict, fact: c.facts.find((f) => f.id === conflict.factId) ?? null }];
  });
}

function quoteItems(quotes: QuoteStatement[]): DigestItem[] {
  return quotes.flatMap((quote, index): DigestItem[] => {
    const outlets = new Set(quote.variants.flatMap((v) => v.articleIds));
    const differs = quote.variants.some((v) => v.diff && (v.diff.added.length > 0 || v.diff.removed.length > 0));
    if (!quote.shared || quote.variants.length < 2 || outlets.size < 2 || !differs) return [];
    // The most common rendering first, then the ones that differ from it most plainly (shortest first: a line).
    const [common, ...others] = quote.variants;
    const differing = others.filter((v) => v.diff).sort((a, b) => a.text.length - b.text.length);
    return [{ kind: 'quote', score: outlets.size, index, quote, renderings: [common!, ...differing.slice(0, 1)] }];
  });
}

function reprintItems(reuse: ReuseReport[]): DigestItem[] {
  return reuse.flatMap((group, index): DigestItem[] =>
    group.articleIds.length >= 2 ? [{ kind: 'reprint', score: group.articleIds.length, index, group }] : [],
  );
}

function coverageItems(c: Comparison): DigestItem[] {
  const omitted = c.facts
    .filter((f) => c.coverage.omitted.includes(f.id) && f.independent >= OMITTED_MIN_INDEPENDENT)
    .map((fact): DigestItem => ({ kind: 'omitted', score: fact.independent, fact }));
  const onlyHere = c.facts.filter((f) => c.coverage.onlyHere.includes(f.id)).map((fact): DigestItem => ({ kind: 'only-here', score: 1, fact }));
  return [...omitted, ...onlyHere];
}

/** The digest's lines: per kind in DIGEST_LIMITS order, the highest scores first (ties in the engine's order). */
export function digestItems(c: Comparison): DigestItem[] {
  const all = [...framingItems(c.framing), ...numberItems(c), ...quoteItems(c.quotes), ...reprintItems(c.reuse), ...coverageItems(c)];
  return (Object.keys(DIGEST_LIMITS) as DigestItem['kind'][]).flatMap((kind) =>
    all
      .filter((item) => item.kind === kind)
      .map((item, order) => ({ item, order }))
      .sort((a, b) => b.item.score - a.item.score || a.order - b.order)
      .slice(0, DIGEST_LIMITS[kind])
      .map(({ item }) => item),
  );
}
