// Quotes across languages: an English quote and its German renderings form one group (same speaker, same
// meaning), with no word diff across languages; reported speech opened by an adverb ("Weiter schrieb Trump",
// "Later, Trump added that …") is attributed to the person after the verb. Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { quoteRenderings } from '../../src/engine/analyses/quote-renderings';
import { parseArticle } from '../../src/engine/article/parse-article';
import { extractQuotes, extractReportedSpeech, groupQuotes } from '../../src/engine/quotes';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import type { SpeechItem } from '../../src/engine/quotes';

const article = (text: string, language: string) => parseArticle({ title: '', text, date: '2025-02-12', language });

const english = article('Trump wrote on his platform that the call with Putin had been "long and highly productive." '
  + 'Putin said he was ready for talks. "We agreed to work together, very closely, including visiting each other\'s nations," Trump wrote.', 'en');
const germanA = article('Trump schrieb, er habe ein „lang und sehr produktiv“ verlaufenes Telefonat mit Putin geführt. '
  + '„Wir haben vereinbart, sehr eng zusammenzuarbeiten und einander zu besuchen“, schrieb Trump.', 'de');
const germanB = article('Das Gespräch sei „langes und sehr produktives“ gewesen, schrieb Trump. Der Kreml äußerte sich zurückhaltend.', 'de');

function speech(a: ReturnType<typeof article>): SpeechItem[] {
  return [...extractQuotes(a.text, a.language).filter((q) => q.kind === 'statement'),
    ...extractReportedSpeech(a.sentences.map((s) => ({ index: s.index, text: s.text })), a.language)];
}

describe('quotes across languages', () => {
  beforeAll(async () => {
    await loadSentenceSimilarity();
  });

  it('groups an English quote with its German renderings, by speaker and meaning', () => {
    const groups = quoteRenderings([{ id: 'current', article: english }, { id: 'a', article: germanA }, { id: 'b', article: germanB }]);
    const productive = groups.find((g) => g.variants.some((v) => v.text.startsWith('long and highly productive')))!;
    expect(productive.speaker).toBe('Trump');
    expect(productive.variants.flatMap((v) => v.articleIds)).toEqual(expect.arrayContaining(['current', 'a', 'b']));
    expect(productive.variants.map((v) => v.language)).toEqual(expect.arrayContaining(['en', 'de']));
    const closely = groups.find((g) => g.variants.some((v) => v.text.startsWith('We agreed to work together')))!;
    expect(closely.variants.some((v) => v.text.startsWith('Wir haben vereinbart'))).toBe(true);
    // The two statements stay apart.
    expect(closely).not.toBe(productive);
  });

  it('takes word diffs only within one language', () => {
    const groups = quoteRenderings([{ id: 'current', article: english }, { id: 'a', article: germanA }, { id: 'b', article: germanB }]);
    for (const g of groups) {
      if (!g.differences) continue;
      const reference = g.variants[g.differences.reference]!;
      for (const v of g.variants) if (v.language !== reference.language) expect(v.diff).toBeUndefined();
    }
  });

  it('keeps a quote of another speaker apart however close in meaning', () => {
    const items = (text: string, speaker: string, language: string): SpeechItem => ({
      text, speaker, speakerText: speaker, basis: 'cue', direct: false, sentence: 0, language,
    });
    const groups = groupQuotes([
      { articleId: 'x', quotes: [items('the call was long and highly productive', 'Trump', 'en')] },
      { articleId: 'y', quotes: [items('das Telefonat sei lang und sehr produktiv gewesen', 'Peskow', 'de')] },
    ]);
    expect(groups).toHaveLength(2);
  });
});

describe('reported speech opened by an adverb', () => {
  beforeAll(async () => {
    await loadSentenceSimilarity();
  });

  it('attributes "Weiter schrieb Trump" to Trump, not to "Weiter"', () => {
    const a = article('„Das war ein gutes Gespräch“, sagte Putin. Weiter schrieb Trump, man werde sich bald in Riad treffen. '
      + 'Putin äußerte sich zurückhaltend. Weiter schrieb Trump: „Wir werden sehr eng zusammenarbeiten.“', 'de');
    const items = speech(a);
    expect(items.find((i) => i.text.startsWith('man werde sich'))?.speaker).toBe('Trump');
    expect(items.find((i) => i.text.startsWith('Wir werden sehr eng'))?.speaker).toBe('Trump');
    expect(items.some((i) => i.speaker === 'Weiter')).toBe(false);
  });

  it('reads "Later, Trump added that …" as Trump reporting the clause after "that"', () => {
    const a = article('Putin said the talks were useful. Later, Trump added that both teams would start negotiating within days.', 'en');
    const reported = speech(a).filter((i) => !i.direct);
    expect(reported.find((i) => i.speaker === 'Trump')?.text).toBe('both teams would start negotiating within days');
    expect(reported.some((i) => i.text === 'Later')).toBe(false);
  });
});
