// Reads a chosen or dropped article file: a .txt as plain text (its first short line the title), an .html page
// through the extension's own extraction. Failures name the file.

import type { ExtractedArticle } from '../../engine';
import { ArticleFileError, extractFromHtml, fileKind, MAX_FILE_BYTES, normaliseText, type AddFields, type FileKind } from './article-draft';
import { isHttpUrl } from './format';
import { titleFromPaste } from './title-from-paste';

export interface FileDraft {
  fileName: string;
  kind: FileKind;
  fields: Partial<AddFields>;
  /** What extraction found in a page; null for a text file. */
  extracted: ExtractedArticle | null;
}

function fieldsFromPage(page: ExtractedArticle): Partial<AddFields> {
  const site = page.siteName?.trim() ?? '';
  return {
    text: page.text,
    title: page.title,
    outletName: site,
    outletFromPage: Boolean(site),
    url: page.url && isHttpUrl(page.url) ? page.url : '',
    date: page.date ?? '',
    language: page.language ?? '',
  };
}

export async function readArticleFile(file: File): Promise<FileDraft> {
  const kind = fileKind(file.name);
  if (!kind) throw new ArticleFileError(file.name, 'is neither a .txt nor an .html file');
  if (file.size > MAX_FILE_BYTES) throw new ArticleFileError(file.name, 'is larger than 20 MB');
  const content = normaliseText(await file.text());
  if (content.includes('\u0000')) throw new ArticleFileError(file.name, 'is not a text file');
  if (!content.trim()) throw new ArticleFileError(file.name, 'is empty');
  if (kind === 'text') {
    return { fileName: file.name, kind, fields: { text: content, title: titleFromPaste(content).title, outletFromPage: false }, extracted: null };
  }
  const extracted = extractFromHtml(content);
  return { fileName: file.name, kind, fields: fieldsFromPage(extracted), extracted };
}
