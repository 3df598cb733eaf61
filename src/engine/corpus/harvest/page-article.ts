// One fetched, archived or saved page as a corpus article: the extension's own extraction (Readability and
// page metadata), then the outlet as the page states it (og:site_name, JSON-LD publisher) with how that is
// known. Shared by the pack command and the options page's import, so both read a page the same way.

import { extractArticle, ExtractionError, type ExtractedArticle } from '../../extract';
import { detectLanguage } from '../../text/language';
import type { ArticleOrigin, CorpusArticle, OutletInfo } from '../../types';
import { articleIdFor } from '../seed-manifest';

/** What the source of a page says beside the page itself: a feed's outlet and date, an archive's address. */
export interface PageHints {
  /** The address the page was fetched or archived from. */
  url?: string | null;
  /** An outlet the reader named for the page's feed (feeds file) or the feed's own title. */
  outlet?: { name: string; evidence: string } | null;
  /** YYYY-MM-DD from the feed item, used when the page states no date. */
  date?: string | null;
  /** Language tag of the feed, used when the page declares none. */
  language?: string | null;
}

export type PageResult = { article: CorpusArticle } | { skipped: string };

/** Builds a DOM from HTML: jsdom on the command line, DOMParser on the options page. */
export type ParseHtml = (html: string, url: string | null) => Document;

const SKIP_REASONS: Record<string, string> = {
  'not-an-article': 'no article on the page',
  'too-large': 'the page is too large to read',
  'no-text': 'the article on the page has no text',
};

function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The reader's name for a feed wins (they chose the outlets); then the page's own statement; the address is
 *  only evidence. */
export function outletFor(page: Pick<ExtractedArticle, 'siteName'>, hints: PageHints, url: string | null): OutletInfo {
  const site = page.siteName?.trim();
  if (hints.outlet) {
    const evidence = [hints.outlet.evidence];
    if (site && site !== hints.outlet.name) evidence.push(`the page names itself "${site}"`);
    return { name: hints.outlet.name, known: 'stated', evidence };
  }
  if (site) return { name: site, known: 'stated', evidence: ['named by the page (site name or publisher)'] };
  const host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
  if (host) return { name: host, known: 'inferred', evidence: ["the page's address"] };
  return { name: null, known: 'unknown', evidence: [] };
}

export function articleFromExtracted(page: ExtractedArticle, hints: PageHints, origin: ArticleOrigin): CorpusArticle {
  const url = httpUrl(page.url) ?? httpUrl(hints.url);
  const text = page.text;
  const outlet = outletFor(page, hints, httpUrl(hints.url) ?? url);
  return {
    id: articleIdFor(text, { outlet: outlet.name, url }),
    title: page.title.trim(),
    text,
    url,
    outlet,
    date: page.date ?? hints.date ?? null,
    language: page.language ?? hints.language ?? detectLanguage(text),
    origin,
  };
}

export function articleFromHtml(html: string, parseHtml: ParseHtml, hints: PageHints, origin: ArticleOrigin = 'imported'): PageResult {
  const url = httpUrl(hints.url);
  const doc = parseHtml(html, url);
  try {
    return { article: articleFromExtracted(extractArticle(doc, url ? { url } : {}), hints, origin) };
  } catch (error) {
    if (error instanceof ExtractionError) return { skipped: SKIP_REASONS[error.code] ?? error.message };
    throw error;
  } finally {
    // jsdom's window holds the page until closed; a DOMParser document has no window.
    (doc.defaultView as { close?: () => void } | null)?.close?.();
  }
}
