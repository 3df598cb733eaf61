import { describe, expect, it } from 'vitest';
import { compoundParts, tokenize } from '../../src/engine/text/tokens';

describe('tokenize', () => {
  it('keeps hyphen compounds and dotted dates whole', () => {
    expect(tokenize('Der Ukraine-Krieg, am 12.02.25 um 4,5 Uhr.').map((t) => t.text)).toEqual([
      'Der', 'Ukraine-Krieg', 'am', '12.02.25', 'um', '4,5', 'Uhr',
    ]);
  });
  it('splits a compound into parts', () => {
    expect(compoundParts('ukraine-krieg')).toEqual(['ukraine', 'krieg']);
    expect(compoundParts('krieg')).toEqual([]);
  });
});
