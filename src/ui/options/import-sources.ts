// Web archives (.warc, .warc.gz) and saved pages (.html, .htm, .txt) dropped on the import, read on the page
// (DOMParser is here, not in the import worker) through the same code as the pack command: warcio for the
// archive, the extension's extraction for each page. The articles become one corpus pack, handed to the usual
// plan → confirm → one transaction import; the importer's worker clusters them into events.

import {
  decodePage,
  looksLikeHtml,
  articleFromHtml,
  type PageResult,
  type ParseHtml,
  warcPages,
  CORPUS_FORMAT,
  CORPUS_VERSION,
  type CorpusPack,
  articleIdFor,
  detectLanguage,
  type CorpusArticle,
} from '../../engine';
import type { ImportProgress } from '../../db/corpus-admin-api';
import { titleFromPaste } from './title-from-paste';

export interface SourceProblem {
  what: string;
  problem: string;
}

export interface ReadSources {
  /** The pack to import, as a file named after the sources. */
  file: File;
  articles: number;
  /** Pages and records left out, each with the reason. */
  skipped: SourceProblem[];
}

const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export function isPackOrLines(name: string): boolean {
  return /\.(json|jsonl)$/i.test(name);
}

export function isPageOrArchive(name: string): boolean {
  return /\.(warc|warc\.gz|html?|txt)$/i.test(name);
}

const parseWithDomParser: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

function savedFromUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null;
}

function textArticle(text: string): CorpusArticle {
  const { title, body } = titleFromPaste(text.replace(/\r\n?/g, '\n'));
  const content = body.trim() || text.trim();
  return { id: articleIdFor(content), title, text: content, url: null, outlet: { name: null, known: 'unknown', evidence: [] }, date: null, language: detectLanguage(content), origin: 'imported' };
}

/** Lets the page paint between pages: extraction is synchronous. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function readPageSources(files: File[], onProgress: (p: ImportProgress) => void): Promise<ReadSources> {
  const articles = new Map<string, CorpusArticle>();
  const skipped: SourceProblem[] = [];
  let done = 0;
  const report = () => onProgress({ phase: 'reading', done, total: files.length });
  const take = (what: string, result: PageResult) => {
    if ('skipped' in result) skipped.push({ what, problem: result.skipped });
    else if (!articles.has(result.article.id)) articles.set(result.article.id, result.article);
  };
  for (const file of files) {
    report();
    if (/\.warc(\.gz)?$/i.test(file.name)) {
      for await (const item of warcPages(file.stream())) {
        const number = 'page' in item ? item.page.record : item.record;
        const what = `${file.name} record ${number}`;
        if ('problem' in item) skipped.push({ what, problem: `malformed record: ${item.problem}` });
        else if ('page' in item) {
          const { page } = item;
          if (page.status !== null && page.status !== 200) continue;
          if (!looksLikeHtml(page.contentType, page.body)) continue;
          take(`${what} (${page.url})`, articleFromHtml(decodePage(page.body, page.contentType), parseWithDomParser, { url: page.url }));
          await breathe();
        }
      }
    } else if (file.size > MAX_PAGE_BYTES) {
      skipped.push({ what: file.name, problem: 'is larger than 20 MB' });
    } else if (/\.txt$/i.test(file.name)) {
      const text = await file.text();
      if (text.trim()) articles.set(textArticle(text).id, textArticle(text));
      else skipped.push({ what: file.name, problem: 'is empty' });
    } else {
      const html = decodePage(new Uint8Array(await file.arrayBuffer()));
      take(file.name, articleFromHtml(html, parseWithDomParser, { url: savedFromUrl(html) }));
      await breathe();
    }
    done++;
  }
  report();
  const pack: CorpusPack = { format: CORPUS_FORMAT, version: CORPUS_VERSION, articles: [...articles.values()], events: [] };
  const name = files.length === 1 ? files[0]!.name : `${files.length} files`;
  return { file: new File([JSON.stringify(pack)], name, { type: 'application/json' }), articles: articles.size, skipped };
}
