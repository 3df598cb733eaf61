// Quotes read the engine's sentences, joined where a quotation runs across them: a cue after a quotation of
// several sentences still finds it, and sentences outside quotations stay apart.

import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/engine/quotes';
import { makeTextView } from '../../src/engine/quotes/text-view';

describe('sentence ranges of the quotes module', () => {
  it('attributes a quotation of several sentences to the cue after it', () => {
    const [quote] = extractQuotes('Am Abend wurde es ernst. „Wir sind bereit. Wir kommen morgen wieder. Dann reden wir.“, sagte Berger.', 'de');
    expect(quote?.speaker).toBe('Berger');
  });

  it('joins only the sentences a quotation spans, and keeps each line a paragraph of its own', () => {
    const text = 'Der Rat tagte am 3. März. „Wir sind bereit. Wir kommen wieder.“, sagte Berger. Dann ging sie.\nNeue Zeile.';
    const view = makeTextView(text, 'de');
    expect(view.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Der Rat tagte am 3. März.',
      '„Wir sind bereit. Wir kommen wieder.“, sagte Berger.',
      'Dann ging sie.',
      'Neue Zeile.',
    ]);
    expect(view.sentences.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
  });
});
