// Tells each positional input of the pack command by what it is: an address (feed or article, decided by
// what the server sends), a folder of saved pages, a web archive, a saved feed, a saved page, or a list of
// addresses (one a line, each optionally followed by an outlet name).

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { looksLikeFeed } from './feed';

export type PackInput =
  | { kind: 'url'; url: string; outlet: string | null }
  | { kind: 'folder'; path: string }
  | { kind: 'warc'; path: string }
  | { kind: 'feed-file'; path: string; text: string }
  | { kind: 'page-file'; path: string }
  | { kind: 'list'; path: string; entries: { url: string; outlet: string | null; line: number }[]; problems: string[] };

export class InputProblem extends Error {}

export function isAddress(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** "https://example.org/feed.xml  Example Times" → the address and the outlet name (rest of the line). */
export function parseListLine(line: string): { url: string; outlet: string | null } | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith('#')) return null;
  const [url = '', ...rest] = trimmed.split(/\s+/);
  const outlet = rest.join(' ').replace(/^["']|["']$/g, '').trim();
  return { url, outlet: outlet || null };
}

export async function classifyInput(input: string): Promise<PackInput> {
  if (isAddress(input)) return { kind: 'url', url: input, outlet: null };
  const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
    throw new InputProblem(error.code === 'ENOENT' ? 'no such file or folder (nor an http(s) address)' : `cannot be read (${error.code})`);
  });
  if (info.isDirectory()) return { kind: 'folder', path: input };
  const name = input.toLowerCase();
  if (name.endsWith('.warc') || name.endsWith('.warc.gz')) return { kind: 'warc', path: input };
  const ext = extname(name);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return { kind: 'page-file', path: input };
  const text = (await readFile(input)).toString('utf8');
  if (looksLikeFeed(null, text) || ext === '.rss' || ext === '.atom' || ext === '.xml') return { kind: 'feed-file', path: input, text };
  const lines = text.split(/\r\n|\r|\n/);
  const firstEntry = lines.map(parseListLine).find((entry) => entry !== null);
  if (firstEntry && isAddress(firstEntry.url)) {
    const entries: { url: string; outlet: string | null; line: number }[] = [];
    const problems: string[] = [];
    lines.forEach((line, i) => {
      const entry = parseListLine(line);
      if (!entry) return;
      if (isAddress(entry.url)) entries.push({ ...entry, line: i + 1 });
      else problems.push(`line ${i + 1} is not an http(s) address: ${entry.url.slice(0, 80)}`);
    });
    return { kind: 'list', path: input, entries, problems };
  }
  if (ext === '.txt') return { kind: 'page-file', path: input };
  throw new InputProblem('is neither a feed, a page, a web archive, a folder nor a list of addresses');
}
