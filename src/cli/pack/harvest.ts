// Gathers candidate articles from every input of one pack run: fetches addresses (a feed's articles
// included) through the polite fetcher, reads folders, saved pages and web archives, and counts and names
// what was fetched, extracted, skipped and failed. The articles are kept in the order they were found.

import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import {
  type PageHints,
  type PageResult,
  decodePage,
  looksLikeHtml,
  warcPages,
  type CorpusArticle,
  articleIdFor,
  detectLanguage,
} from '../../engine';
import { InputError, readArticleFile } from '../read-article-file';
import { FeedError, looksLikeFeed, parseFeed, type Feed } from './feed';
import { ExtractPool } from './extract-pool';
import { classifyInput, InputProblem, type PackInput } from './pack-inputs';
import type { PackProgress } from './pack-progress';
import { FetchFailure, type PoliteFetcher } from './polite-fetcher';

export interface HarvestFilter {
  since: string | null;
  until: string | null;
}

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.txt']);
const OUTSIDE_DATES = 'dated outside --since/--until';

export class Harvest {
  readonly articles: CorpusArticle[] = [];
  private readonly requested = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private readonly pool = new ExtractPool();

  constructor(
    private readonly fetcher: PoliteFetcher,
    private readonly progress: PackProgress,
    private readonly filter: HarvestFilter,
  ) {}

  async run(inputs: string[]): Promise<void> {
    try {
      for (const input of inputs) this.track(input, () => this.readInput(input));
      while (this.pending.size > 0) await Promise.all([...this.pending]);
    } finally {
      await this.pool.close();
    }
  }

  /** Runs a unit of work in the background and counts it in the progress. */
  private track(what: string, work: () => Promise<void>): void {
    this.progress.addWork();
    const task = work()
      .catch((error: unknown) => this.progress.fail(what, describe(error)))
      .finally(() => {
        this.pending.delete(task);
        this.progress.finishWork();
      });
    this.pending.add(task);
  }

  private async readInput(input: string): Promise<void> {
    let classified: PackInput;
    try {
      classified = await classifyInput(input);
    } catch (error) {
      if (error instanceof InputProblem) throw new FetchFailure(input, error.message);
      throw error;
    }
    switch (classified.kind) {
      case 'url': return this.readAddress(classified.url, classified.outlet ? { name: classified.outlet, evidence: 'named in the list of feeds' } : null, null);
      case 'list':
        for (const problem of classified.problems) this.progress.fail(classified.path, problem);
        for (const entry of classified.entries) {
          const outlet = entry.outlet ? { name: entry.outlet, evidence: `named in ${classified.path}` } : null;
          this.track(entry.url, () => this.readAddress(entry.url, outlet, null));
        }
        return;
      case 'feed-file': return this.readFeed(classified.path, parseOrFail(classified.path, classified.text, classified.path), null);
      case 'folder': return this.readFolder(classified.path);
      case 'page-file': return this.readPageFile(classified.path);
      case 'warc': return this.readWarc(classified.path);
    }
  }

  /** An address: a feed's items are queued, a page is extracted, anything else is skipped by its type. */
  private async readAddress(url: string, outlet: PageHints['outlet'], item: PageHints | null): Promise<void> {
    if (this.requested.has(url)) return;
    this.requested.add(url);
    const fetched = await this.fetcher.get(url).catch((error: unknown) => {
      if (error instanceof FetchFailure && error.kind === 'skipped') {
        this.progress.skip(url, error.reason);
        return null;
      }
      throw error;
    });
    if (!fetched) return;
    this.progress.countFetched();
    const head = new TextDecoder().decode(fetched.body.subarray(0, 4096));
    if (!item && looksLikeFeed(fetched.contentType, head)) {
      return this.readFeed(url, parseOrFail(url, decodePage(fetched.body, fetched.contentType), url), outlet);
    }
    if (!looksLikeHtml(fetched.contentType, fetched.body)) {
      this.progress.skip(url, `not an HTML page (${(fetched.contentType ?? 'no type').split(';')[0]})`);
      return;
    }
    const html = decodePage(fetched.body, fetched.contentType);
    this.accept(url, await this.pool.extract(html, { ...item, url: fetched.url, outlet: outlet ?? item?.outlet ?? null }));
  }

  private async readFeed(source: string, feed: Feed, outlet: PageHints['outlet']): Promise<void> {
    const feedOutlet = outlet ?? (feed.title ? { name: feed.title, evidence: `named by its feed (${source})` } : null);
    if (feed.items.length === 0) this.progress.skip(source, 'the feed lists no articles');
    for (const item of feed.items) {
      if (item.date && !this.inRange(item.date)) {
        this.progress.skip(null, OUTSIDE_DATES);
        continue;
      }
      const hints: PageHints = { url: item.url, outlet: feedOutlet, date: item.date, language: feed.language };
      this.track(item.url, () => this.readAddress(item.url, feedOutlet, hints));
    }
  }

  private async readFolder(path: string): Promise<void> {
    const entries = await readdir(path, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = join(path, entry.name);
      // "Save page as…" puts a page's images and scripts in "<name>_files": nothing to read there.
      if (entry.isDirectory()) {
        if (!entry.name.endsWith('_files')) this.track(full, () => this.readFolder(full));
      } else if (PAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        this.track(full, () => this.readPageFile(full));
      }
    }
  }

  private async readPageFile(path: string): Promise<void> {
    if (extname(path).toLowerCase() === '.txt') {
      const read = await readArticleFile(path).catch((error: unknown) => {
        if (error instanceof InputError) throw new FetchFailure(path, error.message.replace(`${path}: `, ''));
        throw error;
      });
      const article: CorpusArticle = {
        id: articleIdFor(read.text),
        title: read.title,
        text: read.text,
        url: null,
        outlet: { name: null, known: 'unknown', evidence: [] },
        date: read.date ?? null,
        language: read.language ?? detectLanguage(read.text),
        origin: 'imported',
      };
      this.accept(path, { article });
      return;
    }
    const bytes = await readFile(path);
    const html = decodePage(bytes);
    this.accept(path, await this.pool.extract(html, { url: savedFromUrl(html) }));
  }

  private async readWarc(path: string): Promise<void> {
    const extracting = new Set<Promise<void>>();
    for await (const item of warcPages(createReadStream(path))) {
      const number = 'page' in item ? item.page.record : item.record;
      const where = `${path} record ${number}${'page' in item ? ` (${item.page.url})` : item.url ? ` (${item.url})` : ''}`;
      if ('problem' in item) {
        this.progress.fail(where, `malformed record: ${item.problem}`);
        continue;
      }
      if ('skipped' in item) {
        this.progress.skip(null, item.skipped);
        continue;
      }
      const page = item.page;
      this.progress.countFetched();
      if (page.status !== null && page.status !== 200) {
        this.progress.skip(null, `archived response was not a page (HTTP ${page.status})`);
        continue;
      }
      if (!looksLikeHtml(page.contentType, page.body)) {
        this.progress.skip(null, `not an HTML page (${(page.contentType ?? 'no type').split(';')[0]})`);
        continue;
      }
      const job = this.pool.extract(decodePage(page.body, page.contentType), { url: page.url })
        .then((result) => this.accept(where, result), (error: unknown) => this.progress.fail(where, describe(error)))
        .finally(() => extracting.delete(job));
      extracting.add(job);
      // Read ahead only a little: the archive may be larger than memory.
      if (extracting.size >= 16) await Promise.race(extracting);
    }
    await Promise.all(extracting);
  }

  private accept(what: string, result: PageResult): void {
    if ('skipped' in result) {
      this.progress.skip(what, result.skipped);
      return;
    }
    this.progress.countExtracted();
    const { article } = result;
    if ((this.filter.since || this.filter.until) && !article.date) {
      this.progress.skip(what, 'no publication date (--since/--until given)');
      return;
    }
    if (article.date && !this.inRange(article.date)) {
      this.progress.skip(null, OUTSIDE_DATES);
      return;
    }
    this.articles.push(article);
  }

  private inRange(date: string): boolean {
    return (!this.filter.since || date >= this.filter.since) && (!this.filter.until || date <= this.filter.until);
  }
}

function parseOrFail(source: string, text: string, base: string): Feed {
  try {
    return parseFeed(text, base);
  } catch (error) {
    if (error instanceof FeedError) throw new FetchFailure(source, error.message);
    throw error;
  }
}

/** Browsers' "Save page as…" notes the page's address in a comment: `<!-- saved from url=(0042)https://… -->`. */
export function savedFromUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null;
}

function describe(error: unknown): string {
  if (error instanceof FetchFailure) return error.reason;
  return error instanceof Error ? error.message : String(error);
}
