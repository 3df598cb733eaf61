// Writes test news sites from corpus articles: an article page as an outlet's site would serve it (site
// navigation, og:site_name, a publication date, the language), RSS 2.0 and Atom feeds, and a WARC of pages
// written with warcio as an archiving crawler would. Text is escaped: every page is built from data.

import { WARCRecord, WARCSerializer } from 'warcio';
import type { CorpusArticle } from '../../../src/engine/types';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function slugOf(outlet: string): string {
  return outlet.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function articlePage(article: CorpusArticle): string {
  const outlet = escapeXml(article.outlet.name ?? '');
  const paragraphs = article.text.split(/\n\n+/).map((p) => `<p>${escapeXml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${article.language}"><head><meta charset="utf-8">
<title>${escapeXml(article.title)} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}">
<meta property="og:title" content="${escapeXml(article.title)}">
<meta property="article:published_time" content="${article.date}T08:30:00+01:00">
</head><body>
<header><nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${escapeXml(article.title)}</h1>
${paragraphs}
</article></main>
<footer><p>© ${outlet}</p></footer>
</body></html>`;
}

export const NO_ARTICLE_PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Start</title></head>
<body><nav><a href="/a">A</a> <a href="/b">B</a></nav><ul><li><a href="/x">Wetter</a></li><li><a href="/y">Sport</a></li></ul></body></html>`;

function rfc822(date: string | null): string {
  return new Date(`${date ?? '2025-01-01'}T08:30:00Z`).toUTCString();
}

export function rssFeed(title: string, items: { url: string; title: string; date: string | null }[], language = 'de'): string {
  const entries = items.map((i) => `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.url)}</link><pubDate>${rfc822(i.date)}</pubDate></item>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>http://example.invalid/</link><language>${language}</language>
${entries}
</channel></rss>`;
}

export function atomFeed(title: string, items: { url: string; title: string; date: string | null }[]): string {
  const entries = items.map((i) => `<entry><title>${escapeXml(i.title)}</title><link rel="alternate" href="${escapeXml(i.url)}"/><id>${escapeXml(i.url)}</id><updated>${i.date ?? '2025-01-01'}T08:30:00Z</updated></entry>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(title)}</title><id>urn:test</id><updated>2025-01-01T00:00:00Z</updated>
${entries}
</feed>`;
}

export interface WarcEntry {
  url: string;
  status?: number;
  contentType?: string;
  body: string;
}

/** A WARC as a crawler writes it: a warcinfo record, then a request and a response record per page; gzipped
 *  per record when `gzip`. `raw` records are appended as given (to write malformed ones). */
export async function writeWarc(entries: (WarcEntry | { raw: Uint8Array })[], gzip = false): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'parallax tests' });
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const entry of entries) {
    if ('raw' in entry) {
      parts.push(entry.raw);
      continue;
    }
    const request = WARCRecord.create({ url: entry.url, type: 'request', warcVersion: 'WARC/1.1', httpHeaders: { 'User-Agent': 'test' }, statusline: `GET ${new URL(entry.url).pathname} HTTP/1.1` }, []);
    parts.push(await WARCSerializer.serialize(request, { gzip }));
    const status = entry.status ?? 200;
    const response = WARCRecord.create(
      {
        url: entry.url,
        date: '2025-06-20T10:00:00Z',
        type: 'response',
        warcVersion: 'WARC/1.1',
        httpHeaders: { 'Content-Type': entry.contentType ?? 'text/html; charset=utf-8' },
        statusline: `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Not Found'}`,
      },
      [encoder.encode(entry.body)],
    );
    parts.push(await WARCSerializer.serialize(response, { gzip }));
  }
  return Buffer.concat(parts);
}
