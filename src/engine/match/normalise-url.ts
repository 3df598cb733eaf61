// One spelling per page address, so that a page is recognised as a corpus article whatever link led to it.
// Its own module because both the corpus's article ids and the index's URL lookup read it.

/** URLs compare without fragment, trailing slash or common tracking parameters. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (/^(utm_|fbclid|gclid|ref$)/.test(key)) u.searchParams.delete(key);
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/$/, '')}${u.search}`;
  } catch {
    return url;
  }
}
