// The payload shape language: one declaration gives the runtime check and the static type.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { boolean, list, matching, nullable, object, oneOf, optional, string, typeOnly, wholeNumber, type Infer } from '../../src/messaging/shape';

const mark = object({ sentence: wholeNumber('a sentence index'), coverage: oneOf(['many', 'few']) });
const payload = object({
  token: string({ nonEmpty: true, max: 5 }),
  when: optional(matching(/^\d{4}$/, 'a year')),
  scroll: boolean,
  marks: nullable(list(mark, 2)),
});

describe('the static type', () => {
  it('follows the declaration: optional keys, nulls, literal unions, lists', () => {
    expectTypeOf<Infer<typeof payload>>().toEqualTypeOf<{
      token: string;
      when?: string | null | undefined;
      scroll: boolean;
      marks: { sentence: number; coverage: 'many' | 'few' }[] | null;
    }>();
    expectTypeOf<Infer<ReturnType<typeof object<{}>>>>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<Infer<ReturnType<typeof typeOnly<{ found: boolean }>>>>().toEqualTypeOf<{ found: boolean }>();
  });
});

describe('the check', () => {
  const problem = (value: unknown) => payload.check(value, '');

  it('lets a fitting value through, with or without its optional key, and extra keys unread', () => {
    expect(problem({ token: 'ab', scroll: false, marks: null })).toBeNull();
    expect(problem({ token: 'ab', when: '2025', scroll: true, marks: [{ sentence: 0, coverage: 'few' }], extra: 1 })).toBeNull();
  });

  it.each([
    [null, '"payload" is not an object'],
    [[], '"payload" is not an object'],
    [{ token: ' ', scroll: true, marks: null }, '"token" is not a non-empty string'],
    [{ token: 'abcdef', scroll: true, marks: null }, '"token" is longer than 5 characters'],
    [{ token: 'a', when: 'soon', scroll: true, marks: null }, '"when" is not a year'],
    [{ token: 'a', scroll: 'yes', marks: null }, '"scroll" is not true or false'],
    [{ token: 'a', scroll: true, marks: {} }, '"marks" is not a list'],
    [{ token: 'a', scroll: true, marks: [1, 2, 3] }, '"marks" has more than 2 entries'],
    [{ token: 'a', scroll: true, marks: [{ sentence: -1, coverage: 'few' }] }, '"marks[0].sentence" is not a sentence index (a whole number ≥ 0)'],
    [{ token: 'a', scroll: true, marks: [{ sentence: 1, coverage: 'lots' }] }, '"marks[0].coverage" is not one of many, few'],
  ])('refuses %j: %s', (value, says) => {
    expect(problem(value)).toBe(says);
  });

  it('names the first problem in declaration order', () => {
    expect(problem({ scroll: 1 })).toBe('"token" is not a non-empty string');
  });
});
