// Which section the options page shows, and its parameters, as the location hash: `#articles?q=putin&page=2`,
// `#article?id=a-…`, `#add?url=…&title=…`. Deep links from the sidebar and the back button both go through here.

export const SECTIONS = ['overview', 'articles', 'article', 'add', 'import', 'export', 'delete', 'reset', 'lexicon', 'storage'] as const;

export type SectionId = (typeof SECTIONS)[number];

export type RouteParams = Readonly<Record<string, string>>;

export interface Route {
  section: SectionId;
  params: RouteParams;
}

function isSection(value: string): value is SectionId {
  return (SECTIONS as readonly string[]).includes(value);
}

/** An unknown or empty hash is the overview: the page is never blank. */
export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#/, '');
  const question = body.indexOf('?');
  const name = (question < 0 ? body : body.slice(0, question)).trim().toLowerCase();
  const params: Record<string, string> = {};
  if (question >= 0) {
    for (const [key, value] of new URLSearchParams(body.slice(question + 1))) params[key] = value;
  }
  return isSection(name) ? { section: name, params } : { section: 'overview', params: {} };
}

/** Parameters in a stable order (sorted), empty values left out, so equal routes give equal hashes. */
export function formatRoute(route: Route): string {
  const entries = Object.entries(route.params).filter(([, value]) => value !== '').sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(entries).toString();
  return `#${route.section}${query ? `?${query}` : ''}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}
