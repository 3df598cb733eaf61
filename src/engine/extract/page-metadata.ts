// A page's own metadata in order of trust: JSON-LD first (deliberately published for machines), then meta
// tags, then `<html lang>` and `<time>`. Readability's guesses are merged in later, by the caller, as a fallback.

import { readJsonLdArticle } from './json-ld';
import { canonicalHref, firstMeta, microdataPublished, publicationTime, readMetaTags } from './meta-tags';
import { cleanMetaText, httpUrl, isoDate, looksLikeUrl, primaryLanguage } from './metadata-values';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  date: string | null;
  language: string | null;
  url: string | null;
  excerpt: string | null;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'headline', 'dc.title'];
const BYLINE_KEYS = ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author'];
const SITE_KEYS = ['og:site_name', 'dc.publisher'];
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished',
  'dc.date.issued', 'dcterms.issued', 'date', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date',
];
const LANGUAGE_KEYS = ['content-language', 'language', 'dc.language', 'og:locale'];
const EXCERPT_KEYS = ['description', 'og:description', 'twitter:description'];

export function readPageMetadata(doc: Document, pageUrl?: string | null): PageMetadata {
  const ld = readJsonLdArticle(doc);
  const meta = readMetaTags(doc);
  const base = pageUrl ?? documentUrl(doc);
  return {
    title: ld?.headline ?? firstMeta(meta, TITLE_KEYS, cleanMetaText),
    byline: ld?.author ?? firstMeta(meta, BYLINE_KEYS, bylineText),
    siteName: ld?.publisher ?? firstMeta(meta, SITE_KEYS, cleanMetaText),
    date:
      ld?.datePublished ??
      firstMeta(meta, DATE_KEYS, isoDate) ??
      isoDate(microdataPublished(doc)) ??
      isoDate(publicationTime(doc)),
    language:
      ld?.language ??
      primaryLanguage(doc.documentElement?.getAttribute('lang')) ??
      firstMeta(meta, LANGUAGE_KEYS, primaryLanguage),
    url:
      httpUrl(canonicalHref(doc), base) ??
      firstMeta(meta, ['og:url'], (v) => httpUrl(v, base)) ??
      httpUrl(pageUrl) ??
      documentUrl(doc),
    excerpt: ld?.description ?? firstMeta(meta, EXCERPT_KEYS, cleanMetaText),
  };
}

// article:author is often a profile URL, which is no byline.
function bylineText(value: string): string | null {
  const text = cleanMetaText(value);
  return text !== null && !looksLikeUrl(text) ? text : null;
}

// A document parsed without a URL reports "about:blank", which resolves nothing.
function documentUrl(doc: Document): string | null {
  return httpUrl(doc.URL);
}
