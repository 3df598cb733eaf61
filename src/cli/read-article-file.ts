// Turns a file named on the `compare` command line into an engine input: a .txt file as plain text, an .html
// page through the same extraction the extension uses. Every failure is an InputError of one line naming the file.

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import {
  type ArticleInput,
  splitTitle,
  boundedMarkup,
  extractArticle,
  ExtractionError,
  MAX_ARTICLE_CHARS,
  type ExtractionErrorCode,
} from '../engine';
import { decodeHtmlBytes, decodeTextBytes } from './decode-page';

export { decodeHtmlBytes } from './decode-page';

export { splitTitle };

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface ReadArticleOptions {
  /** The article's address; for a page, also the base for its relative links. */
  url?: string;
  /** YYYY-MM-DD; overrides any date found in the file. */
  date?: string;
}

export type FileArticle = ArticleInput & { language: string | null };

const SUPPORTED = ['.txt', '.html', '.htm'];
const MAX_BYTES = 20 * 1024 * 1024;
// A few broken bytes (a pasted emoji cut in half) should not reject a whole article.
const MAX_INVALID_UTF8_SHARE = 0.001;

const EXTRACTION_REASONS: Record<ExtractionErrorCode, (detail: string) => string> = {
  'not-an-article': () => 'no article found on the page',
  'too-large': (detail) => detail,
  'too-deep': (detail) => detail,
  'too-long': (detail) => detail,
  'no-text': () => 'the article on the page has no text',
};

export async function readArticleFile(path: string, options: ReadArticleOptions = {}): Promise<FileArticle> {
  const date = checkedDate(path, options.date);
  const url = checkedUrl(path, options.url);
  const bytes = await readSupportedFile(path);
  const isHtml = extname(path).toLowerCase() !== '.txt';
  const text = isHtml ? decodeHtml(path, bytes) : decodeUtf8(path, bytes);
  if (text.trim() === '') throw new InputError(`${path}: file is empty${text === '' ? '' : ' (only whitespace)'}`);
  return isHtml ? readArticleHtml(path, text, { url, date: date ?? undefined }) : articleFromText(path, text, url, date);
}

async function readSupportedFile(path: string): Promise<Buffer> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${path}: ${fileSystemProblem(err)}`);
  });
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a file`);
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED.includes(ext)) {
    throw new InputError(`${path}: unsupported file type "${ext || '(none)'}"; supported: ${SUPPORTED.join(', ')}`);
  }
  if (info.size > MAX_BYTES) {
    throw new InputError(`${path}: file too large (${megabytes(info.size)} MB; the limit is ${megabytes(MAX_BYTES)} MB)`);
  }
  return readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${path}: ${fileSystemProblem(err)}`);
  });
}

function fileSystemProblem(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a directory, expected a file';
  return `cannot read the file (${err.code ?? err.message})`;
}

function decodeUtf8(path: string, bytes: Buffer): string {
  if (bytes.includes(0) && !hasUtf16Bom(bytes)) throw new InputError(`${path}: binary file (contains NUL bytes), expected text`);
  // The decoder drops a leading BOM and turns each invalid sequence into U+FFFD; U+FFFD already in the file
  // (bytes EF BF BD) is not an error, so it is subtracted.
  const { text, encoding } = decodeTextBytes(bytes);
  if (encoding !== 'UTF-8') return text;
  const invalid = countOf(text, '\uFFFD') - countOf(bytes.toString('latin1'), '\xEF\xBF\xBD');
  if (invalid > Math.max(1, text.length * MAX_INVALID_UTF8_SHARE)) {
    throw new InputError(
      `${path}: not UTF-8 text (${invalid} invalid byte sequences): a binary file, or text saved in another encoding`,
    );
  }
  return text;
}

// As a browser reads the file (BOM, <meta charset>, else UTF-8 or windows-1252): see decode-page.ts.
function decodeHtml(path: string, bytes: Buffer): string {
  if (bytes.includes(0) && !hasUtf16Bom(bytes)) throw new InputError(`${path}: binary file (contains NUL bytes), expected text`);
  return decodeHtmlBytes(bytes).text;
}

function hasUtf16Bom(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Extracts the article from a page's HTML text (decoded: see decodeHtmlBytes) as `compare` does for a file:
 * within the element and nesting limits, only the page's head and article element are built into a DOM when
 * the page is larger, and nothing when neither fits. `source` names the page in messages (a path or a URL).
 * Throws InputError naming `source` and the problem.
 */
export function readArticleHtml(source: string, html: string, options: ReadArticleOptions = {}): FileArticle {
  const url = options.url;
  try {
    const bounded = boundedMarkup(html);
    // Scripts never run and no resources load: jsdom's defaults, relied on here. A silent console keeps
    // jsdom's complaints about the page's CSS out of the command's output.
    const dom = new JSDOM(bounded.html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) });
    try {
      const article = extractArticle(dom.window.document, { url });
      return {
        title: article.title,
        text: article.text,
        url: article.url,
        outlet: article.siteName,
        date: options.date ?? article.date,
        language: article.language,
      };
    } finally {
      dom.window.close();
    }
  } catch (err) {
    if (err instanceof ExtractionError) throw new InputError(`${source}: ${EXTRACTION_REASONS[err.code](err.message)}`);
    throw err;
  }
}

function articleFromText(path: string, text: string, url: string | undefined, date: string | null): FileArticle {
  const { title, body } = splitTitle(text);
  if (body.length > MAX_ARTICLE_CHARS) {
    throw new InputError(
      `${path}: the text is too long to compare as one article: ${body.length.toLocaleString('en')} characters; Parallax compares articles of up to ${MAX_ARTICLE_CHARS.toLocaleString('en')}`,
    );
  }
  return { title, text: body, url: url ?? null, outlet: null, date, language: null };
}

function checkedDate(path: string, date: string | undefined): string | null {
  if (date === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== date) {
    throw new InputError(`${path}: --date "${date}" is not a date as YYYY-MM-DD (e.g. 2025-02-12)`);
  }
  return date;
}

function checkedUrl(path: string, url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    // reported below
  }
  throw new InputError(`${path}: --url "${url}" is not an absolute http(s) URL`);
}

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
