import { beforeAll, describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/engine/meaning/compounds';
import { englishLemma } from '../../src/engine/meaning/english-lemmas';
import { germanLemma } from '../../src/engine/meaning/german-lemmas';
import { loadMeaning, type MeaningLexicon } from '../../src/engine/meaning/lexicon';

let lex: MeaningLexicon;
// Loading 7 MB of lexical data takes a few seconds on a busy machine: a slow load is not a wrong answer.
beforeAll(async () => {
  lex = await loadMeaning();
}, 120_000);

describe('German lemmas', () => {
  it.each([
    ['läuft', 'laufen'], ['lief', 'laufen'], ['gemacht', 'machen'], ['häusern', 'haus'], ['hauses', 'haus'],
    ['besuchten', 'besuchen'], ['legalisiert', 'legalisieren'], ['gespräche', 'gespräch'], ['häuser', 'haus'],
  ])('%s → %s', (form, lemma) => {
    expect(germanLemma(form, lex.german)).toBe(lemma);
  });

  it('leaves a word the lexicon does not know as it is', () => {
    expect(germanLemma('selenskyj', lex.german)).toBe('selenskyj');
  });
});

describe('English lemmas', () => {
  it.each([['cities', 'city'], ['stopped', 'stop'], ['went', 'go'], ['cuts', 'cut'], ['children', 'child'], ["putin's", 'putin']])(
    '%s → %s', (form, lemma) => {
      expect(englishLemma(form, lex.english)).toBe(lemma);
    },
  );
});

describe('German → English renderings and synonyms', () => {
  it('renders common words', () => {
    expect(lex.translations.get('zwiebel')).toContain('onion');
    expect(lex.translations.get('schneiden')).toContain('cut');
    expect(lex.translations.get('besuchen')).toContain('visit');
  });

  it('puts synonyms into a shared synset', () => {
    const shared = (a: string, b: string) => (lex.synsets.get(a) ?? []).some((id) => (lex.synsets.get(b) ?? []).includes(id));
    expect(shared('erklimmen', 'besteigen')).toBe(true);
    expect(shared('zwiebel', 'gitarre')).toBe(false);
  });
});

describe('compound splitting', () => {
  it.each([
    ['angriffskrieg', 'angriff', 'krieg'],
    ['telefongespräch', 'telefon', 'gespräch'],
    ['friedensverhandlungen', 'frieden', 'verhandlung'],
    ['ukraine-krieg', 'ukraine', 'krieg'],
  ])('%s → %s + %s', (word, modifier, head) => {
    expect(splitCompound(word, lex)).toEqual({ modifier, head });
  });

  it.each(['gefallen', 'demokraten', 'vielleicht', 'schaffen'])('does not invent parts in %s', (word) => {
    expect(splitCompound(word, lex)).toBeNull();
  });
});
