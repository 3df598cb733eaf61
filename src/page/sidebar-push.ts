// "Push the page aside": while the sidebar is open, the page's content narrows by the sidebar's width instead
// of lying under it, so its right edge (buttons, banners in the flow) stays reachable. Done with a stylesheet
// adopted by the document, not by rewriting the page's markup: removing it restores the page exactly. Elements
// fixed to the viewport do not narrow with the page; those under the sidebar get a data attribute that the
// same stylesheet moves out from under it (./fixed-elements.ts), removed again when push ends.

import { browser } from 'wxt/browser';
import { createFixedElementGuard, fixedElementRules } from './fixed-elements';
import { HOST_TAG } from './host-styles';

const STORAGE_KEY = 'sidebarPush';

export interface PagePush {
  /** Narrows the page by `width` px (0 or `off()` restores it). */
  set(width: number): void;
  off(): void;
}

export function createPagePush(doc: Document): PagePush {
  const win = doc.defaultView!;
  let sheet: CSSStyleSheet | null = null;
  const fixed = createFixedElementGuard(doc, (element) => element.localName === HOST_TAG);
  const off = () => {
    fixed.stop();
    if (!sheet) return;
    const mine = sheet;
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== mine);
    sheet = null;
  };
  return {
    set(width) {
      if (width <= 0) return off();
      if (!sheet) {
        sheet = new win.CSSStyleSheet();
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      }
      // The root keeps its own margins otherwise; only its right edge moves in by the sidebar's width.
      sheet.replaceSync(`html { margin-right: ${Math.round(width)}px !important; }\n${fixedElementRules(width)}`);
      fixed.watch(width);
    },
    off,
  };
}

/** Whether the reader chose to push the page aside (off until they do). */
export async function loadPushChoice(): Promise<boolean> {
  return (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] === true;
}

export async function savePushChoice(on: boolean): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: on });
}
