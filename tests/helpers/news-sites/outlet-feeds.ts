// Test news sites for corpus articles on one server: each outlet's article pages and its feed (RSS for some
// outlets, Atom for others), and the lines of a feeds file naming them (half with the outlet's name).

import type { CorpusArticle } from '../../../src/engine/types';
import { articlePage, atomFeed, rssFeed, slugOf } from './render';
import type { Route, SiteServer } from './site-server';

export function addOutletFeeds(site: SiteServer, articles: CorpusArticle[]): { feedLines: string[]; urlOf: Map<string, string> } {
  const byOutlet = new Map<string, CorpusArticle[]>();
  for (const a of articles) byOutlet.set(a.outlet.name!, [...(byOutlet.get(a.outlet.name!) ?? []), a]);
  const feedLines: string[] = [];
  const urlOf = new Map<string, string>();
  [...byOutlet].forEach(([outlet, list], i) => {
    const slug = slugOf(outlet);
    const items = list.map((a) => {
      const url = `${site.origin}/${slug}/${a.id}.html`;
      urlOf.set(a.id, url);
      site.routes.set(`/${slug}/${a.id}.html`, { type: 'text/html; charset=utf-8', body: articlePage(a) } satisfies Route);
      return { url, title: a.title, date: a.date };
    });
    const atom = i % 2 === 1;
    site.routes.set(`/${slug}/feed.xml`, { type: atom ? 'application/atom+xml' : 'application/rss+xml', body: atom ? atomFeed(outlet, items) : rssFeed(outlet, items, list[0]!.language) });
    // Half the outlets are named in the feeds file; the others by their pages.
    feedLines.push(`${site.origin}/${slug}/feed.xml${i % 2 === 0 ? `  ${outlet}` : ''}`);
  });
  return { feedLines, urlOf };
}
