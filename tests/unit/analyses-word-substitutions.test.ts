// Word substitutions with the meaning layer: synonyms and near-synonyms two outlets use for one thing in
// sentences reporting the same fact, found from the aligned mentions; inflections, additions and rewordings are
// not word choices. The sentences are written for this test (three outlets reporting one invented event).
import { beforeAll, describe, expect, it } from 'vitest';
import { alignEvent } from '../../src/engine/align/align-event';
import { wordSubstitutions } from '../../src/engine/analyses/word-substitutions';
import { swapKind } from '../../src/engine/analyses/word-substitutions';
import { parseArticle } from '../../src/engine/article/parse-article';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';

const article = (text: string) => parseArticle({ title: '', text, date: '2025-03-04', language: 'de' });

const A = article([
  'Die Regierungschefin von Norwegen hat mit dem Ministerpräsidenten von Finnland über den Krieg in der Region gesprochen.',
  'Das Gespräch dauerte nach Angaben aus Oslo mehr als zwei Stunden.',
  'Beide wollen den Krieg um die Grenzregion rasch beenden und neue Handelsabkommen vorbereiten.',
  'Die Fischereiquoten in der Barentssee sollen im Herbst neu verhandelt werden.',
].join('\n\n'));
const B = article([
  'Die norwegische Regierungschefin und der finnische Ministerpräsident haben über die Lage in der Region beraten.',
  'Nach Angaben aus Oslo dauerte das Telefonat mehr als zwei Stunden.',
  'Beide wollen den Konflikt um die Grenzregion rasch beenden und neue Handelsabkommen vorbereiten.',
  'Die Fischereiquote in der Barentssee soll im Herbst neu verhandelt werden.',
].join('\n\n'));
const C = article([
  'Norwegens Regierungschefin sprach mit Finnlands Ministerpräsidenten.',
  'Das ausführliche Gespräch dauerte laut Oslo mehr als zwei Stunden.',
  'Beide wollen den Krieg um die Grenzregion rasch beenden und neue Handelsabkommen vorbereiten.',
  'Die Quoten für die Fischerei in der Barentssee sollen im Herbst neu verhandelt werden.',
].join('\n\n'));

function termsOf(alignment: ReturnType<typeof alignEvent>): string[][] {
  return wordSubstitutions(alignment).map((f) => f.variants.map((v) => v.term).sort());
}

describe('word substitutions with the meaning layer', () => {
  beforeAll(async () => {
    await loadSentenceSimilarity();
  });

  it('finds a one-word swap in a shared frame ("Krieg" / "Konflikt") with the outlets using each', () => {
    const alignment = alignEvent(A, [{ id: 'b', article: B }, { id: 'c', article: C }]);
    const war = wordSubstitutions(alignment).find((f) => f.variants.some((v) => v.term === 'Konflikt'));
    expect(war?.variants.map((v) => [v.term, v.articleIds])).toEqual([['Krieg', ['current', 'c']], ['Konflikt', ['b']]]);
    expect(war?.context).toMatch(/beenden|den/);
  });

  it('finds synonyms in sentences worded apart ("Gespräch" / "Telefonat") from two outlets alone', () => {
    const alignment = alignEvent(A, [{ id: 'b', article: B }]);
    expect(termsOf(alignment)).toContainEqual(['Gespräch', 'Telefonat']);
  });

  it('reports no inflection variant, no function word and no number as a word choice', () => {
    const alignment = alignEvent(A, [{ id: 'b', article: B }, { id: 'c', article: C }]);
    const terms = termsOf(alignment).flat();
    expect(terms).not.toContain('Fischereiquote');
    expect(terms).not.toContain('Fischereiquoten');
    expect(terms.filter((t) => /^(der|die|das|den|im|in|nach|laut)$/i.test(t))).toEqual([]);
    expect(terms.filter((t) => /\d|zwei/.test(t))).toEqual([]);
  });

  it('tells a synonym swap from an addition, an inflection and an unrelated rewording', () => {
    expect(swapKind('Telefonat', 'Gespräch', 'de')).toBe('related');
    expect(swapKind('Beendigung', 'Ende', 'de')).toBe('related');
    expect(swapKind('Krieg', 'Konflikt', 'de')).toBe('swap');
    expect(swapKind('ausführliches Telefonat', 'Telefonat', 'de')).toBe('none');
    expect(swapKind('Gesprächs', 'Gespräch', 'de')).toBe('none');
    expect(swapKind('ausführliches Telefonat', 'vereinbarte sofortige Verhandlungen', 'de')).toBe('none');
  });
});
