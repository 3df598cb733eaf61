// Reads `<meta>` tags and the few elements that carry metadata outside JSON-LD (`<link rel=canonical>`,
// itemprop="datePublished", `<time datetime>`), without modifying the document.

/** Meta content keyed by lower-cased property / name / itemprop / http-equiv; the first tag with a key wins. */
export function readMetaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      // One attribute may hold several keys ("og:title twitter:title").
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key !== '' && !tags.has(key)) tags.set(key, content);
      }
    }
  }
  return tags;
}

/** The first value among `keys`, in the caller's order of trust, that `read` accepts. */
export function firstMeta<T>(
  tags: Map<string, string>,
  keys: readonly string[],
  read: (value: string) => T | null,
): T | null {
  for (const key of keys) {
    const value = tags.get(key);
    const parsed = value === undefined ? null : read(value);
    if (parsed !== null) return parsed;
  }
  return null;
}

export function canonicalHref(doc: Document): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('canonical')) return link.getAttribute('href');
  }
  return null;
}

/** A non-meta element marked itemprop="datePublished" (microdata on <time> or <span>). */
export function microdataPublished(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
    const props = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    if (props.includes('datepublished')) {
      return el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent;
    }
  }
  return null;
}

/**
 * The `datetime` of the page's publication `<time>`: one marked `pubdate`, else the first inside an `<article>`,
 * else the first on the page. The order keeps a header's "today" or a comment's timestamp from winning
 * when the article itself has a date.
 */
export function publicationTime(doc: Document): string | null {
  const candidates = [
    doc.querySelector('time[pubdate][datetime]'),
    doc.querySelector('article time[datetime]'),
    doc.querySelector('main time[datetime]'),
    doc.querySelector('time[datetime]'),
  ];
  for (const el of candidates) {
    const value = el?.getAttribute('datetime');
    if (value) return value;
  }
  return null;
}
