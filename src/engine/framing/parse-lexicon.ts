// Validates a lexicon document (bundled or a reader's own) field by field. Every error names the source, the
// concept (position and id) and the field, so a reader editing JSON by hand can find the mistake.

import { tokenize } from '../text/tokens';
import {
  LEXICON_CATEGORIES,
  LEXICON_FORMAT,
  LEXICON_VERSION,
  type Lexicon,
  type LexiconCategory,
  type LexiconConcept,
  type LexiconTerm,
} from './lexicon-format';

type Json = Record<string, unknown>;

const DOCUMENT_KEYS = ['format', 'version', 'language', 'concepts'];
const CONCEPT_KEYS = ['id', 'label', 'labelDe', 'category', 'terms'];
const TERM_KEYS = ['term', 'forms', 'note', 'noteDe', 'source'];
const CONCEPT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/;

export function parseLexicon(json: unknown, sourceName: string): Lexicon {
  const doc = asObject(json, sourceName, 'the document');
  rejectUnknownKeys(doc, DOCUMENT_KEYS, sourceName);
  if (doc.format !== LEXICON_FORMAT) {
    throw new Error(`${sourceName}: "format" must be "${LEXICON_FORMAT}" (got ${describe(doc.format)})`);
  }
  checkVersion(doc.version, sourceName);
  if (typeof doc.language !== 'string' || !LANGUAGE_TAG.test(doc.language)) {
    throw new Error(`${sourceName}: "language" must be a language tag such as "de" (got ${describe(doc.language)})`);
  }
  if (!Array.isArray(doc.concepts)) {
    throw new Error(`${sourceName}: "concepts" must be an array (got ${describe(doc.concepts)})`);
  }
  const concepts = doc.concepts.map((c, i) => parseConcept(c, `${sourceName}: concept ${i + 1}`));
  rejectDuplicateIds(concepts, sourceName);
  return { format: LEXICON_FORMAT, version: LEXICON_VERSION, language: doc.language, concepts };
}

function checkVersion(version: unknown, sourceName: string): void {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error(`${sourceName}: "version" must be a positive whole number (got ${describe(version)})`);
  }
  if (version > LEXICON_VERSION) {
    throw new Error(`${sourceName}: "version" ${version} is newer than this Parallax reads (${LEXICON_VERSION})`);
  }
}

function parseConcept(value: unknown, at: string): LexiconConcept {
  const raw = asObject(value, at, 'a concept');
  const where = typeof raw.id === 'string' ? `${at} (${JSON.stringify(raw.id)})` : at;
  rejectUnknownKeys(raw, CONCEPT_KEYS, where);
  if (typeof raw.id !== 'string' || !CONCEPT_ID.test(raw.id)) {
    throw new Error(`${where}: "id" must be a kebab-case string such as "war-in-ukraine" (got ${describe(raw.id)})`);
  }
  const label = requireText(raw, 'label', where);
  const labelDe = raw.labelDe === undefined ? undefined : requireText(raw, 'labelDe', where);
  if (!LEXICON_CATEGORIES.includes(raw.category as LexiconCategory)) {
    throw new Error(`${where}: "category" must be one of ${LEXICON_CATEGORIES.join(', ')} (got ${describe(raw.category)})`);
  }
  if (!('terms' in raw)) throw new Error(`${where} has no "terms"`);
  if (!Array.isArray(raw.terms) || raw.terms.length === 0) {
    throw new Error(`${where}: "terms" must be a non-empty array (got ${describe(raw.terms)})`);
  }
  const terms = raw.terms.map((t, j) => parseTerm(t, `${where}, term ${j + 1}`));
  rejectDuplicateWordings(terms, where);
  return { id: raw.id, label, ...(labelDe === undefined ? {} : { labelDe }), category: raw.category as LexiconCategory, terms };
}

function parseTerm(value: unknown, at: string): LexiconTerm {
  const raw = asObject(value, at, 'a term');
  const where = typeof raw.term === 'string' ? `${at} (${JSON.stringify(raw.term)})` : at;
  rejectUnknownKeys(raw, TERM_KEYS, where);
  const term: { -readonly [K in keyof LexiconTerm]: LexiconTerm[K] } = { term: requireWording(raw.term, where, '"term"') };
  if (raw.forms !== undefined) {
    if (!Array.isArray(raw.forms)) throw new Error(`${where}: "forms" must be an array of strings (got ${describe(raw.forms)})`);
    term.forms = raw.forms.map((f, k) => requireWording(f, where, `"forms" item ${k + 1}`));
  }
  if (raw.note !== undefined) term.note = requireText(raw, 'note', where);
  if (raw.noteDe !== undefined) term.noteDe = requireText(raw, 'noteDe', where);
  if (raw.source !== undefined) term.source = requireText(raw, 'source', where);
  return term;
}

/** A wording must hold at least one word, or it could never be found in a text. */
function requireWording(value: unknown, where: string, field: string): string {
  if (typeof value !== 'string' || tokenize(value).length === 0) {
    throw new Error(`${where}: ${field} must be a string with at least one word (got ${describe(value)})`);
  }
  return value;
}

function requireText(raw: Json, field: string, where: string): string {
  const value = raw[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${where}: "${field}" must be a non-empty string (got ${describe(value)})`);
  }
  return value;
}

// Two terms of one concept claiming the same wording would make a hit's term depend on lexicon order.
function rejectDuplicateWordings(terms: LexiconTerm[], where: string): void {
  const seen = new Map<string, string>();
  for (const t of terms) {
    for (const wording of [t.term, ...(t.forms ?? [])]) {
      const key = wording.toLowerCase();
      const owner = seen.get(key);
      if (owner !== undefined) {
        throw new Error(`${where}: wording ${JSON.stringify(wording)} appears twice (term ${JSON.stringify(owner)} and ${JSON.stringify(t.term)})`);
      }
      seen.set(key, t.term);
    }
  }
}

function rejectDuplicateIds(concepts: LexiconConcept[], sourceName: string): void {
  const seen = new Set<string>();
  concepts.forEach((c, i) => {
    if (seen.has(c.id)) throw new Error(`${sourceName}: concept ${i + 1} repeats the id ${JSON.stringify(c.id)}`);
    seen.add(c.id);
  });
}

// Unknown keys are usually typos ("from" for "forms") that would otherwise be silently ignored.
function rejectUnknownKeys(raw: Json, allowed: string[], where: string): void {
  const unknown = Object.keys(raw).find((k) => !allowed.includes(k));
  if (unknown !== undefined) {
    throw new Error(`${where}: unknown field ${JSON.stringify(unknown)} (allowed: ${allowed.join(', ')})`);
  }
}

function asObject(value: unknown, where: string, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where}: expected ${what} as a JSON object (got ${describe(value)})`);
  }
  return value as Json;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}
