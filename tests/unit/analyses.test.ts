// Issue "framing, quotes, numbers and reprinted agency copy": each analysis on the seeds and on articles
// written for what the seeds lack (conflicting numbers, near-identical reprints, English quotes, no quotes).
import { describe, expect, it } from 'vitest';
import { quoteRenderings } from '../../src/engine/analyses/quote-renderings';
import { parseArticle } from '../../src/engine/article/parse-article';
import { compareArticle } from '../../src/engine/compare';
import { buildCorpusPack } from '../../src/engine/corpus/build-pack';
import { articleIdFor } from '../../src/engine/corpus/seed-manifest';
import { buildCorpusIndex } from '../../src/engine/match/corpus-index';
import type { Comparison, CorpusArticle, Framing } from '../../src/engine/types';
import { fixtureArticle, seedCorpus, seedInput } from '../helpers/seeds';

function corpusOf(names: string[], date: string) {
  const articles: CorpusArticle[] = names.map((name) => {
    const input = fixtureArticle(name, date);
    return {
      id: articleIdFor(input.text), title: input.title, text: input.text, url: null,
      outlet: { name: `Outlet ${name}`, known: 'stated', evidence: [] }, date, language: 'de', origin: 'imported',
    };
  });
  return buildCorpusIndex(buildCorpusPack(articles));
}

const termsOf = (framing: Framing[], concept: RegExp) =>
  framing.filter((f) => concept.test(f.concept)).flatMap((f) => f.variants.map((v) => v.term));
const outletsUsing = (c: Comparison, framing: Framing[], term: string) =>
  framing.flatMap((f) => f.variants).filter((v) => v.term === term).flatMap((v) => v.articleIds)
    .map((id) => (id === 'current' ? 'current' : c.event!.articles.find((a) => a.id === id)?.outlet ?? 'unknown'));

describe('word choice on the seeds, with the lexicon', () => {
  it('finds the naming of the war, of Putin, the Selenskyj spelling, old orthography and "Putsch"', async () => {
    const c = compareArticle(seedInput('000'), await seedCorpus());
    expect(termsOf(c.framing, /war in Ukraine/)).toEqual(expect.arrayContaining(['russischer Angriffskrieg', 'Krieg in der Ukraine', 'Ukraine-Konflikt']));
    expect(termsOf(c.framing, /Putin/)).toEqual(expect.arrayContaining(['Kremlchef', 'Staatschef', 'russischer Präsident']));
    expect(termsOf(c.framing, /surname/)).toEqual(expect.arrayContaining(['Selenskyj', 'Selenskij']));
    expect(outletsUsing(c, c.framing, 'Selenskij')).toEqual(['RT DE']);
    expect(outletsUsing(c, c.framing, 'Rußland')).toEqual(['Junge Freiheit']);
    expect(outletsUsing(c, c.framing, 'daß')).toEqual(['Junge Freiheit']);
    expect(outletsUsing(c, c.framing, 'Putsch')).toEqual(['RT DE']);
    for (const f of c.framing.filter((x) => x.source === 'lexicon')) expect(f.variants.every((v) => v.note)).toBe(true);
  });

  it('never labels an outlet: entries list words and who wrote them', async () => {
    const c = compareArticle(seedInput('002'), await seedCorpus());
    for (const f of c.framing) expect(Object.keys(f).sort()).toEqual(expect.arrayContaining(['concept', 'variants', 'source']));
    expect(JSON.stringify(c.framing)).not.toMatch(/propaganda|biased|left-wing|right-wing|unreliable/i);
  });
});

describe('word choice found by detection alone (lexicon switched off)', () => {
  it('finds how outlets introduce Putin, spelling variants and a swapped naming of the war', async () => {
    const corpus = await seedCorpus();
    const c = compareArticle(seedInput('004'), corpus, { framing: { lexicon: false } });
    expect(c.framing.every((f) => f.source === 'detected')).toBe(true);
    const putin = c.framing.find((f) => f.concept === 'Naming of Putin')!;
    expect(putin.variants.map((v) => v.term)).toEqual(expect.arrayContaining(['Kremlchef', 'Rußlands Staatschef', 'Russlands Präsident']));
    expect(putin.labelDe).toBe('Benennung von Putin');
    expect(c.framing.find((f) => f.concept === 'Spelling of Selenskyj')?.labelDe).toBe('Schreibweise von Selenskyj');
    expect(termsOf(c.framing, /^Spelling of Selenskyj/)).toEqual(expect.arrayContaining(['Selenskyj', 'Selenskij']));
    expect(termsOf(c.framing, /^Spelling of Russland/)).toEqual(expect.arrayContaining(['Russland', 'Rußland']));
    const war = c.framing.find((f) => f.category === 'wording' && f.variants.some((v) => v.term === 'ukrainischen Konflikt'))!;
    expect(war.variants.map((v) => v.term)).toContain('Krieg in der Ukraine');
    expect(war.context).toContain('zu beenden');
  });

  it('does not take inflections or unrelated look-alikes for spelling variants', async () => {
    const c = compareArticle(seedInput('003'), await seedCorpus(), { framing: { lexicon: false } });
    const spellings = c.framing.filter((f) => f.category === 'name-spelling').flatMap((f) => f.variants.map((v) => v.term));
    expect(spellings).not.toContain('Zeit');
    expect(spellings).not.toContain('Trumps');
  });
});

describe('quotes', () => {
  it('groups the three German renderings of one English statement, with what differs', async () => {
    const c = compareArticle(seedInput('001'), await seedCorpus());
    const group = c.quotes.find((q) => q.variants.some((v) => v.text === 'lange und hochproduktiv'))!;
    expect(group.speaker).toBe('Trump');
    expect(group.shared).toBe(true);
    const direct = group.variants.filter((v) => v.direct).map((v) => v.text);
    expect(direct).toEqual(expect.arrayContaining(['langes und sehr produktives', 'lang und sehr produktiv', 'lange und hochproduktiv']));
    expect(new Set(group.variants.flatMap((v) => v.articleIds)).size).toBe(5);
    expect(group.variants.some((v) => v.diff && v.diff.added.length + v.diff.removed.length > 0)).toBe(true);
  });

  it('tells direct quotes from reported speech and shows a quote only one outlet carries', async () => {
    const c = compareArticle(seedInput('003'), await seedCorpus());
    expect(c.quotes.some((q) => q.variants.some((v) => !v.direct && v.text.startsWith('Putin habe Trump nach Moskau')))).toBe(true);
    const single = c.quotes.find((q) => q.speaker === 'Bessent')!;
    expect(single.shared).toBe(false);
  });

  it('works on English quotes with "said" and groups two renderings of one statement', () => {
    const articles = ['english-quotes-a', 'english-quotes-b'].map((name, i) => ({ id: i ? 'b' : 'current', article: parseArticle(fixtureArticle(name)) }));
    expect(articles[0]!.article.language).toBe('en');
    const groups = quoteRenderings(articles);
    const bridge = groups.find((g) => g.variants.some((v) => v.text.startsWith('This bridge connects')))!;
    expect(bridge.speaker).toBe('Okafor');
    expect(bridge.variants.flatMap((v) => v.articleIds).sort()).toEqual(['b', 'current']);
    expect(groups.find((g) => g.variants.some((v) => v.text.startsWith('We will finally')))!.shared).toBe(false);
  });

  it('finds no direct quotes in a text that has none', () => {
    const groups = quoteRenderings([{ id: 'current', article: parseArticle(fixtureArticle('unrelated-bahn-strike')) }]);
    expect(groups.flatMap((g) => g.variants).filter((v) => v.direct)).toEqual([]);
  });
});

describe('numbers that disagree', () => {
  it('reports each outlet\'s value where aligned mentions of one fact disagree beyond "rund" and "etwa"', () => {
    const corpus = corpusOf(['warehouse-fire/agency', 'warehouse-fire/reprint'], '2025-06-02');
    const c = compareArticle(fixtureArticle('warehouse-fire/independent', '2025-06-02'), corpus);
    expect(c.event?.relation).toBe('same');
    const values = c.conflicts.map((k) => k.values.map((v) => [v.value, v.unit, v.articleIds.includes('current')]));
    // Löscharbeiten: knapp drei Stunden here, etwa fünf Stunden in the other two.
    expect(values).toContainEqual(expect.arrayContaining([[180, 'min', true], [300, 'min', false]]));
    for (const k of c.conflicts) expect(c.facts.some((f) => f.id === k.factId)).toBe(true);
  });

  it('reports nothing where values agree within tolerance (the seeds\' "rund eineinhalb Stunden" = "eineinhalb Stunden")', async () => {
    const c = compareArticle(seedInput('001'), await seedCorpus());
    expect(c.conflicts.filter((k) => k.values.some((v) => v.unit === 'min'))).toEqual([]);
  });
});

describe('reprinted agency copy', () => {
  it('reports the identical agency passages between seeds', async () => {
    const c = compareArticle(seedInput('000'), await seedCorpus());
    expect(c.reuse).toHaveLength(1);
    const [group] = c.reuse;
    expect(group!.articleIds).toContain('current');
    expect(group!.passages.some((p) => p.includes('Es sollten sofort Verhandlungen beginnen'))).toBe(true);
  });

  it('finds a near-identical reprint and does not count it as independent confirmation', () => {
    const corpus = corpusOf(['warehouse-fire/agency', 'warehouse-fire/independent'], '2025-06-02');
    const c = compareArticle(fixtureArticle('warehouse-fire/reprint', '2025-06-02'), corpus);
    expect(c.reuse).toHaveLength(1);
    expect(c.reuse[0]!.passages.join(' ')).toContain('Die Feuerwehr war nach eigenen Angaben mit rund 120 Einsatzkräften vor Ort');
    const injured = c.facts.find((f) => f.mentions.some((m) => m.articleId === 'current' && m.text.includes('drei Menschen leicht verletzt')))!;
    expect(injured.mentions.length).toBe(3);
    expect(injured.independent).toBe(2);
    expect(injured.mentions.find((m) => m.articleId === 'current')!.reprintedBy).toHaveLength(1);
  });
});
