// "Show me the evidence": a digest line or a skip link asks for an element further down (a card, a fact row,
// a section). The section that holds it opens, the fact list makes the row visible, then the element is
// scrolled to the top and takes focus, so keyboard and screen-reader users land where sighted readers look.

import { useEffect } from 'preact/hooks';

export interface RevealRequest {
  /** The section to open (its `id`: "facts", "framing", "quotes", "numbers", "reprints"). */
  section: string;
  /** The id of the element to scroll to and focus once the section is open. */
  target: string;
  /** A fact to make visible and open in the fact list. */
  fact?: string;
}

const REVEAL_EVENT = 'parallax-reveal';

/** Opens what `request` names, then scrolls its target into view and focuses it (after the re-render). */
export function requestReveal(request: RevealRequest, doc: Document = document): void {
  doc.dispatchEvent(new CustomEvent<RevealRequest>(REVEAL_EVENT, { detail: request }));
  const win = doc.defaultView ?? window;
  const focus = () => {
    const el = doc.getElementById(request.target);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  };
  // Two frames: Preact renders the opened section on the next tick, layout follows.
  if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => win.requestAnimationFrame(focus));
  else setTimeout(focus, 0);
}

/** Calls `onReveal` for every reveal request (a section opening itself, the fact list showing a row). */
export function useReveal(onReveal: (request: RevealRequest) => void): void {
  useEffect(() => {
    const listener = (event: Event) => onReveal((event as CustomEvent<RevealRequest>).detail);
    document.addEventListener(REVEAL_EVENT, listener);
    return () => document.removeEventListener(REVEAL_EVENT, listener);
  }, [onReveal]);
}

/** The id of a fact row's toggle button: what a reveal of that fact focuses. */
export function factTargetId(factId: string): string {
  return `fact-${factId}-toggle`;
}
