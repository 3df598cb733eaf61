// jsdom as the pack command's HTML parser: no scripts run, no resources load (jsdom's defaults, relied on),
// and a silent console keeps complaints about a page's CSS out of the output.

import { JSDOM, VirtualConsole } from 'jsdom';
import type { ParseHtml } from '../../engine/corpus/harvest/page-article';

export const parseHtmlWithJsdom: ParseHtml = (html, url) =>
  new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) }).window.document;
