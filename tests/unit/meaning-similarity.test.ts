// Sentence similarity as users of the engine see it: the measured false friends of issue 13 fixed (figures that
// differ, countries as parties, "$55B"), German–English pairs, and scores that are always in 0..1.
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSentenceSimilarity, sentenceSimilarity } from '../../src/engine/index';
import { meaningLexicon } from '../../src/engine/meaning/lexicon';
import { FEATURE_NAMES, pairFeatures } from '../../src/engine/meaning/pair-features';
import { sentenceMeaning } from '../../src/engine/meaning/sentence-meaning';

// Loading 7 MB of lexical data takes a few seconds on a busy machine: a slow load is not a wrong answer.
beforeAll(async () => {
  await loadSentenceSimilarity();
}, 120_000);

function feature(name: (typeof FEATURE_NAMES)[number], a: string, b: string, la = 'de', lb = la): number {
  const lex = meaningLexicon();
  return pairFeatures(sentenceMeaning(a, lex, la), sentenceMeaning(b, lex, lb))[FEATURE_NAMES.indexOf(name)]!;
}

describe('sentenceSimilarity', () => {
  it('relates a German sentence to its English translation, not to an unrelated one', () => {
    const translation = sentenceSimilarity('Ein Mann schneidet eine Zwiebel.', 'A man cuts an onion.');
    const unrelated = sentenceSimilarity('Ein Mann schneidet eine Zwiebel.', 'A woman is playing the guitar.');
    expect(translation).toBeGreaterThan(0.7);
    expect(unrelated).toBeLessThan(0.3);
  });

  it('scores a German paraphrase with other words above the same people doing something else', () => {
    const paraphrase = sentenceSimilarity('Der Präsident besuchte am Montag die Hauptstadt.', 'Am Montag war der Präsident zu Besuch in der Hauptstadt.');
    const otherFact = sentenceSimilarity('Der Präsident besuchte am Montag die Hauptstadt.', 'Der Präsident verließ am Freitag das Land.');
    expect(paraphrase).toBeGreaterThan(otherFact);
  });

  it('guesses the language of each text when none is given, and agrees with the explicit languages', () => {
    const guessed = sentenceSimilarity('Russland und die Ukraine verhandeln.', 'Russia and Ukraine are negotiating.');
    const told = sentenceSimilarity('Russland und die Ukraine verhandeln.', 'Russia and Ukraine are negotiating.', { languageA: 'de-DE', languageB: 'en' });
    expect(guessed).toBe(told);
    expect(told).toBeGreaterThan(0.6);
  });

  it('stays in 0..1 for any text, in any script, empty included', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), (a, b) => {
        const score = sentenceSimilarity(a, b);
        return Number.isFinite(score) && score >= 0 && score <= 1;
      }),
      { numRuns: 300 },
    );
    expect(sentenceSimilarity('', 'Ein Satz.')).toBe(0);
    expect(sentenceSimilarity('Москва и Киев', 'モスクワとキエフ')).toBeGreaterThanOrEqual(0);
  });

  it('is symmetric for two sentences of one language', () => {
    const a = 'Die Regierung hat die Steuern erhöht.';
    const b = 'Die Steuern wurden von der Regierung angehoben.';
    expect(sentenceSimilarity(a, b, { languageA: 'de', languageB: 'de' })).toBeCloseTo(sentenceSimilarity(b, a, { languageA: 'de', languageB: 'de' }), 10);
  });
});

describe('figures, amounts and parties', () => {
  it('counts a comparable but different figure as a conflict, not as agreement', () => {
    expect(feature('figuresAgreeing', 'Die Aktie fiel auf 41,19 Dollar.', 'Die Aktie stieg auf 41,64 Dollar.')).toBe(0);
    expect(feature('figuresConflicting', 'Die Aktie fiel auf 41,19 Dollar.', 'Die Aktie stieg auf 41,64 Dollar.')).toBe(1);
    expect(feature('figuresAgreeing', 'Die Aktie fiel auf 41,19 Dollar.', 'Die Aktie sank auf 41,19 Dollar.')).toBe(1);
  });

  it('reads "$55B" as the amount "55 Mrd. Dollar", across languages too', () => {
    expect(feature('figuresAgreeing', 'Microsoft zahlt $55B für die Firma.', 'Microsoft zahlt 55 Mrd. Dollar.')).toBe(1);
    expect(feature('figuresAgreeing', 'Microsoft pays $55B for the firm.', 'Microsoft zahlt 55 Milliarden Dollar.', 'en', 'de')).toBe(1);
    expect(feature('figuresConflicting', 'Microsoft pays $55B.', 'Microsoft zahlt 45 Mrd. Dollar.', 'en', 'de')).toBe(1);
  });

  it('treats different countries on each side as different parties', () => {
    expect(feature('partiesConflict', 'Frankreich 0-0 Deutschland', 'Deutschland 0-0 Ghana')).toBe(1);
    expect(feature('partiesConflict', 'Frankreich 0-0 Deutschland', 'Deutschland und Frankreich spielen 0-0')).toBe(0);
  });

  it('notices a negation on one side only', () => {
    expect(feature('negationMismatch', 'Putin will verhandeln.', 'Putin will nicht verhandeln.')).toBe(1);
    expect(feature('negationMismatch', 'Putin will verhandeln.', 'Putin wants to negotiate.', 'de', 'en')).toBe(0);
  });
});

describe('lazy data', () => {
  it('says what to do when scoring before the data is loaded', async () => {
    vi.resetModules();
    const fresh = await import('../../src/engine/meaning/similarity');
    expect(() => fresh.sentenceSimilarity('a', 'b')).toThrow(/await load/);
  });
});
