import { describe, expect, it } from 'vitest';
import { findLoosely, markedSpan } from '../../src/ui/sidebar/reader-view';

const TEXT = 'Erster Satz steht hier.\n\nDer Rat hat am  Montag\nden Haushalt beschlossen, sagte die Sprecherin. Letzter Satz.';

describe('the reader view mark', () => {
  it('finds the sentence across different spacing and marks the claim inside it', () => {
    const sentence = 'Der Rat hat am Montag den Haushalt beschlossen, sagte die Sprecherin.';
    const span = markedSpan(TEXT, sentence, 'Der Rat hat am Montag den Haushalt beschlossen')!;
    expect(TEXT.slice(span.start, span.end).replace(/\s+/g, ' ')).toBe('Der Rat hat am Montag den Haushalt beschlossen');
    const whole = markedSpan(TEXT, sentence, null)!;
    expect(TEXT.slice(whole.start, whole.end).replace(/\s+/g, ' ')).toBe(sentence);
  });

  it('marks nothing when the sentence is not in the text, and reads special characters literally', () => {
    expect(markedSpan(TEXT, 'Ein ganz anderer Satz.', null)).toBeNull();
    expect(findLoosely('Kosten (rund 4,1 Mio. €) laut [Quelle]', '(rund 4,1 Mio. €) laut [Quelle]')).toEqual({ start: 7, end: 38 });
    expect(findLoosely('a.b', 'a*b')).toBeNull();
  });
});
