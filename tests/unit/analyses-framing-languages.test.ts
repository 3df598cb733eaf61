// Framing across languages: an English report's wording appears in the same concept row as the German
// outlets' terms, each article's terms found with its own language's lexicon. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { alignEvent } from '../../src/engine/align/align-event';
import { framingOf } from '../../src/engine/analyses/framing';
import { parseArticle } from '../../src/engine/article/parse-article';
import { bundledLexicon, multilingualLexicon } from '../../src/engine/framing/lexicon';

const german = (text: string) => parseArticle({ title: '', text, date: '2025-02-12', language: 'de' });
const english = (text: string) => parseArticle({ title: '', text, date: '2025-02-12', language: 'en' });

const en = english('The Kremlin chief spoke with the US president for ninety minutes. Both want to end the Ukraine conflict quickly. '
  + 'Kyiv was not consulted. Separatist-held areas in the east were not discussed, Zelensky said. He called the 2014 coup a myth.');
const deA = german('Der russische Präsident sprach 90 Minuten mit dem US-Präsidenten. Beide wollen den Krieg in der Ukraine rasch beenden. '
  + 'Kiew wurde nicht gefragt. Über die besetzten Gebiete sei nicht gesprochen worden, sagte Selenskyj. Die Maidan-Revolution von 2014 wurde nicht erwähnt.');
const deB = german('Kremlchef Wladimir Putin sprach lange mit Trump. Beide wollen den russischen Angriffskrieg beenden. In Kiew ist man besorgt.');

function rows(current: ReturnType<typeof german>, others: ReturnType<typeof german>[]) {
  const alignment = alignEvent(current, others.map((article, i) => ({ id: `o${i}`, article })));
  return framingOf(alignment).filter((f) => f.source === 'lexicon');
}

const termsIn = (framing: ReturnType<typeof rows>, label: RegExp) => framing.filter((f) => label.test(f.concept)).flatMap((f) => f.variants.map((v) => v.term));

describe('lexicon framing across languages', () => {
  it('puts an English report\'s terms into the German concept rows', () => {
    const framing = rows(en, [deA, deB]);
    expect(termsIn(framing, /war in Ukraine/)).toEqual(expect.arrayContaining(['Ukraine conflict', 'Krieg in der Ukraine', 'russischer Angriffskrieg']));
    expect(termsIn(framing, /Naming of Vladimir Putin/)).toEqual(expect.arrayContaining(['Kremlin chief', 'russischer Präsident', 'Kremlchef']));
    expect(termsIn(framing, /territories under Russian control/)).toEqual(expect.arrayContaining(['separatist-held areas', 'besetzte Gebiete']));
    // "the 2014 coup" is a form of "Maidan coup".
    expect(termsIn(framing, /change of government in Ukraine in 2014/)).toEqual(expect.arrayContaining(['Maidan coup', 'Maidan-Revolution']));
    expect(termsIn(framing, /Spelling of Zelensky's surname/)).toEqual(expect.arrayContaining(['Zelensky', 'Selenskyj']));
    // A concept only the English lexicon knows, used by the English report alone, shows no choice beside German outlets.
    expect(framing.some((f) => /'Ukraine' with or without 'the'/.test(f.concept))).toBe(false);
    // One row per concept, whatever the languages.
    const ids = framing.map((f) => f.concept);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('does the same with a German article compared against an English one, notes in each term\'s own lexicon', () => {
    const framing = rows(deA, [en]);
    const war = framing.find((f) => /war in Ukraine/.test(f.concept))!;
    expect(war.variants.find((v) => v.term === 'Ukraine conflict')?.articleIds).toEqual(['o0']);
    expect(war.variants.find((v) => v.term === 'Krieg in der Ukraine')?.articleIds).toEqual(['current']);
    expect(war.variants.find((v) => v.term === 'Ukraine conflict')?.note).toMatch(/Conflict/);
    // German beside the English, for a German interface (labelDe ?? concept, noteDe ?? note).
    expect(war.labelDe).toBe('Benennung des Kriegs in der Ukraine');
    expect(war.variants.find((v) => v.term === 'Ukraine conflict')?.noteDe).toMatch(/„Konflikt“ statt „Krieg“/);
    expect(war.variants.find((v) => v.term === 'Krieg in der Ukraine')?.noteDe).toMatch(/wo der Krieg geführt wird/);
  });

  it('merges lexicons of two languages by concept id without repeating a wording', () => {
    const merged = multilingualLexicon(bundledLexicon('de'), [bundledLexicon('en')]);
    const spelling = merged.concepts.find((c) => c.id === 'zelensky-spelling')!;
    const lower = spelling.terms.map((t) => t.term.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(merged.concepts.find((c) => c.id === 'ukraine-article')).toBeDefined(); // English only
    expect(merged.concepts[0]!.id).toBe(bundledLexicon('de').concepts[0]!.id);
  });
});
