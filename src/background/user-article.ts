// The reader's page as a corpus article (origin 'user'), and whether the corpus holds it already. The event
// it goes into is the engine's placementFor, passed on here for the handlers that keep an article.

import { articleIdFor, type CorpusArticle, type CorpusIndex, type OutletInfo, type ParsedArticle } from '../engine';
import type { PageArticle } from '../messaging/protocol';

export { placementFor } from '../engine';

function httpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The page's own site name is a statement; its address is only evidence. */
export function outletOf(page: PageArticle): OutletInfo {
  const site = page.siteName?.trim();
  if (site) return { name: site, known: 'stated', evidence: ['named by the page (site name)'] };
  const host = httpUrl(page.url)?.hostname.replace(/^www\./, '');
  if (host) return { name: host, known: 'inferred', evidence: ["the page's address"] };
  return { name: null, known: 'unknown', evidence: [] };
}

export function userArticleFrom(page: PageArticle, parsed: ParsedArticle): CorpusArticle {
  const url = httpUrl(page.url)?.href ?? null;
  const outlet = outletOf(page);
  return {
    id: articleIdFor(page.text, { outlet: outlet.name, url }),
    title: page.title.trim(),
    text: page.text,
    url,
    outlet,
    date: page.date ?? null,
    language: parsed.language,
    origin: 'user',
  };
}

/** The stored article the page's article is: the same id (text, outlet and address), else the same text
 *  from the same outlet, or where either outlet is unknown. Another outlet's copy is not held: it is a
 *  reprint, an article of its own. */
export function heldArticle(article: CorpusArticle, parsed: ParsedArticle, index: CorpusIndex): string | undefined {
  if (index.articles.has(article.id)) return article.id;
  const sameText = index.byFingerprint(parsed.fingerprint);
  if (sameText === undefined) return undefined;
  const stored = index.articles.get(sameText)?.outlet.name ?? null;
  return stored === null || article.outlet.name === null || stored === article.outlet.name ? sameText : undefined;
}
