import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractQuantities,
  quantitiesAgree,
  quantitiesConflict,
  type Quantity,
} from '../../src/engine/quantities';
import { parseDigits } from '../../src/engine/quantities/digits';
import { germanNumberWord, readEnglishNumber } from '../../src/engine/quantities/number-words';

const REF = '2025-02-12'; // a Wednesday
const inLanguage = (language: string) => (text: string, referenceDate: string | null = REF) =>
  extractQuantities(text, { language, referenceDate });
const de = inLanguage('de');
const en = inLanguage('en');
/** [kind, value, unit, text] per quantity: the parts a reader checks first. */
const brief = (qs: Quantity[]) => qs.map((q) => [q.kind, q.value, q.unit, q.text]);
const only = (qs: Quantity[]): Quantity => {
  expect(qs).toHaveLength(1);
  return qs[0] as Quantity;
};
const iso2 = (qs: Quantity[]) => qs.map((q) => q.iso);
const DAY_2025_02_12 = Date.UTC(2025, 1, 12) / 86_400_000;

describe('German digits', () => {
  it('reads thousands dots, decimal commas and scale words', () => {
    expect(brief(de('Die Polizei nahm 1.000 Demonstranten fest, 4,5 Prozent mehr als im Vorjahr.'))).toEqual([
      ['count', 1000, '', '1.000'],
      ['percent', 4.5, '%', '4,5 Prozent'],
    ]);
    expect(brief(de('Die Stadt hat 2,5 Millionen Einwohner; 175 Gefangene wurden ausgetauscht.'))).toEqual([
      ['count', 2_500_000, '', '2,5 Millionen'],
      ['count', 175, '', '175'],
    ]);
  });
  it('reads thousands grouped by spaces and the separators of each convention', () => {
    expect(brief(de('Das Budget beträgt 10 000 Euro.'))).toEqual([['money', 10_000, 'EUR', '10 000 Euro']]);
    expect(parseDigits('1.234,56', 'de')).toBe(1234.56);
    expect(parseDigits('1,000', 'de')).toBe(1);
    expect(parseDigits('1,000', 'en')).toBe(1000);
    expect(parseDigits('0,125', 'fr')).toBe(0.125);
    expect(parseDigits("1'000", 'de')).toBe(1000);
    expect(parseDigits('1.2.3', 'de')).toBeNull();
  });
});

describe('German number words', () => {
  it('reads cardinals, compounds and Dutzend', () => {
    const text = 'Drei Männer und zwölf Frauen warteten, dann kamen hundert weitere und ein Dutzend Reporter.';
    expect(brief(de(text))).toEqual([
      ['count', 3, '', 'Drei'],
      ['count', 12, '', 'zwölf'],
      ['count', 100, '', 'hundert'],
      ['count', 12, '', 'ein Dutzend'],
    ]);
    expect(germanNumberWord('einundzwanzig')).toBe(21);
    expect(germanNumberWord('zweihundertfünfzig')).toBe(250);
    expect(germanNumberWord('dreitausendsiebzehn')).toBe(3017);
    expect(germanNumberWord('zwanzigeins')).toBeNull();
    expect(germanNumberWord('dritte')).toBeNull();
    expect(germanNumberWord('Tausende')).toBeNull();
  });
  it('counts "ein" only before a unit, and no capitalised noun', () => {
    expect(de('Ein Treffen mit einem Vertreter und einer Delegation.')).toEqual([]);
    expect(brief(de('Man muss das außer Acht lassen. Acht Menschen starben. Die Elf gewann.'))).toEqual([
      ['count', 8, '', 'Acht'],
    ]);
  });
  it('reads hedged number words: "fast drei Jahre"', () => {
    const q = only(de('Die beiden Minister hatten fast drei Jahre nicht miteinander gesprochen.'));
    expect([q.kind, q.value, q.text, q.approximate]).toEqual(['duration', 3 * 525_960, 'fast drei Jahre', true]);
  });
});

describe('German fractions', () => {
  it('reads eineinhalb, anderthalb, halbe and dreiviertel', () => {
    const text = 'Nach anderthalb Stunden, einer halben Stunde Pause und eine dreiviertel Stunde Fragen.';
    expect(brief(de(text))).toEqual([
      ['duration', 90, 'min', 'anderthalb Stunden'],
      ['duration', 30, 'min', 'einer halben Stunde'],
      ['duration', 45, 'min', 'eine dreiviertel Stunde'],
    ]);
    expect(germanNumberWord('eineinhalb')).toBe(1.5);
    expect(germanNumberWord('zweieinhalb')).toBe(2.5);
    expect(germanNumberWord('dreiviertel')).toBe(0.75);
    expect(brief(de('Eine Viertelstunde später'))).toEqual([['duration', 15, 'min', 'Eine Viertelstunde']]);
  });
});

describe('German durations', () => {
  it('normalises to minutes so that differently worded durations are equal', () => {
    const [a] = de('Die Sitzung des Ausschusses dauerte eineinhalb Stunden.');
    const [b] = de('Die Unterredung zog sich über 90 Minuten hin.');
    expect(a?.value).toBe(90);
    expect(b?.value).toBe(90);
    const day = [
      de('Die Kommission will den Streit innerhalb von 24 Stunden schlichten.'),
      de('Die Kommission will den Streit binnen eines Tages schlichten.'),
      de('Ein Tag verging ohne Antwort.'),
    ].map((qs) => only(qs));
    expect(day.map((q) => [q.kind, q.value, q.text])).toEqual([
      ['duration', 1440, '24 Stunden'],
      ['duration', 1440, 'eines Tages'],
      ['duration', 1440, 'Ein Tag'],
    ]);
  });
  it('reads weeks, years, fused adjectives and two-part durations', () => {
    const text = 'Nach zwei Wochen und drei Jahren Verhandlung kam es zu einem zweistündigen Gespräch.';
    expect(brief(de(text))).toEqual([
      ['duration', 2 * 10_080, 'min', 'zwei Wochen'],
      ['duration', 3 * 525_960, 'min', 'drei Jahren'],
      ['duration', 120, 'min', 'zweistündigen'],
    ]);
    expect(brief(de('Eine dreitägige Reise, ein 90-minütiges Telefonat und die 24-Stunden-Frist.'))).toEqual([
      ['duration', 3 * 1440, 'min', 'dreitägige'],
      ['duration', 90, 'min', '90-minütiges'],
      ['duration', 1440, 'min', '24-Stunden-Frist'],
    ]);
    expect(brief(de('Die Sitzung dauerte eine Stunde und zehn Minuten.'))).toEqual([
      ['duration', 70, 'min', 'eine Stunde und zehn Minuten'],
    ]);
  });
  it('skips the idiom "eines Tages" (some day) and reads ranges as approximate', () => {
    expect(de('Eines Tages wird er es schaffen, sagte er.')).toEqual([]);
    const range = only(de('Die Pressekonferenz dauerte zwischen 10 und 15 Minuten.'));
    expect([range.value, range.approximate, range.tolerance, range.text]).toEqual([
      12.5, true, 5, 'zwischen 10 und 15 Minuten',
    ]);
  });
  it('reads no duration from an age: the number names a person', () => {
    expect(brief(de('Der 46-Jährige und ein Dreijähriger kamen, die zweijährige Amtszeit endet.'))).toEqual([
      ['duration', 2 * 525_960, 'min', 'zweijährige'],
    ]);
    expect(brief(en('A 46-year-old man proposed a five-year plan.'))).toEqual([
      ['duration', 5 * 525_960, 'min', 'five-year'],
    ]);
  });
});

describe('hedges and tolerance', () => {
  it('marks rund, etwa, knapp, mehr als, gut and ca. as approximate with 10% or the unit minimum', () => {
    const qs = de(
      'Es dauerte rund eineinhalb Stunden, etwa 30 Minuten, knapp zwei Stunden, mehr als 1.000 Tote, ca. 5 Minuten.',
    );
    expect(qs.map((q) => [q.text, q.approximate, q.tolerance])).toEqual([
      ['rund eineinhalb Stunden', true, 9],
      ['etwa 30 Minuten', true, 5],
      ['knapp zwei Stunden', true, 12],
      ['mehr als 1.000', true, 100],
      ['ca. 5 Minuten', true, 5],
    ]);
    expect(only(de('Sie redeten eine gute Stunde.')).approximate).toBe(true);
    expect(only(de('Sie redeten 90 Minuten.')).tolerance).toBe(0);
  });
});

describe('percent and money', () => {
  it('reads Prozent, %, Prozentpunkte, Euro, Dollar, € and $', () => {
    expect(brief(de('Die Inflation lag bei 3,5 % und stieg um 0,5 Prozentpunkte.'))).toEqual([
      ['percent', 3.5, '%', '3,5 %'],
      ['percent', 0.5, 'pp', '0,5 Prozentpunkte'],
    ]);
    expect(brief(de('Die Hilfe umfasst 2 Milliarden Dollar, 500 Mio. Euro und 300 € pro Kopf.'))).toEqual([
      ['money', 2e9, 'USD', '2 Milliarden Dollar'],
      ['money', 5e8, 'EUR', '500 Mio. Euro'],
      ['money', 300, 'EUR', '300 €'],
    ]);
    expect(brief(de('Das Paket kostet $40 und eine Milliarde Euro.'))).toEqual([
      ['money', 40, 'USD', '$40'],
      ['money', 1e9, 'EUR', 'eine Milliarde Euro'],
    ]);
  });
});

describe('German dates', () => {
  const iso = (qs: Quantity[]) => qs.map((q) => [q.kind, q.iso, q.text]);
  it('reads numeric, written and ISO dates without stray day counts', () => {
    const text = 'Am 12.02.25 und am 12.02.2025, am 12. Februar 2025 und am 24. Februar sowie 2025-02-12.';
    expect(iso(de(text))).toEqual([
      ['date', '2025-02-12', '12.02.25'],
      ['date', '2025-02-12', '12.02.2025'],
      ['date', '2025-02-12', '12. Februar 2025'],
      ['date', '2025-02-24', '24. Februar'],
      ['date', '2025-02-12', '2025-02-12'],
    ]);
    expect(only(de('Am 12.02.25 rief er an.')).value).toBe(DAY_2025_02_12);
  });
  it('reads a month without day as the whole month', () => {
    const month = only(de('Im Februar 2025 begannen die Gespräche.'));
    expect([month.iso, month.unit]).toEqual(['2025-02', 'day']);
    expect(quantitiesAgree(month, only(de('Am 28.02.2025 endeten sie.')))).toBe(true);
    expect(quantitiesConflict(month, only(de('Am 01.03.2025 endeten sie.')))).toBe(true);
  });
  it('resolves weekdays and relative days against the reference date', () => {
    const text = 'Am Mittwochabend rief er an, am Dienstag nicht, gestern und vorgestern auch nicht, heute schon.';
    expect(iso(de(text))).toEqual([
      ['date', '2025-02-12', 'Mittwochabend'],
      ['date', '2025-02-11', 'Dienstag'],
      ['date', '2025-02-11', 'gestern'],
      ['date', '2025-02-10', 'vorgestern'],
      ['date', '2025-02-12', 'heute'],
    ]);
    expect(iso(de('Am kommenden Freitag beginnt es, letzten Mittwoch war Ruhe.'))).toEqual([
      ['date', '2025-02-14', 'Freitag'],
      ['date', '2025-02-05', 'Mittwoch'],
    ]);
    expect(de('Morgen früh geht es weiter.')).toEqual([]);
  });
  it('skips dates that need a reference when there is none, and impossible dates', () => {
    expect(de('Am Mittwoch, gestern, am 24. Februar und am 12.02. geschah es.', null)).toEqual([]);
    expect(de('Am 31.02.25 geschah nichts.')).toEqual([]);
    expect(iso(de('Am 12. Februar 2025 geschah es.', null))).toEqual([['date', '2025-02-12', '12. Februar 2025']]);
  });
});

describe('years', () => {
  it('reads 1900–2100 as years, hedged or scaled numbers as counts', () => {
    const text = 'Im Jahr 2013 fand der Besuch statt; die Grenzen von 2014 gelten nicht, rund 2000 Soldaten.';
    expect(brief(de(text))).toEqual([
      ['year', 2013, 'year', '2013'],
      ['year', 2014, 'year', '2014'],
      ['count', 2000, '', 'rund 2000'],
    ]);
    expect(brief(de('Die Firma zahlte 2000 Euro.'))).toEqual([['money', 2000, 'EUR', '2000 Euro']]);
  });
});

describe('numbers that are no quantities', () => {
  it('skips clock times, identifiers and ordinals', () => {
    expect(de('Agentur/Dienstag, 11.02.25, 08:15:30').map((q) => q.text)).toEqual(['Dienstag', '11.02.25']);
    expect(de('Um 19 Uhr, von 10 bis 12 Uhr, um 8.30 Uhr, nach Artikel 5, Nr. 12, § 3, am 3. Tag.')).toEqual([]);
    expect(de('In der Saison 2019/20 und um 20:15 lief es.')).toEqual([]);
    expect(de('Die Nummer 0171 gilt für die Jahre 1998-2001.')).toEqual([]);
    expect(brief(de('Es kamen 5-10 Helfer.'))).toEqual([['count', 7.5, '', '5-10']]);
    expect(de('Die G20 und die G7-Staaten, COVID-19 und 5G.')).toEqual([]);
    expect(iso2(de('Sie verhandelten vom 12. bis 14. Februar 2025.'))).toEqual(['2025-02-14']);
  });
});
describe('English', () => {
  it('reads durations in digits and words', () => {
    expect(brief(en('The call lasted 90 minutes, an hour and a half, or one and a half hours.'))).toEqual([
      ['duration', 90, 'min', '90 minutes'],
      ['duration', 90, 'min', 'an hour and a half'],
      ['duration', 90, 'min', 'one and a half hours'],
    ]);
    expect(brief(en('He vowed to end the war within 24 hours; it took half an hour and a two-hour call.'))).toEqual([
      ['duration', 1440, 'min', '24 hours'],
      ['duration', 30, 'min', 'half an hour'],
      ['duration', 120, 'min', 'two-hour'],
    ]);
    const about = only(en('They spoke for about 90 minutes.'));
    expect([about.approximate, about.tolerance]).toEqual([true, 9]);
  });
  it('reads dates and weekdays', () => {
    expect(en('On February 12, 2025 and on 12 February 2025, then in February 2025.').map((q) => q.iso)).toEqual([
      '2025-02-12', '2025-02-12', '2025-02',
    ]);
    expect(en('On Wednesday he called; last Wednesday he did not; next Friday maybe.').map((q) => q.iso)).toEqual([
      '2025-02-12', '2025-02-05', '2025-02-14',
    ]);
  });
  it('reads English separators, percent, money and word numbers', () => {
    expect(brief(en('Growth was 3.5 percent, 1,000 people marched and $2 billion was pledged.'))).toEqual([
      ['percent', 3.5, '%', '3.5 percent'],
      ['count', 1000, '', '1,000'],
      ['money', 2e9, 'USD', '$2 billion'],
    ]);
    expect(readEnglishNumber(['two', 'hundred', 'and', 'fifty', 'people'])).toEqual({ value: 250, used: 4 });
    expect(en('One of them said so, once a day, at 7 p.m.')).toEqual([]);
  });
});

describe('other languages', () => {
  it('still reads digits, symbols and numeric dates', () => {
    const qs = extractQuantities('Le 12.02.2025, 3,5 % et 1.000 personnes à 19:00.', { language: 'fr' });
    expect(brief(qs)).toEqual([
      ['date', DAY_2025_02_12, 'day', '12.02.2025'],
      ['percent', 3.5, '%', '3,5 %'],
      ['count', 1000, '', '1.000'],
    ]);
    expect(extractQuantities('Am Mittwoch', { language: 'xx', referenceDate: REF })).toEqual([]);
  });
});

describe('quantitiesAgree / quantitiesConflict', () => {
  const first = (text: string) => only(de(text));
  it('follows the tolerance rules', () => {
    const exact90 = first('Es dauerte 90 Minuten.');
    const approx90 = first('Es dauerte rund 90 Minuten.');
    expect(quantitiesAgree(exact90, approx90)).toBe(true);
    expect(quantitiesConflict(first('Es dauerte eineinhalb Stunden.'), first('Es dauerte zwei Stunden.'))).toBe(true);
    expect(quantitiesAgree(approx90, first('Es dauerte 95 Minuten.'))).toBe(true);
    expect(quantitiesConflict(approx90, first('Es dauerte 100 Minuten.'))).toBe(true);
    expect(quantitiesAgree(first('Es dauerte eineinhalb Stunden.'), only(en('It took 90 minutes.')))).toBe(true);
  });
  it('never compares different kinds or units', () => {
    const duration = first('Es dauerte 90 Minuten.');
    const count = first('Es kamen 90 Menschen.');
    const km = first('Es waren 90 Kilometer.');
    expect(quantitiesAgree(duration, count) || quantitiesConflict(duration, count)).toBe(false);
    expect(quantitiesAgree(count, km) || quantitiesConflict(count, km)).toBe(false);
  });
});

describe('extractQuantities on arbitrary text', () => {
  const words = [
    'rund', 'etwa', 'ein', 'eine', 'eines', 'innerhalb', 'zwei', 'eineinhalb', 'Stunden', 'Minuten', 'Tage', 'Euro',
    'Prozent', 'Millionen', 'Februar', 'Mittwoch', 'gestern', 'am', 'bis', 'zwischen', 'und', 'Uhr', 'about', 'an',
    'hour', 'and', 'a', 'half', 'February', 'Wednesday', 'billion', 'percent', '12.', '12.02.25', '2025', '1.000',
    '4,5', '19:00', '10-15', '$', '€', '%', 'Nr.', '2025-02-12', 'zweistündig', '90-minütig', '0171', '§', 'ca.',
  ];
  const separators = [' ', ', ', '. ', '', '\u00a0', '-', '/'];
  const sentence = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 12 })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
  const options = fc.record({
    language: fc.constantFrom('de', 'en', 'fr', '', 'de-AT', 'en-GB'),
    referenceDate: fc.constantFrom(null, REF, '1999-12-31', 'not a date'),
  });
  const wellFormed = (text: string, qs: Quantity[]) => {
    let lastEnd = 0;
    for (const q of qs) {
      expect(q.start).toBeGreaterThanOrEqual(lastEnd);
      expect(q.end).toBeLessThanOrEqual(text.length);
      expect(q.end).toBeGreaterThan(q.start);
      expect(q.text).toBe(text.slice(q.start, q.end));
      expect(Number.isFinite(q.value) && Number.isFinite(q.tolerance) && q.tolerance >= 0).toBe(true);
      lastEnd = q.end;
    }
  };
  it('never throws and returns ordered offsets inside the string for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), options, (text, opts) => {
      wellFormed(text, extractQuantities(text, opts));
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), options, (text, opts) => {
      wellFormed(text, extractQuantities(text, opts));
    }), { numRuns: 300 });
  });
  it('keeps those guarantees on strings built from the words the rules look for', () => {
    fc.assert(fc.property(sentence, options, (text, opts) => {
      wellFormed(text, extractQuantities(text, opts));
    }), { numRuns: 1000 });
  });
});
