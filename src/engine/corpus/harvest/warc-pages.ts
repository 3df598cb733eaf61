// The pages in a web archive (WARC or WARC.gz, as ArchiveWeb.page, Webrecorder, Browsertrix or wget
// --warc-file write them), read with webrecorder's warcio. Each response or resource record becomes a page
// with its address, capture date, HTTP status and type; a record that is not a well-formed WARC record, or
// whose HTTP block cannot be read, is named by its number and byte offset, and reading goes on.
// Shared by the pack command (a file stream) and the options page (a dropped File's stream).

import { WARCParser, type WARCRecord } from 'warcio';

export interface ArchivedPage {
  /** 1-based number of the record in the archive. */
  record: number;
  offset: number;
  url: string;
  /** WARC-Date as YYYY-MM-DD: when the page was captured, not when it was published. */
  capturedOn: string | null;
  status: number | null;
  contentType: string | null;
  body: Uint8Array;
}

export type WarcItem =
  | { page: ArchivedPage }
  | { skipped: string; url: string | null; record: number }
  | { problem: string; url: string | null; record: number };

/** Record types that hold no page: requests, metadata and the archive's own description. */
const NOT_PAGES = new Set(['warcinfo', 'request', 'metadata', 'conversion', 'continuation']);

function recordProblem(record: WARCRecord): string | null {
  const protocol = record.warcHeaders.protocol ?? '';
  if (!/^WARC\/1\.[01]$/.test(protocol)) return `does not start with a WARC version line (found "${protocol.slice(0, 40)}")`;
  if (!record.warcType) return 'has no WARC-Type';
  if (record.warcType === 'response' && !record.httpHeaders) return 'has an HTTP block that cannot be read';
  const status = record.httpHeaders?.statusCode;
  if (record.warcType === 'response' && (typeof status !== 'number' || !Number.isFinite(status))) {
    return `has no HTTP status line (found "${(record.httpHeaders?.statusline ?? '').slice(0, 40)}")`;
  }
  return null;
}

function day(warcDate: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(warcDate ?? '');
  return m ? m[1]! : null;
}

export async function* warcPages(source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>): AsyncGenerator<WarcItem> {
  const parser = new WARCParser(source as AsyncIterable<Uint8Array>);
  let number = 0;
  for (;;) {
    let record: WARCRecord | null;
    try {
      record = await parser.parse();
    } catch (error) {
      yield { problem: `cannot be read past this point (${(error as Error).message})`, url: null, record: number + 1 };
      return;
    }
    if (!record) return;
    number++;
    const url = record.warcTargetURI ?? null;
    const problem = recordProblem(record);
    if (problem) {
      yield { problem, url, record: number };
      continue;
    }
    if (NOT_PAGES.has(record.warcType)) continue;
    if (record.warcType === 'revisit') {
      yield { skipped: 'a revisit record (the archive holds the page elsewhere)', url, record: number };
      continue;
    }
    if (!url) {
      yield { problem: 'names no WARC-Target-URI', url: null, record: number };
      continue;
    }
    let body: Uint8Array;
    try {
      body = await record.readFully(true);
    } catch (error) {
      yield { problem: `has a body that cannot be read (${(error as Error).message})`, url, record: number };
      continue;
    }
    const status = record.httpHeaders?.statusCode;
    yield {
      page: {
        record: number,
        offset: parser.offset,
        url,
        capturedOn: day(record.warcDate),
        status: typeof status === 'number' ? status : null,
        contentType: record.httpHeaders?.headers.get('content-type') ?? record.warcContentType ?? null,
        body,
      },
    };
  }
}
