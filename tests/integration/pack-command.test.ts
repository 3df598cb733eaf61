// The pack command against web servers started here on 127.0.0.1: outlets' feeds (RSS and Atom) of generated
// multi-outlet news, real pages from ../shared/eval/pages served from where they are, a WARC written with
// warcio, and every kind of failure the command must name and step over.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPack } from '../../src/cli/pack/pack-run';
import type { CorpusPack } from '../../src/engine/corpus/pack-format';
import type { CorpusArticle } from '../../src/engine/types';
import { generateCorpus } from '../bench/generate-corpus';
import { addOutletFeeds } from '../helpers/news-sites/outlet-feeds';
import { articlePage, NO_ARTICLE_PAGE, rssFeed, writeWarc } from '../helpers/news-sites/render';
import { startSite, type Route, type SiteServer } from '../helpers/news-sites/site-server';

const EVAL_PAGES = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'pages', 'readability');
const REAL_PAGES = ['breitbart', 'liberation-1', 'gmw'];

const generated = generateCorpus({ articles: 14, seed: 7, singleShare: 0, heldOut: { reports: 1, singles: 0 } });
const articles = generated.pack.articles;
const inFeeds = articles.slice(0, 11);
const inWarc = articles.slice(11);

function captured() {
  let text = '';
  return { write: (s: string) => { text += s; }, get text() { return text; } };
}

async function pack(args: string[]) {
  const out = captured();
  const err = captured();
  const code = await runPack(args, { out, err, retryDelayMs: 10 });
  return { code, out: out.text, err: err.text };
}

let site: SiteServer;
let realSite: SiteServer;
let dir: string;
let inputs: string[];
let cleanFeeds: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-pack-'));
  const routes = new Map<string, Route>();
  site = await startSite(routes);
  const { feedLines } = addOutletFeeds(site, inFeeds);
  const outletCount = feedLines.length;
  routes.set('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' });
  routes.set('/broken/feed.xml', { type: 'application/rss+xml', body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Kaputt</title><item><link>http://x/</link></channel>' });
  const problems = ['missing.html', 'slow.html', 'start.html', 'report.pdf'].map((name) => ({ url: `${site.origin}/mixed/${name}`, title: name, date: '2025-06-05' }));
  problems.push({ url: `${site.origin}/private/secret.html`, title: 'secret', date: '2025-06-05' });
  routes.set('/mixed/feed.xml', { type: 'application/rss+xml', body: rssFeed('Gemischt', problems) });
  routes.set('/mixed/slow.html', { hang: true });
  routes.set('/mixed/start.html', { type: 'text/html', body: NO_ARTICLE_PAGE });
  routes.set('/mixed/report.pdf', { type: 'application/pdf', body: '%PDF-1.4 not a page' });
  routes.set('/private/secret.html', { type: 'text/html', body: articlePage(articles[0]!) });
  feedLines.push(`${site.origin}/broken/feed.xml  Kaputte Zeitung`, `# a comment line`, `${site.origin}/mixed/feed.xml`);
  const feedsFile = join(dir, 'feeds.txt');
  await writeFile(feedsFile, `${feedLines.join('\n')}\n`);
  cleanFeeds = join(dir, 'outlet-feeds.txt');
  await writeFile(cleanFeeds, `${feedLines.slice(0, outletCount).join('\n')}\n`);

  // Real pages, read from ../shared/eval at each request (never copied into the project).
  const realRoutes = new Map<string, Route>();
  realSite = await startSite(realRoutes);
  for (const name of REAL_PAGES) realRoutes.set(`/${name}.html`, { type: 'text/html; charset=utf-8', body: () => readFile(join(EVAL_PAGES, name, 'source.html')) });
  const listFile = join(dir, 'pages.txt');
  await writeFile(listFile, REAL_PAGES.map((name) => `${realSite.origin}/${name}.html`).join('\n'));

  const encoder = new TextEncoder();
  const malformed = encoder.encode('WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://archive.test/broken.html\r\nContent-Length: 30\r\n\r\nthis is not an HTTP response\r\n\r\n\r\n');
  const warc = await writeWarc([
    ...inWarc.slice(0, 1).map((a) => ({ url: `http://archive.test/${a.id}.html`, body: articlePage(a) })),
    { raw: malformed },
    ...inWarc.slice(1).map((a) => ({ url: `http://archive.test/${a.id}.html`, body: articlePage(a) })),
    { url: 'http://archive.test/gone.html', status: 404, body: 'gone' },
  ]);
  const warcFile = join(dir, 'crawl.warc');
  await writeFile(warcFile, warc);
  inputs = [feedsFile, listFile, warcFile];
});

afterAll(async () => {
  await site?.close();
  await realSite?.close();
});

describe('parallax-pack from feeds, pages and a web archive', () => {
  let first: Awaited<ReturnType<typeof pack>>;
  let built: CorpusPack;
  let out: string;

  beforeAll(async () => {
    out = join(dir, 'news.json');
    first = await pack([...inputs, '--out', out, '--timeout', '5']);
    built = JSON.parse(await readFile(out, 'utf8')) as CorpusPack;
  }, 60_000);

  it('adds every generated article with its outlet and date, and the real pages', () => {
    expect(first.code).toBe(0);
    for (const a of articles) {
      const found = built.articles.find((b) => b.text === a.text);
      expect(found, `${a.id} (${a.outlet.name})`).toBeDefined();
      expect(found!.outlet.name).toBe(a.outlet.name);
      expect(found!.outlet.known).toBe('stated');
      expect(found!.date).toBe(a.date);
      expect(found!.language).toBe(a.language);
    }
    const breitbart = built.articles.find((b) => b.outlet.name === 'Breitbart');
    expect(breitbart?.outlet).toMatchObject({ name: 'Breitbart', known: 'stated' });
    expect(breitbart?.date).toBe('2016-12-22');
    const liberation = built.articles.find((b) => b.outlet.name === 'Libération.fr');
    expect(liberation).toBeDefined();
    expect(liberation?.language).toBe('fr');
    // A page that names no outlet gets its address as evidence, not a statement.
    const gmw = built.articles.find((b) => b.url?.endsWith('/gmw.html'));
    expect(gmw?.outlet).toMatchObject({ name: '127.0.0.1', known: 'inferred' });
    expect(built.articles).toHaveLength(articles.length + REAL_PAGES.length);
  });

  it('says how an outlet named in the feeds file is known', () => {
    const named = built.articles.find((b) => b.outlet.evidence.some((e) => e.startsWith('named in ') && e.endsWith('feeds.txt')));
    expect(named).toBeDefined();
  });

  it('forms the events the articles report', () => {
    const idOf = (a: CorpusArticle) => built.articles.find((b) => b.text === a.text)!.id;
    const expected = new Map<string, string[]>();
    for (const a of articles) expected.set(generated.labels.get(a.id)!, [...(expected.get(generated.labels.get(a.id)!) ?? []), idOf(a)]);
    const eventOf = new Map(built.events.flatMap((e) => e.articleIds.map((id) => [id, e.id] as const)));
    for (const [label, ids] of expected) {
      expect(new Set(ids.map((id) => eventOf.get(id))).size, `event ${label}`).toBe(1);
      const event = built.events.find((e) => e.id === eventOf.get(ids[0]!))!;
      expect(event.articleIds.filter((id) => !ids.includes(id)), `event ${label} holds only its reports`).toEqual([]);
    }
    expect(first.out).toMatch(/new events? formed/);
  });

  it('names each failure and skip and goes on', () => {
    const err = first.err;
    expect(err).toMatch(/failed .*\/broken\/feed\.xml: is not a readable feed \(XML error/);
    expect(err).toMatch(/failed .*\/mixed\/missing\.html: HTTP 404/);
    expect(err).toMatch(/failed .*\/mixed\/slow\.html: no answer within 5 s \(after one retry\)/);
    expect(err).toMatch(/skipped .*\/mixed\/start\.html: no article on the page/);
    expect(err).toMatch(/skipped .*\/mixed\/report\.pdf: not an HTML page \(application\/pdf\)/);
    expect(err).toMatch(/skipped .*\/private\/secret\.html: robots\.txt of 127\.0\.0\.1:\d+ disallows \/private\/secret\.html/);
    expect(err).toMatch(/failed .*crawl\.warc record \d+ \(http:\/\/archive\.test\/broken\.html\): malformed record: has no HTTP status line/);
    expect(first.out).toMatch(/failed 4 \(.*HTTP 404: 1/);
  });

  it('is polite: robots.txt obeyed, a User-Agent naming Parallax, no cookies sent back, nothing else fetched', () => {
    const all = [...site.requests, ...realSite.requests];
    expect(site.requests.map((r) => r.path)).not.toContain('/private/secret.html');
    expect(all.every((r) => r.userAgent.startsWith('Parallax/'))).toBe(true);
    expect(all.filter((r) => r.cookie !== undefined)).toEqual([]);
    // breitbart's page links images, scripts and styles: none of them is requested.
    expect([...new Set(realSite.requests.map((r) => r.path))].sort()).toEqual(['/robots.txt', ...REAL_PAGES.map((n) => `/${n}.html`)].sort());
    // The hanging page was asked twice (one retry); no address more often (a page slow on a loaded machine
    // may be retried once too).
    for (const server of [site, realSite]) {
      const counts = new Map<string, number>();
      for (const r of server.requests) counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
      expect([...counts].filter(([, n]) => n > 2)).toEqual([]);
      if (server === site) expect(counts.get('/mixed/slow.html')).toBe(2);
    }
  });

  it('adds nothing when run again on the same inputs, and leaves the file as it was', async () => {
    const before = await readFile(out);
    const again = await pack([...inputs, '--out', out, '--timeout', '5']);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/nothing new; the pack is left as it was/);
    expect(again.out).toMatch(/already in the pack: 17/);
    expect((await readFile(out)).equals(before)).toBe(true);
  }, 60_000);

  it('keeps what the reader moved and places a new report in its event', async () => {
    const moved = structuredClone(built);
    // Move out of an event that keeps members: a pack with an empty event is refused as invalid (issue 16).
    const from = moved.events.find((e) => e.articleIds.length >= 2)!;
    const to = moved.events.find((e) => e !== from)!;
    const movedId = from.articleIds.pop()!;
    to.articleIds.push(movedId);
    moved.articles.find((a) => a.id === movedId)!.placedByReader = true;
    const path = join(dir, 'moved.json');
    await writeFile(path, JSON.stringify(moved));
    const saved = join(dir, 'saved');
    await mkdir(saved);
    const extra = generated.heldOut[0]!;
    await writeFile(join(saved, 'report.html'), `<!-- saved from url=(0033)https://example.org/report.html -->\n${articlePage(extra)}`);
    const run = await pack([saved, '--out', path]);
    expect(run.code).toBe(0);
    const after = JSON.parse(await readFile(path, 'utf8')) as CorpusPack;
    expect(after.events.find((e) => e.id === to.id)!.articleIds).toContain(movedId);
    expect(after.articles.find((a) => a.id === movedId)!.placedByReader).toBe(true);
    const added = after.articles.find((a) => a.text === extra.text)!;
    expect(added.url).toBe('https://example.org/report.html');
    const home = after.events.find((e) => e.articleIds.includes(added.id))!;
    const sameLabel = articles.filter((a) => generated.labels.get(a.id) === generated.labels.get(extra.id)).map((a) => built.articles.find((b) => b.text === a.text)!.id);
    expect(home.articleIds.some((id) => sameLabel.includes(id))).toBe(true);
    expect(run.out).toMatch(/1 article added, 0 new events formed, 1 existing event grown/);
  });

  it('filters by date and language', async () => {
    const path = join(dir, 'filtered.json');
    const run = await pack([cleanFeeds, '--out', path, '--since', '2025-06-05', '--until', '2025-06-14', '--lang', 'en']);
    const filtered = JSON.parse(await readFile(path, 'utf8')) as CorpusPack;
    expect(filtered.articles.length).toBeGreaterThan(0);
    expect(filtered.articles.every((a) => a.language === 'en' && a.date! >= '2025-06-05' && a.date! <= '2025-06-14')).toBe(true);
    expect(run.out).toMatch(/language de not in --lang/);
    expect(run.out).toMatch(/dated outside --since\/--until/);
  }, 60_000);

  it('refuses to extend a file that is not a pack, and leaves it alone', async () => {
    const path = join(dir, 'notes.json');
    await writeFile(path, '{"hello": 1}');
    const run = await pack([inputs[1]!, '--out', path]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/notes\.json: is not a Parallax corpus pack .*it is left as it is/);
    expect(await readFile(path, 'utf8')).toBe('{"hello": 1}');
  });
});

describe('an interrupted run', () => {
  it('leaves the previous pack byte for byte as it was', async () => {
    const hanging = await startSite(new Map<string, Route>([['/slow.html', { hang: true }]]));
    try {
      const path = join(dir, 'interrupted.json');
      await writeFile(path, JSON.stringify(generated.pack, null, 1));
      const before = await readFile(path);
      const list = join(dir, 'hanging.txt');
      await writeFile(list, `${hanging.origin}/slow.html\n`);
      const root = join(import.meta.dirname, '..', '..');
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/pack/pack.ts'), list, join(dir, 'saved'), '--out', path, '--timeout', '60'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      // Interrupt once the command is waiting on the page (its request has arrived).
      while (!hanging.requests.some((r) => r.path === '/slow.html')) await new Promise((resolve) => setTimeout(resolve, 50));
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(code).toBe(130);
      expect(stderr).toMatch(/interrupted; .*interrupted\.json is left as it was/);
      expect((await readFile(path)).equals(before)).toBe(true);
      expect((await readdir(dir)).filter((name) => name.endsWith('.partial'))).toEqual([]);
    } finally {
      await hanging.close();
    }
  }, 60_000);
});
