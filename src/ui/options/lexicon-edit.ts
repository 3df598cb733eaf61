// The reader's own lexicon terms: adding one (to a bundled concept or a new one), reading a lexicon file, and
// which terms of the merged lexicon are the reader's. Pure; every result is checked with parseLexicon, so
// what is saved is a lexicon the engine accepts.

import {
  emptyLexicon,
  mergeLexicons,
  parseLexicon,
  type Lexicon,
  type LexiconCategory,
  type LexiconConcept,
  type LexiconTerm,
} from '../../engine';

export class LexiconFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconFileError';
  }
}

export interface NewTerm {
  /** An existing concept's id, or null for a new concept. */
  conceptId: string | null;
  newLabel: string;
  newCategory: LexiconCategory;
  term: string;
  note: string;
}

/** A kebab-case id from a label ("Naming of the strike" → "naming-of-the-strike") that no concept has yet. */
export function conceptIdFor(label: string, taken: ReadonlySet<string>): string {
  const base = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '') || 'concept';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function withTerm(terms: readonly LexiconTerm[], term: LexiconTerm): LexiconTerm[] {
  const key = term.term.toLowerCase();
  const others = terms.filter((t) => t.term.toLowerCase() !== key);
  return [...others, term];
}

/** The reader's lexicon with the new term; throws an Error in words when the result is not a valid lexicon. */
export function addUserTerm(user: Lexicon | null, bundled: Lexicon, input: NewTerm): Lexicon {
  const own = user ?? emptyLexicon(bundled.language);
  const term: LexiconTerm = input.note.trim() ? { term: input.term.trim(), note: input.note.trim() } : { term: input.term.trim() };
  let concepts: LexiconConcept[];
  if (input.conceptId === null) {
    const taken = new Set([...bundled.concepts, ...own.concepts].map((c) => c.id));
    const label = input.newLabel.trim();
    concepts = [...own.concepts, { id: conceptIdFor(label, taken), label, category: input.newCategory, terms: [term] }];
  } else {
    const mine = own.concepts.find((c) => c.id === input.conceptId);
    const base = mine ?? bundled.concepts.find((c) => c.id === input.conceptId);
    if (!base) throw new Error(`lexicon: there is no concept "${input.conceptId}"`);
    const updated: LexiconConcept = { id: base.id, label: base.label, category: base.category, terms: withTerm(mine?.terms ?? [], term) };
    concepts = mine ? own.concepts.map((c) => (c.id === base.id ? updated : c)) : [...own.concepts, updated];
  }
  return parseLexicon({ ...own, concepts }, 'your lexicon');
}

/** A lexicon document from a file's text; errors say what is wrong in words (parseLexicon's own messages). */
export function readLexiconFile(text: string, fileName: string): Lexicon {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LexiconFileError(`${fileName}: is not JSON (${(error as Error).message})`);
  }
  try {
    return parseLexicon(json, fileName);
  } catch (error) {
    throw new LexiconFileError((error as Error).message);
  }
}

/** The bundled lexicon with the reader's terms over it, and the keys (concept id + term) that are the reader's. */
export function mergedLexicon(bundled: Lexicon, user: Lexicon | null): { lexicon: Lexicon; own: Set<string> } {
  const own = new Set((user?.concepts ?? []).flatMap((c) => c.terms.map((t) => termKey(c.id, t.term))));
  return { lexicon: user ? mergeLexicons(bundled, user) : bundled, own };
}

export function termKey(conceptId: string, term: string): string {
  return `${conceptId}\u0000${term.toLowerCase()}`;
}
