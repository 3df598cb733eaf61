// Keyboard focus across the sidebar's life: opening moves it into the sidebar's frame (whose page then puts it
// on its heading), closing gives it back to the page element that had it, as a dialog would. Only focus that
// is in the sidebar is given back: a reader who clicked into the page meanwhile keeps theirs.

export interface FocusReturn {
  /** Focus the sidebar's frame; its page moves focus on to its heading. */
  enter(frame: HTMLIFrameElement): void;
  /** Call once the sidebar's host is removed: gives focus back if it was in the sidebar. */
  restore(focusWasInSidebar: boolean): void;
}

/** The page element with focus, or null when none has it (the body or nothing). */
function focusedInPage(doc: Document): HTMLElement | SVGElement | null {
  const active = doc.activeElement;
  if (!active || active === doc.body || active === doc.documentElement) return null;
  return active instanceof (doc.defaultView?.HTMLElement ?? HTMLElement) || active instanceof (doc.defaultView?.SVGElement ?? SVGElement)
    ? (active as HTMLElement | SVGElement)
    : null;
}

export function rememberFocus(doc: Document): FocusReturn {
  const before = focusedInPage(doc);
  return {
    enter(frame) {
      // Focusing the frame before its page has loaded marks it focused in the page but leaves its document
      // without focus: it is focused once loaded, unless the reader has moved focus meanwhile.
      frame.addEventListener('load', () => {
        if (frame.isConnected && focusedInPage(doc) === before) frame.focus({ preventScroll: true });
      }, { once: true });
    },
    restore(focusWasInSidebar) {
      if (!focusWasInSidebar) return;
      // Not scrolled to: the reader stays at the place in the article where they closed the sidebar.
      if (before?.isConnected) before.focus({ preventScroll: true });
    },
  };
}
