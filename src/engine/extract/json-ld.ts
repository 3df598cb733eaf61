// Reads the article node from a page's JSON-LD (`<script type="application/ld+json">`): the richest and most
// deliberate metadata a news site publishes. Malformed blocks are skipped, never fatal.

import { cleanMetaText, isoDate, looksLikeUrl, primaryLanguage } from './metadata-values';

export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  language: string | null;
  description: string | null;
}

type JsonObject = Record<string, unknown>;

// schema.org's Article and the subtypes news sites use for an article page.
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'socialmediaposting',
  'liveblogposting', 'report', 'scholarlyarticle', 'techarticle',
]);

export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  const nodes = jsonLdNodes(doc);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find(isArticleNode);
  if (!article) return null;
  const resolve = (v: unknown): unknown => resolveReference(v, byId);
  return {
    headline: cleanMetaText(article.headline) ?? cleanMetaText(article.name),
    author: personNames(article.author, resolve),
    publisher: entityName(resolve(article.publisher)),
    datePublished: isoDate(article.datePublished),
    language: languageOf(resolve(article.inLanguage)),
    description: cleanMetaText(article.description),
  };
}

/** Every object in every JSON-LD block, with `@graph` arrays and `mainEntity` articles flattened in. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!/^application\/ld\+json\b/i.test(script.getAttribute('type')?.trim() ?? '')) continue;
    const parsed = parseJson(script.textContent ?? '');
    for (const node of asArray(parsed)) collectNodes(node, nodes, 0);
  }
  return nodes;
}

function collectNodes(value: unknown, into: JsonObject[], depth: number): void {
  if (!isObject(value) || depth > 3) return;
  into.push(value);
  for (const child of asArray(value['@graph'])) collectNodes(child, into, depth + 1);
  // A WebPage often carries the article as its mainEntity rather than beside it.
  for (const child of asArray(value.mainEntity)) collectNodes(child, into, depth + 1);
}

function parseJson(text: string): unknown {
  // Some CMSs wrap the JSON in a CDATA section or an HTML comment.
  const unwrapped = text.trim().replace(/^(<!\[CDATA\[|<!--)/, '').replace(/(\]\]>|-->)$/, '');
  try {
    return JSON.parse(unwrapped);
  } catch {
    return null;
  }
}

function isArticleNode(node: JsonObject): boolean {
  return asArray(node['@type']).some(
    (t) => typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^https?:\/\/schema\.org\//i, '').toLowerCase()),
  );
}

/** `{"@id": "#org"}` → the node with that id elsewhere in the page's JSON-LD. */
function resolveReference(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function personNames(value: unknown, resolve: (v: unknown) => unknown): string | null {
  const names = asArray(value)
    .map((v) => entityName(resolve(v)))
    .filter((n): n is string => n !== null && !looksLikeUrl(n));
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

function entityName(value: unknown): string | null {
  if (typeof value === 'string') return cleanMetaText(value);
  if (Array.isArray(value)) return entityName(value[0]);
  if (isObject(value)) return cleanMetaText(value.name);
  return null;
}

// inLanguage is a BCP-47 string or a schema.org Language object ({ name: "German", alternateName: "de" }).
function languageOf(value: unknown): string | null {
  if (Array.isArray(value)) return languageOf(value[0]);
  if (isObject(value)) return primaryLanguage(value.alternateName) ?? primaryLanguage(value.name);
  return primaryLanguage(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
