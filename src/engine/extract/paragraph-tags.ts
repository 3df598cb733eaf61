// Which elements make paragraphs and which never hold article text: one list for extraction (which makes a
// paragraph of each block) and for finding an extracted sentence on the live page again (which must see the
// same block boundaries), so the two cannot drift apart.

/** Elements that start and end a paragraph; everything else (a, span, em, …) runs inline. A `pre` is one
 *  paragraph of its own, whose line breaks extraction keeps. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Never article text: media, scripts, controls, and the captions around pictures. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'aside', 'audio', 'button', 'canvas', 'embed', 'figcaption', 'figure', 'form', 'head', 'iframe', 'img', 'input',
  'link', 'math', 'meta', 'nav', 'noscript', 'object', 'picture', 'script', 'select', 'style', 'svg', 'template',
  'textarea', 'title', 'video',
]);
