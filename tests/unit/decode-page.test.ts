// Pages decoded as a browser decodes them (BOM, HTTP charset, <meta charset>, else UTF-8 / windows-1252), with
// one deliberate exception: bytes that are valid UTF-8 are UTF-8 whatever an old declaration says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeCharset, decodeHtmlBytes, decodeTextBytes } from '../../src/cli/decode-page';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const page = (head: string, body: number[]): Uint8Array =>
  Uint8Array.from([...ascii(`<html><head>${head}</head><body><p>`), ...body, ...ascii('</p></body></html>')]);

// "你好" in GBK, "日本" in Shift_JIS, "é" in windows-1252: bytes that are no valid UTF-8.
const NI_HAO_GBK = [0xc4, 0xe3, 0xba, 0xc3];
const NIHON_SJIS = [0x93, 0xfa, 0x96, 0x7b];

describe('decodeHtmlBytes', () => {
  it('reads the encoding a <meta> declares, in either form', () => {
    expect(decodeHtmlBytes(page('<meta charset="gb2312">', NI_HAO_GBK))).toMatchObject({ encoding: 'GBK', decidedBy: 'meta' });
    expect(decodeHtmlBytes(page('<meta charset="gb2312">', NI_HAO_GBK)).text).toContain('<p>你好</p>');
    const httpEquiv = page('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">', NIHON_SJIS);
    expect(decodeHtmlBytes(httpEquiv).text).toContain('<p>日本</p>');
  });

  it("lets the HTTP header's charset win over <meta>, and a BOM over both", () => {
    const bytes = page('<meta charset="windows-1252">', NIHON_SJIS);
    expect(decodeHtmlBytes(bytes, 'text/html; charset="Shift_JIS"')).toMatchObject({ encoding: 'Shift_JIS', decidedBy: 'http' });
    expect(decodeHtmlBytes(bytes, 'text/html; charset="Shift_JIS"').text).toContain('日本');
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="gb2312"><p>ß</p>')]);
    expect(decodeHtmlBytes(withBom, 'text/html; charset=iso-8859-1')).toMatchObject({ text: '<meta charset="gb2312"><p>ß</p>', decidedBy: 'bom' });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'<p>ü</p>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeHtmlBytes(utf16)).toMatchObject({ text: '<p>ü</p>', encoding: 'UTF-16LE' });
  });

  it('takes bytes that are valid UTF-8 as UTF-8 although the page declares a legacy encoding, and says so', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><title>人工智能</title>');
    expect(decodeHtmlBytes(bytes)).toEqual({ text: '<meta charset="gb2312"><title>人工智能</title>', encoding: 'UTF-8', decidedBy: 'utf-8-bytes', overruled: 'GBK' });
  });

  it('falls back to UTF-8 when valid, else to windows-1252, as a browser does with an undeclared page', () => {
    expect(decodeHtmlBytes(new TextEncoder().encode('<p>Grüße</p>'))).toMatchObject({ text: '<p>Grüße</p>', encoding: 'UTF-8', decidedBy: 'default' });
    expect(decodeHtmlBytes(page('', [0x43, 0x61, 0x66, 0xe9]))).toMatchObject({ encoding: 'windows-1252', decidedBy: 'default' });
    expect(decodeHtmlBytes(page('', [0x43, 0x61, 0x66, 0xe9])).text).toContain('<p>Café</p>');
  });

  it("decodes Readability's qq page (stored as UTF-8, declaring gb2312) to its real title", () => {
    const bytes = readFileSync(join(__dirname, '../../../shared/eval/pages/readability/qq/source.html'));
    const expected = JSON.parse(readFileSync(join(__dirname, '../../../shared/eval/pages/readability/qq/expected-metadata.json'), 'utf8')) as { title: string };
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded).toMatchObject({ encoding: 'UTF-8', decidedBy: 'utf-8-bytes', overruled: 'GBK' });
    expect(decoded.text).toContain(`<title>${expected.title}</title>`);
  });
});

describe('decodeTextBytes and contentTypeCharset', () => {
  it('reads a BOM, else UTF-8', () => {
    expect(decodeTextBytes(Uint8Array.from([0xfe, 0xff, 0, 0x41, 0, 0xe4]))).toMatchObject({ text: 'Aä', encoding: 'UTF-16BE' });
    expect(decodeTextBytes(new TextEncoder().encode('Straße'))).toMatchObject({ text: 'Straße', encoding: 'UTF-8' });
  });

  it('reads the charset parameter of a Content-Type header', () => {
    expect(contentTypeCharset('text/html; charset="GB2312"')).toBe('GB2312');
    expect(contentTypeCharset('text/html;charset=utf-8')).toBe('utf-8');
    expect(contentTypeCharset('text/html')).toBeNull();
    expect(contentTypeCharset('not a mime type')).toBeNull();
    expect(contentTypeCharset(undefined)).toBeNull();
  });
});
