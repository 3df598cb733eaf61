// The framing lexicon's data shape: concepts (a thing outlets name differently) and the terms they use for it.
// A versioned document, like the corpus format, so readers' own lexicons survive later format changes.

export const LEXICON_FORMAT = 'parallax-lexicon';
export const LEXICON_VERSION = 1;

export const LEXICON_CATEGORIES = [
  'event-naming',
  'person-naming',
  'past-event',
  'group-naming',
  'place-naming',
  'name-spelling',
  'place-spelling',
  'orthography',
] as const;

export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

export interface LexiconTerm {
  /** The term as a reader would look it up ("russischer Angriffskrieg"); reported as the variant's name. */
  readonly term: string;
  /** Further ways of writing the same choice (word order, compound spelling) that count as this term. */
  readonly forms?: readonly string[];
  /** What the choice signals, said neutrally. */
  readonly note?: string;
  /** The note in German, for a German interface (`note` is the English); absent in a reader's lexicon that has none. */
  readonly noteDe?: string;
  /** Where the note's claim can be checked (a style guide, a standard, a dictionary). */
  readonly source?: string;
}

export interface LexiconConcept {
  /** Stable kebab-case id ("war-in-ukraine"); a reader's lexicon overrides a bundled concept by this id. */
  readonly id: string;
  /** Human label ("Naming of the war in Ukraine"). */
  readonly label: string;
  /** The label in German, for a German interface (`label` is the English). */
  readonly labelDe?: string;
  readonly category: LexiconCategory;
  readonly terms: readonly LexiconTerm[];
}

export interface Lexicon {
  readonly format: typeof LEXICON_FORMAT;
  readonly version: typeof LEXICON_VERSION;
  /** BCP-47 primary language tag ("de"); picks the stemmer. */
  readonly language: string;
  readonly concepts: readonly LexiconConcept[];
}

/**
 * Spelling categories compare words exactly (after lower-casing): their whole signal is the spelling, which a
 * stemmer would erase (Snowball folds ß→ss and umlauts, so "Rußland" and "Russland" would become one).
 */
export function isSpellingCategory(category: LexiconCategory): boolean {
  return category === 'name-spelling' || category === 'place-spelling' || category === 'orthography';
}

export function emptyLexicon(language: string): Lexicon {
  return { format: LEXICON_FORMAT, version: LEXICON_VERSION, language, concepts: [] };
}
