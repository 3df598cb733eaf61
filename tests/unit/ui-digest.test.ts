// The digest and the fact ranking, on comparisons the engine computed from the seeds and on hand-made ones:
// what is picked, in what order, and what is never called "left out here".
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticle } from '../../src/engine/compare';
import type { Comparison, Fact } from '../../src/engine/types';
import { DIGEST_LIMITS, digestItems } from '../../src/ui/sidebar/digest-model';
import { rankFacts } from '../../src/ui/sidebar/fact-ranking';
import { factRows, outletColumns } from '../../src/ui/sidebar/view-model';
import { seedCorpusWithout, seedInput } from '../helpers/seeds';

let c: Comparison;
beforeAll(async () => {
  c = compareArticle(seedInput('003'), await seedCorpusWithout('003'));
});

const here = { title: 'Page title', outlet: 'apa.at', url: null };

function fact(id: string, outlets: string[], independent = outlets.length): Fact {
  return {
    id, label: `label ${id}`, independent, maybe: [],
    mentions: outlets.map((articleId) => ({ articleId, sentence: 0, text: id, span: { start: 0, end: id.length }, claim: id, attribution: null, reprintedBy: [] })),
  };
}

describe('digest', () => {
  it('keeps the kinds in a fixed order and each within its limit', () => {
    const items = digestItems(c);
    const order = Object.keys(DIGEST_LIMITS);
    const kinds = items.map((i) => i.kind);
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
    for (const kind of order) expect(kinds.filter((k) => k === kind).length).toBeLessThanOrEqual(DIGEST_LIMITS[kind as keyof typeof DIGEST_LIMITS]);
  });

  it('shows a framing contrast only when outlets split between wordings, the widest split first', () => {
    const framing = [
      { concept: 'all alike', category: 'person-naming', source: 'lexicon' as const, variants: [{ term: 'x', articleIds: ['current', 'a'] }, { term: 'y', articleIds: ['current', 'a'] }] },
      { concept: 'small', category: 'person-naming', source: 'lexicon' as const, variants: [{ term: 'p', articleIds: ['current'] }, { term: 'q', articleIds: ['a'] }] },
      { concept: 'wide', category: 'person-naming', source: 'lexicon' as const, variants: [{ term: 'k', articleIds: ['current', 'a'] }, { term: 'r', articleIds: ['b', 'c'] }, { term: 's', articleIds: ['d'] }] },
      { concept: 'spelling', category: 'orthography', source: 'lexicon' as const, variants: [{ term: 'daß', articleIds: ['a', 'b'] }, { term: 'dass', articleIds: ['c', 'd', 'current'] }] },
    ];
    const items = digestItems({ ...c, framing, quotes: [], conflicts: [], reuse: [], facts: [], coverage: { onlyHere: [], omitted: [], maybe: [] } });
    expect(items.map((i) => (i.kind === 'framing' ? i.framing.concept : i.kind))).toEqual(['wide', 'spelling']);
  });

  it('names "left out here" only for facts at least two independent outlets report', () => {
    const facts = [fact('f1', ['a', 'b'], 1), fact('f2', ['a', 'b', 'c'], 3), fact('f3', ['current'])];
    const items = digestItems({ ...c, framing: [], quotes: [], conflicts: [], reuse: [], facts, coverage: { onlyHere: ['f3'], omitted: ['f1', 'f2'], maybe: [] } });
    expect(items.map((i) => `${i.kind}:${'fact' in i && i.fact ? i.fact.id : ''}`)).toEqual(['omitted:f2', 'only-here:f3']);
  });

  it('puts a number conflict in the digest with its fact', () => {
    const facts = [fact('f1', ['current', 'a'])];
    const conflicts = [{ factId: 'f1', values: [
      { value: 4.1, unit: 'M€', kind: 'count' as const, texts: ['4,1 Millionen'], articleIds: ['current'] },
      { value: 4.8, unit: 'M€', kind: 'count' as const, texts: ['4,8 Millionen'], articleIds: ['a'] },
    ] }];
    const items = digestItems({ ...c, framing: [], quotes: [], reuse: [], facts, conflicts, coverage: { onlyHere: [], omitted: [], maybe: [] } });
    expect(items).toHaveLength(1);
    expect(items[0]!.kind === 'number' && items[0]!.fact?.id).toBe('f1');
  });
});

describe('fact ranking', () => {
  it('ranks facts by independent outlets and sets one-outlet background apart', () => {
    const rows = factRows(c, outletColumns(c, here));
    const { main, background } = rankFacts(rows);
    expect(main.length + background.length).toBe(rows.length);
    for (let i = 1; i < main.length; i++) expect(main[i - 1]!.independent).toBeGreaterThanOrEqual(main[i]!.independent);
    for (const row of background) {
      expect(row.independent).toBeLessThan(2);
      expect(row.fact.mentions.some((m) => m.articleId === 'current')).toBe(false);
      expect(row.status).not.toBe('omitted');
    }
  });
});
