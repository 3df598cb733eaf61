// Between the engine's CorpusArticle and the stored ArticleRow, and the equality that tells a changed row
// from an unchanged one. Pure functions.

import type { CorpusArticle } from '../engine';
import type { ArticleRow } from './schema';

export function articleRow(article: CorpusArticle, eventId: string, placedByReader = false): ArticleRow {
  return { ...article, eventId, outletName: article.outlet.name, placedByReader };
}

export function articleFromRow(row: ArticleRow): CorpusArticle {
  const { eventId: _eventId, outletName: _outletName, placedByReader: _placed, ...article } = row;
  return article;
}

/** Deep equality of JSON-like records, ignoring key order and keys whose value is undefined. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => sameRecord(x, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((k) => sameRecord(left[k], right[k]));
}
