// The engine's one speech-verb lexicon: quote attribution and the attribution of aligned facts read the same
// forms, each listed once per language with where it is trusted.

import { describe, expect, it } from 'vitest';
import raw from '../../src/engine/data/speech-lexicon.json';
import { findAttribution } from '../../src/engine/align/attribution';
import { extractQuotes } from '../../src/engine/quotes';
import { speechVerbs } from '../../src/engine/text/speech-verbs';

const LANGUAGES = ['de', 'en', 'fr'] as const;
const sections = raw as unknown as Record<string, { speechVerbs: Record<string, string[]> }>;

describe('the speech-verb lexicon', () => {
  it.each(LANGUAGES)('lists each %s form once across its three lists', (language) => {
    const forms = Object.values(sections[language]!.speechVerbs).flat();
    expect(forms.length).toBeGreaterThan(0);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('gives forms trusted both ways to both readers, and no form to neither', () => {
    for (const language of LANGUAGES) {
      const { cuesAndSources, cuesOnly, sourcesOnly } = sections[language]!.speechVerbs as Record<string, string[]>;
      expect(speechVerbs(language, 'cue').sort()).toEqual([...cuesAndSources!, ...cuesOnly!].sort());
      expect(speechVerbs(language, 'source').sort()).toEqual([...cuesAndSources!, ...sourcesOnly!].sort());
    }
    expect(speechVerbs('xx', 'cue')).toEqual([]);
  });

  it.each(LANGUAGES)('every %s cue form attributes a quotation to the name after it', (language) => {
    for (const verb of speechVerbs(language, 'cue')) {
      const [quote] = extractQuotes(`„Wir verhandeln morgen weiter“, ${verb} Berger.`, language);
      expect({ verb, speaker: quote?.speaker }).toEqual({ verb, speaker: 'Berger' });
    }
  });

  it.each(['de', 'en'])('every %s source form names the source of a sentence, and no cue-only form does', (language) => {
    for (const verb of speechVerbs(language, 'source')) {
      expect({ verb, source: findAttribution(`Berger ${verb}, die Gespräche gehen weiter.`) }).toEqual({ verb, source: `Berger ${verb}` });
    }
    const sources = new Set(speechVerbs(language, 'source'));
    for (const verb of speechVerbs(language, 'cue').filter((v) => !sources.has(v))) {
      expect({ verb, source: findAttribution(`Berger ${verb}, die Gespräche gehen weiter.`) }).toEqual({ verb, source: null });
    }
  });
});
