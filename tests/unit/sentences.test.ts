import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/text/sentences';

const texts = (paragraph: string, language = 'de') => splitSentences(paragraph, language).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps initials and abbreviations inside a sentence', () => {
    expect(texts('Dort werden Vizepräsident J.D. Vance und Außenminister Marco Rubio reden. Danach reist er ab.')).toEqual([
      'Dort werden Vizepräsident J.D. Vance und Außenminister Marco Rubio reden.',
      'Danach reist er ab.',
    ]);
    expect(texts('Die U.S. Army zog ab. Das sagte Dr. Müller.')).toEqual(['Die U.S. Army zog ab.', 'Das sagte Dr. Müller.']);
  });

  it('does not break after ordinal dates or inside dotted dates', () => {
    expect(texts('Am 24. Februar 2022 begann der Krieg. Die Meldung kam am 12.02.25 um 19 Uhr.')).toEqual([
      'Am 24. Februar 2022 begann der Krieg.',
      'Die Meldung kam am 12.02.25 um 19 Uhr.',
    ]);
  });

  it('breaks before a sentence that opens with a figure, and after a unit like km/h', () => {
    expect(texts('The vote was on Tuesday. 50 members voted for it.', 'en')).toEqual(['The vote was on Tuesday.', '50 members voted for it.']);
    expect(texts('Er fuhr 120 km/h. Dann kam die Polizei.')).toEqual(['Er fuhr 120 km/h.', 'Dann kam die Polizei.']);
  });

  it('keeps a „…“ quote with its attribution', () => {
    expect(texts('Trump schrieb, er habe ein „langes und sehr produktives“ Telefonat gehabt. „Wir sind übereingekommen.“ Das war alles.')).toEqual([
      'Trump schrieb, er habe ein „langes und sehr produktives“ Telefonat gehabt.',
      '„Wir sind übereingekommen.“',
      'Das war alles.',
    ]);
  });

  it('splits English and keeps offsets pointing at the text', () => {
    const paragraph = 'Mr. Smith went to Washington. He said "no." Then he left!';
    const spans = splitSentences(paragraph, 'en', 100);
    expect(spans.map((s) => s.text)).toEqual(['Mr. Smith went to Washington.', 'He said "no."', 'Then he left!']);
    for (const s of spans) expect(paragraph.slice(s.start - 100, s.end - 100)).toBe(s.text);
  });

  it('never loses or invents text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (paragraph) => {
        const spans = splitSentences(paragraph, 'de');
        for (const s of spans) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
        expect(spans.map((s) => s.text).join('').replace(/\s/g, '')).toBe(paragraph.replace(/\s/g, ''));
      }),
    );
  });
});
