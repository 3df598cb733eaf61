// A tiny shape language for message payloads: one declaration gives both the runtime check and the static
// type (`Infer<typeof shape>`), so the two cannot drift apart. A problem names the field:
// `"article.text" is not a non-empty string`.

/** A declared type with a runtime check. `_type` is never set: it only carries T for `Infer`. */
export interface Shape<T> {
  /** The first problem with `value` at `field` ('' for the whole payload), or null when it fits. */
  readonly check: (value: unknown, field: string) => string | null;
  readonly _type?: T;
}

/** A declared type without a runtime check (replies, and messages only our own background sends). */
export interface TypeOnly<T> {
  readonly _type?: T;
}

/** A shape whose key may be absent from its object (absent, undefined and null all fit). */
export interface OptionalShape<T> extends Shape<T | null | undefined> {
  readonly optional: true;
}

export type Infer<S> = S extends TypeOnly<infer T> ? T : never;

export function typeOnly<T>(): TypeOnly<T> {
  return {};
}

const quoted = (field: string) => `"${field}"`;

function shape<T>(check: Shape<T>['check']): Shape<T> {
  return { check };
}

/** A string of at most `max` characters (4,000 unless told); `nonEmpty` refuses one of only white space. */
export function string(options: { nonEmpty?: boolean; max?: number } = {}): Shape<string> {
  const max = options.max ?? 4_000;
  return shape((value, field) => {
    if (typeof value !== 'string' || (options.nonEmpty && !value.trim())) return `${quoted(field)} is not a ${options.nonEmpty ? 'non-empty ' : ''}string`;
    return value.length > max ? `${quoted(field)} is longer than ${max} characters` : null;
  });
}

/** A string matching `pattern`; `what` says what it is in the problem ("a date YYYY-MM-DD"). */
export function matching(pattern: RegExp, what: string): Shape<string> {
  return shape((value, field) => (typeof value === 'string' && pattern.test(value) ? null : `${quoted(field)} is not ${what}`));
}

export const boolean: Shape<boolean> = shape((value, field) => (typeof value === 'boolean' ? null : `${quoted(field)} is not true or false`));

/** A whole number ≥ 0; `what` names what it counts ("a sentence index"). */
export function wholeNumber(what: string): Shape<number> {
  return shape((value, field) => (Number.isInteger(value) && (value as number) >= 0 ? null : `${quoted(field)} is not ${what} (a whole number ≥ 0)`));
}

export function oneOf<const V extends readonly string[]>(values: V): Shape<V[number]> {
  return shape((value, field) => (typeof value === 'string' && (values as readonly string[]).includes(value) ? null : `${quoted(field)} is not one of ${values.join(', ')}`));
}

export function nullable<T>(inner: Shape<T>): Shape<T | null> {
  return shape((value, field) => (value === null ? null : inner.check(value, field)));
}

/** Absent, undefined, null, or fitting `inner`: its key is optional in the object's type. */
export function optional<T>(inner: Shape<T>): OptionalShape<T> {
  return { optional: true, check: (value, field) => (value === undefined || value === null ? null : inner.check(value, field)) };
}

/** At most `max` entries, each fitting `item`; a problem names the entry (`"marks[3].coverage"`). */
export function list<T>(item: Shape<T>, max: number): Shape<T[]> {
  return shape((value, field) => {
    if (!Array.isArray(value)) return `${quoted(field)} is not a list`;
    if (value.length > max) return `${quoted(field)} has more than ${max} entries`;
    for (let i = 0; i < value.length; i++) {
      const problem = item.check(value[i], `${field}[${i}]`);
      if (problem) return problem;
    }
    return null;
  });
}

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends { readonly optional: true } ? K : never }[keyof F];
type Flat<T> = { [K in keyof T]: T[K] };
/** The object type of `fields`: keys of `optional(…)` shapes are optional; no fields at all is `{}` exactly. */
export type ObjectOf<F extends Fields> = [keyof F] extends [never]
  ? Record<string, never>
  : Flat<{ [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> }>;

/** An object (not null, not a list) whose `fields` fit, checked in declaration order. Other keys are let
 *  through unread: handlers read only the declared ones. */
export function object<F extends Fields>(fields: F): Shape<ObjectOf<F>> {
  return shape((value, field) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${quoted(field || 'payload')} is not an object`;
    for (const [key, inner] of Object.entries(fields)) {
      const problem = inner.check((value as Record<string, unknown>)[key], field ? `${field}.${key}` : key);
      if (problem) return problem;
    }
    return null;
  });
}
