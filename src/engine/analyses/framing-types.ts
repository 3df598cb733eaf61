// The framing entries a comparison reports: for one concept, which outlets use which words for it.

export interface FramingVariant {
  term: string;
  articleIds: string[];
  /** A neutral note on what the choice signals (lexicon entries only). */
  note?: string;
  /** The note in German; a German interface shows `noteDe ?? note`. */
  noteDe?: string;
  /** Where that note comes from. */
  source?: string;
  /** The term as written in the articles, where it differs from `term` (inflection, case). */
  surfaces?: string[];
}

export type FramingSource = 'lexicon' | 'detected';

export interface Framing {
  /** The concept's name in English (a lexicon label, or for detected concepts its first two wordings). */
  concept: string;
  /** The concept's name in German; a German interface shows `labelDe ?? concept`. */
  labelDe?: string;
  category: string;
  variants: FramingVariant[];
  source: FramingSource;
  /** For detected substitutions: the words around the slot, as one outlet wrote them ("um den … zu beenden"). */
  context?: string;
}

/** Accumulates who used which wording of one concept, keyed by a normalised form of the wording. */
export class VariantTally {
  private readonly variants = new Map<string, { surfaces: Map<string, number>; articleIds: Set<string> }>();

  add(key: string, surface: string, articleId: string): void {
    const v = this.variants.get(key) ?? { surfaces: new Map(), articleIds: new Set() };
    v.surfaces.set(surface, (v.surfaces.get(surface) ?? 0) + 1);
    v.articleIds.add(articleId);
    this.variants.set(key, v);
  }

  get size(): number {
    return this.variants.size;
  }

  articleCount(): number {
    return new Set([...this.variants.values()].flatMap((v) => [...v.articleIds])).size;
  }

  /** Variants, most-used first; each named by its most frequent surface. */
  toVariants(order: (id: string) => number): FramingVariant[] {
    return [...this.variants.values()]
      .map((v) => {
        const surfaces = [...v.surfaces].sort((a, b) => b[1] - a[1]).map(([s]) => s);
        const variant: FramingVariant = { term: surfaces[0]!, articleIds: [...v.articleIds].sort((a, b) => order(a) - order(b)) };
        if (surfaces.length > 1) variant.surfaces = surfaces;
        return variant;
      })
      .sort((a, b) => b.articleIds.length - a.articleIds.length || order(a.articleIds[0]!) - order(b.articleIds[0]!));
  }
}
