// Bytes of a page or a text file to text, decided as a browser decides: a byte order mark first, then the HTTP
// Content-Type's charset (for a fetched page), then the page's own <meta charset> (the HTML Standard's
// encoding sniffing, from html-encoding-sniffer), and decoded with the Encoding Standard's decoders
// (@exodus/bytes). One exception, on purpose: bytes that are valid UTF-8 and not plain ASCII are UTF-8
// whatever the label says. Pages saved or re-published as UTF-8 keep their old declaration ("gb2312" on a
// page Readability's test suite stores in UTF-8); a browser would show mojibake, while text in any legacy
// encoding is practically never valid UTF-8 by accident (its non-ASCII bytes would have to form exact
// multi-byte sequences throughout).

import { getBOMEncoding, labelToName, TextDecoder as EncodingDecoder } from '@exodus/bytes/encoding.js';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { MIMEType } from 'whatwg-mimetype';

/** How the encoding was decided. */
export type EncodingSource = 'bom' | 'http' | 'meta' | 'utf-8-bytes' | 'default';

export interface DecodedPage {
  text: string;
  /** The Encoding Standard's name of the encoding used ("UTF-8", "GBK", "windows-1252"). */
  encoding: string;
  decidedBy: EncodingSource;
  /** The encoding the page declared (HTTP or <meta>) when the bytes overruled it, else null. */
  overruled: string | null;
}

const NONE = '\u0000none';
// The browser's fallback for a page that declares nothing and is not UTF-8 (the HTML Standard's suggested
// default for most locales).
const HTML_DEFAULT = 'windows-1252';

/** The charset parameter of a Content-Type header ("text/html; charset=GB2312" → "GB2312"), or null. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  return MIMEType.parse(contentType)?.parameters.get('charset') ?? null;
}

/**
 * Decodes an HTML page's bytes. `contentType` is the HTTP Content-Type header of a fetched page (absent for a
 * file). Never throws: like a browser, undecodable bytes become U+FFFD.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const bom = getBOMEncoding(bytes);
  if (bom) return decoded(bytes, labelToName(bom)!, 'bom', null);
  const httpLabel = contentTypeCharset(contentType);
  const fromHttp = httpLabel ? labelToName(httpLabel) : null;
  const fromMeta = fromHttp ? null : htmlEncodingSniffer(bytes, { defaultEncoding: NONE });
  const declared = fromHttp ?? (fromMeta === NONE ? null : fromMeta);
  const utf8 = isNonAsciiUtf8(bytes);
  if (declared && declared !== 'UTF-8' && utf8) return decoded(bytes, 'UTF-8', 'utf-8-bytes', declared);
  if (declared) return decoded(bytes, declared, fromHttp ? 'http' : 'meta', null);
  return utf8 || isAscii(bytes) ? decoded(bytes, 'UTF-8', 'default', null) : decoded(bytes, HTML_DEFAULT, 'default', null);
}

/** Decodes a plain-text file: a BOM's encoding (UTF-8, UTF-16), else UTF-8 (invalid sequences become U+FFFD;
 *  the caller decides how many it accepts). */
export function decodeTextBytes(bytes: Uint8Array): DecodedPage {
  const bom = getBOMEncoding(bytes);
  return decoded(bytes, bom ? labelToName(bom)! : 'UTF-8', bom ? 'bom' : 'default', null);
}

function decoded(bytes: Uint8Array, encoding: string, decidedBy: EncodingSource, overruled: string | null): DecodedPage {
  // The decoder drops a BOM of its own encoding and never throws (fatal: false).
  return { text: new EncodingDecoder(encoding).decode(bytes), encoding, decidedBy, overruled };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (isAscii(bytes)) return false;
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}
