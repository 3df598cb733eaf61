// The look of the page highlights, added to the page through a constructed stylesheet in
// document.adoptedStyleSheets: no <style> element enters the page's DOM, and removing it leaves no trace.
//
// Marks tint the background and keep the page's own text colour, so they read on light and dark pages alike;
// each coverage also has its own underline style, so they differ without colour too.

export const HIGHLIGHT_CSS = `
::highlight(parallax-focus) { background-color: #ffd84d; color: #111111; }
::highlight(parallax-many) {
  background-color: rgba(46, 160, 90, 0.22);
  text-decoration: underline solid rgb(46, 160, 90);
  text-decoration-thickness: 2px;
}
::highlight(parallax-few) {
  background-color: rgba(232, 150, 20, 0.24);
  text-decoration: underline dashed rgb(222, 140, 20);
  text-decoration-thickness: 2px;
}
::highlight(parallax-only) {
  background-color: rgba(130, 95, 235, 0.24);
  text-decoration: underline wavy rgb(135, 100, 240);
  text-decoration-thickness: 1px;
}
@media (forced-colors: active) {
  ::highlight(parallax-focus) { background-color: Highlight; color: HighlightText; }
  ::highlight(parallax-many), ::highlight(parallax-few), ::highlight(parallax-only) { text-decoration-color: CanvasText; }
}
`;

/**
 * Adds the highlight styles to the document. Returns the function that removes them again, or null where
 * constructed stylesheets cannot be adopted (the caller then falls back to the selection).
 */
export function installHighlightStyles(doc: Document): (() => void) | null {
  const win = doc.defaultView;
  if (!win || typeof win.CSSStyleSheet !== 'function' || !Array.isArray(doc.adoptedStyleSheets)) return null;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  } catch {
    return null;
  }
}
