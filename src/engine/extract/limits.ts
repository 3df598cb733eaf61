// The budgets extraction keeps on any page, live or parsed from a file. Each is far above what a news page
// needs and far below what makes a step slow or a recursive walk overflow its stack.

/** Pages with more elements are read through their article element alone, if it has fewer. */
export const DEFAULT_MAX_NODES = 100_000;

/** Deepest nesting read. A browser's HTML parser never nests deeper than 512 (Chromium's parser limit;
 *  deeper markup is attached at that level), so only a page built by script, or a file, goes beyond it; some
 *  DOM walks (cloning in jsdom, parts of Readability) recurse per level. */
export const MAX_NESTING = 512;

/** Longest article text compared, in characters: long-form reports stay under ~60,000. Comparison grows with
 *  the number of sentences; beyond this an input is a book or a whole site, not one report. */
export const MAX_ARTICLE_CHARS = 100_000;
