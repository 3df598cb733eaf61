// The declared shape of every background message's payload, checked before a handler runs. A problem
// names the field: `prepareComparison: "article.text" is not a non-empty string`.

import type { BackgroundMessageType } from '../messaging/protocol';

/** Returns the problem with `value` at `field`, or null when it fits. */
type Check = (value: unknown, field: string) => string | null;

/** Bounds that keep one page's article within session storage's quota. */
const MAX_TEXT = 2_000_000;
const MAX_SHORT = 4_000;
const MAX_URL = 8_192;
const MAX_MARKS = 5_000;

const quoted = (field: string) => `"${field}"`;

const string = (options: { nonEmpty?: boolean; max?: number } = {}): Check => (value, field) => {
  if (typeof value !== 'string' || (options.nonEmpty && !value.trim())) return `${quoted(field)} is not a ${options.nonEmpty ? 'non-empty ' : ''}string`;
  return value.length > (options.max ?? MAX_SHORT) ? `${quoted(field)} is longer than ${options.max ?? MAX_SHORT} characters` : null;
};

const boolean: Check = (value, field) => (typeof value === 'boolean' ? null : `${quoted(field)} is not true or false`);

const index: Check = (value, field) => (Number.isInteger(value) && (value as number) >= 0 ? null : `${quoted(field)} is not a sentence index (a whole number ≥ 0)`);

const oneOf = (values: readonly string[]): Check => (value, field) =>
  typeof value === 'string' && values.includes(value) ? null : `${quoted(field)} is not one of ${values.join(', ')}`;

const nullable = (check: Check): Check => (value, field) => (value === null ? null : check(value, field));

/** Absent, null, or fitting `check`. */
const optional = (check: Check): Check => (value, field) => (value === undefined || value === null ? null : check(value, field));

const date: Check = (value, field) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : `${quoted(field)} is not a date YYYY-MM-DD`);

const object = (shape: Record<string, Check>): Check => (value, field) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${quoted(field || 'payload')} is not an object`;
  for (const [key, check] of Object.entries(shape)) {
    const problem = check((value as Record<string, unknown>)[key], field ? `${field}.${key}` : key);
    if (problem) return problem;
  }
  return null;
};

const list = (item: Check, max: number): Check => (value, field) => {
  if (!Array.isArray(value)) return `${quoted(field)} is not a list`;
  if (value.length > max) return `${quoted(field)} has more than ${max} entries`;
  for (let i = 0; i < value.length; i++) {
    const problem = item(value[i], `${field}[${i}]`);
    if (problem) return problem;
  }
  return null;
};

const token = string({ nonEmpty: true, max: 200 });

const pageArticle = object({
  title: string({ max: MAX_SHORT }),
  text: string({ nonEmpty: true, max: MAX_TEXT }),
  url: string({ max: MAX_URL }),
  byline: nullable(string()),
  siteName: nullable(string()),
  outlet: optional(string()),
  date: optional(date),
  language: optional(string({ max: 35 })),
});

const coverageMark = object({ sentence: index, coverage: oneOf(['many', 'few', 'only-here']) });

const SHAPES: Record<BackgroundMessageType, Check> = {
  prepareComparison: object({ token, article: pageArticle }),
  reportExtractionFailure: object({ token, message: string({ max: MAX_SHORT }), url: string({ max: MAX_URL }) }),
  getComparison: object({ token }),
  addArticle: object({ token }),
  keepRead: object({ token }),
  highlight: object({ token, sentence: nullable(index), scroll: boolean, span: optional(object({ start: index, end: index })) }),
  markCoverage: object({ token, marks: nullable(list(coverageMark, MAX_MARKS)) }),
  closeSidebar: object({ token }),
  getArticle: object({ articleId: string({ nonEmpty: true, max: 200 }) }),
  openOptions: object({}),
};

/** Every message type the background answers, in the protocol's order (tests walk them all). */
export const BACKGROUND_MESSAGE_TYPES = Object.keys(SHAPES) as readonly BackgroundMessageType[];

export function isMessageType(type: unknown): type is BackgroundMessageType {
  return typeof type === 'string' && Object.hasOwn(SHAPES, type);
}

/** The payload's first problem, or null when it has the declared shape. */
export function payloadProblem(type: BackgroundMessageType, payload: unknown): string | null {
  return SHAPES[type](payload, '');
}
