// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: the outlet's title, its language and the items (address, title,
// date). Parsed as XML by jsdom; a feed that is not well-formed XML, or XML that is no feed, is a FeedError
// naming what is wrong.

import { JSDOM, VirtualConsole } from 'jsdom';
import { isoDate, primaryLanguage } from '../../engine';

export interface FeedItem {
  url: string;
  title: string;
  /** YYYY-MM-DD, or null when the item gives no date. */
  date: string | null;
}

export interface Feed {
  title: string | null;
  language: string | null;
  items: FeedItem[];
}

export class FeedError extends Error {}

const FEED_HEAD = /^(\s|<\?xml[^>]*>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*>|<!DOCTYPE[^>]*>)*<(rss|feed|rdf:RDF)[\s>]/i;

/** Whether a response or file is a feed: by its declared type, or by its first element. */
export function looksLikeFeed(contentType: string | null, text: string): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type)) return true;
  return FEED_HEAD.test(text.replace(/^\uFEFF/, '').slice(0, 4096));
}

function childText(parent: Element, names: string[]): string | null {
  for (const child of Array.from(parent.children)) {
    if (names.includes(child.localName) || names.includes(child.tagName)) {
      const text = child.textContent?.trim();
      if (text) return text;
    }
  }
  return null;
}

/** RFC 822 dates ("Wed, 12 Feb 2025 18:30:00 +0100") and ISO dates alike, as the publisher's calendar day. */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const iso = isoDate(value);
  if (iso) return iso;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const offset = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value);
  const shift = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  return new Date(time + shift).toISOString().slice(0, 10);
}

function atomLink(entry: Element): string | null {
  const links = Array.from(entry.children).filter((c) => c.localName === 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href') ?? null;
}

export function parseFeed(text: string, source: string): Feed {
  let doc: Document;
  try {
    doc = new JSDOM(text.replace(/^\uFEFF/, ''), { contentType: 'application/xml', virtualConsole: new VirtualConsole() }).window.document;
  } catch (error) {
    throw new FeedError(`is not a readable feed (XML error: ${(error as Error).message.split('\n')[0]!.replace(/^about:blank:/, 'line ').slice(0, 120)})`);
  }
  const root = doc.documentElement;
  const kind = root.localName;
  if (kind !== 'rss' && kind !== 'feed' && kind !== 'RDF') throw new FeedError(`is XML but not an RSS or Atom feed (its root is <${root.tagName}>)`);
  const channel = kind === 'rss' ? root.querySelector('channel') ?? root : kind === 'RDF' ? Array.from(root.children).find((c) => c.localName === 'channel') ?? root : root;
  const entries = kind === 'feed'
    ? Array.from(root.children).filter((c) => c.localName === 'entry')
    : Array.from(doc.getElementsByTagNameNS('*', 'item'));
  const base = /^https?:/i.test(source) ? source : undefined;
  const items: FeedItem[] = [];
  for (const entry of entries) {
    const link = kind === 'feed' ? atomLink(entry) : childText(entry, ['link']) ?? entry.getAttribute('rdf:about') ?? guidLink(entry);
    if (!link) continue;
    let url: string;
    try {
      url = new URL(link, base).href;
    } catch {
      continue;
    }
    items.push({
      url,
      title: childText(entry, ['title']) ?? '',
      date: feedDate(childText(entry, ['pubDate', 'published', 'updated', 'date', 'dc:date'])),
    });
  }
  return {
    title: childText(channel, ['title']),
    language: primaryLanguage(childText(channel, ['language', 'dc:language']) ?? root.getAttribute('xml:lang')),
    items,
  };
}

function guidLink(entry: Element): string | null {
  const guid = Array.from(entry.children).find((c) => c.localName === 'guid');
  const text = guid?.textContent?.trim() ?? '';
  return guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(text) ? text : null;
}
