// The keys of the `meta` table's rows, in one module of their own: the schema's upgrades write them as the
// stores read them, and the stores import the schema's types (so the keys cannot live in either).

/** The corpus revision, bumped by every write (meta.ts). */
export const REVISION_KEY = 'revision';
/** The hash of the bundled pack last seeded (meta.ts). */
export const BUNDLED_HASH_KEY = 'bundledPackHash';
/** The term index's counters (term-index-state.ts). */
export const TERM_INDEX_KEY = 'termIndex';
