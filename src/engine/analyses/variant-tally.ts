// Who used which wording of one concept, for the framing analyses (spelling variants, word substitutions,
// person naming); the entries they report are `Framing` of the engine's types.

import type { FramingVariant } from '../types';

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
