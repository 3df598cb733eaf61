// Reads seeds/manifest.json: what is known about each seed file (outlet and how it is known, date,
// language, URL). The texts themselves stay untouched in their files.

import type { CorpusArticle, OutletKnown } from '../types';
import { articleIdFor } from './article-id';

/** Ids live in ./article-id; re-exported for the callers that always found them here. */
export { articleIdFor, textHashFor } from './article-id';

export interface SeedEntry {
  file: string;
  outlet: string | null;
  outletKnown: OutletKnown;
  evidence: string[];
  /** `evidence` in German, line for line (optional). */
  evidenceDe?: string[];
  date: string | null;
  dateNote?: string;
  language: string;
  url: string | null;
  title?: string | null;
}

export const SEED_MANIFEST_FORMAT = 'parallax-seed-manifest';

export function parseSeedManifest(json: unknown, source: string): SeedEntry[] {
  const doc = json as { format?: unknown; version?: unknown; articles?: unknown };
  if (doc?.format !== SEED_MANIFEST_FORMAT || doc.version !== 1) {
    throw new Error(`${source}: not a seed manifest (format "${SEED_MANIFEST_FORMAT}", version 1)`);
  }
  if (!Array.isArray(doc.articles)) throw new Error(`${source}: has no "articles" list`);
  return doc.articles.map((entry: SeedEntry, i: number) => {
    if (typeof entry?.file !== 'string') throw new Error(`${source}: article ${i + 1} has no "file"`);
    if (!['stated', 'inferred', 'unknown'].includes(entry.outletKnown)) {
      throw new Error(`${source}: article ${i + 1} ("${entry.file}") has no valid "outletKnown"`);
    }
    return entry;
  });
}


export function seedArticle(entry: SeedEntry, text: string): CorpusArticle {
  const article: CorpusArticle = {
    id: articleIdFor(text, { outlet: entry.outlet, url: entry.url }),
    title: entry.title ?? '',
    text,
    url: entry.url,
    outlet: { name: entry.outlet, known: entry.outletKnown, evidence: entry.evidence, ...(entry.evidenceDe?.length ? { evidenceDe: entry.evidenceDe } : {}) },
    date: entry.date,
    language: entry.language,
    origin: 'bundled',
  };
  if (entry.dateNote) article.dateNote = entry.dateNote;
  return article;
}
