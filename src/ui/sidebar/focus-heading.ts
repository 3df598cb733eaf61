// Opening the sidebar moves focus into its frame; once a view is shown (the comparison, no match, an error),
// focus goes on to its heading (h1, tabindex -1), so a screen reader announces it and Tab starts there. Focus
// the reader has already put somewhere, or focus in the page (the frame not focused), is left where it is.

export function focusHeading(doc: Document = document): boolean {
  const active = doc.activeElement;
  if (!doc.hasFocus() || (active && active !== doc.body && active !== doc.documentElement)) return false;
  const heading = doc.querySelector<HTMLElement>('main h1[tabindex="-1"]');
  if (!heading) return false;
  heading.focus({ preventScroll: true });
  return true;
}
