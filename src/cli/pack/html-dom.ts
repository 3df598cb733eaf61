// The pack command's HTML parser: linkedom, a DOM without layout, scripts or resource loading. Measured on the
// 35 real pages of ../shared/eval/pages: the extraction gives the same title, site name, date and text as
// through jsdom (which the compare command uses) on all 34 it reads, 8 times faster (jsdom ~2.4 s a page on
// a loaded 2-core machine, linkedom ~0.3 s), and a pack of thousands of pages is built in minutes.

import { parseHTML } from 'linkedom';
import type { ParseHtml } from '../../engine';

export const parseHtmlWithLinkedom: ParseHtml = (html) => parseHTML(html).document as unknown as Document;
