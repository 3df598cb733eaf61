// Article ids. An article is its text *as published by one outlet at one address*: the same agency copy
// printed by two outlets is two articles (a reprint the comparison shows), so the id hashes the folded text
// with the outlet's name and the normalised URL. The text's own hash (`textHashFor`) stays the key for
// telling a duplicate of the same outlet's article apart from a reprint.
//
// Until pack format 2 / database schema 4 an id was the text's hash alone; `currentIdFor` re-derives such
// an id by the present rule and leaves any other id (one an import chose) as it is.

import { normaliseUrl } from '../match/normalise-url';
import { foldForFingerprint, hash64 } from '../text/hash';

/** Where an article was published, as far as known. */
export interface ArticleSource {
  outlet?: string | null;
  url?: string | null;
}

/** The hash of the article's folded text: equal for a word-for-word reprint, whoever prints it. */
export function textHashFor(text: string): string {
  return `a-${hash64(foldForFingerprint(text))}`;
}

/** The id of `text` as published by `source`. An article whose outlet and address are both unknown is known
 *  by its text alone (nothing else tells two such copies apart), so its id is its text hash. */
export function articleIdFor(text: string, source: ArticleSource = {}): string {
  const outlet = source.outlet?.trim().toLowerCase() ?? '';
  const url = source.url?.trim() ? normaliseUrl(source.url.trim()) : '';
  if (!outlet && !url) return textHashFor(text);
  return `a-${hash64(`${foldForFingerprint(text)}\u0000${outlet}\u0000${url}`)}`;
}

/** An article's id by the present rule when it was derived from its text alone by the former rule;
 *  any other id is the importer's choice and is kept. */
export function currentIdFor(article: { id: string; text: string; url: string | null; outlet: { name: string | null } }): string {
  if (article.id !== textHashFor(article.text)) return article.id;
  return articleIdFor(article.text, { outlet: article.outlet.name, url: article.url });
}
