// Where outlets that report one fact give different numbers, durations or dates for it (beyond "rund" and
// "etwa"), each value with the outlets that give it. Agreeing renderings ("24 Stunden" / "innerhalb eines
// Tages") are one value.

import type { SentenceFeatures } from '../align/sentence-features';
import { quantitiesAgree, type Quantity } from '../quantities';
import type { ConflictValue, FactConflict } from '../types';

function displayValue(q: Quantity): number | string {
  return q.kind === 'date' && q.iso ? q.iso : Math.round(q.value * 100) / 100;
}

export function factConflicts(facts: { id: string; mentions: SentenceFeatures[] }[]): FactConflict[] {
  const conflicts: FactConflict[] = [];
  for (const fact of facts) {
    if (new Set(fact.mentions.map((m) => m.articleId)).size < 2) continue;
    const byUnit = new Map<string, { quantity: Quantity; articleId: string }[]>();
    for (const m of fact.mentions) {
      for (const q of m.quantities) {
        const key = `${q.kind}/${q.unit}`;
        byUnit.set(key, [...(byUnit.get(key) ?? []), { quantity: q, articleId: m.articleId }]);
      }
    }
    for (const entries of byUnit.values()) {
      if (new Set(entries.map((e) => e.articleId)).size < 2) continue;
      const clusters: { representative: Quantity; values: ConflictValue }[] = [];
      for (const { quantity, articleId } of entries) {
        let cluster = clusters.find((c) => quantitiesAgree(c.representative, quantity));
        if (!cluster) {
          cluster = {
            representative: quantity,
            values: { value: displayValue(quantity), unit: quantity.unit, kind: quantity.kind, texts: [], articleIds: [] },
          };
          clusters.push(cluster);
        }
        if (!cluster.values.texts.includes(quantity.text)) cluster.values.texts.push(quantity.text);
        if (!cluster.values.articleIds.includes(articleId)) cluster.values.articleIds.push(articleId);
      }
      // A disagreement needs two outlets on different sides, not one outlet naming two values.
      const distinct = new Set(clusters.map((c) => c.values.articleIds.join('|')));
      if (clusters.length >= 2 && distinct.size >= 2) conflicts.push({ factId: fact.id, values: clusters.map((c) => c.values) });
    }
  }
  return conflicts;
}
