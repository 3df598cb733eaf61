import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/article/parse-article';
import { sameNameVariant } from '../../src/engine/names/koelner-phonetik';
import { buildNameIndex } from '../../src/engine/names/name-index';
import { findCountries } from '../../src/engine/names/gazetteer';
import { tokenize } from '../../src/engine/text/tokens';
import { SEED_FILES, seedText } from '../helpers/seeds';

function indexOf(texts: string[]) {
  return buildNameIndex(texts.map((text) => ({ text, tokens: tokenize(text) })), 'de');
}
const token = (text: string) => tokenize(text)[0]!;

describe('name variants', () => {
  it('joins transliterations and spellings, not different names', () => {
    expect(sameNameVariant('Selenskyj', 'Selenskij')).toBe(true);
    expect(sameNameVariant('Selenskyj', 'Zelensky')).toBe(true);
    expect(sameNameVariant('Lawrow', 'Lavrov')).toBe(true);
    expect(sameNameVariant('Trump', 'Biden')).toBe(false);
    expect(sameNameVariant('Scholz', 'Schulze')).toBe(false);
  });
});

describe('buildNameIndex on the seeds', () => {
  const sentences = SEED_FILES.flatMap((f) => parseArticle({ title: '', text: seedText(f.slice(0, 3)) }).sentences.map((s) => s.text));
  const names = indexOf(sentences);

  it('finds the people introduced by an office and merges spelling variants', () => {
    expect(names.persons()).toEqual(expect.arrayContaining(['trump', 'putin', 'selenskyj', 'hegseth', 'bessent']));
    expect(names.personOf(token('Selenskij'))).toBe('selenskyj');
    expect(names.personOf(token('Selenskyjs'))).toBe('selenskyj');
    expect(names.personOf(token('Wolodymyr'))).toBe('selenskyj');
  });

  it('takes an office compound that only ever introduces one person as that person', () => {
    expect(names.personOf(token('Kremlchef'))).toBe('putin');
    expect(names.personOf(token('Präsident'))).toBeUndefined();
  });

  it('ties people to the country their appositions name', () => {
    expect(names.countryOf('putin')).toBe('RU');
    expect(names.countryOf('selenskyj')).toBe('UA');
    expect(names.countryOf('trump')).toBe('US');
  });

  it('does not take a country in the genitive for a person', () => {
    const index = indexOf(['Die Außenminister Deutschlands, Frankreichs und Polens trafen sich.']);
    expect(index.persons()).toEqual([]);
  });
});

describe('findCountries', () => {
  it('reads demonyms, places and institutions, and short names only in capitals', () => {
    const hits = findCountries(tokenize('Laut russischen Angaben, dem Kreml und dem Präsidialamt in Kiew sagte uns die US-Regierung'));
    expect(hits.map((h) => h.country)).toEqual(['RU', 'RU', 'UA', 'US']);
    expect(findCountries(tokenize('He told us about it')).length).toBe(0);
  });
});
