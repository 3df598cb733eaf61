// A new article of the reader's own, from pasted text or a dropped .txt / .html file: the title from the first
// line (as the compare CLI takes it), a page through the same extraction the extension uses, and the
// CorpusArticle it becomes (origin 'user', id from the text, the outlet 'stated' when the reader names it).

import {
  articleIdFor,
  extractArticle,
  type ExtractedArticle,
  detectLanguage,
  primaryLanguage,
  type CorpusArticle,
} from '../../engine';
import { titleFromPaste } from './title-from-paste';

export interface AddFields {
  text: string;
  title: string;
  outletName: string;
  /** The outlet name is the page's own site name, untouched by the reader. */
  outletFromPage: boolean;
  url: string;
  date: string;
  language: string;
}

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class ArticleFileError extends Error {
  constructor(readonly fileName: string, detail: string) {
    super(`${fileName}: ${detail}`);
    this.name = 'ArticleFileError';
  }
}

export type FileKind = 'text' | 'html';

export function fileKind(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.txt')) return 'text';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return null;
}

/** Line ends as \n, so the id of a text pasted on Windows equals that of the same text elsewhere. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function extractFromHtml(html: string): ExtractedArticle {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(doc, { force: true });
}

/** The text to store: without its first line when that line is the title (it is not repeated in the body). */
export function bodyFor(text: string, title: string): string {
  const derived = titleFromPaste(normaliseText(text));
  const body = derived.title && derived.title === title.trim() ? derived.body : normaliseText(text);
  return body.trim();
}

export function articleFromFields(fields: AddFields): CorpusArticle {
  const title = fields.title.trim();
  const text = bodyFor(fields.text, title);
  const name = fields.outletName.trim();
  const url = fields.url.trim();
  const href = url ? new URL(url).href : null;
  return {
    id: articleIdFor(text, { outlet: name || null, url: href }),
    title,
    text,
    url: href,
    outlet: name
      ? { name, known: 'stated', evidence: [fields.outletFromPage ? 'named by the page (site name)' : 'named by the reader'] }
      : { name: null, known: 'unknown', evidence: [] },
    date: fields.date.trim() || null,
    language: fields.language.trim() || primaryLanguage(detectLanguage(`${title}\n${text}`)) || 'und',
    origin: 'user',
  };
}
