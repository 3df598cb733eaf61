import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, readArticleFile, splitTitle } from '../../src/cli/read-article-file';

const dir = mkdtempSync(join(tmpdir(), 'parallax-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The InputError's message, asserting it is one line that names the file. */
async function failure(path: string, options: { url?: string; date?: string } = {}): Promise<string> {
  const err: unknown = await readArticleFile(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const message = (err as InputError).message;
  expect(message).not.toContain('\n');
  expect(message.startsWith(`${path}: `)).toBe(true);
  return message;
}

const germanArticle =
  'Der Kreistag hat am Montag den Haushalt für das kommende Jahr beschlossen. Die Kreisumlage steigt um zwei Punkte.\n\n' +
  'Der Landrat sprach von einem schwierigen Kompromiss.';

describe('readArticleFile errors', () => {
  it('a missing file', async () => {
    expect(await failure(join(dir, 'fehlt.txt'))).toMatch(/no such file$/);
  });

  it('a directory', async () => {
    const sub = join(dir, 'ordner.txt');
    mkdirSync(sub);
    expect(await failure(sub)).toMatch(/is a directory/);
  });

  it('an empty file and a whitespace-only file', async () => {
    expect(await failure(file('leer.txt', ''))).toMatch(/: file is empty$/);
    expect(await failure(file('leer2.txt', ' \n\t\r\n '))).toMatch(/file is empty \(only whitespace\)/);
  });

  it('a binary file with NUL bytes', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(await failure(file('bild.txt', png))).toMatch(/binary file \(contains NUL bytes\)/);
  });

  it('text that is not UTF-8 beyond a tiny fraction', async () => {
    const latin1 = Buffer.from('Bürgermeisterin Müller äußerte sich über die Straßenbahn. '.repeat(20), 'latin1');
    expect(await failure(file('latin1.txt', latin1))).toMatch(/not UTF-8 text \(\d+ invalid byte sequences\)/);
  });

  it('tolerates a single broken byte in a long UTF-8 text', async () => {
    const bytes = Buffer.concat([Buffer.from(`${germanArticle}\n`.repeat(20)), Buffer.from([0xff])]);
    const article = await readArticleFile(file('fast-gut.txt', bytes));
    expect(article.text).toContain('Kreisumlage');
  });

  it('an unsupported extension, naming the supported ones', async () => {
    expect(await failure(file('artikel.pdf', '%PDF-1.7'))).toMatch(
      /unsupported file type "\.pdf"; supported: \.txt, \.html, \.htm/,
    );
    expect(await failure(file('ohne-endung', germanArticle))).toMatch(/unsupported file type "\(none\)"/);
  });

  it('a file larger than 20 MB', async () => {
    const path = file('riesig.txt', '');
    truncateSync(path, 21 * 1024 * 1024); // sparse: nothing is written
    expect(await failure(path)).toMatch(/file too large \(21 MB; the limit is 20 MB\)/);
  });

  it('an html page with no article', async () => {
    const shop = readFileSync(join(__dirname, '../fixtures/pages/shop-listing-not-article/source.html'));
    expect(await failure(file('shop.html', shop))).toMatch(/: no article found on the page$/);
  });

  it('a --date that is not YYYY-MM-DD, naming the value', async () => {
    const path = file('datum.txt', germanArticle);
    expect(await failure(path, { date: '12.02.2025' })).toContain('--date "12.02.2025"');
    expect(await failure(path, { date: '2025-02-30' })).toContain('--date "2025-02-30"');
  });

  it('a --url that is not an absolute http(s) URL', async () => {
    expect(await failure(file('url.txt', germanArticle), { url: 'beispiel.de/x' })).toContain('--url "beispiel.de/x"');
  });
});

describe('readArticleFile on .txt', () => {
  it('takes a short first line as the title and keeps the rest unchanged', async () => {
    const path = file('mit-titel.txt', `Kreistag beschließt Haushalt 2026\n\n${germanArticle}\n`);
    const article = await readArticleFile(path);
    expect(article).toEqual({
      title: 'Kreistag beschließt Haushalt 2026',
      text: `${germanArticle}\n`,
      url: null,
      outlet: null,
      date: null,
      language: null,
    });
  });

  it('passes --url and --date through', async () => {
    const article = await readArticleFile(file('optionen.txt', germanArticle), {
      url: 'https://kreis.example/haushalt',
      date: '2025-11-24',
    });
    expect(article.url).toBe('https://kreis.example/haushalt');
    expect(article.date).toBe('2025-11-24');
  });

  it.each([
    ['a sentence', 'Der Kreistag hat getagt.'],
    ['a question', 'Was kostet das?'],
    ['a lead-in', 'Dazu sagte der Landrat:'],
    ['a domain', 'kreis-anzeiger.example'],
    ['lower-case metadata', 'datum 2025-02 ressort'],
    ['a single word', 'Kommentar'],
    ['a dateline', 'Montag, 03.03.25, 14:05:10'],
    ['a URL', 'https://kreis.example/a b'],
    ['an overlong line', `Kreistag ${'sehr '.repeat(30)}lang`],
  ])('takes no title from %s', (_, firstLine) => {
    const text = `${firstLine}\n${germanArticle}`;
    expect(splitTitle(text)).toEqual({ title: '', body: text });
  });

  it('takes titles in quotes, with CRLF, in English and in caseless scripts', () => {
    expect(splitTitle('„Wir bleiben hier“\r\nText.').title).toBe('„Wir bleiben hier“');
    expect(splitTitle('Council approves new budget\nText.').title).toBe('Council approves new budget');
    expect(splitTitle('市议会 通过 预算\n正文。').title).toBe('市议会 通过 预算');
    expect(splitTitle('Nur eine Zeile ohne Rest\n\n  \n').title).toBe('');
  });

  // The seeds' first lines are a paragraph, a metadata line (" date … Anzeige") or a domain: none is a title,
  // so each seed comes back whole with title "" for the engine to derive one.
  const seeds = join(__dirname, '../../seeds');
  const seedFiles = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort();
  it.each(seedFiles)('seed %s yields no title and its text unchanged', async (name) => {
    const path = join(seeds, name);
    const article = await readArticleFile(path);
    expect(article.title).toBe('');
    expect(article.text).toBe(readFileSync(path, 'utf8'));
  });
});

describe('readArticleFile on .html', () => {
  it('extracts the article and lets --date override the page’s date', async () => {
    const html = readFileSync(join(__dirname, '../fixtures/pages/de-local-news-full-layout/source.html'));
    const path = file('seite.html', html);
    const article = await readArticleFile(path, { url: 'https://www.hohenbruecker-tageblatt.example/x' });
    expect(article).toMatchObject({
      title: 'Hallenbad-Sanierung: Stadtrat Hohenbrück stimmt knapp zu',
      outlet: 'Hohenbrücker Tageblatt',
      date: '2025-03-14',
      language: 'de',
      url: 'https://www.hohenbruecker-tageblatt.example/lokales/hallenbad-sanierung-stadtrat-100.html',
    });
    expect((await readArticleFile(path, { date: '2025-03-16' })).date).toBe('2025-03-16');
  });

  it('decodes a page that declares a legacy charset', async () => {
    const html = readFileSync(join(__dirname, '../fixtures/pages/de-article-no-metadata/source.html'), 'utf8')
      .replace('<html>', '<html><head><meta charset="windows-1252"></head>');
    const article = await readArticleFile(file('alt.htm', Buffer.from(html, 'latin1')));
    expect(article.text).toContain('außerhalb der Wohnbebauung');
  });
});
